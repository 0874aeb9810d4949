package kubernetes_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"go.yaml.in/yaml/v4"

	"github.com/lbgen/lbgen/gen"
	"github.com/lbgen/lbgen/gen/kubernetes"
	"github.com/lbgen/lbgen/gen/targets"
	"github.com/lbgen/lbgen/schemas"
)

const spec = `
project  = "shop"
platform = "kubernetes"
kubernetes {
  namespace = "shop"
}
variable "max" {
  default = 6
}
variable "greeting" {
  default = "hello"
}
service "app" {
  image        = "example/app:1.0"
  port         = 3000
  replicas     = 2
  max_replicas = var.max
  env = { GREETING = var.greeting }
  health {
    http = "/health"
    retries = 4
  }
  resources {
    cpus = "0.5"
  }
}
balancer "lb" {
  engine = "haproxy"
  listen = 80
  route "/" {
    service = "app"
  }
}
`

// render renders the spec for Kubernetes and returns the manifests' objects
// by kind and name.
func render(t *testing.T, vars ...string) (map[string]map[string]any, []gen.File) {
	t.Helper()
	return renderSpec(t, spec, vars...)
}

func renderSpec(t *testing.T, spec string, vars ...string) (map[string]map[string]any, []gen.File) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "lbgen.hcl")
	if err := os.WriteFile(path, []byte(spec), 0o644); err != nil {
		t.Fatal(err)
	}
	res, diags := schemas.Load(path, schemas.Options{Vars: vars})
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	files, err := targets.Render(res.Topology, gen.Context{SpecName: "lbgen.hcl", SpecDir: "."})
	if err != nil {
		t.Fatal(err)
	}
	objs := map[string]map[string]any{}
	for _, f := range files {
		if !strings.HasPrefix(f.Path, "kubernetes/") || strings.HasSuffix(f.Path, "kustomization.yaml") {
			continue
		}
		dec := yaml.NewDecoder(strings.NewReader(string(f.Bytes)))
		for {
			var o map[string]any
			if err := dec.Decode(&o); err != nil {
				break
			}
			name := o["metadata"].(map[string]any)["name"].(string)
			objs[o["kind"].(string)+"/"+name] = o
		}
	}
	return objs, files
}

func dig(o any, path ...string) any {
	for _, p := range path {
		m, ok := o.(map[string]any)
		if !ok {
			return nil
		}
		o = m[p]
	}
	return o
}

func TestAutoscaledDeploymentLeavesReplicasToTheHPA(t *testing.T) {
	objs, _ := render(t)
	if r := dig(objs["Deployment/app"], "spec", "replicas"); r != nil {
		t.Errorf("the autoscaled Deployment sets spec.replicas = %v", r)
	}
	hpa := objs["HorizontalPodAutoscaler/app"]
	if min, max := dig(hpa, "spec", "minReplicas"), dig(hpa, "spec", "maxReplicas"); min != 2 || max != 6 {
		t.Errorf("HPA from %v to %v; want 2 to 6", min, max)
	}
	objs, _ = render(t, "max=2")
	if _, ok := objs["HorizontalPodAutoscaler/app"]; ok {
		t.Error("a service that cannot grow gets an autoscaler")
	}
	if r := dig(objs["Deployment/app"], "spec", "replicas"); r != 2 {
		t.Errorf("spec.replicas = %v; want 2", r)
	}
}

// TestScaledObjectOnRequestRate: a service that autoscales on its request
// rate gets KEDA's ScaledObject, on the PromQL the Compose autoscaler
// reads, and no HPA of lbgen's (KEDA makes one) nor spec.replicas.
func TestScaledObjectOnRequestRate(t *testing.T) {
	objs, _ := renderSpec(t, `project  = "shop"
platform = "kubernetes"
service "app" {
  image        = "example/app:1.0"
  port         = 3000
  max_replicas = 5
  health { http = "/health" }
  autoscale {
    requests_per_second = 40
    sync_period         = "10s"
  }
}
balancer "lb" {
  engine = "haproxy"
  listen = 80
  route "/" { service = "app" }
  stats { port = 8404 }
}
monitoring {
  prometheus {}
}
`)
	if _, ok := objs["HorizontalPodAutoscaler/app"]; ok {
		t.Error("an HPA and a ScaledObject on one Deployment")
	}
	if r := dig(objs["Deployment/app"], "spec", "replicas"); r != nil {
		t.Errorf("the Deployment KEDA scales sets spec.replicas = %v", r)
	}
	so := objs["ScaledObject/app"]
	trigger, _ := dig(so, "spec", "triggers").([]any)
	if len(trigger) != 1 {
		t.Fatalf("ScaledObject triggers: %v", dig(so, "spec", "triggers"))
	}
	for path, want := range map[string]any{
		"spec/scaleTargetRef/name": "app", "spec/minReplicaCount": 1, "spec/maxReplicaCount": 5, "spec/pollingInterval": 10,
		"spec/advanced/horizontalPodAutoscalerConfig/behavior/scaleDown/stabilizationWindowSeconds": 300,
	} {
		if got := dig(so, strings.Split(path, "/")...); got != want {
			t.Errorf("%s = %v, want %v", path, got, want)
		}
	}
	for path, want := range map[string]any{
		"type": "prometheus", "metricType": "AverageValue",
		"metadata/query":         `sum(rate(haproxy_backend_http_requests_total{job="lb",proxy="app"}[1m]))`,
		"metadata/threshold":     "40",
		"metadata/serverAddress": "http://prometheus.default.svc.cluster.local:9090",
	} {
		if got := dig(trigger[0], strings.Split(path, "/")...); got != want {
			t.Errorf("trigger %s = %v, want %v", path, got, want)
		}
	}
}

