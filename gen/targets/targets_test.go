package targets

import (
	"bytes"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/lbgen/lbgen/gen"
	"github.com/lbgen/lbgen/schemas"
)

// TestDeterministicAcrossGOMAXPROCS renders every example with one and
// with several threads: map order or scheduling must never reach output.
func TestDeterministicAcrossGOMAXPROCS(t *testing.T) {
	specs, err := filepath.Glob("../../examples/*/lbgen.hcl")
	if err != nil || len(specs) == 0 {
		t.Fatalf("no examples: %v", err)
	}
	ctx := gen.Context{SpecName: "lbgen.hcl", SpecDir: "."}
	renderAll := func() map[string][]byte {
		out := map[string][]byte{}
		for _, spec := range specs {
			res, diags := schemas.Load(spec, schemas.Options{})
			if diags.HasErrors() {
				t.Fatal(diags)
			}
			files, err := Render(res.Topology, ctx)
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range files {
				out[spec+":"+f.Path] = f.Bytes
			}
		}
		return out
	}
	prev := runtime.GOMAXPROCS(1)
	defer runtime.GOMAXPROCS(prev)
	single := renderAll()
	runtime.GOMAXPROCS(8)
	for i := 0; i < 5; i++ {
		for name, data := range renderAll() {
			if !bytes.Equal(single[name], data) {
				t.Fatalf("%s differs between GOMAXPROCS=1 and 8", name)
			}
		}
	}
}
