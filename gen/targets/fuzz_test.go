package targets

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/lbgen/lbgen/gen"
	"github.com/lbgen/lbgen/internal/specseeds"
	"github.com/lbgen/lbgen/schemas"
)

// FuzzRender renders every spec the loader accepts: a valid spec must
// render without error or panic, twice to the same bytes.
func FuzzRender(f *testing.F) {
	for _, spec := range specseeds.Specs("../..") {
		f.Add(spec)
	}
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, src []byte) {
		path := filepath.Join(dir, "lbgen.hcl")
		if err := os.WriteFile(path, src, 0o644); err != nil {
			t.Fatal(err)
		}
		res, diags := schemas.Load(path, schemas.Options{})
		if diags.HasErrors() {
			return
		}
		platform, diags := Resolve(res.Topology)
		if diags.HasErrors() {
			return // the platform refuses it, with positions
		}
		ctx := gen.Context{SpecName: "lbgen.hcl", SpecDir: ".", Platform: platform}
		first, err := Render(res.Topology, ctx)
		if err != nil {
			t.Fatalf("a valid spec does not render: %v", err)
		}
		res, _ = schemas.Load(path, schemas.Options{})
		again, _ := Render(res.Topology, ctx)
		for i := range first {
			if string(first[i].Bytes) != string(again[i].Bytes) {
				t.Fatalf("%s differs between two renders", first[i].Path)
			}
		}
	})
}
