package e2e

import (
	"fmt"
	"io"
	"net/http"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/lbgen/lbgen/internal/toolcheck"
	"github.com/lbgen/lbgen/schemas"
)

// dnsRefresh is the specs' dns_refresh: how long a balancer may keep using
// an old DNS answer. HAProxy adds its health checks (rise 2 × inter 2s)
// before a new replica takes traffic.
const dnsRefresh = time.Second

// stack is a spec with app, scaled, behind one balancer; the balancer's
// settings and routes, and more services, are filled in per test.
func stack(balancer, services string) string {
	return fmt.Sprintf(`
variable "engine" {}
variable "port" {
  type = number
}
variable "resolver" {}

project = "traffic"

service "app" {
  image        = "example/app:1.0"
  port         = var.port
  replicas     = 2
  max_replicas = 6
  health {
    http = "/health"
  }
}
%s
balancer "lb" {
  engine      = var.engine
  listen      = 80
  resolver    = var.resolver
  dns_refresh = "%s"
  stats {
    port = 8404
  }
%s
}
`, services, dnsRefresh, balancer)
}

const routeToApp = `  route "/" {
    service = "app"
  }
`

// setup starts DNS, the replicas (all in DNS under "app") and the balancer.
func setup(t testing.TB, engine, spec string, ips ...string) (*proxy, *dnsServer, []*backend, int) {
	t.Helper()
	toolcheck.Binaries(t, engine)
	d := startDNS(t)
	port := freePort(t, "127.0.0.2")
	bs := replicas(t, port, ips...)
	d.set("app", ips...)
	cfg, _ := render(t, spec, "engine="+engine, fmt.Sprintf("port=%d", port), "resolver="+d.addr)
	return startProxy(t, engine, cfg), d, bs, port
}

func forEngines(t *testing.T, test func(t *testing.T, engine string)) {
	for _, engine := range []string{schemas.EngineNginx, schemas.EngineHAProxy} {
		t.Run(engine, func(t *testing.T) { test(t, engine) })
	}
}

func TestRoundRobinSpreadsEvenly(t *testing.T) {
	forEngines(t, func(t *testing.T, engine string) {
		p, _, bs, _ := setup(t, engine, stack(routeToApp, ""), "127.0.0.2", "127.0.0.3", "127.0.0.4", "127.0.0.5")
		warm(t, p.url, bs)
		res := burst(p.url, 400, 4)
		if res.failed > 0 {
			t.Fatalf("%d requests failed: %v", res.failed, res.errs)
		}
		// Within 25% of an even share of 100 each.
		for _, b := range bs {
			if n := res.by[b.ip]; n < 75 || n > 125 {
				t.Errorf("replica %s served %d of 400; want 100 ± 25 (%v)", b.ip, n, res.by)
			}
		}
	})
}

func TestLeastConnAvoidsASlowReplica(t *testing.T) {
	forEngines(t, func(t *testing.T, engine string) {
		p, _, bs, _ := setup(t, engine, stack(`  algorithm = "least_conn"`+"\n"+routeToApp, ""), "127.0.0.2", "127.0.0.3")
		warm(t, p.url, bs)
		bs[1].delay.Store(int64(100 * time.Millisecond))
		res := burst(p.url, 300, 8)
		fast, slow := res.by[bs[0].ip], res.by[bs[1].ip]
		if res.failed > 0 || fast < 2*slow {
			t.Errorf("fast replica served %d, slow one %d, %d failed; want the fast one to serve at least twice as many", fast, slow, res.failed)
		}
	})
}

