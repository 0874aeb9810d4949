package importer

import (
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lbgen/lbgen/gen"
	"github.com/lbgen/lbgen/gen/targets"
	"github.com/lbgen/lbgen/internal/seed"
	"github.com/lbgen/lbgen/internal/toolcheck"
	"github.com/lbgen/lbgen/schemas"
)

// writeFiles writes files (by slash path) under dir.
func writeFiles(t *testing.T, dir string, files map[string][]byte) {
	t.Helper()
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, body, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// renderSpec writes a spec into dir and renders it there.
func renderSpec(t *testing.T, dir string, spec []byte) (*schemas.Topology, []gen.File) {
	t.Helper()
	writeFiles(t, dir, map[string][]byte{"lbgen.hcl": spec})
	return renderDir(t, dir)
}

// renderDir renders the spec at dir/lbgen.hcl into dir, as `lbgen
// render` does, and returns the topology and the rendered files.
func renderDir(t *testing.T, dir string) (*schemas.Topology, []gen.File) {
	t.Helper()
	res, diags := schemas.Load(filepath.Join(dir, "lbgen.hcl"), schemas.Options{})
	if diags.HasErrors() {
		t.Fatalf("the spec does not load: %v", diags)
	}
	platform, diags := targets.Resolve(res.Topology)
	if diags.HasErrors() {
		t.Fatalf("the spec's platform: %v", diags)
	}
	files, err := targets.Render(res.Topology, gen.Context{SpecName: "lbgen.hcl", SpecDir: ".", Platform: platform})
	if err != nil {
		t.Fatal(err)
	}
	writeFiles(t, dir, fileMap(files))
	return res.Topology, files
}

// fileMap indexes rendered files by path.
func fileMap(files []gen.File) map[string][]byte {
	out := map[string][]byte{}
	for _, f := range files {
		out[f.Path] = f.Bytes
	}
	return out
}

// TestSeedImportRendersAStackThatLintsCleanAndPassesTheCheckers is the
// acceptance test of `lbgen import`: the seed lesson's hand-written files
// import into a spec whose rendered stack lints clean (also with the app
// scaled to 3) and whose nginx, HAProxy and Prometheus files pass nginx -t,
// haproxy -c and promtool.
func TestSeedImportRendersAStackThatLintsCleanAndPassesTheCheckers(t *testing.T) {
	files, err := seed.Files(filepath.Join("..", seed.Lesson))
	if err != nil {
		t.Fatal(err)
	}
	root := t.TempDir()
	hand, out := filepath.Join(root, "lesson"), filepath.Join(root, "spec")
	writeFiles(t, hand, files)
	res, err := Import([]string{hand}, Options{Spec: filepath.Join(out, "lbgen.hcl")})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"LB201", "LB301", "LB401", "LB402", "LB403"} {
		if !hasRule(res.Report.Changed, want) {
			t.Errorf("the report names no change found by %s:\n%+v", want, res.Report.Changed)
		}
	}
	top, rendered := renderSpec(t, out, res.Spec)
	if len(top.Balancers) != 2 || top.Monitoring == nil {
		t.Fatalf("want the nginx and HAProxy balancers and monitoring, got:\n%s", res.Spec)
	}
	for _, scale := range []map[string]int{nil, {"app": 3}} {
		lintClean(t, "the seed lesson", out, scale)
	}
	checkWithTools(t, top, rendered)
}

// checkWithTools runs every rendered balancer config and Prometheus
// directory through the real binaries.
func checkWithTools(t *testing.T, top *schemas.Topology, rendered []gen.File) {
	t.Helper()
	prom := map[string][]byte{}
	for _, f := range rendered {
		for _, b := range top.Balancers {
			if f.Path == gen.BalancerConfigPath(b) {
				t.Run(b.Name, func(t *testing.T) { toolcheck.Check(t, b, f.Bytes) })
			}
		}
		if dir, name := path.Split(f.Path); strings.TrimSuffix(dir, "/") == gen.PrometheusDir {
			prom[name] = f.Bytes
		}
	}
	if len(prom) > 0 {
		t.Run("prometheus", func(t *testing.T) { toolcheck.Prometheus(t, prom) })
	}
}

func hasRule(items []Item, rule string) bool {
	for _, it := range items {
		if it.Rule == rule {
			return true
		}
	}
	return false
}
