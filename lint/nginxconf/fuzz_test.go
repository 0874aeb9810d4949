package nginxconf

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzParse: any input parses or gives a SyntaxError, never a panic, and
// every directive it returns has a position inside the input.
func FuzzParse(f *testing.F) {
	seeds, _ := filepath.Glob("../rules/testdata/*/*.conf")
	for _, s := range seeds {
		if data, err := os.ReadFile(s); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte("server { listen 80; location / { proxy_pass http://${u}; } }"))
	f.Fuzz(func(t *testing.T, src []byte) {
		cfg, err := Parse(src)
		if err != nil {
			if _, ok := err.(*SyntaxError); !ok {
				t.Fatalf("error of type %T", err)
			}
			return
		}
		Walk(cfg.Directives, "main", func(d *Directive, _ string) {
			if d.Line < 1 || d.Col < 1 {
				t.Fatalf("directive %q at %d:%d", d.Name, d.Line, d.Col)
			}
		})
	})
}
