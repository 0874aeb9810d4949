package autoscaler

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lbgen/lbgen/autoscale"
	"github.com/lbgen/lbgen/gen"
	"github.com/lbgen/lbgen/gen/compose"
	"github.com/lbgen/lbgen/gen/swarm"
	"github.com/lbgen/lbgen/internal/toolcheck"
	"github.com/lbgen/lbgen/schemas"
)

// spec autoscales on each metric and each place a request rate is
// counted: cAdvisor's CPU, the app's histogram, HAProxy's backend,
// nginx's exporter, and the histogram's p95.
const spec = `project = "demo"
service "cpu" {
  image        = "example/a:1"
  port         = 3000
  max_replicas = 4
  resources { reserved_cpus = "0.25" }
  health { http = "/health" }
  autoscale {}
}
service "hist" {
  image        = "example/b:1"
  port         = 3000
  max_replicas = 4
  metrics { histogram = "http_request_duration_seconds" }
  autoscale { requests_per_second = 10 }
}
service "lat" {
  image        = "example/c:1"
  port         = 3000
  max_replicas = 4
  metrics { histogram = "http_request_duration_seconds" }
  autoscale { p95_latency = "250ms" }
}
service "hap" {
  image        = "example/d:1"
  port         = 3000
  max_replicas = 4
  health { http = "/health" }
  autoscale { requests_per_second = 10 }
}
service "ngx" {
  image        = "example/e:1"
  port         = 3000
  max_replicas = 4
  health { http = "/health" }
  autoscale { requests_per_second = 10 }
}
balancer "h" {
  engine = "haproxy"
  listen = 80
  route "/" { service = "hap" }
  route "/cpu" { service = "cpu" }
  stats { port = 8404 }
}
balancer "n" {
  engine = "nginx"
  listen = 81
  route "/" { service = "ngx" }
  stats { port = 8080 }
}
monitoring {
  scrape = ["hist", "lat"]
  prometheus {}
  cadvisor {}
}
`

func render(t *testing.T, p gen.Platform) autoscale.File {
	t.Helper()
	path := filepath.Join(t.TempDir(), "lbgen.hcl")
	if err := os.WriteFile(path, []byte(spec), 0o644); err != nil {
		t.Fatal(err)
	}
	res, diags := schemas.Load(path, schemas.Options{Platform: p.Name})
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	files, err := Render(res.Topology, gen.Context{Platform: p})
	if err != nil || len(files) != 1 || files[0].Path != gen.AutoscalerConfig {
		t.Fatalf("Render = %v, %v", files, err)
	}
	f, err := autoscale.ParseFile(files[0].Bytes)
	if err != nil {
		t.Fatal(err)
	}
	return *f
}

// TestQueries: each service reads its metric where the stack has it, as
// the kind the decision needs; promtool parses every query.
func TestQueries(t *testing.T) {
	f := render(t, compose.Platform())
	want := map[string]struct{ kind, query string }{
		"cpu":  {"per_replica", `sum by (name) (replica:container_cpu_usage:rate1m{service="cpu"}) * 100 / 0.25`},
		"hist": {"shared", `sum(rate(http_request_duration_seconds_count{job="hist"}[1m]))`},
		"lat":  {"level", `histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{job="lat"}[1m])))`},
		"hap":  {"shared", `sum(rate(haproxy_backend_http_requests_total{job="h",proxy="hap"}[1m]))`},
		"ngx":  {"shared", `sum(rate(nginx_http_requests_total{job="n"}[1m]))`},
	}
	var rules strings.Builder
	rules.WriteString("groups:\n  - name: autoscale\n    rules:\n")
	for _, s := range f.Services {
		w := want[s.Name]
		if s.Kind != w.kind || s.Query != w.query {
			t.Errorf("%s: %s %s\nwant %s %s", s.Name, s.Kind, s.Query, w.kind, w.query)
		}
		fmt.Fprintf(&rules, "      - record: autoscale:%s\n        expr: %q\n", s.Name, s.Query)
	}
	if len(f.Services) != len(want) {
		t.Errorf("%d services, want %d", len(f.Services), len(want))
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "rules.yml"), []byte(rules.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(toolcheck.RequirePromtool(t), "check", "rules", filepath.Join(dir, "rules.yml")).CombinedOutput()
	if err != nil {
		t.Fatalf("promtool check rules: %v\n%s", err, out)
	}
}

// TestSwarmWorkloads: on Swarm the controller updates the stack's
// service, named stack_service, and needs no compose file.
func TestSwarmWorkloads(t *testing.T) {
	f := render(t, swarm.Platform())
	if f.Platform != "swarm" || f.ComposeFile != "" || f.Services[0].Workload != "demo_cpu" {
		t.Errorf("swarm configuration: platform %q, compose file %q, workload %q", f.Platform, f.ComposeFile, f.Services[0].Workload)
	}
}
