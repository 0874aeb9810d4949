package lint

import (
	"os"
	"path/filepath"
	"testing"
)

// TestBaselineSurvivesMovedLines: a finding recorded in the baseline stays
// accepted when lines are inserted above it, and a second identical
// problem is still reported.
func TestBaselineSurvivesMovedLines(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "docker-compose.yml")
	rule := &Rule{ID: "LB999", Name: "latest", Run: func(p *Pass) {
		for _, f := range p.FilesOf(KindCompose) {
			for i, line := range f.Lines {
				if len(line) > 0 && line[len(line)-1] == '!' {
					p.Report(f, Range{Start: Pos{i + 1, 1}, End: Pos{i + 1, 2}}, "bang")
				}
			}
		}
	}}
	lintFile := func(content string) (*Project, []Finding) {
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		p, err := Load([]string{path}, LoadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		return p, Run(p, []*Rule{rule})
	}
	p, findings := lintFile("services: {}\n# old!\n")
	base := NewBaseline(p, findings)

	p, findings = lintFile("# new line\n# another\nservices: {}\n# old!\n")
	if left := base.Filter(p, findings); len(left) != 0 {
		t.Errorf("moved finding reported again: %+v", left)
	}
	p, findings = lintFile("services: {}\n# old!\n# old!\n")
	if left := base.Filter(p, findings); len(left) != 1 {
		t.Errorf("want the second identical finding reported, got %d", len(left))
	}
}
