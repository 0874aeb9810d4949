package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

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
	for _, name := range []string{"docker-compose.yml", "nginx-lb/nginx.conf", "app/Dockerfile"} {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		writeFile(t, path, lessonFile(t, name))
	}
	project, err := lint.Load([]string{dir}, lint.LoadOptions{Scale: map[string]int{"app": 3}})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range lint.ApplyFixes(project, lint.Run(project, rules.Runnable())) {
		if strings.HasSuffix(filepath.ToSlash(e.File.Abs), "nginx-lb/nginx.conf") {
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
