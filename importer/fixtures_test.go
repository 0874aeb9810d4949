package importer

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/lbgen/lbgen/lint"
	"github.com/lbgen/lbgen/lint/rules"
)

// TestLintFixturesImport imports every stack lint's own fixtures hold
// (its corpus of real-world layouts and each rule's cases): each imports
// into a spec that renders to a stack lint finds nothing in, or fails
// with a reason; none gives a spec the renderer refuses.
func TestLintFixturesImport(t *testing.T) {
	corpus, err := filepath.Glob("../lint/testdata/corpus/*")
	if err != nil || len(corpus) == 0 {
		t.Fatalf("no lint corpus: %v", err)
	}
	rules, err := filepath.Glob("../lint/rules/testdata/*")
	if err != nil || len(rules) == 0 {
		t.Fatalf("no rule fixtures: %v", err)
	}
	imported := 0
	for _, dir := range append(corpus, rules...) {
		res, err := Import([]string{dir}, Options{Spec: filepath.Join(t.TempDir(), "lbgen.hcl")})
		switch {
		case err == nil:
			imported++
			lintRendered(t, dir, res.Spec)
		case strings.Contains(err.Error(), "does not render"):
			t.Errorf("%s: %v", dir, err)
		}
	}
	t.Logf("%d of %d fixture stacks import", imported, len(corpus)+len(rules))
}

// lintRendered renders a spec imported from dir and expects lint to find
// nothing in the result.
func lintRendered(t *testing.T, dir string, spec []byte) {
	t.Helper()
	out := t.TempDir()
	renderSpec(t, out, spec)
	lintClean(t, dir, out, nil)
}

// lintClean lints a rendered directory, with services scaled as given,
// and expects no finding; what names the case in failures.
func lintClean(t *testing.T, what, dir string, scale map[string]int) {
	t.Helper()
	p, err := lint.Load([]string{dir}, lint.LoadOptions{Scale: scale})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range lint.Run(p, rules.Runnable()) {
		t.Errorf("%s, rendered (scale %v): %s:%d:%d: %s [%s]", what, scale, f.File, f.Range.Start.Line, f.Range.Start.Col, f.Message, f.Rule.ID)
	}
}