func TestScaleOutAndInWithoutReload(t *testing.T) {
	forEngines(t, func(t *testing.T, engine string) {
		ips := []string{"127.0.0.2", "127.0.0.3", "127.0.0.4", "127.0.0.5"}
		p, d, bs, port := setup(t, engine, stack(routeToApp, ""), ips[:2]...)
		bs = append(bs, replicas(t, port, ips[2:]...)...)
		warm(t, p.url, bs[:2])

		// docker compose up --scale app=4: the DNS answer grows.
		d.set("app", ips...)
		bound := 2 * dnsRefresh
		if engine == schemas.EngineHAProxy {
			bound += 2 * 2 * time.Second // rise 2 × inter 2s
		}
		took := waitFor(t, bound+2*time.Second, "new replicas get traffic", func() bool {
			burst(p.url, 20, 4)
			return bs[2].hits.Load() > 0 && bs[3].hits.Load() > 0
		})
		// Each poll sends a burst and sleeps 100ms, so the measurement is
		// that much coarse.
		const pollSlack = 500 * time.Millisecond
		t.Logf("%s: scaled-out replicas got traffic after %s (bound %s + %s polling)", engine, took.Round(100*time.Millisecond), bound, pollSlack)
		if took > bound+pollSlack {
			t.Errorf("new replicas took %s to get traffic; want within %s", took, bound)
		}

		// docker compose up --scale app=2: the answer shrinks, and after
		// the bound the removed containers stop.
		d.set("app", ips[:2]...)
		time.Sleep(2 * dnsRefresh)
		bs[2].stop()
		bs[3].stop()
		for _, b := range bs {
			b.hits.Store(0)
		}
		res := burst(p.url, 200, 4)
		if res.failed > 0 {
			t.Errorf("%d requests failed after scaling in: %v", res.failed, res.errs)
		}
		if n := bs[2].hits.Load() + bs[3].hits.Load(); n > 0 {
			t.Errorf("removed replicas served %d requests after scaling in", n)
		}
	})
}

// TestFailoverLosesNoRequest kills a replica under steady GET load: the
// balancer retries on another replica, so no client sees an error.
func TestFailoverLosesNoRequest(t *testing.T) {
	forEngines(t, func(t *testing.T, engine string) {
		p, _, bs, _ := setup(t, engine, stack(routeToApp, ""), "127.0.0.2", "127.0.0.3", "127.0.0.4")
		warm(t, p.url, bs)
		load := startLoad(p.url)
		time.Sleep(time.Second)
		bs[1].stop()
		killedAt, sentAtKill := bs[1].hits.Load(), load.ok.Load()
		time.Sleep(2 * time.Second)
		load.end()
		ok, failed := load.ok.Load(), load.failed.Load()
		if after := ok - sentAtKill; after < 100 {
			t.Fatalf("only %d requests after the replica died; the load must outlast the kill", after)
		}
		if failed > 0 {
			t.Errorf("%d of %d requests failed after a replica died: %v", failed, ok+failed, load.errs)
		}
		if bs[1].hits.Load() != killedAt {
			t.Errorf("the dead replica kept serving")
		}
		t.Logf("%s: %d requests, %d of them after the kill, none failed", engine, ok, ok-sentAtKill)
	})
}

// TestUnhealthyReplica: HAProxy's active checks take a replica whose
// /health fails out of rotation. Open-source nginx has no active checks:
// it keeps sending to a replica that still answers requests, and only
// takes out one whose requests fail (max_fails).
func TestUnhealthyReplica(t *testing.T) {
	forEngines(t, func(t *testing.T, engine string) {
		p, _, bs, _ := setup(t, engine, stack(routeToApp, ""), "127.0.0.2", "127.0.0.3")
		warm(t, p.url, bs)
		bs[1].unhealthy.Store(true)
		if engine == schemas.EngineNginx {
			time.Sleep(3 * time.Second)
			res := burst(p.url, 100, 2)
			if res.by[bs[1].ip] == 0 {
				t.Errorf("nginx stopped sending to a replica whose /health fails; it has no active checks, so it should not")
			}
			return
		}
		bound := 3*2*time.Second + 2*time.Second // fall 3 × inter 2s, plus a check in flight
		waitFor(t, bound, "HAProxy stops sending to the unhealthy replica", func() bool {
			bs[1].hits.Store(0)
			burst(p.url, 20, 2)
			return bs[1].hits.Load() == 0
		})
		res := burst(p.url, 100, 2)
		if res.failed > 0 || res.by[bs[1].ip] > 0 {
			t.Errorf("after the checks failed: %v, %d failed; want every request on the healthy replica", res.by, res.failed)
		}
	})
}

