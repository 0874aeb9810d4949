package golden

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/lbgen/lbgen/internal/cli"
)

// malformed is one bad input: files to create, the command, and what the
// user must see.
type malformed struct {
	name  string
	files map[string]string
	args  []string
	exit  int
	// want are substrings of the output: the path, line:col and the cause.
	want []string
}

var (
	tenMB = strings.Repeat("# padding\n", 1<<20)
	deep  = strings.Repeat("a {\n", 10000) + strings.Repeat("}\n", 10000)
)

func malformedCases() []malformed {
	var cases []malformed
	// Each content goes through render (as a spec) and lint (as a compose,
	// nginx and HAProxy file).
	contents := []struct {
		name, spec, compose, nginx, haproxy string
		specWant, composeWant               []string
		nginxWant, haproxyWant              []string
	}{
		{"empty", "", "", "", "",
			[]string{"lbgen.hcl:1:1", `"project" is required`}, []string{"docker-compose.yml:1:1", "empty"},
			nil, nil},
		{"only-comments", "# a\n# b\n", "# a\n# b\n", "# a\n", "# a\n",
			[]string{"lbgen.hcl:1:1", `"project" is required`}, []string{"docker-compose.yml:1:1", "empty"},
			nil, nil},
		{"nul-byte", "project = \"a\x00b\"\n", "services:\n  a\x00: {}\n", "events {\x00}\n", "global\n  daemon\x00\n",
			[]string{"lbgen.hcl:1:13", "NUL byte"}, []string{"docker-compose.yml:2:4", "NUL byte"},
			[]string{"nginx.conf:1:9", "NUL byte"}, []string{"haproxy.cfg:2:9", "NUL byte"}},
		{"invalid-utf8", "project = \"a\xffb\"\n", "services:\n  \xff: {}\n", "events {\xff}\n", "global\n  \xff\n",
			[]string{"lbgen.hcl:1:13", "invalid UTF-8"}, []string{"docker-compose.yml:2:3", "invalid UTF-8"},
			[]string{"nginx.conf:1:9", "invalid UTF-8"}, []string{"haproxy.cfg:2:3", "invalid UTF-8"}},
		{"ten-megabytes", tenMB, tenMB, tenMB, tenMB,
			[]string{"lbgen.hcl is larger than 8 MiB"}, []string{"docker-compose.yml is larger than 8 MiB"},
			[]string{"nginx.conf is larger than 8 MiB"}, []string{"haproxy.cfg is larger than 8 MiB"}},
		{"deep-nesting", deep, "services: " + strings.Repeat("[", 10000) + strings.Repeat("]", 10000) + "\n", deep, "",
			[]string{"lbgen.hcl:1:1"}, []string{"docker-compose.yml:1:", "nested deeper than 100"},
			[]string{"nginx.conf:101:3", "nested deeper than 100"}, nil},
		{"unterminated-string", "project = \"demo\n", "services:\n  app:\n    image: \"x\n", "events {}\nhttp { log_format x \"a; }\n", "global\n  log \"stdout\n",
			[]string{"lbgen.hcl:1:16", "multi-line string"}, []string{"docker-compose.yml:", "invalid YAML"},
			[]string{"nginx.conf:2:21", "unterminated string"}, []string{"haproxy.cfg:2:7", "unmatched quote"}},
		{"unterminated-block", "project = \"demo\"\nservice \"app\" {\n", "services:\n  app: {\n", "events {}\nhttp {\n", "",
			[]string{"lbgen.hcl:2:15", "no closing brace"}, []string{"docker-compose.yml:", "invalid YAML"},
			[]string{"nginx.conf:2:6", "never closed"}, nil},
	}
	for _, c := range contents {
		cases = append(cases, malformed{c.name + "/render", map[string]string{"lbgen.hcl": c.spec}, []string{"render"}, 2, c.specWant})
		cases = append(cases, malformed{c.name + "/lint-compose", map[string]string{"docker-compose.yml": c.compose}, []string{"lint", "docker-compose.yml"}, 2, c.composeWant})
		if c.nginxWant != nil {
			cases = append(cases, malformed{c.name + "/lint-nginx", map[string]string{"nginx.conf": c.nginx}, []string{"lint", "nginx.conf"}, 2, c.nginxWant})
		}
		if c.haproxyWant != nil {
			cases = append(cases, malformed{c.name + "/lint-haproxy", map[string]string{"haproxy.cfg": c.haproxy}, []string{"lint", "haproxy.cfg"}, 2, c.haproxyWant})
		}
	}
	bomb := "x: &a [1,1,1,1,1,1,1,1,1,1]\n"
	for i := 0; i < 1200; i++ {
		bomb += "key" + strconv.Itoa(i) + ": *a\n"
	}
	return append(cases,
		malformed{"yaml-alias-bomb", map[string]string{"docker-compose.yml": "services: {}\n" + bomb}, []string{"lint", "docker-compose.yml"}, 2,
			[]string{"docker-compose.yml:1:1", "alias bomb"}},
		malformed{"directory-as-spec", map[string]string{"spec/lbgen.hcl": "project = \"x\"\n"}, []string{"render", "-f", "spec"}, 2,
			[]string{"spec", "is a directory"}},
		malformed{"directory-as-var-file", map[string]string{"lbgen.hcl": "project = \"x\"\n", "vars/a": ""}, []string{"render", "--var-file", "vars"}, 2,
			[]string{"--var-file vars", "is a directory"}},
		malformed{"missing-spec", nil, []string{"render", "-f", "nothere.hcl"}, 2, []string{"nothere.hcl does not exist"}},
		malformed{"missing-lint-path", nil, []string{"lint", "nothere.yml"}, 2, []string{"nothere.yml", "no such file"}},
		// Root reads files whatever their mode, so an unreadable file is
		// stood in for by a path through a regular file (ENOTDIR).
		malformed{"path-through-a-file", map[string]string{"lbgen.hcl": "project = \"x\"\n"}, []string{"render", "-f", "lbgen.hcl/x.hcl"}, 2,
			[]string{"lbgen.hcl/x.hcl", "not a directory"}},
	)
}

