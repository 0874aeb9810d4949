package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// importStack is a small hand-written stack: nginx in front of a scaled
// app whose upstream resolves once.
var importStack = map[string]string{
	"docker-compose.yml": `services:
  lb:
    image: nginx:1.30-alpine
    ports: ["80:80"]
    volumes: ["./default.conf:/etc/nginx/conf.d/default.conf:ro"]
  app:
    image: example/app:1.0.0
    expose: ["3000"]
    healthcheck:
      test: ["CMD", "wget", "-q", "-O", "/dev/null", "http://127.0.0.1:3000/health"]
    deploy:
      replicas: 3
`,
	"default.conf": `upstream app { server app:3000; }
server {
    listen 80;
    location / { proxy_pass http://app; }
}
`,
}

func writeStack(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestImportWritesASpecThatRenders(t *testing.T) {
	dir := writeStack(t, importStack)
	code, stdout, stderr := run("import", dir)
	if code != ExitOK {
		t.Fatalf("import: exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "LB201") {
		t.Errorf("the report names no LB201 change:\n%s", stdout)
	}
	spec := filepath.Join(dir, "lbgen.hcl")
	out := filepath.Join(t.TempDir(), "out")
	if code, _, stderr := run("render", "-f", spec, "-o", out); code != ExitOK {
		t.Fatalf("render of the imported spec: exit %d: %s", code, stderr)
	}
	if code, stdout, _ := run("lint", out); code != ExitOK {
		t.Errorf("lint of the rendered stack: exit %d:\n%s", code, stdout)
	}
}

func TestImportNeverOverwritesWithoutForce(t *testing.T) {
	dir := writeStack(t, importStack)
	spec := filepath.Join(dir, "lbgen.hcl")
	if err := os.WriteFile(spec, []byte("# mine\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := run("import", dir)
	if code != ExitInvalid || !strings.Contains(stderr, "--force") {
		t.Errorf("import over an existing spec: exit %d, stderr %q; want 2 and a hint at --force", code, stderr)
	}
	if data, _ := os.ReadFile(spec); string(data) != "# mine\n" {
		t.Errorf("the existing spec was changed: %q", data)
	}
	if code, _, stderr := run("import", "--force", dir); code != ExitOK {
		t.Errorf("import --force: exit %d: %s", code, stderr)
	}
}

func TestImportJSONReport(t *testing.T) {
	dir := writeStack(t, importStack)
	code, stdout, stderr := run("import", "--format", "json", "-o", "-", dir)
	if code != ExitOK {
		t.Fatalf("import: exit %d: %s", code, stderr)
	}
	if !strings.HasPrefix(stdout, "# Imported by `lbgen import`") {
		t.Errorf("-o - prints the spec on stdout, got %q", stdout)
	}
	var report struct {
		Spec        string `json:"spec"`
		Imported    []struct{ What, From string }
		Changed     []struct{ Rule, What, From, Why string }
		Escape      []struct{ What string }      `json:"escape_hatch"`
		NotImported []struct{ What, Why string } `json:"not_imported"`
	}
	if err := json.Unmarshal([]byte(stderr), &report); err != nil {
		t.Fatalf("the report on stderr is not JSON: %v\n%s", err, stderr)
	}
	if len(report.Imported) == 0 || len(report.Changed) == 0 || report.Changed[0].Rule == "" {
		t.Errorf("report: %+v", report)
	}
	if _, err := os.Stat(filepath.Join(dir, "lbgen.hcl")); err == nil {
		t.Error("-o - wrote a file")
	}
}

func TestImportBadInputExit2(t *testing.T) {
	broken := map[string]string{"docker-compose.yml": importStack["docker-compose.yml"], "default.conf": "server {\n    listen 80;\n"}
	for name, args := range map[string][]string{
		"missing":     {"import", filepath.Join(t.TempDir(), "nope")},
		"no compose":  {"import", writeStack(t, map[string]string{"default.conf": importStack["default.conf"]})},
		"parse error": {"import", writeStack(t, broken)},
		"bad format":  {"import", "--format", "xml", writeStack(t, importStack)},
	} {
		code, _, stderr := run(args...)
		if code != ExitInvalid || !strings.HasPrefix(stderr, "lbgen: ") {
			t.Errorf("%s: exit %d, stderr %q; want 2 and an error", name, code, stderr)
		}
		if name == "parse error" && !strings.Contains(stderr, "default.conf:") {
			t.Errorf("parse error: %q names no file:line:col", stderr)
		}
	}
}
