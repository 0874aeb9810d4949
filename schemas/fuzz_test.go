package schemas

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzLoad feeds arbitrary specs to the loader: it may reject them, but
// must never panic.
func FuzzLoad(f *testing.F) {
	f.Add(Starter)
	seeds, _ := filepath.Glob("../examples/*/lbgen.hcl")
	for _, s := range seeds {
		if data, err := os.ReadFile(s); err == nil {
			f.Add(data)
		}
	}
	archives, _ := filepath.Glob("../golden/render/*.txtar")
	for _, a := range archives {
		data, err := os.ReadFile(a)
		if err != nil {
			continue
		}
		if _, spec, ok := strings.Cut(string(data), "-- lbgen.hcl --\n"); ok {
			spec, _, _ = strings.Cut(spec, "\n-- ")
			f.Add([]byte(spec))
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		LoadSource("fuzz.hcl", src, Options{Vars: []string{"x=1"}})
	})
}
