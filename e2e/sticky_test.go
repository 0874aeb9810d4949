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
	warm(t, p.url, app)
	warm(t, p.url+"/api", api)
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
