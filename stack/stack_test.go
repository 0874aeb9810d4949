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

func TestInterpolate(t *testing.T) {
	env := map[string]string{"TAG": "1.2", "EMPTY": ""}
	for in, want := range map[string]string{
		"app:${TAG}":            "app:1.2",
		"app:$TAG":              "app:1.2",
		"${EMPTY:-x}":           "x",
		"${EMPTY-x}":            "",
		"${MISSING:-./nginx}/a": "./nginx/a",
		"${TAG:+set}":           "set",
		"$$HOME":                "$HOME",
	} {
		if got, ok := Interpolate(in, env); got != want || !ok {
			t.Errorf("Interpolate(%q) = %q, %v; want %q, true", in, got, ok, want)
		}
	}
	if got, ok := Interpolate("${PORT}:80", env); ok || got != "${PORT}:80" {
		t.Errorf("an unset variable: %q, %v; want it kept and ok=false", got, ok)
	}
	env = ParseDotEnv([]byte("# c\nexport A=1\nB=\"two words\"\nC=3 # note\n"))
	if env["A"] != "1" || env["B"] != "two words" || env["C"] != "3" {
		t.Errorf("ParseDotEnv = %v", env)
	}
}

const anchored = `x-base: &base
  image: app:${TAG:-1.0}
  healthcheck: {test: [CMD, "true"]}
  ports: ["${PORT}:3000"]
services:
  app:
    <<: *base
    deploy: {mode: global}
  api:
    <<: *base
    image: api:2.0
    deploy: {replicas: 2}
    volumes:
      - ${CONF:-./conf}:/etc/nginx/conf.d:ro
    configs:
      - source: site
        target: /etc/nginx/nginx.conf
      - missing
configs:
  site:
    file: ./site/nginx.conf
networks:
  mesh: {driver: overlay}
`

func TestReadCompose(t *testing.T) {
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte(anchored), &doc); err != nil {
		t.Fatal(err)
	}
	s := ReadCompose(ComposeSource{Name: "compose.yaml", Dir: "/p", Doc: doc.Content[0], Env: map[string]string{"TAG": "1.1"}})
	app, api := s.Workload("app"), s.Workload("api")
	if !s.Swarm {
		t.Error("an overlay network makes a Swarm stack file")
	}
	if app.Image != "app:1.1" || !app.Healthy || !app.Global || !app.Scaled() {
		t.Errorf("app = %+v; want the anchor's image (interpolated) and health check, global", app)
	}
	if api.Image != "api:2.0" || api.Replicas != 2 {
		t.Errorf("api = %+v; want its own image over the anchor's", api)
	}
	if p := api.Ports[0]; !p.Unresolved {
		t.Errorf("${PORT} port = %+v; want unresolved", p)
	} else if from, to, ok := p.PublishedRange(); !ok || from != to {
		t.Errorf("${PORT} is one fixed host port; PublishedRange = %d, %d, %v", from, to, ok)
	}
	if len(api.Mounts) != 2 {
		t.Fatalf("api mounts = %+v; want the conf.d directory and the site config (missing config ignored)", api.Mounts)
	}
	if host, _, ok := api.HostPath("/etc/nginx/conf.d/app.conf"); !ok || host != "/p/conf/app.conf" {
		t.Errorf("HostPath(conf.d/app.conf) = %q, %v; want /p/conf/app.conf through the directory mount", host, ok)
	}
	if host, m, ok := api.HostPath("/etc/nginx/nginx.conf"); !ok || host != "/p/site/nginx.conf" || !m.Config || !m.ReadOnly {
		t.Errorf("HostPath(nginx.conf) = %q, %+v; want the config's file, read-only", host, m)
	}
	if _, _, ok := api.HostPath("/etc/nginx/mime.types"); ok {
		t.Error("mime.types is the image's: no mount covers it")
	}
	if api.Component() != "nginx" || !api.IsBalancer() {
		t.Errorf("api mounts nginx's config: component %q", api.Component())
	}
}

func TestFinalFrom(t *testing.T) {
	df := "ARG V=1\nFROM --platform=$BUILDPLATFORM golang:1.26 AS build\nFROM openresty/openresty:1.27 AS base\nFROM base\n"
	if got := finalFrom(df); got != "openresty/openresty:1.27" {
		t.Errorf("finalFrom = %q", got)
	}
}

// TestValues pins the judgements render and lint share.
func TestValues(t *testing.T) {
	for image, want := range map[string]bool{
		"app": true, "app:latest": true, "registry:5000/app": true, "registry:5000/app:1.2": false,
		"app@sha256:abc": false, "${IMAGE}": false, "nginx:1.30-alpine": false, "": false,
	} {
		if got := Unpinned(image); got != want {
			t.Errorf("Unpinned(%q) = %v; want %v", image, got, want)
		}
	}
	for _, c := range []struct {
		name, value string
		want        bool
	}{
		{"DB_PASSWORD", "hunter2", true}, {"API_KEY", "abc", true}, {"STRIPE_KEY", "sk_live", true},
		{"DB_PASSWORD_FILE", "/run/secrets/db", false}, {"DB_PASSWORD", "${DB_PASSWORD}", false},
		{"TOKEN_TTL", "3600", false}, {"JWT_SECRET_ROTATION", "true", false}, {"LOG_LEVEL", "debug", false},
	} {
		if got := LiteralCredential(c.name, c.value); got != c.want {
			t.Errorf("LiteralCredential(%q, %q) = %v; want %v", c.name, c.value, got, c.want)
		}
	}
	if !DockerSocket("/var/run/") || DockerSocket("/var/lib/docker") {
		t.Error("DockerSocket: /var/run/ exposes the socket, /var/lib/docker does not")
	}
	if !EveryInterface("") || !EveryInterface("::") || EveryInterface("127.0.0.1") {
		t.Error("EveryInterface: empty and :: are every interface, 127.0.0.1 is not")
	}
	if !Loopback("127.0.0.1") || !Loopback("::1") || Loopback("10.0.0.1") {
		t.Error("Loopback: 127.0.0.1 and ::1 are, 10.0.0.1 is not")
	}
}
