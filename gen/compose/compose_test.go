package compose

import (
	"bytes"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/compose-spec/compose-go/v2/types"

	"github.com/lbgen/lbgen/component"
	"github.com/lbgen/lbgen/gen"
	"github.com/lbgen/lbgen/gen/compose/composetest"
	"github.com/lbgen/lbgen/gen/composefile"
	"github.com/lbgen/lbgen/schemas"
)

// exampleStacks loads every bundled example spec.
func exampleStacks(t *testing.T) map[string]*schemas.Topology {
	t.Helper()
	specs, err := filepath.Glob("../../examples/*/lbgen.hcl")
	if err != nil || len(specs) == 0 {
		t.Fatalf("no example specs: %v", err)
	}
	stacks := map[string]*schemas.Topology{}
	for _, spec := range specs {
		res, diags := schemas.Load(spec, schemas.Options{})
		if diags.HasErrors() {
			t.Fatalf("%s: %v", spec, diags)
		}
		stacks[filepath.Base(filepath.Dir(spec))] = res.Topology
	}
	return stacks
}

func render(t *testing.T, topo *schemas.Topology) []byte {
	t.Helper()
	files, err := Render(topo, gen.Context{SpecName: "lbgen.hcl", SpecDir: "."})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 1 || files[0].Path != gen.ComposeFile {
		t.Fatalf("Render returned %d files; want only %s", len(files), gen.ComposeFile)
	}
	return files[0].Bytes
}

// TestScaledStacksByConstruction checks, on every example, the properties
// that hand-written stacks get wrong when services scale.
func TestScaledStacksByConstruction(t *testing.T) {
	for name, topo := range exampleStacks(t) {
		t.Run(name, func(t *testing.T) {
			project := composetest.Load(t, gen.ComposeFile, render(t, topo))
			if project == nil {
				return
			}
			for _, svc := range project.Services {
				if s := topo.Service(svc.Name); s != nil && s.Scaled() && len(svc.Ports) > 0 {
					t.Errorf("scaled service %s publishes host ports %v", svc.Name, svc.Ports)
				}
				if svc.ContainerName != "" {
					t.Errorf("service %s sets container_name, which breaks scaling", svc.Name)
				}
				checkPorts(t, topo, svc)
				checkDependencies(t, topo, project, svc)
				checkNoLiteralSecrets(t, svc)
			}
			for _, lb := range topo.Balancers {
				checkConfigMountReadOnly(t, project.Services[lb.Name])
				if _, ok := project.Services[component.NginxExporterService(lb.Name)]; ok != topo.HasNginxExporter(lb) {
					t.Errorf("balancer %s: exporter service present = %v; want %v", lb.Name, ok, topo.HasNginxExporter(lb))
				}
			}
		})
	}
}

var secretName = regexp.MustCompile(`(?i)(PASSWORD|SECRET|TOKEN|_KEY$|_USER$)`)

// checkNoLiteralSecrets: a variable that looks like a credential comes
// from the environment of `docker compose up` (passed through, or
// interpolated from composetest.Env) or points at a secret file
// (NAME__FILE), never written literally.
func checkNoLiteralSecrets(t *testing.T, svc types.ServiceConfig) {
	t.Helper()
	for name, value := range svc.Environment {
		fromEnv := value == nil || *value == composetest.Env[name]
		if secretName.MatchString(name) && !strings.HasSuffix(name, "__FILE") && !fromEnv {
			t.Errorf("service %s has a literal %s", svc.Name, name)
		}
	}
}

// checkPorts allows a balancer's listen port on any interface and every
// other published port (stats, admin UIs) on 127.0.0.1 only.
func checkPorts(t *testing.T, topo *schemas.Topology, svc types.ServiceConfig) {
	t.Helper()
	lb := topo.Balancer(svc.Name)
	for _, p := range svc.Ports {
		public := lb != nil && (int(p.Target) == lb.TrafficPort() || (lb.TLS != nil && int(p.Target) == lb.ContainerTLSPort()))
		if !public && p.HostIP != "127.0.0.1" {
			t.Errorf("service %s publishes admin port %s on %q; want 127.0.0.1", svc.Name, p.Published, p.HostIP)
		}
	}
}

// checkDependencies requires service_healthy exactly where the dependency
// has a health check (without one, service_healthy never becomes true),
// except for a balancer's minor backends (see TestBalancerWaitsForMainBackends).
func checkDependencies(t *testing.T, topo *schemas.Topology, project *types.Project, svc types.ServiceConfig) {
	t.Helper()
	var main map[string]bool
	if lb := topo.Balancer(svc.Name); lb != nil {
		main = composefile.MainBackends(lb)
	}
	for dep, cfg := range svc.DependsOn {
		hasCheck := project.Services[dep].HealthCheck != nil && (main == nil || main[dep])
		if healthy := cfg.Condition == types.ServiceConditionHealthy; healthy != hasCheck {
			t.Errorf("%s depends on %s with condition %s, but %s has a health check: %v", svc.Name, dep, cfg.Condition, dep, hasCheck)
		}
	}
}

