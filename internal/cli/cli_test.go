package cli

import (
	"bytes"
	"runtime/debug"
	"strings"
	"testing"
)

func run(args ...string) (code int, stdout, stderr string) {
	var out, errOut bytes.Buffer
	code = Main(args, Env{Stdout: &out, Stderr: &errOut})
	return code, out.String(), errOut.String()
}

func TestUsageErrorsExit2(t *testing.T) {
	for _, args := range [][]string{
		{"render", "--no-such-flag"},
		{"no-such-command"},
		{"render", "extra-argument"},
		{"init", "a", "b"},
	} {
		code, stdout, stderr := run(args...)
		if code != ExitInvalid {
			t.Errorf("lbgen %v: exit %d; want %d", args, code, ExitInvalid)
		}
		if stdout != "" || !strings.HasPrefix(stderr, "lbgen: ") {
			t.Errorf("lbgen %v: stdout %q, stderr %q; want one error line on stderr", args, stdout, stderr)
		}
	}
}

func TestHelpExitsZero(t *testing.T) {
	code, stdout, _ := run("render", "--help")
	if code != ExitOK || !strings.Contains(stdout, "lbgen render -f") {
		t.Errorf("render --help: exit %d, output %q; want 0 and an example", code, stdout)
	}
}

func TestVersionString(t *testing.T) {
	info := &debug.BuildInfo{
		GoVersion: "go1.26.8",
		Main:      debug.Module{Version: "v0.1.0"},
		Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: "abc123"},
			{Key: "vcs.modified", Value: "true"},
		},
	}
	if got, want := versionString(info, true), "lbgen v0.1.0 (commit abc123+dirty, go1.26.8)"; got != want {
		t.Errorf("versionString = %q; want %q", got, want)
	}
	if got := versionString(&debug.BuildInfo{GoVersion: "go1.26.8"}, true); got != "lbgen (devel) (commit unknown, go1.26.8)" {
		t.Errorf("versionString without stamps = %q", got)
	}
	if got := versionString(nil, false); got != "lbgen (unknown version)" {
		t.Errorf("versionString without build info = %q", got)
	}
}

func TestInitRefusesToOverwrite(t *testing.T) {
	dir := t.TempDir()
	if code, _, stderr := run("init", dir); code != ExitOK {
		t.Fatalf("first init: exit %d: %s", code, stderr)
	}
	code, _, stderr := run("init", dir)
	if code != ExitInvalid || !strings.Contains(stderr, "already exists") {
		t.Errorf("second init: exit %d, stderr %q; want 2 and a refusal", code, stderr)
	}
}

func TestCompletion(t *testing.T) {
	for _, shell := range []string{"bash", "zsh", "fish"} {
		code, stdout, stderr := run("completion", shell)
		if code != ExitOK || !strings.Contains(stdout, "lbgen") || stderr != "" {
			t.Errorf("completion %s: exit %d, %d bytes, stderr %q", shell, code, len(stdout), stderr)
		}
	}
}

func TestVersionFlag(t *testing.T) {
	code, stdout, _ := run("--version")
	if code != ExitOK || !strings.HasPrefix(stdout, "lbgen ") {
		t.Errorf("--version: exit %d, %q", code, stdout)
	}
}
