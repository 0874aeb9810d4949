package e2e

import (
	"fmt"
	"net/http"
	"net/http/cookiejar"
	neturl "net/url"
	"testing"
	"time"

	"github.com/lbgen/lbgen/internal/toolcheck"
	"github.com/lbgen/lbgen/schemas"
)

// twoServiceSpec routes "/" to app and "/api" to api, each scaled, behind
// one balancer with the given stickiness.
func twoServiceSpec(sticky string) string {
	return fmt.Sprintf(`
variable "engine" {}
variable "port" {
  type = number
}
variable "resolver" {}

project = "sticky"

service "app" {
  image        = "example/app:1.0"
  port         = var.port
  max_replicas = 6
  health {
    http = "/health"
  }
}

service "api" {
  image        = "example/api:1.0"
  port         = var.port
  max_replicas = 6
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
%s
  route "/" {
    service = "app"
  }
  route "/api" {
    service = "api"
  }
}
`, sticky)
}

// startTwoServices starts DNS, app's replicas, api's replicas and the
// balancer for spec.
func startTwoServices(t *testing.T, engine, spec string, appIPs, apiIPs []string) (*proxy, *dnsServer, []*backend, []*backend, int) {
	t.Helper()
	toolcheck.Binaries(t, engine)
	d := startDNS(t)
	port := freePort(t, "127.0.0.2")
	app, api := replicas(t, port, appIPs...), replicas(t, port, apiIPs...)
	d.set("app", appIPs...)
	d.set("api", apiIPs...)
	cfg, _ := render(t, spec, "engine="+engine, fmt.Sprintf("port=%d", port), "resolver="+d.addr)
	p := startProxy(t, engine, cfg)
	warmPaths(t, p.url, app)
	warmPaths(t, p.url+"/api", api)
	return p, d, app, api, port
}

// TestStickinessAcrossRoutes: a client moving between "/" and "/api" keeps
// its replica of each service. HAProxy sets one cookie per backend (a
// shared cookie name would be overwritten by the other backend on every
// switch); nginx hashes a cookie the app sets, in each upstream.
func TestStickinessAcrossRoutes(t *testing.T) {
	forEngines(t, func(t *testing.T, engine string) {
		sticky := `  sticky {
    by   = "cookie"
    name = "SRV"
  }`
		ips := serviceIPs(3, 3)
		p, _, _, _, _ := startTwoServices(t, engine, twoServiceSpec(sticky), ips[0], ips[1])
		spread := map[string]bool{}
		for user := 0; user < 10; user++ {
			jar, _ := cookiejar.New(nil)
			c := &http.Client{Jar: jar, Timeout: 10 * time.Second}
			if engine == schemas.EngineNginx {
				c.Transport = &cookieTransport{cookie: fmt.Sprintf("SRV=user-%d", user)}
			}
			first := map[string]string{}
			for i := 0; i < 20; i++ {
				for _, path := range []string{"/", "/api/orders"} {
					id := instance(t, c, p.url+path)
					if first[path] == "" {
						first[path] = id
						spread[id] = true
					} else if id != first[path] {
						t.Fatalf("client %d, round %d: %s went to %s, first to %s (cookies %v)", user, i, path, id, first[path], cookiesOf(jar, p.url))
					}
				}
			}
		}
		if len(spread) < 4 {
			t.Errorf("10 clients used only replicas %v of the two services; want them spread", spread)
		}
	})
}

// cookieTransport sends a cookie the app would have set (nginx open
// source cannot set one itself).
type cookieTransport struct{ cookie string }

func (c *cookieTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	r = r.Clone(r.Context())
	r.Header.Add("Cookie", c.cookie)
	return http.DefaultTransport.RoundTrip(r)
}

func instance(t *testing.T, c *http.Client, url string) string {
	t.Helper()
	resp, err := c.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %d", url, resp.StatusCode)
	}
	return resp.Header.Get("X-Instance-ID")
}

func cookiesOf(jar http.CookieJar, url string) []*http.Cookie {
	u, err := neturl.Parse(url)
	if err != nil {
		return nil
	}
	return jar.Cookies(u)
}

// TestHashStickinessOnScaleOut: with uri stickiness, scaling app from 3 to
// 4 replicas moves only the keys the new replica takes over (about a
// quarter), not most of them: HAProxy hashes with hash-type consistent.
// (nginx 1.30 does not build the consistent-hash ring for servers it
// resolves at run time, see gen/nginx, so this is HAProxy's test.)
func TestHashStickinessOnScaleOut(t *testing.T) {
	engine := schemas.EngineHAProxy
	ips := serviceIPs(4, 1)
	p, d, app, _, port := startTwoServices(t, engine, twoServiceSpec(`  sticky {
    by = "uri"
  }`), ips[0][:3], ips[1])
	app = append(app, startBackend(t, ips[0][3], port))
	const keys = 200
	owners := func() map[int]string {
		c := newClient()
		m := map[int]string{}
		for k := 0; k < keys; k++ {
			id, err := c.get(fmt.Sprintf("%s/item/%d", p.url, k))
			if err != nil {
				t.Fatal(err)
			}
			m[k] = id
		}
		return m
	}
	before := owners()
	d.set("app", ips[0]...)
	waitFor(t, 15*time.Second, "the new replica gets traffic", func() bool {
		owners()
		return app[3].hits.Load() > 0
	})
	after := owners()
	moved, toNew := 0, 0
	for k := 0; k < keys; k++ {
		if before[k] != after[k] {
			moved++
			if after[k] == ips[0][3] {
				toNew++
			}
		}
	}
	t.Logf("%s uri stickiness, 3 -> 4 replicas: %d of %d keys moved, %d of them to the new replica", engine, moved, keys, toNew)
	if moved > keys*4/10 || toNew != moved {
		t.Errorf("%d of %d keys moved, %d to the new replica; want about a quarter, all to the new replica", moved, keys, toNew)
	}
}

// warmPaths is warm for balancers that may hash the path: it sends
// requests for many paths until every replica has served one.
func warmPaths(t testing.TB, url string, bs []*backend) {
	t.Helper()
	c := newClient()
	i := 0
	waitFor(t, 20*time.Second, "every replica gets traffic", func() bool {
		for n := 0; n < 20; n++ {
			i++
			c.cookie = "" // a new client each time, also for cookie stickiness
			c.get(fmt.Sprintf("%s/warm/%d", url, i))
		}
		for _, b := range bs {
			if b.hits.Load() == 0 {
				return false
			}
		}
		return true
	})
	for _, b := range bs {
		b.hits.Store(0)
	}
}

// TestRoutePrefixesMatchSegments: route "/api" takes /api and /api/...,
// and /apiary goes to the "/" route.
func TestRoutePrefixesMatchSegments(t *testing.T) {
	forEngines(t, func(t *testing.T, engine string) {
		ips := serviceIPs(1, 1)
		p, _, _, _, _ := startTwoServices(t, engine, twoServiceSpec(""), ips[0], ips[1])
		c := &http.Client{Timeout: 10 * time.Second}
		for path, want := range map[string]string{
			"/api":         ips[1][0],
			"/api/":        ips[1][0],
			"/api/orders":  ips[1][0],
			"/api?page=2":  ips[1][0],
			"/apiary":      ips[0][0],
			"/apiary/bees": ips[0][0],
			"/":            ips[0][0],
		} {
			if got := instance(t, c, p.url+path); got != want {
				t.Errorf("%s went to %s; want %s", path, got, want)
			}
		}
	})
}
