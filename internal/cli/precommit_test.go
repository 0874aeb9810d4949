package cli

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestPreCommitHooks runs this repository's .pre-commit-hooks.yaml through
// the real pre-commit framework, as a user's repository would, with the
// config docs/ci.md shows: pre-commit builds lbgen from this checkout's
// HEAD, blocks a commit with lint findings and one whose rendered files
// are missing, and lets the fixed one through.
func TestPreCommitHooks(t *testing.T) {
	preCommit, err := exec.LookPath("pre-commit")
	if err != nil {
		if os.Getenv("LBGEN_REQUIRE_TOOLS") == "1" {
			t.Fatal("pre-commit is not installed (apt-get install pre-commit)")
		}
		t.Skip("pre-commit is not installed (apt-get install pre-commit)")
	}
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	head := strings.TrimSpace(mustRun(t, root, "git", "rev-parse", "HEAD"))

	repo := t.TempDir()
	mustRun(t, repo, "git", "init", "-q")
	mustRun(t, repo, "git", "config", "user.email", "test@example.com")
	mustRun(t, repo, "git", "config", "user.name", "test")
	// The snippet users copy from docs/ci.md, pointed at this checkout.
	config := docBlock(t, 2)
	config = strings.Replace(config, "https://github.com/lbgen/lbgen", root, 1)
	config = regexp.MustCompile(`rev: \S+`).ReplaceAllString(config, "rev: "+head)
	write(t, filepath.Join(repo, ".pre-commit-config.yaml"), config)
	mustRun(t, repo, preCommit, "install")

	write(t, filepath.Join(repo, "docker-compose.yml"), "version: \"3.8\"\nservices:\n  app:\n    image: example/app:latest\n")
	mustRun(t, repo, "git", "add", "-A")
	out, err := command(repo, "git", "commit", "-q", "-m", "bad")
	if err == nil {
		t.Fatalf("the commit with lint findings went through:\n%s", out)
	}
	for _, want := range []string{"lbgen lint", "Failed", "docker-compose.yml:1:1: warning", "LB101 compose-obsolete-version", "LB109"} {
		if !strings.Contains(out, want) {
			t.Errorf("pre-commit output lacks %q:\n%s", want, out)
		}
	}

	// A spec whose rendered files are not committed: render-check blocks.
	os.Remove(filepath.Join(repo, "docker-compose.yml"))
	write(t, filepath.Join(repo, "lbgen.hcl"), "project = \"hooks\"\nservice \"app\" {\n  image = \"example/app:1.0\"\n}\n")
	mustRun(t, repo, "git", "add", "-A")
	out, err = command(repo, "git", "commit", "-q", "-m", "stale")
	if err == nil || !strings.Contains(out, "missing   docker-compose.yml") {
		t.Fatalf("the commit without rendered files went through, or said nothing useful: %v\n%s", err, out)
	}

	// Rendered and formatted: the commit goes through.
	var stdout, stderr strings.Builder
	if code := Main([]string{"render", "-f", filepath.Join(repo, "lbgen.hcl")}, Env{Stdout: &stdout, Stderr: &stderr}); code != ExitOK {
		t.Fatalf("render: exit %d: %s", code, stderr.String())
	}
	mustRun(t, repo, "git", "add", "-A")
	if out, err := command(repo, "git", "commit", "-q", "-m", "good"); err != nil {
		t.Fatalf("the clean commit was blocked: %v\n%s", err, out)
	}
}

// command runs a command in dir with a bounded time (building lbgen the
// first time takes a while) and returns its combined output.
func command(dir, name string, args ...string) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "NO_COLOR=1", "PRE_COMMIT_COLOR=never")
	out, err := cmd.CombinedOutput()
	return string(out), err
}

func mustRun(t *testing.T, dir, name string, args ...string) string {
	t.Helper()
	out, err := command(dir, name, args...)
	if err != nil {
		t.Fatalf("%s %v: %v\n%s", name, args, err, out)
	}
	return out
}

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}
