package targets

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lbgen/lbgen/gen"
	"github.com/lbgen/lbgen/schemas"
)

// FuzzRender renders every spec the loader accepts: a valid spec must
// render without error or panic, twice to the same bytes.
func FuzzRender(f *testing.F) {
	seeds, _ := filepath.Glob("../../examples/*/lbgen.hcl")
	archives, _ := filepath.Glob("../../golden/render/*.txtar")
	for _, s := range seeds {
		if data, err := os.ReadFile(s); err == nil {
			f.Add(data)
		}
	}
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
		ctx := gen.Context{SpecName: "lbgen.hcl", SpecDir: "."}
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
