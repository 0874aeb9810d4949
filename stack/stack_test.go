package stack

import (
	"testing"

	"go.yaml.in/yaml/v4"
)

func compose(t *testing.T, src string, scale map[string]int) *Stack {
	t.Helper()
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte(src), &doc); err != nil {
		t.Fatal(err)
	}
	return FromCompose("docker-compose.yml", "/stack", doc.Content[0], scale)
}

const sample = `services:
  lb:
    image: nginx:1.30-alpine
    ports: ["80:8080"]
    depends_on:
      app: {condition: service_healthy}
      db: {condition: service_started}
    volumes:
      - ./nginx.conf:/etc/nginx/conf.d/default.conf:ro
  app:
    image: app:1.0
    scale: 2
    deploy: {replicas: 3}
    ports:
      - target: 3000
        published: "8000-8001"
        host_ip: 127.0.0.1
  db:
    image: postgres:17
    healthcheck: {test: [CMD, pg_isready]}
`

func TestFromCompose(t *testing.T) {
	s := compose(t, sample, map[string]int{"db": 1})
	lb, app, db := s.Workload("lb"), s.Workload("app"), s.Workload("db")
	if lb == nil || app == nil || db == nil {
		t.Fatalf("workloads = %v; want lb, app and db", s.Workloads)
	}
	if app.Replicas != 3 || app.MaxReplicas != 3 || !app.Scaled() {
		t.Errorf("app replicas = %d/%d; want deploy.replicas (3) over scale", app.Replicas, app.MaxReplicas)
	}
	if got := compose(t, sample, map[string]int{"app": 5}).Workload("app").Replicas; got != 5 {
		t.Errorf("app replicas with --scale app=5 = %d; want 5", got)
	}
	p := app.Ports[0]
	if from, to, ok := p.PublishedRange(); !ok || from != 8000 || to != 8001 || p.HostIP != "127.0.0.1" || p.Target != "3000" {
		t.Errorf("app port = %+v; want 127.0.0.1:8000-8001 -> 3000", p)
	}
	if m := lb.Mounts[0]; !m.Bind || !m.ReadOnly || m.Path != "/stack/nginx.conf" || m.Target != "/etc/nginx/conf.d/default.conf" {
		t.Errorf("lb mount = %+v; want a read-only bind of /stack/nginx.conf", m)
	}
	if len(app.BalancedBy) != 1 || app.BalancedBy[0].Balancer != "lb" || app.BalancedBy[0].Range.Start.Line != 10 {
		t.Errorf("app balanced by = %+v; want lb, reported at app's key (line 10)", app.BalancedBy)
	}
	if !db.Healthy || app.Healthy {
		t.Errorf("healthy: db %v, app %v; want true, false", db.Healthy, app.Healthy)
	}
}

func TestInvariants(t *testing.T) {
	s := compose(t, sample, nil)
	// app: 3 replicas, 2 host ports, no health check, behind lb.
	if v := ScaledHostPort.Check(s); len(v) != 1 || v[0].Workload.Name != "app" || v[0].Range.Start.Line != 15 {
		t.Errorf("ScaledHostPort = %+v; want app's port (line 15)", v)
	}
	if v := BalancedWithoutHealth.Check(s); len(v) != 1 || v[0].Workload.Name != "app" {
		t.Errorf("BalancedWithoutHealth = %+v; want app", v)
	}
	// A range as large as the replicas is fine, and so is a fixed port on
	// a global service: one container per node binds it.
	wide := &Stack{Workloads: []*Workload{{Name: "a", MaxReplicas: 2, Ports: []Port{{Published: "8000-8001"}}}}}
	if v := ScaledHostPort.Check(wide); len(v) != 0 {
		t.Errorf("two replicas on two host ports: %+v; want no violation", v)
	}
	global := &Stack{Workloads: []*Workload{{Name: "a", Global: true, MaxReplicas: 1, Ports: []Port{{Published: "9100"}}}}}
	if v := ScaledHostPort.Check(global); len(v) != 0 {
		t.Errorf("global service on a fixed host port: %+v; want no violation", v)
	}
}
