package rules

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"golang.org/x/tools/txtar"

	"github.com/lbgen/lbgen/component"
	"github.com/lbgen/lbgen/gen/compose/composetest"
	"github.com/lbgen/lbgen/internal/seed"
	"github.com/lbgen/lbgen/internal/toolcheck"
	"github.com/lbgen/lbgen/lint"
)

// wantPrefix marks a fix case's expected files: "want/nginx.conf" is
// nginx.conf after lint --fix. A file without one must come out unchanged.
// A case's "remaining" section lists the findings left after the fix, one
// "file rule" a line.
const (
	wantPrefix = "want/"
	remaining  = "remaining"
)

// TestFixes runs lint --fix over each case in testdata/fix: the fixed files
// are the expected ones, the real checker of each accepts them (nginx -t,
// haproxy -c, promtool check config, compose-go), linting again finds
// exactly what it found before but the fixed findings (and the case's
// remaining ones), and a second --fix changes nothing.
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
			var left []string
			for _, f := range ar.Files {
				if f.Name == remaining {
					left = strings.Split(strings.TrimSpace(string(f.Data)), "\n")
					continue
				}
				if name, ok := strings.CutPrefix(f.Name, wantPrefix); ok {
					want[name] = string(f.Data)
					continue
				}
				want[f.Name] = string(f.Data)
				writeFile(t, filepath.Join(dir, f.Name), f.Data)
			}
			fixAndCheck(t, dir, nil, checked...)
			_, after := lintDir(t, nil)
			if diff := cmp.Diff(left, findingKeys(after), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("findings left after --fix (-want +got):\n%s", diff)
			}
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

// TestFixFixtures fixes every rule fixture and corpus stack that has
// something to fix: the fixed findings go, no finding comes, a second
// --fix changes nothing, and fixed compose and Prometheus files pass their
// checkers. (Rule fixtures name hosts this machine cannot resolve, and
// mix mistakes no fix touches: nginx -t and haproxy -c check the cases in
// testdata/fix, written to pass them.)
func TestFixFixtures(t *testing.T) {
	dirs, _ := filepath.Glob("testdata/LB*")
	corpus, _ := filepath.Glob("../testdata/corpus/*")
	fixedSome := 0
	for _, src := range append(dirs, corpus...) {
		project, findings := lintPath(t, src, nil)
		if len(lint.ApplyFixes(project, findings)) == 0 {
			continue
		}
		fixedSome++
		t.Run(src, func(t *testing.T) {
			dir := t.TempDir()
			if err := os.CopyFS(dir, os.DirFS(src)); err != nil {
				t.Fatal(err)
			}
			fixAndCheck(t, dir, nil, lint.KindCompose, lint.KindPrometheus)
		})
	}
	if fixedSome == 0 {
		t.Fatal("no fixture has anything to fix")
	}
}

// TestFixLesson is the seed lesson's stack, scaled as the lesson runs it:
// --fix removes the obsolete version keys, mounts the configs read-only,
// makes nginx re-resolve app and Prometheus discover every replica, and
// the fixed files pass nginx -t, promtool and compose-go.
func TestFixLesson(t *testing.T) {
	dir := t.TempDir()
	seed.Extract(t, filepath.Join("..", "..", seed.Lesson), dir)
	// The lesson names a rule file it never writes (LB403, which no
	// mechanical fix can write for it): promtool needs one to check the
	// rest of the config.
	writeFile(t, filepath.Join(dir, "monitoring", "alert_rules.yml"), []byte("groups: []\n"))
	fixed := fixAndCheck(t, dir, map[string]int{"app": 3}, checked...)
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

// checked are the kinds of fixed files checkFixed can check.
var checked = []lint.Kind{lint.KindNginx, lint.KindHAProxy, lint.KindPrometheus, lint.KindCompose}

// fixAndCheck lints dir, applies every fix and writes the files, checks
// each fixed file of the kinds given with its real checker, lints again
// and fixes again. It returns the files and rules of the fixed findings,
// as "file rule", sorted and unique.
func fixAndCheck(t *testing.T, dir string, scale map[string]int, kinds ...lint.Kind) []string {
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
	for _, e := range edits {
		if slices.Contains(kinds, e.File.Kind) {
			checkFixed(t, project, e.File)
		}
	}

	project, after := lintDir(t, scale)
	wantAfter := findingKeys(before)
	for _, k := range fixed {
		i := slices.Index(wantAfter, k)
		wantAfter = slices.Delete(wantAfter, i, i+1)
	}
	if diff := cmp.Diff(wantAfter, findingKeys(after), cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("findings after --fix: only the fixed ones may go, and none may come (-want +got):\n%s", diff)
	}
	for _, e := range lint.ApplyFixes(project, after) {
		t.Errorf("a second --fix changes %s again:\n%s", e.File.Path, e.Result)
	}
	return slices.Compact(fixed)
}

func lintDir(t *testing.T, scale map[string]int) (*lint.Project, []lint.Finding) {
	t.Helper()
	return lintPath(t, ".", scale)
}

func lintPath(t *testing.T, path string, scale map[string]int) (*lint.Project, []lint.Finding) {
	t.Helper()
	project, err := lint.Load([]string{path}, lint.LoadOptions{Scale: scale})
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

// checkFixed runs the checker of a fixed file's kind on it as written now:
// a main nginx.conf on its own, a conf.d file with the files nginx reads
// with it (conf.d/*.conf in name order).
func checkFixed(t *testing.T, p *lint.Project, f *lint.File) {
	t.Helper()
	t.Run(fmt.Sprintf("check %s", f.Path), func(t *testing.T) {
		switch f.Kind {
		case lint.KindNginx:
			if f.NginxContext() == "main" && len(p.NginxGroup(f)) == 1 {
				data, err := os.ReadFile(f.Abs)
				if err != nil {
					t.Fatal(err)
				}
				toolcheck.NginxMain(t, data, component.NginxUpstreamResolve)
				return
			}
			var site []byte
			group := p.NginxGroup(f)
			slices.SortFunc(group, func(a, b *lint.File) int { return strings.Compare(a.Abs, b.Abs) })
			for _, g := range group {
				if g.NginxContext() != "http" {
					t.Fatalf("%s: only conf.d files (read in http {}) are checked here", g.Path)
				}
				data, err := os.ReadFile(g.Abs)
				if err != nil {
					t.Fatal(err)
				}
				site = append(site, data...)
			}
			toolcheck.NginxSite(t, site, component.NginxUpstreamResolve)
		case lint.KindHAProxy:
			data, err := os.ReadFile(f.Abs)
			if err != nil {
				t.Fatal(err)
			}
			toolcheck.HAProxyConfig(t, data)
		case lint.KindPrometheus:
			toolcheck.PrometheusConfig(t, f.Abs)
		case lint.KindCompose:
			data, err := os.ReadFile(f.Abs)
			if err != nil {
				t.Fatal(err)
			}
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

// TestFixesDocumented: docs/lint.md's table lists exactly the rules that
// say what their fix does.
func TestFixesDocumented(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join("..", "..", "docs", "lint.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range All() {
		row := fmt.Sprintf("| %s %s |", r.ID, r.Name)
		if listed := strings.Contains(string(doc), row); listed != (r.Fix != "") {
			t.Errorf("docs/lint.md lists %s under Fixes: %v; the rule has a fix: %v", r.ID, listed, r.Fix != "")
		}
	}
}