// TestStickiness: one client lands on one replica across 100 requests,
// and different clients spread. HAProxy inserts its own cookie; nginx
// open source cannot, so it hashes a cookie the app sets.
func TestStickiness(t *testing.T) {
	forEngines(t, func(t *testing.T, engine string) {
		sticky := `  sticky {
    by   = "cookie"
    name = "SRV"
  }
`
		p, _, bs, _ := setup(t, engine, stack(sticky+routeToApp, ""), "127.0.0.2", "127.0.0.3", "127.0.0.4")
		warm(t, p.url, bs)
		seen := map[string]bool{}
		for user := 0; user < 20; user++ {
			c := newClient()
			if engine == schemas.EngineNginx {
				c.cookie = fmt.Sprintf("SRV=user-%d", user)
			}
			first, err := c.get(p.url)
			if err != nil {
				t.Fatal(err)
			}
			seen[first] = true
			for i := 0; i < 100; i++ {
				got, err := c.get(p.url)
				if err != nil || got != first {
					t.Fatalf("client %d: request %d went to %q (err %v), its first to %q", user, i, got, err, first)
				}
			}
		}
		if len(seen) < 2 {
			t.Errorf("20 clients all landed on %v; want them spread", seen)
		}
	})
}

// TestBalancerEndpoints checks what operators and Prometheus read.
func TestBalancerEndpoints(t *testing.T) {
	forEngines(t, func(t *testing.T, engine string) {
		p, _, _, _ := setup(t, engine, stack(routeToApp, ""), "127.0.0.2")
		if code, _ := fetch(t, p.url+"/lb-health", ""); code != http.StatusOK {
			t.Errorf("/lb-health: %d", code)
		}
		if engine == schemas.EngineNginx {
			code, body := fetch(t, p.statsURL+"/stub_status", "")
			if code != http.StatusOK || !strings.Contains(body, "Active connections") {
				t.Errorf("stub_status: %d %q", code, body)
			}
			return
		}
		if code, _ := fetch(t, p.statsURL+"/stats", ""); code != http.StatusUnauthorized {
			t.Errorf("stats page without credentials: %d; want 401", code)
		}
		if code, _ := fetch(t, p.statsURL+"/stats", "stats:s3cret"); code != http.StatusOK {
			t.Errorf("stats page with credentials: %d; want 200", code)
		}
		code, metrics := fetch(t, p.statsURL+"/metrics", "")
		if code != http.StatusOK || !strings.Contains(metrics, "haproxy_frontend_http_requests_total") {
			t.Fatalf("/metrics: %d, %d bytes", code, len(metrics))
		}
		checkPrometheusText(t, metrics)
	})
}

func fetch(t *testing.T, url, userPass string) (int, string) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	if user, pass, ok := strings.Cut(userPass, ":"); ok {
		req.SetBasicAuth(user, pass)
	}
	resp, err := newClient().http.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(body)
}

// checkPrometheusText parses an exposition with promtool: lint notes about
// naming are HAProxy's business; a parse error is not.
func checkPrometheusText(t *testing.T, metrics string) {
	t.Helper()
	cmd := exec.Command(toolcheck.RequirePromtool(t), "check", "metrics")
	cmd.Stdin = strings.NewReader(metrics)
	out, _ := cmd.CombinedOutput()
	if strings.Contains(string(out), "error while linting") || strings.Contains(string(out), "parsing error") {
		t.Errorf("HAProxy's /metrics is not Prometheus text: %s", out)
	}
}
