package e2e

import (
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/lbgen/lbgen/internal/seed"
	"github.com/lbgen/lbgen/internal/toolcheck"
	"github.com/lbgen/lbgen/lint"
	"github.com/lbgen/lbgen/lint/rules"
	"github.com/lbgen/lbgen/schemas"
)

// fixedLessonNginx is the lesson's nginx.conf after `lbgen lint --fix`
// on the lesson's stack, scaled as the lesson runs it.
func fixedLessonNginx(t testing.TB) []byte {
	t.Helper()
	dir := t.TempDir()
	seed.Extract(t, lessonPath, dir)
	project, err := lint.Load([]string{dir}, lint.LoadOptions{Scale: map[string]int{"app": 3}})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range lint.ApplyFixes(project, lint.Run(project, rules.Runnable())) {
		if e.File.Abs == filepath.Join(dir, "nginx-lb", "nginx.conf") {
			return e.Result
		}
	}
	t.Fatal("lint --fix does not fix the lesson's nginx.conf")
	return nil
}

// TestLessonFixedNginxReachesScaledOutReplicas runs the lesson's nginx.conf
// as lint --fix leaves it, with the test's DNS server in place of Docker's
// (answers refreshed every second instead of 10), and scales out: the
// replica added after start-up gets traffic, which the lesson's own
// config never sends it (TestLessonNginxMissesScaledOutReplicas).
func TestLessonFixedNginxReachesScaledOutReplicas(t *testing.T) {
	ips := []string{"127.0.0.2", "127.0.0.3", "127.0.0.4"}
	bs := replicas(t, lessonPort, ips...)
	d := startDNS(t)
	d.set("app", ips[:2]...)

	bin := toolcheck.Binaries(t, schemas.EngineNginx)[0] // the current release
	listen := freePort(t, "127.0.0.1")
	cfg := bindLoopback(t, fixedLessonNginx(t),
		"resolver 127.0.0.11:53 valid=10s", fmt.Sprintf("resolver %s valid=%s", d.addr, dnsRefresh),
		"listen 80;", fmt.Sprintf("listen 127.0.0.1:%d;", listen))
	dir := t.TempDir()
	site, main := filepath.Join(dir, "site.conf"), filepath.Join(dir, "nginx.conf")
	writeFile(t, site, cfg)
	writeFile(t, main, toolcheck.NginxMainConfig(dir, site))
	url := fmt.Sprintf("http://127.0.0.1:%d", listen)
	output := &syncBuffer{}
	startProcess(t, []string{bin.Path, "-p", dir, "-c", main, "-e", "stderr", "-g", "daemon off;"}, nil, output)
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("nginx output:\n%s", output.String())
		}
	})
	waitFor(t, 10*time.Second, "the fixed nginx answers /lb-health", func() bool {
		_, err := newClient().get(url + "/lb-health")
		return err == nil
	})
	warm(t, url, bs[:2])

	// docker compose up --scale app=3
	d.set("app", ips...)
	waitFor(t, 2*dnsRefresh+time.Second, "the fixed nginx reaches the new replica", func() bool {
		burst(url, 20, 2)
		return bs[2].hits.Load() > 0
	})
	res := burst(url, 300, 4)
	if res.failed > 0 {
		t.Fatalf("the fixed nginx failed %d requests: %v", res.failed, res.errs)
	}
	for _, b := range bs {
		if res.by[b.ip] == 0 {
			t.Errorf("replica %s got none of 300 requests: %v", b.ip, res.by)
		}
	}
}

// fixedHAProxy is a hand-written haproxy.cfg after `lbgen lint --fix`,
// read by the official image under Compose.
func fixedHAProxy(t testing.TB) []byte {
	t.Helper()
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "docker-compose.yml"), []byte(`services:
  lb:
    image: haproxy:3.2-alpine
    ports: ["80:8080"]
    volumes: ["./haproxy.cfg:/usr/local/etc/haproxy/haproxy.cfg:ro"]
  web:
    image: example/web:1.0
    healthcheck:
      test: ["CMD", "true"]
`))
	writeFile(t, filepath.Join(dir, "haproxy.cfg"), []byte(fmt.Sprintf(`defaults
    mode http
    timeout connect 1s
    timeout client 5s
    timeout server 5s
frontend http
    bind :8080
    http-request return status 200 if { path /lb-health }
    default_backend web
backend web
    balance roundrobin
    server web1 web:%d check inter 500ms
`, lessonPort)))
	project, err := lint.Load([]string{dir}, lint.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range lint.ApplyFixes(project, lint.Run(project, rules.Runnable())) {
		if filepath.Base(e.File.Abs) == "haproxy.cfg" {
			return e.Result
		}
	}
	t.Fatal("lint --fix does not fix haproxy.cfg")
	return nil
}

// TestFixedHAProxyFollowsAddressChange: a server line lint --fix gave
// resolvers starts before its name resolves and follows the name to a new
// address (a container recreated by docker compose up), without a reload.
func TestFixedHAProxyFollowsAddressChange(t *testing.T) {
	bs := replicas(t, lessonPort, "127.0.0.2", "127.0.0.3")
	d := startDNS(t)

	bin := toolcheck.Binaries(t, schemas.EngineHAProxy)[0] // the current release
	listen := freePort(t, "127.0.0.1")
	cfg := bindLoopback(t, fixedHAProxy(t),
		"nameserver dns1 127.0.0.11:53", "nameserver dns1 "+d.addr,
		// A vanished address is kept for hold obsolete (10s, as lbgen
		// renders it); the test waits 1s.
		"hold valid 10s", "hold valid "+dnsRefresh.String(),
		"hold obsolete 10s", "hold obsolete "+dnsRefresh.String(),
		"bind :8080", fmt.Sprintf("bind 127.0.0.1:%d", listen))
	path := filepath.Join(t.TempDir(), "haproxy.cfg")
	writeFile(t, path, cfg)
	url := fmt.Sprintf("http://127.0.0.1:%d", listen)
	output := &syncBuffer{}
	startProcess(t, []string{bin.Path, "-db", "-f", path}, nil, output)
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("haproxy output:\n%s\nconfig:\n%s", output.String(), cfg)
		}
	})
	// The name does not resolve yet (init-addr none): HAProxy runs anyway.
	waitFor(t, 10*time.Second, "the fixed haproxy answers /lb-health", func() bool {
		_, err := newClient().get(url + "/lb-health")
		return err == nil
	})
	d.set("web", bs[0].ip)
	waitFor(t, 5*time.Second, "the fixed haproxy reaches web at its first address", func() bool {
		burst(url, 10, 2)
		return bs[0].hits.Load() > 0
	})
	d.set("web", bs[1].ip)
	waitFor(t, 5*time.Second, "the fixed haproxy follows web to its new address", func() bool {
		burst(url, 10, 2)
		return bs[1].hits.Load() > 0
	})
}
