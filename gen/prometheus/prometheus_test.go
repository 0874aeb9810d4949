package prometheus

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/lbgen/lbgen/gen"
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
	for _, j := range Jobs(topo) {
		sc := j.scrapeConfig(topo.Monitoring, platform)
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
