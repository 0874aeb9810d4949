package schemas

import (
	"testing"

	"github.com/lbgen/lbgen/internal/specseeds"
)

// FuzzLoad feeds arbitrary specs to the loader: it may reject them, but
// must never panic.
func FuzzLoad(f *testing.F) {
	f.Add(Starter)
	for _, spec := range specseeds.Specs("..") {
		f.Add(spec)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		LoadSource("fuzz.hcl", src, Options{Vars: []string{"x=1"}})
	})
}
