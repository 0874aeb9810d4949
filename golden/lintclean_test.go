package golden

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lbgen/lbgen/lint"
	"github.com/lbgen/lbgen/lint/rules"
)

// TestRenderedFilesLintClean lints what lbgen render wrote in every golden
// case and example: lbgen's own output must have no finding.
func TestRenderedFilesLintClean(t *testing.T) {
	linted := 0
	for archivePath, ar := range goldenArchives(t) {
		if strings.HasPrefix(archivePath, "lint/") {
			continue // lint cases write hand-made files on purpose
		}
		dir := t.TempDir()
		n := 0
		for _, f := range ar.Files {
			name, ok := strings.CutPrefix(f.Name, outPrefix)
			if !ok {
				continue
			}
			p := filepath.Join(dir, filepath.FromSlash(name))
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, f.Data, 0o644); err != nil {
				t.Fatal(err)
			}
			n++
		}
		if n == 0 {
			continue
		}
		linted++
		t.Run(archivePath, func(t *testing.T) {
			t.Chdir(dir)
			project, err := lint.Load([]string{"."}, lint.LoadOptions{})
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range lint.Run(project, rules.Runnable()) {
				t.Errorf("%s:%d:%d: %s [%s %s]", f.File, f.Range.Start.Line, f.Range.Start.Col, f.Message, f.Rule.ID, f.Rule.Name)
			}
		})
	}
	if linted == 0 {
		t.Fatal("no rendered files found in the golden files")
	}
}