func TestSelectorsMatchPodLabels(t *testing.T) {
	objs, _ := render(t)
	labels := dig(objs["Deployment/app"], "spec", "template", "metadata", "labels").(map[string]any)
	for _, sel := range []any{
		dig(objs["Deployment/app"], "spec", "selector", "matchLabels"),
		dig(objs["Service/app"], "spec", "selector"),
		dig(objs["Service/app-headless"], "spec", "selector"),
		dig(objs["PodDisruptionBudget/app"], "spec", "selector", "matchLabels"),
	} {
		for k, v := range sel.(map[string]any) {
			if labels[k] != v {
				t.Errorf("selector %s=%v does not match the pod labels %v", k, v, labels)
			}
		}
	}
}

func TestProbesFromHealth(t *testing.T) {
	objs, _ := render(t)
	c := dig(objs["Deployment/app"], "spec", "template", "spec", "containers").([]any)[0]
	ready, live := dig(c, "readinessProbe", "failureThreshold"), dig(c, "livenessProbe", "failureThreshold")
	if ready != 4 || live != 8 {
		t.Errorf("readiness fails after %v, liveness after %v; want 4 and a higher 8", ready, live)
	}
	if dig(c, "startupProbe") == nil {
		t.Error("no startup probe")
	}
	if port := dig(c, "readinessProbe", "httpGet", "port"); port != "http" {
		t.Errorf("the probe checks port %v; want the named port http", port)
	}
}

func TestHeadlessServiceServesTheSRVName(t *testing.T) {
	objs, files := render(t)
	h := objs["Service/app-headless"]
	if dig(h, "spec", "clusterIP") != "None" {
		t.Error("app-headless is not headless")
	}
	if name := dig(h, "spec", "ports").([]any)[0].(map[string]any)["name"]; name != "http" {
		t.Errorf("the headless Service's port is %v; the balancer's SRV name needs http", name)
	}
	for _, f := range files {
		if f.Path == "haproxy/lb.cfg" && !strings.Contains(string(f.Bytes), "_http._tcp.app-headless.shop.svc.cluster.local") {
			t.Errorf("HAProxy does not look up the headless Service's SRV name:\n%s", f.Bytes)
		}
	}
}

func TestConfigChecksumRollsTheBalancer(t *testing.T) {
	sum := func(vars ...string) any {
		objs, _ := render(t, vars...)
		return dig(objs["Deployment/lb"], "spec", "template", "metadata", "annotations", "checksum/config")
	}
	a, b, c := sum(), sum(), sum("max=8")
	if a == nil || a != b {
		t.Errorf("checksums %v and %v of one config differ", a, b)
	}
	if a == c {
		t.Error("a changed HAProxy config (more server slots) keeps its checksum")
	}
	if a != sum("greeting=hi") {
		t.Error("a change that does not touch the config rolls the balancer")
	}
}

func TestParseServiceHost(t *testing.T) {
	for host, want := range map[string]kubernetes.ServiceHost{
		"app":                                   {Service: "app"},
		"app.shop":                              {Service: "app", Namespace: "shop"},
		"app-headless.shop.svc.cluster.local":   {Service: "app-headless", Namespace: "shop"},
		"_http._tcp.app.shop.svc.cluster.local": {Service: "app", Namespace: "shop", PortName: "http", Protocol: "tcp"},
		"app.shop.svc":                          {Service: "app", Namespace: "shop"},
	} {
		if got, ok := kubernetes.ParseServiceHost(host); !ok || got != want {
			t.Errorf("ParseServiceHost(%q) = %+v, %v; want %+v", host, got, ok, want)
		}
	}
	for _, host := range []string{"api.example.com", "www.example.co.uk", ""} {
		if got, ok := kubernetes.ParseServiceHost(host); ok {
			t.Errorf("ParseServiceHost(%q) = %+v; want no Service", host, got)
		}
	}
}
