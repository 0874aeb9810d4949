package golden

import (
	"iter"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/lbgen/lbgen/gen"
	"github.com/lbgen/lbgen/gen/swarm"
	"github.com/lbgen/lbgen/gen/targets"
	"github.com/lbgen/lbgen/internal/toolcheck"
	"github.com/lbgen/lbgen/schemas"
)

// TestBalancerConfigsPassRealTools runs every balancer config in the golden
// files through the real nginx -t and haproxy -c. The spec of each case
// says which engine release a config is for.
func TestBalancerConfigsPassRealTools(t *testing.T) {
	lbcheckBinaries(t)

	checked := 0
	for archivePath, ar := range goldenArchives(t) {
		configs := map[string][]byte{}
		for _, f := range ar.Files {
			if isBalancerConfig(f.Name) {
				configs[f.Name] = f.Data
			}
		}
		if len(configs) == 0 {
			continue
		}
		t.Run(strings.TrimSuffix(archivePath, ".txtar"), func(t *testing.T) {
			topo := loadCaseSpec(t, archivePath, ar)
			for _, b := range topo.Balancers {
				for name, data := range configs {
					if strings.HasSuffix(name, "/"+gen.BalancerConfigPath(b)) {
						toolcheck.Check(t, b, data)
						delete(configs, name)
						checked++
					}
				}
			}
			for name := range configs {
				t.Errorf("%s matches no balancer of the case's spec", name)
			}
		})
	}
	if checked == 0 {
		t.Fatal("no balancer config found in the golden files")
	}
}

func isBalancerConfig(name string) bool {
	return strings.HasPrefix(name, outPrefix) &&
		((strings.Contains(name, "/nginx/") && strings.HasSuffix(name, ".conf")) ||
			(strings.Contains(name, "/haproxy/") && strings.HasSuffix(name, ".cfg")))
}