// TestMalformedInputs: every bad input gives one clear error with the
// path (and line:col where there is one), exit 2, no stack trace, nothing
// written, and no time to speak of.
func TestMalformedInputs(t *testing.T) {
	for _, c := range malformedCases() {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, content := range c.files {
				p := filepath.Join(dir, name)
				if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			t.Chdir(dir)
			before := snapshot(t, dir)
			var stdout, stderr bytes.Buffer
			start := time.Now()
			code := cli.Main(c.args, cli.Env{Stdin: strings.NewReader(""), Stdout: &stdout, Stderr: &stderr})
			took := time.Since(start)
			out := stdout.String() + stderr.String()
			if code != c.exit {
				t.Errorf("exit %d; want %d\n%s", code, c.exit, clip(out))
			}
			for _, w := range c.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, clip(out))
				}
			}
			if strings.Contains(out, "goroutine ") || strings.Contains(out, "panic") {
				t.Errorf("stack trace in the output:\n%s", clip(out))
			}
			if len(out) > 4096 {
				t.Errorf("%d bytes of output; one clear error should be short:\n%s", len(out), clip(out))
			}
			if diff := cmp.Diff(before, snapshot(t, dir)); diff != "" {
				t.Errorf("files changed:\n%s", clip(diff))
			}
			// Not a timed test: a loose bound that catches a quadratic or
			// unbounded blow-up, far above the milliseconds these take.
			if took > 10*time.Second {
				t.Errorf("took %s", took)
			}
		})
	}
}

// TestAcceptedInputs: a byte order mark, CRLF line ends and tabs are not
// errors; lbgen reads them like any other file.
func TestAcceptedInputs(t *testing.T) {
	spec := "project = \"demo\"\r\nservice \"app\" {\r\n\timage = \"example/app:1.0\"\r\n}\r\n"
	compose := "\ufeffservices:\r\n  app:\r\n    image: example/app:1.0\r\n"
	nginx := "\ufeffserver {\r\n\tlisten 80;\r\n}\r\n"
	for _, c := range []malformed{
		{"bom-crlf-tabs/render", map[string]string{"lbgen.hcl": "\ufeff" + spec}, []string{"render"}, 0, []string{"created   docker-compose.yml"}},
		{"bom-crlf/lint-compose", map[string]string{"docker-compose.yml": compose}, []string{"lint", "docker-compose.yml"}, 0, nil},
		{"bom-crlf-tabs/lint-nginx", map[string]string{"nginx.conf": nginx}, []string{"lint", "nginx.conf"}, 0, nil},
		{"include-loop/lint-nginx", map[string]string{"nginx.conf": "events {}\nhttp {\n    include a.conf;\n}\n", "a.conf": "include b.conf;\n", "b.conf": "include a.conf;\n"},
			[]string{"lint", "."}, 1, []string{"LB211 nginx-include-loop"}}, // ends, and is a finding: nginx fails on it
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, content := range c.files {
				if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			t.Chdir(dir)
			var stdout, stderr bytes.Buffer
			code := cli.Main(c.args, cli.Env{Stdout: &stdout, Stderr: &stderr})
			if code != c.exit {
				t.Errorf("exit %d; want %d\n%s%s", code, c.exit, stdout.String(), stderr.String())
			}
			for _, w := range c.want {
				if !strings.Contains(stdout.String(), w) {
					t.Errorf("output lacks %q:\n%s", w, stdout.String())
				}
			}
		})
	}
}

func clip(s string) string {
	if len(s) > 2000 {
		return s[:2000] + "…"
	}
	return s
}

// snapshot hashes every file under dir: comparing 10 MB contents
// byte by byte through cmp would take seconds.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	for name, data := range readDir(t, dir) {
		sum := sha256.Sum256(data)
		out[name] = hex.EncodeToString(sum[:])
	}
	return out
}
