package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/lbgen/lbgen/internal/seed"
	"github.com/lbgen/lbgen/internal/toolcheck"
	"github.com/lbgen/lbgen/schemas"
)

// lessonPath is the hand-written stack lbgen replaces, kept beside the
// repository in ../shared (as CI lays it out).
var lessonPath = filepath.Join("..", seed.Lesson)

// lessonPort is where the lesson's upstream expects the app.
const lessonPort = 3000

// lessonFile returns a file the lesson says to create.
func lessonFile(t testing.TB, name string) []byte {
	t.Helper()
	files, err := seed.Files(lessonPath)
	if err != nil {
		if os.Getenv("LBGEN_REQUIRE_TOOLS") == "1" {
			t.Fatal(err)
		}
		t.Skip(err)
	}
	data, ok := files[name]
	if !ok {
		t.Fatalf("the lesson creates no %s", name)
	}
	return data
}

// startLessonNginx runs the lesson's nginx.conf with one change: its app
// name resolves to the initial replicas at start-up, through a hosts file
// mounted over /etc/hosts in a private mount namespace (the config has no
// resolver, so this is the only way it learns addresses, as in compose).
func startLessonNginx(t testing.TB, initial ...string) *proxy {
	t.Helper()
	bin := toolcheck.Binaries(t, schemas.EngineNginx)[0]
	listen := freePort(t, "127.0.0.1")
	dir := t.TempDir()
	cfg := bindLoopback(t, lessonFile(t, "nginx-lb/nginx.conf"), "listen 80;", fmt.Sprintf("listen 127.0.0.1:%d;", listen))
	site := filepath.Join(dir, "site.conf")
	writeFile(t, site, cfg)
	main := filepath.Join(dir, "nginx.conf")
	writeFile(t, main, toolcheck.NginxMainConfig(dir, site))
	var hosts strings.Builder
	for _, ip := range initial {
		fmt.Fprintf(&hosts, "%s app\n", ip)
	}
	hostsFile := filepath.Join(dir, "hosts")
	writeFile(t, hostsFile, []byte(hosts.String()))

	p := &proxy{url: fmt.Sprintf("http://127.0.0.1:%d", listen), output: &syncBuffer{}}
	args := []string{"unshare", "--mount", "sh", "-c", `mount --bind "$0" /etc/hosts && exec "$@"`, hostsFile,
		bin.Path, "-p", dir, "-c", main, "-e", "stderr", "-g", "daemon off;"}
	startProcess(t, args, nil, p.output)
	waitFor(t, 10*time.Second, "the lesson's nginx answers /lb-health", func() bool {
		_, err := newClient().get(p.url + "/lb-health")
		return err == nil
	})
	return p
}

// TestLessonNginxMissesScaledOutReplicas runs the lesson's nginx.conf and
// lbgen's side by side in front of the same replicas, then scales out.
// The lesson's upstream resolved "app" once at start-up and never sends a
// request to the new replica; lbgen's reaches it within the DNS refresh.
func TestLessonNginxMissesScaledOutReplicas(t *testing.T) {
	ips := []string{"127.0.0.2", "127.0.0.3", "127.0.0.4"}
	bs := replicas(t, lessonPort, ips...)
	lesson := startLessonNginx(t, ips[:2]...)

	d := startDNS(t)
	d.set("app", ips[:2]...)
	cfg, _ := render(t, stack(routeToApp, ""), "engine=nginx", fmt.Sprintf("port=%d", lessonPort), "resolver="+d.addr)
	lbgen := startProxy(t, schemas.EngineNginx, cfg)
	warm(t, lesson.url, bs[:2])
	warm(t, lbgen.url, bs[:2])

	// docker compose up --scale app=3
	d.set("app", ips...)
	newReplica := bs[2]
	waitFor(t, 2*dnsRefresh+time.Second, "lbgen's nginx reaches the new replica", func() bool {
		burst(lbgen.url, 20, 2)
		return newReplica.hits.Load() > 0
	})

	newReplica.hits.Store(0)
	res := burst(lesson.url, 300, 4)
	if res.failed > 0 {
		t.Fatalf("the lesson's nginx failed %d requests: %v", res.failed, res.errs)
	}
	if n := newReplica.hits.Load(); n != 0 {
		t.Fatalf("the lesson's nginx sent %d requests to a replica added after start-up; expected none", n)
	}
	res = burst(lbgen.url, 300, 4)
	if res.by[newReplica.ip] == 0 {
		t.Errorf("lbgen's nginx sent nothing to the new replica: %v", res.by)
	}
	t.Logf("after scaling to 3: the lesson's nginx sent 0 of 300 requests to the new replica, lbgen's %d of 300", res.by[newReplica.ip])
}
