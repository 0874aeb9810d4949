package haproxycfg

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzParse: any input parses or reports an unmatched quote, never a
// panic, and word columns stay within their lines.
func FuzzParse(f *testing.F) {
	seeds, _ := filepath.Glob("../rules/testdata/*/*.cfg")
	for _, s := range seeds {
		if data, err := os.ReadFile(s); err == nil {
			f.Add(data)
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		cfg, err := Parse(src)
		if err != nil {
			return
		}
		for _, s := range cfg.Sections {
			for _, l := range append([]*Line{s.Header}, s.Lines...) {
				for _, w := range l.Words {
					if w.Col < 1 || w.Len < 0 {
						t.Fatalf("word %+v on line %d", w, l.No)
					}
				}
			}
		}
	})
}
