package targets

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/lbgen/lbgen/gen"
	"github.com/lbgen/lbgen/gen/compose"
	"github.com/lbgen/lbgen/internal/benchdata"
	"github.com/lbgen/lbgen/schemas"
)

// BenchmarkRender renders specs of 10, 100 and 1000 services, each target
// on its own and all together, loading included.
func BenchmarkRender(b *testing.B) {
	ctx := gen.Context{SpecName: "lbgen.hcl", SpecDir: ".", Platform: compose.Platform()}
	for _, n := range []int{10, 100, 1000} {
		path := filepath.Join(b.TempDir(), "lbgen.hcl")
		if err := os.WriteFile(path, benchdata.Spec(n), 0o644); err != nil {
			b.Fatal(err)
		}
		res, diags := schemas.Load(path, schemas.Options{})
		if diags.HasErrors() {
			b.Fatal(diags)
		}
		b.Run(fmt.Sprintf("load/services=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				schemas.Load(path, schemas.Options{})
			}
		})
		for _, target := range For(ctx.Platform) {
			b.Run(fmt.Sprintf("%s/services=%d", target.Name, n), func(b *testing.B) {
				b.ReportAllocs()
				for i := 0; i < b.N; i++ {
					if _, err := target.Render(res.Topology, ctx); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
