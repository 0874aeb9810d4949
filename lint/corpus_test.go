package lint_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/lbgen/lbgen/lint"
	"github.com/lbgen/lbgen/lint/rules"
)

// TestCorpus lints each realistic layout under testdata/corpus as a
// project, from its own directory, and expects exactly the findings its
// "want" file lists ("path:line RULE", # comments; none for a good one).
// Each layout is a class of real stacks that lint once read wrong.
func TestCorpus(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join("testdata", "corpus", "*"))
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no corpus: %v", err)
	}
	for _, dir := range dirs {
		abs, _ := filepath.Abs(dir)
		t.Run(filepath.Base(dir), func(t *testing.T) {
			want := readWant(t, filepath.Join(abs, "want"))
			t.Chdir(abs)
			project, err := lint.Load([]string{"."}, lint.LoadOptions{})
			if err != nil {
				t.Fatal(err)
			}
			got := []string{}
			var detail []string
			for _, f := range lint.Run(project, rules.Runnable()) {
				got = append(got, fmt.Sprintf("%s:%d %s", f.File, f.Range.Start.Line, f.Rule.ID))
				detail = append(detail, fmt.Sprintf("%s:%d %s %s", f.File, f.Range.Start.Line, f.Rule.ID, f.Message))
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("findings (-want +got):\n%s\nall findings:\n  %s\n%s", diff, strings.Join(detail, "\n  "), project.Summary())
			}
		})
	}
}

func readWant(t *testing.T, path string) []string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	out := []string{}
	for _, line := range strings.Split(string(data), "\n") {
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		if line = strings.TrimSpace(line); line != "" {
			out = append(out, line)
		}
	}
	return out
}

// TestInterpolatedMounts: mounts written with ${VAR} (from .env) and
// ${PWD} (the compose file's directory) tie the file to the service.
func TestInterpolatedMounts(t *testing.T) {
	t.Chdir(filepath.Join("testdata", "corpus", "env-interpolation"))
	project, err := lint.Load([]string{"."}, lint.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var targets []string
	for _, f := range project.Files {
		if f.Path == "conf/site.conf" {
			for _, r := range project.MountedBy(f) {
				targets = append(targets, r.Service.Name+":"+r.Target)
			}
		}
	}
	want := []string{"web:/etc/nginx/conf.d/default.conf", "web:/etc/nginx/conf.d/site.conf"}
	if diff := cmp.Diff(want, targets); diff != "" {
		t.Errorf("conf/site.conf is seen at (-want +got):\n%s", diff)
	}
}
