package e2e

import (
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/lbgen/lbgen/internal/toolcheck"
	"github.com/lbgen/lbgen/schemas"
)

// splitSpec routes "/" to app and canary, 90/10, with fallback as the
// backup; every service listens on var.port, each replica on its own
// loopback address.
const splitSpec = `
variable "engine" {}
variable "port" {
  type = number
}
variable "resolver" {}

project = "split"

service "app" {
  image        = "example/app:1.0"
  port         = var.port
  max_replicas = 6
  health {
    http = "/health"
  }
}

service "canary" {
  image        = "example/app:1.1"
  port         = var.port
  max_replicas = 6
  health {
    http = "/health"
  }
}

service "fallback" {
  image = "example/fallback:1.0"
  port  = var.port
  health {
    http = "/health"
  }
}

balancer "lb" {
  engine      = var.engine
  listen      = 80
  resolver    = var.resolver
  dns_refresh = "1s"
  stats {
    port = 8404
  }
  route "/" {
    backend "app" {
      weight = 9
    }
    backend "canary" {
      weight = 1
    }
    backend "fallback" {
      backup = true
    }
  }
}
`

// serviceIPs gives each service of a test its replicas' addresses, in
// order from 127.0.0.2.
func serviceIPs(counts ...int) [][]string {
	var out [][]string
	next := 2
	for _, n := range counts {
		var ips []string
		for i := 0; i < n; i++ {
			ips = append(ips, fmt.Sprintf("127.0.0.%d", next))
			next++
		}
		out = append(out, ips)
	}
	return out
}

// TestWeightsSplitBetweenServices: weight 9 on app and 1 on canary send
// 90% of the requests to app's replicas and 10% to canary's, whatever the
// number of replicas of each (a weight per replica would send 97% to app
// with 4:1 replicas and 69% with 1:4). When every primary replica is gone,
// the backup service takes the traffic.
func TestWeightsSplitBetweenServices(t *testing.T) {
	forEngines(t, func(t *testing.T, engine string) {
		for _, counts := range [][2]int{{4, 1}, {1, 4}, {3, 3}} {
			t.Run(fmt.Sprintf("%d:%d", counts[0], counts[1]), func(t *testing.T) {
				toolcheck.Binaries(t, engine)
				ips := serviceIPs(counts[0], counts[1], 1)
				d := startDNS(t)
				port := freePort(t, "127.0.0.2")
				app, canary, fallback := replicas(t, port, ips[0]...), replicas(t, port, ips[1]...), replicas(t, port, ips[2]...)
				d.set("app", ips[0]...)
				d.set("canary", ips[1]...)
				d.set("fallback", ips[2]...)
				cfg, _ := render(t, splitSpec, "engine="+engine, fmt.Sprintf("port=%d", port), "resolver="+d.addr)
				p := startProxy(t, engine, cfg)
				warm(t, p.url, append(append([]*backend{}, app...), canary...))

				const n = 5000
				res := burst(p.url, n, 4)
				if res.failed > 0 {
					t.Fatalf("%d requests failed: %v", res.failed, res.errs)
				}
				toApp, toCanary := served(res, ips[0]), served(res, ips[1])
				share := 100 * float64(toCanary) / float64(n)
				t.Logf("%s %d:%d replicas: app %d, canary %d of %d: canary %.1f%% (want 10%%)", engine, counts[0], counts[1], toApp, toCanary, n, share)
				if toApp+toCanary != n || math.Abs(share-10) > 2 {
					t.Errorf("canary got %.1f%% of the requests (app %d, canary %d, other %v); want 10%% ± 2", share, toApp, toCanary, res.by)
				}

				// Every primary replica stops: the backup takes over.
				for _, b := range append(app, canary...) {
					b.stop()
				}
				waitFor(t, 20*time.Second, "the backup service answers every request", func() bool {
					r := burst(p.url, 20, 2)
					return r.failed == 0 && r.by[ips[2][0]] == 20
				})
				if r := burst(p.url, 100, 2); r.failed > 0 || fallback[0].hits.Load() == 0 {
					t.Errorf("with every primary down: %v, %d failed; want every request on the backup", r.by, r.failed)
				}
			})
		}
	})
}

// served counts the requests the replicas at ips answered.
func served(res tally, ips []string) int {
	n := 0
	for _, ip := range ips {
		n += res.by[ip]
	}
	return n
}

// TestBackupWithCommandCheckKeepsHTTPChecks: a backup service whose health
// block runs a command must not turn the primary's HTTP checks into TCP
// checks (one HAProxy backend has one kind of check), or a primary replica
// answering 500 would stay in rotation. The backup is a backend of its
// own, so the primary keeps its HTTP check and the broken replica is taken
// out. (nginx has no active checks; see TestUnhealthyReplica.)
func TestBackupWithCommandCheckKeepsHTTPChecks(t *testing.T) {
	engine := schemas.EngineHAProxy
	toolcheck.Binaries(t, engine)
	spec := strings.Replace(splitSpec, `  health {
    http = "/health"
  }
}

balancer`, `  health {
    command = ["CMD", "true"]
  }
}

balancer`, 1)
	spec = strings.Replace(spec, `    backend "canary" {
      weight = 1
    }
`, "", 1)
	ips := serviceIPs(2, 1, 1)
	d := startDNS(t)
	port := freePort(t, "127.0.0.2")
	app := replicas(t, port, ips[0]...)
	replicas(t, port, ips[2]...)
	d.set("app", ips[0]...)
	d.set("canary", ips[1]...)
	d.set("fallback", ips[2]...)
	cfg, _ := render(t, spec, "engine="+engine, fmt.Sprintf("port=%d", port), "resolver="+d.addr)
	p := startProxy(t, engine, cfg)
	warm(t, p.url, app)

	app[1].broken.Store(true)
	bound := 3*2*time.Second + 2*time.Second // fall 3 × inter 2s, plus a check in flight
	waitFor(t, bound+2*time.Second, "HAProxy stops sending to the replica that answers 500", func() bool {
		r := burst(p.url, 20, 2)
		return r.failed == 0
	})
	if r := burst(p.url, 200, 2); r.failed > 0 || r.by[ips[0][0]] != 200 {
		t.Errorf("with app's second replica answering 500: %v, %d failed (%v); want every request on the healthy replica", r.by, r.failed, r.errs)
	}
}