// loadCaseSpec loads the spec a case rendered: lbgen.hcl from the archive
// (given, or written by the case), or from the example directory for
// examples/ cases.
func loadCaseSpec(t *testing.T, archivePath string, ar *txtar.Archive) *schemas.Topology {
	t.Helper()
	spec := filepath.Join("..", "examples", strings.TrimSuffix(filepath.Base(archivePath), ".txtar"), "lbgen.hcl")
	if d := filepath.Dir(archivePath); d != "examples" && d != kubernetesExamples {
		spec = filepath.Join(t.TempDir(), "lbgen.hcl")
		for _, f := range ar.Files {
			if f.Name == "lbgen.hcl" || f.Name == outPrefix+"lbgen.hcl" { // written by `lbgen init`
				if err := os.WriteFile(spec, f.Data, 0o644); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	res, diags := schemas.Load(spec, schemas.Options{})
	if diags.HasErrors() {
		t.Fatalf("load the spec of %s: %v", archivePath, diags)
	}
	return res.Topology
}

// TestPrometheusFilesPassPromtool runs every rendered Prometheus directory
// in the golden files through promtool: the config with its rule files,
// the rules, and the rendered rule unit tests.
func TestPrometheusFilesPassPromtool(t *testing.T) {
	toolcheck.RequirePromtool(t)
	checked := 0
	for archivePath, ar := range goldenArchives(t) {
		dirs := map[string]map[string][]byte{}
		for _, f := range ar.Files {
			dir, name := path.Split(f.Name)
			if strings.HasPrefix(f.Name, outPrefix) && strings.HasSuffix(dir, "/"+gen.PrometheusDir+"/") {
				if dirs[dir] == nil {
					dirs[dir] = map[string][]byte{}
				}
				dirs[dir][name] = f.Data
			}
		}
		for dir, files := range dirs {
			t.Run(archivePath+":"+dir, func(t *testing.T) { toolcheck.Prometheus(t, files) })
			checked++
		}
	}
	if checked == 0 {
		t.Fatal("no Prometheus files found in the golden files")
	}
}

// TestSwarmStacksLoad checks every rendered Swarm stack file with the
// stack loader of `docker stack deploy`.
func TestSwarmStacksLoad(t *testing.T) {
	checked := 0
	for archivePath, ar := range goldenArchives(t) {
		files := map[string][]byte{}
		for _, f := range ar.Files {
			if name, ok := strings.CutPrefix(f.Name, outPrefix); ok {
				files[name] = f.Data
			}
		}
		if _, ok := files[swarm.StackFile]; !ok {
			continue
		}
		t.Run(archivePath, func(t *testing.T) { toolcheck.SwarmStack(t, swarm.StackFile, files) })
		checked++
	}
	if checked == 0 {
		t.Fatal("no Swarm stack files found in the golden files")
	}
}

// goldenArchives yields every golden archive, parsed, in path order.
func goldenArchives(t *testing.T) iter.Seq2[string, *txtar.Archive] {
	t.Helper()
	paths, err := filepath.Glob("*/*.txtar")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no golden archives: %v", err)
	}
	return func(yield func(string, *txtar.Archive) bool) {
		for _, p := range paths {
			ar, err := txtar.ParseFile(p)
			if err != nil {
				t.Fatal(err)
			}
			if !yield(p, ar) {
				return
			}
		}
	}
}

// TestExamplesAtDebian12Releases renders every example for Debian 12's
// nginx 1.22 and HAProxy 2.6 (through the examples' version variables)
// and checks the configs with the real binaries; the current releases are
// covered by the examples' golden files above.
func TestExamplesAtDebian12Releases(t *testing.T) {
	lbcheckBinaries(t)
	specs, err := filepath.Glob("../examples/*/lbgen.hcl")
	if err != nil || len(specs) == 0 {
		t.Fatalf("no examples: %v", err)
	}
	env := []string{"LBGEN_VAR_nginx_version=1.22", "LBGEN_VAR_haproxy_version=2.6"}
	checked := 0
	for _, spec := range specs {
		res, diags := schemas.Load(spec, schemas.Options{Environ: env})
		if diags.HasErrors() {
			t.Fatalf("%s: %v", spec, diags)
		}
		files, err := targets.Render(res.Topology, gen.Context{SpecName: "lbgen.hcl", SpecDir: "."})
		if err != nil {
			t.Fatal(err)
		}
		for _, b := range res.Topology.Balancers {
			if v := b.EngineVersion.String(); v != "1.22" && v != "2.6" {
				t.Errorf("%s: balancer %s renders for %s; the example should take its version from a variable", spec, b.Name, v)
			}
			for _, f := range files {
				if f.Path == gen.BalancerConfigPath(b) {
					t.Run(spec+":"+b.Name, func(t *testing.T) { toolcheck.Check(t, b, f.Bytes) })
					checked++
				}
			}
		}
	}
	if checked == 0 {
		t.Fatal("no balancer config checked")
	}
}

func lbcheckBinaries(t *testing.T) {
	toolcheck.Binaries(t, schemas.EngineNginx)
	toolcheck.Binaries(t, schemas.EngineHAProxy)
}

// TestAlertmanagerConfigsPassAmtool runs every rendered alertmanager.yml
// in the golden files through `amtool check-config`.
func TestAlertmanagerConfigsPassAmtool(t *testing.T) {
	checked := 0
	for archivePath, ar := range goldenArchives(t) {
		for _, f := range ar.Files {
			if strings.HasPrefix(f.Name, outPrefix) && strings.HasSuffix(f.Name, "/"+gen.AlertmanagerDir+"/alertmanager.yml") {
				t.Run(strings.TrimSuffix(archivePath, ".txtar"), func(t *testing.T) { toolcheck.Alertmanager(t, f.Data) })
				checked++
			}
		}
	}
	if checked == 0 {
		t.Fatal("no alertmanager.yml found in the golden files")
	}
}
