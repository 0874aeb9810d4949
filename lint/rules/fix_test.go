package rules

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/tools/txtar"

	"github.com/lbgen/lbgen/component"
	"github.com/lbgen/lbgen/gen/compose/composetest"
	"github.com/lbgen/lbgen/internal/seed"
	"github.com/lbgen/lbgen/internal/toolcheck"
	"github.com/lbgen/lbgen/lint"
)

// wantPrefix marks a fix case's expected files: "want/nginx.conf" is
// nginx.conf after lint --fix. A file without one must come out unchanged.
const wantPrefix = "want/"

// TestFixes runs lint --fix over each case in testdata/fix: the fixed files
// are the expected ones, the real checker of each accepts them (nginx -t,
// promtool check config, compose-go), linting again finds exactly what it
// found before but the fixed findings, and a second --fix changes nothing.
func TestFixes(t *testing.T) {
	cases, err := filepath.Glob("testdata/fix/*.txtar")
	if err != nil || len(cases) == 0 {
		t.Fatalf("no fix cases: %v", err)
	}
	for _, path := range cases {
		t.Run(strings.TrimSuffix(filepath.Base(path), ".txtar"), func(t *testing.T) {
			ar, err := txtar.ParseFile(path)
			if err != nil {
				t.Fatal(err)
			}
			dir := t.TempDir()
			want := map[string]string{}
			for _, f := range ar.Files {
				if name, ok := strings.CutPrefix(f.Name, wantPrefix); ok {
					want[name] = string(f.Data)
					continue
				}
				want[f.Name] = string(f.Data)
				writeFile(t, filepath.Join(dir, f.Name), f.Data)
			}
			fixAndCheck(t, dir, nil)
			for name, data := range want {
				got, err := os.ReadFile(filepath.Join(dir, name))
				if err != nil {
					t.Fatal(err)
				}
				if diff := cmp.Diff(data, string(got)); diff != "" {
					t.Errorf("%s after --fix (-want +got):\n%s", name, diff)
				}
			}
		})
	}
}

// TestFixLesson is the seed lesson's stack, scaled as the lesson runs it:
// --fix removes the obsolete version keys, mounts the configs read-only,
// makes nginx re-resolve app and Prometheus discover every replica, and
// the fixed files pass nginx -t, promtool and compose-go.
func TestFixLesson(t *testing.T) {
	files, err := seed.Files(filepath.Join("..", "..", seed.Lesson))
	if err != nil {
		if os.Getenv("LBGEN_REQUIRE_TOOLS") == "1" {
			t.Fatal(err)
		}
		t.Skip(err)
	}
	dir := t.TempDir()
	for name, data := range files {
		writeFile(t, filepath.Join(dir, name), data)
	}
	// The lesson names a rule file it never writes (LB403, which no
	// mechanical fix can write for it): promtool needs one to check the
	// rest of the config.
	writeFile(t, filepath.Join(dir, "monitoring", "alert_rules.yml"), []byte("groups: []\n"))
	fixed := fixAndCheck(t, dir, map[string]int{"app": 3})
	want := []string{
		"docker-compose.haproxy.yml LB101",
		"docker-compose.monitoring.yml LB101", "docker-compose.monitoring.yml LB116",
		"docker-compose.yml LB101", "docker-compose.yml LB116",
		"monitoring/prometheus.yml LB401", "nginx-lb/nginx.conf LB201",
	}
	if diff := cmp.Diff(want, fixed); diff != "" {
		t.Errorf("fixed findings of the lesson (-want +got):\n%s", diff)
	}
}

// fixAndCheck lints dir, applies every fix and writes the files, checks
// each fixed file with its real checker, lints again and fixes again. It
// returns the fixed findings as "file rule", sorted and unique.
func fixAndCheck(t *testing.T, dir string, scale map[string]int) []string {
	t.Helper()
	t.Chdir(dir)
	project, before := lintDir(t, scale)
	edits := lint.ApplyFixes(project, before)
	var fixed []string
	for _, e := range edits {
		writeFile(t, e.File.Abs, e.Result)
		for _, fd := range before {
			if fd.File == e.File.Path && slices.Contains(e.Fixes, fd.Fix) {
				fixed = append(fixed, fd.File+" "+fd.Rule.ID)
			}
		}
	}
	slices.Sort(fixed)
	fixed = slices.Compact(fixed)
	for _, e := range edits {
		checkFixed(t, e.File, e.Result)
	}

	project, after := lintDir(t, scale)
	var wantAfter []string
	for _, k := range findingKeys(before) {
		if !slices.Contains(fixed, k) {
			wantAfter = append(wantAfter, k)
		}
	}
	if diff := cmp.Diff(wantAfter, findingKeys(after)); diff != "" {
		t.Errorf("findings after --fix: only the fixed ones may go, and none may come (-want +got):\n%s", diff)
	}
	for _, e := range lint.ApplyFixes(project, after) {
		t.Errorf("a second --fix changes %s again:\n%s", e.File.Path, e.Result)
	}
	return fixed
}

func lintDir(t *testing.T, scale map[string]int) (*lint.Project, []lint.Finding) {
	t.Helper()
	project, err := lint.Load([]string{"."}, lint.LoadOptions{Scale: scale})
	if err != nil {
		t.Fatal(err)
	}
	return project, lint.Run(project, Runnable())
}

// findingKeys are findings as "file rule", sorted, one per finding (lines
// move when a fix adds or removes some).
func findingKeys(findings []lint.Finding) []string {
	var keys []string
	for _, f := range findings {
		keys = append(keys, f.File+" "+f.Rule.ID)
	}
	slices.Sort(keys)
	return keys
}

// checkFixed runs the checker of a fixed file's kind on its new content.
func checkFixed(t *testing.T, f *lint.File, data []byte) {
	t.Helper()
	t.Run(fmt.Sprintf("check %s", f.Path), func(t *testing.T) {
		switch f.Kind {
		case lint.KindNginx:
			if f.NginxContext() != "http" {
				t.Fatalf("%s: only conf.d files (read in http {}) are checked here", f.Path)
			}
			toolcheck.NginxSite(t, data, component.NginxUpstreamResolve)
		case lint.KindPrometheus:
			toolcheck.PrometheusConfig(t, f.Abs)
		case lint.KindCompose:
			// In a directory, whose name is the project's.
			composetest.Load(t, filepath.ToSlash(filepath.Join("stack", f.Path)), data)
		default:
			t.Fatalf("%s: no checker for %s files", f.Path, f.Kind)
		}
	})
}

func writeFile(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}
