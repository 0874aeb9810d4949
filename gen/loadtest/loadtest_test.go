package loadtest

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"go.yaml.in/yaml/v4"

	"github.com/lbgen/lbgen/gen"
	"github.com/lbgen/lbgen/schemas"
)

func TestScriptTargetsBalancerInsideCompose(t *testing.T) {
	path := filepath.Join(t.TempDir(), "lbgen.hcl")
	spec := `project = "demo"
service "app" {
  image = "example/app:1.0"
  port  = 3000
  health {
    http = "/health"
  }
}
balancer "edge" {
  engine = "haproxy"
  listen = 80
  route "/" { service = "app" }
}
loadtest "smoke" {
  target = balancer.edge
  phase "warm" {
    duration     = "1m30s"
    arrival_rate = 3
  }
  scenario "home" {
    weight = 2
    step {
      get   = "/"
      think = "500ms"
    }
    step {
      get = "/health"
    }
  }
}
`
	if err := os.WriteFile(path, []byte(spec), 0o644); err != nil {
		t.Fatal(err)
	}
	res, diags := schemas.Load(path, schemas.Options{})
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	files, err := Render(res.Topology, gen.Context{SpecName: "lbgen.hcl", SpecDir: "."})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 1 || files[0].Path != "loadtest/smoke.yml" {
		t.Fatalf("files = %v; want loadtest/smoke.yml", files)
	}
	var got Script
	if err := yaml.Unmarshal(files[0].Bytes, &got); err != nil {
		t.Fatal(err)
	}
	// HAProxy listens on 8080 inside its container; the published port
	// is for the host, not for a container on the compose network.
	if got.Config.Target != "http://edge:8080" {
		t.Errorf("target = %q; want http://edge:8080", got.Config.Target)
	}
	if p := got.Config.Phases; len(p) != 1 || p[0].Duration != int((90*time.Second).Seconds()) || p[0].ArrivalRate != 3 {
		t.Errorf("phases = %+v; want one of 90s at 3/s", p)
	}
	flow := got.Scenarios[0].Flow
	if len(flow) != 3 || flow[0].Get.URL != "/" || flow[1].Think != 0.5 || flow[2].Get.URL != "/health" {
		t.Errorf("flow = %+v; want get /, think 0.5, get /health", flow)
	}
}
