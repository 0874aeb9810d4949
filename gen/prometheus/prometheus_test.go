package prometheus

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"testing"
	"time"

	"github.com/lbgen/lbgen/gen"
	"github.com/lbgen/lbgen/gen/scrape"
	"github.com/lbgen/lbgen/schemas"
)

func load(t *testing.T, spec string) *schemas.Topology {
	t.Helper()
	path := filepath.Join(t.TempDir(), "lbgen.hcl")
	if err := os.WriteFile(path, []byte(spec), 0o644); err != nil {
		t.Fatal(err)
	}
	res, diags := schemas.Load(path, schemas.Options{})
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	return res.Topology
}

// TestScaledServicesAreScrapedPerReplica: a service that may run several
// replicas is discovered through DNS (one target per replica), because a
// static name would hit a random replica on each scrape.
func TestScaledServicesAreScrapedPerReplica(t *testing.T) {
	topo := load(t, `project = "demo"
service "scaled" {
  image        = "x:1"
  port         = 3000
  replicas     = 1
  max_replicas = 5
  metrics {}
}
service "single" {
  image = "x:1"
  port  = 8080
  metrics {}
}
monitoring {
  prometheus {}
}
`)
	// The platform decides how replicas are discovered; this one names
	// each service's address so the test can see it was asked.
	platform := gen.Platform{Discovery: func(service string, port int, _ time.Duration) (string, any) {
		return "test_sd_configs", fmt.Sprintf("%s:%d", service, port)
	}}
	for _, j := range scrape.Jobs(topo) {
		sc := newScrapeConfig(j, topo.Monitoring, platform)
		switch j.Name {
		case "scaled":
			if len(sc.StaticConfigs) != 0 || sc.DiscoveryKey != "test_sd_configs" || sc.Discovery != "scaled:3000" {
				t.Errorf("scaled service scrape config = %+v; want the platform's discovery of scaled:3000", sc)
			}
			if len(sc.RelabelConfigs) != 1 || sc.RelabelConfigs[0].TargetLabel != "service" {
				t.Errorf("scaled service relabelling = %+v; want a service label", sc.RelabelConfigs)
			}
		case "single":
			if sc.Discovery != nil || len(sc.StaticConfigs) != 1 || sc.StaticConfigs[0].Targets[0] != "single:8080" {
				t.Errorf("single service scrape config = %+v; want the static target single:8080", sc)
			}
		}
	}
}

// TestAlertInstancesAreDistinct: rules that share an alert name must differ
// in their labels, or Alertmanager cannot tell which service an alert is
// about; and every rate window holds at least four scrapes.
func TestAlertInstancesAreDistinct(t *testing.T) {
	topo := load(t, `project = "demo"
service "app" {
  image    = "x:1"
  port     = 3000
  replicas = 3
  metrics { histogram = "h" }
  health { http = "/health" }
}
service "api" {
  image    = "x:1"
  port     = 8080
  replicas = 2
  metrics { histogram = "h" }
  health { http = "/health" }
}
balancer "web" {
  engine = "nginx"
  listen = 80
  route "/" { service = "app" }
  stats { port = 8404 }
}
balancer "edge" {
  engine = "haproxy"
  listen = 81
  route "/" { service = "api" }
  stats { port = 8405 }
}
monitoring {
  scrape_interval = "2m"
  scrape_timeout  = "10s"
  prometheus {}
  cadvisor {}
  alerts {
    error_ratio = 0.05
    p95_latency = "1s"
  }
}
`)
	c := newClock(topo.Monitoring.ScrapeInterval)
	alerts, _ := alertRules(topo, scrape.Jobs(topo), c)
	records, _ := recordingRules(topo, gen.Platform{ReplicaName: func(p, s string, n int) string { return fmt.Sprint(p, s, n) },
		ServiceLabelValue: func(_, s string) string { return s }}, c)
	seen := map[string]bool{}
	names := map[string]int{}
	for _, r := range alerts {
		key := r.Alert + fmt.Sprint(r.Labels)
		if seen[key] {
			t.Errorf("alert %s with labels %v is rendered twice", r.Alert, r.Labels)
		}
		seen[key] = true
		names[r.Alert]++
	}
	for _, want := range []string{"ReplicasBelowMinimum", "BalancerDown", "HighErrorRatio", "HighLatencyP95"} {
		if names[want] < 2 {
			t.Errorf("%d %s alerts; want one per service or balancer", names[want], want)
		}
	}
	window := regexp.MustCompile(`\[(\w+)\]`)
	for _, r := range append(alerts, records...) {
		for _, m := range window.FindAllStringSubmatch(r.Expr, -1) {
			if d, err := time.ParseDuration(m[1]); err != nil || d < 4*topo.Monitoring.ScrapeInterval {
				t.Errorf("%s%s: window %s is shorter than four 2m scrapes", r.Alert, r.Record, m[1])
			}
		}
	}
}