func checkConfigMountReadOnly(t *testing.T, svc types.ServiceConfig) {
	t.Helper()
	if len(svc.Volumes) == 0 {
		t.Errorf("balancer %s mounts no config", svc.Name)
	}
	for _, v := range svc.Volumes {
		if !v.ReadOnly {
			t.Errorf("balancer %s mounts %s read-write", svc.Name, v.Source)
		}
	}
}

// TestRenderIsDeterministic renders each example repeatedly: map iteration
// order must never reach the output.
func TestRenderIsDeterministic(t *testing.T) {
	for name, topo := range exampleStacks(t) {
		first := render(t, topo)
		for i := 0; i < 20; i++ {
			if again := render(t, topo); !bytes.Equal(first, again) {
				t.Fatalf("%s: render %d differs from the first", name, i+2)
			}
		}
	}
}

func TestFormatSize(t *testing.T) {
	for in, want := range map[int64]string{512 << 20: "512m", 1 << 30: "1g", 1536 << 20: "1536m", 4096: "4k", 1000: "1000"} {
		if got := formatSize(in); got != want {
			t.Errorf("formatSize(%d) = %q; want %q", in, got, want)
		}
	}
}

// TestRequiredBalancerVariables: without STATS_USER, STATS_PASSWORD or
// COOKIE_KEY, `docker compose up` must stop with a message naming the
// variable (HAProxy would start with an open stats page, or crash-loop).
func TestRequiredBalancerVariables(t *testing.T) {
	topo := exampleStacks(t)["haproxy"]
	if topo == nil {
		t.Fatal("no haproxy example")
	}
	data := render(t, topo)
	for _, name := range []string{gen.StatsUserEnv, gen.StatsPasswordEnv} {
		env := types.Mapping{}
		for k, v := range composetest.Env {
			if k != name {
				env[k] = v
			}
		}
		_, err := composetest.LoadEnv(t, gen.ComposeFile, data, env)
		if err == nil || !strings.Contains(err.Error(), "set "+name) {
			t.Errorf("loading without %s: err = %v; want one that says to set it", name, err)
		}
	}
}

// TestBalancerWaitsForMainBackends: a balancer waits for the heaviest
// non-backup backend of each route to be healthy, and only for canaries and
// backups to start, so one unhealthy minor backend cannot keep it down.
func TestBalancerWaitsForMainBackends(t *testing.T) {
	path := filepath.Join(t.TempDir(), "lbgen.hcl")
	spec := `project = "demo"
service "app" {
  image    = "example/app:1.0"
  port     = 3000
  replicas = 3
  health { http = "/health" }
}
service "canary" {
  image = "example/app:1.1"
  port  = 3000
  health { http = "/health" }
}
service "fallback" {
  image = "example/static:1.0"
  port  = 8080
  health { http = "/health" }
}
service "api" {
  image = "example/api:1.0"
  port  = 8080
  health { http = "/health" }
}
balancer "web" {
  engine = "haproxy"
  listen = 80
  route "/" {
    backend "app" { weight = 9 }
    backend "canary" { weight = 1 }
    backend "fallback" { backup = true }
  }
  route "/api" { service = "api" }
}
`
	if err := os.WriteFile(path, []byte(spec), 0o644); err != nil {
		t.Fatal(err)
	}
	res, diags := schemas.Load(path, schemas.Options{})
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	project := composetest.Load(t, gen.ComposeFile, render(t, res.Topology))
	if project == nil {
		return
	}
	want := map[string]string{
		"app":      types.ServiceConditionHealthy,
		"api":      types.ServiceConditionHealthy,
		"canary":   types.ServiceConditionStarted,
		"fallback": types.ServiceConditionStarted,
	}
	got := map[string]string{}
	for dep, cfg := range project.Services["web"].DependsOn {
		got[dep] = cfg.Condition
	}
	if !maps.Equal(got, want) {
		t.Errorf("web depends on %v; want %v", got, want)
	}
}

// TestShortForms: the compose file has none of compose-go's normalisation
// noise, and compose-go reads the short forms back to the same settings
// (TestScaledStacksByConstruction checks ports and read-only mounts on the
// loaded project).
func TestShortForms(t *testing.T) {
	for name, topo := range exampleStacks(t) {
		data := string(render(t, topo))
		for _, noise := range []string{"required: true", "protocol: tcp", "replicas: 1\n", "type: volume", "- source: ", "context: "} {
			if strings.Contains(data, noise) {
				t.Errorf("%s: docker-compose.yml has %q", name, noise)
			}
		}
		project := composetest.Load(t, gen.ComposeFile, []byte(data))
		if project == nil {
			continue
		}
		for _, svc := range project.Services {
			for _, v := range svc.Volumes {
				if v.Type == types.VolumeTypeBind && !v.ReadOnly {
					t.Errorf("%s: service %s mounts %s read-write", name, svc.Name, v.Source)
				}
			}
		}
	}
}
