package e2e

import (
	"bufio"
	"crypto/sha1"
	"encoding/base64"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/lbgen/lbgen/internal/toolcheck"
	"github.com/lbgen/lbgen/schemas"
)

// TestRewriteAndHeaders: a route that strips its prefix and one that
// rewrites it send the app the new path with the query string kept; the
// route's request header reaches the app and its response header the
// client; a path that only starts like a route ("/apiary") is not
// rewritten.
func TestRewriteAndHeaders(t *testing.T) {
	forEngines(t, func(t *testing.T, engine string) {
		spec := stack(`  route "/" {
    service          = "app"
    response_headers = { "X-Frame-Options" = "DENY" }
  }
  route "/api" {
    service         = "app"
    strip_prefix    = true
    request_headers = { "X-Api-Version" = "2" }
  }
  route "/v1" {
    service        = "app"
    rewrite_prefix = "/legacy/v1"
  }
`, "")
		p, _, bs, _ := setup(t, engine, spec, "127.0.0.2")
		warm(t, p.url, bs)
		for _, tc := range []struct{ path, seen, apiVersion, frame string }{
			{"/api/orders?id=7", "/orders?id=7", "2", ""},
			{"/api", "/", "2", ""},
			{"/api/", "/", "2", ""},
			{"/v1/users/3?x=y", "/legacy/v1/users/3?x=y", "", ""},
			{"/v1", "/legacy/v1", "", ""},
			{"/apiary", "/apiary", "", "DENY"},
		} {
			resp, err := newClient().http.Get(p.url + tc.path)
			if err != nil {
				t.Fatalf("GET %s: %v", tc.path, err)
			}
			resp.Body.Close()
			got := []string{resp.Header.Get("X-Seen-Path"), resp.Header.Get("X-Seen-Api-Version"), resp.Header.Get("X-Frame-Options")}
			if resp.StatusCode != http.StatusOK || got[0] != tc.seen || got[1] != tc.apiVersion || got[2] != tc.frame {
				t.Errorf("GET %s: status %d, app saw path %q and X-Api-Version %q, client got X-Frame-Options %q; want 200, %q, %q, %q",
					tc.path, resp.StatusCode, got[0], got[1], got[2], tc.seen, tc.apiVersion, tc.frame)
			}
		}
	})
}

// TestRateLimit: one client's burst to a rate-limited route gets 429 once
// the limit and its burst are used up (counts, not timings: at 5 a minute
// no request is refilled while the burst runs), and another route is not
// limited.
func TestRateLimit(t *testing.T) {
	forEngines(t, func(t *testing.T, engine string) {
		spec := stack(routeToApp+`  route "/limited" {
    service = "app"
    rate_limit {
      requests = 5
      per      = "minute"
      burst    = 4
    }
  }
`, "")
		p, _, bs, _ := setup(t, engine, spec, "127.0.0.2")
		warm(t, p.url, bs)
		codes := map[int]int{}
		c := newClient()
		for range 40 {
			resp, err := c.http.Get(p.url + "/limited")
			if err != nil {
				t.Fatal(err)
			}
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			codes[resp.StatusCode]++
		}
		// nginx lets the first request and the burst through (5), HAProxy
		// requests + burst in the minute (9); a refill adds one at most.
		if ok := codes[http.StatusOK]; ok < 5 || ok > 10 || codes[http.StatusTooManyRequests] != 40-ok {
			t.Errorf("40 requests to /limited: %v; want 5-10 with 200 and the rest 429", codes)
		}
		if res := burst(p.url+"/", 40, 4); res.ok != 40 {
			t.Errorf("40 requests to the unlimited route: %d ok, errors %v", res.ok, res.errs)
		}
	})
}

// TestWebSocketUpgrade: a WebSocket handshake on a websocket route reaches
// the app and the connection stays open, echoing, after idling longer than
// the server timeout (the tunnel timeout applies). On nginx, a route
// without websocket does not pass the upgrade on.
func TestWebSocketUpgrade(t *testing.T) {
	forEngines(t, func(t *testing.T, engine string) {
		spec := stack(`  timeouts {
    server = "2s"
  }
  route "/" {
    service = "app"
  }
  route "/ws" {
    service   = "app"
    websocket = true
  }
`, "")
		d := startDNS(t)
		port := freePort(t, "127.0.0.2")
		startWebSocketApp(t, "127.0.0.2", port)
		d.set("app", "127.0.0.2")
		cfg, _ := render(t, spec, "engine="+engine, fmt.Sprintf("port=%d", port), "resolver="+d.addr)
		p := startProxy(t, engine, cfg)
		addr := strings.TrimPrefix(p.url, "http://")

		waitFor(t, 20*time.Second, "the app is healthy behind the balancer", func() bool {
			resp, err := http.Get(p.url + "/")
			if err != nil {
				return false
			}
			resp.Body.Close()
			return resp.StatusCode == http.StatusOK
		})
		conn, br := upgrade(t, addr, "/ws/chat", http.StatusSwitchingProtocols)
		defer conn.Close()
		echo(t, conn, br, "hello")
		time.Sleep(3 * time.Second) // longer than timeouts.server
		echo(t, conn, br, "still there")
		if engine == schemas.EngineNginx {
			c, _ := upgrade(t, addr, "/plain", http.StatusBadRequest)
			c.Close()
		}
	})
}

// upgrade sends a WebSocket handshake and checks the status, and for 101
// the Sec-WebSocket-Accept the app computed.
func upgrade(t *testing.T, addr, path string, want int) (net.Conn, *bufio.Reader) {
	t.Helper()
	conn, err := net.DialTimeout("tcp", addr, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	conn.SetDeadline(time.Now().Add(30 * time.Second))
	const key = "dGhlIHNhbXBsZSBub25jZQ=="
	fmt.Fprintf(conn, "GET %s HTTP/1.1\r\nHost: app.example\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: %s\r\nSec-WebSocket-Version: 13\r\n\r\n", path, key)
	br := bufio.NewReader(conn)
	resp, err := http.ReadResponse(br, nil)
	if err != nil {
		t.Fatalf("handshake on %s: %v", path, err)
	}
	if resp.StatusCode != want {
		t.Fatalf("handshake on %s: status %d; want %d", path, resp.StatusCode, want)
	}
	if want == http.StatusSwitchingProtocols && resp.Header.Get("Sec-WebSocket-Accept") != acceptKey(key) {
		t.Fatalf("handshake on %s: Sec-WebSocket-Accept %q", path, resp.Header.Get("Sec-WebSocket-Accept"))
	}
	return conn, br
}

// echo writes a line on the upgraded connection and reads it back.
func echo(t *testing.T, conn net.Conn, br *bufio.Reader, msg string) {
	t.Helper()
	if _, err := fmt.Fprintln(conn, msg); err != nil {
		t.Fatalf("write %q: %v", msg, err)
	}
	line, err := br.ReadString('\n')
	if err != nil || strings.TrimSpace(line) != msg {
		t.Fatalf("echo of %q: %q, %v", msg, line, err)
	}
}

func acceptKey(key string) string {
	h := sha1.Sum([]byte(key + "258EAFA5-E914-47DA-95CA-C5AB0DC11B65"))
	return base64.StdEncoding.EncodeToString(h[:])
}

// startWebSocketApp is a replica that answers /health, completes a
// WebSocket handshake (400 to a request without Upgrade) and then echoes
// what it reads line by line: the proxy tunnels bytes, so framing does
// not matter here.
func startWebSocketApp(t *testing.T, ip string, port int) {
	t.Helper()
	ln, err := net.Listen("tcp", net.JoinHostPort(ip, strconv.Itoa(port)))
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if !strings.EqualFold(r.Header.Get("Upgrade"), "websocket") {
			if strings.Contains(r.URL.Path, "plain") {
				w.WriteHeader(http.StatusBadRequest)
			}
			return
		}
		conn, brw, err := http.NewResponseController(w).Hijack()
		if err != nil {
			return
		}
		defer conn.Close()
		fmt.Fprintf(brw, "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: %s\r\n\r\n", acceptKey(r.Header.Get("Sec-WebSocket-Key")))
		brw.Flush()
		for {
			line, err := brw.ReadString('\n')
			if err != nil {
				return
			}
			brw.WriteString(line)
			brw.Flush()
		}
	})
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
}

// TestRequestSizeLimit: a body over the route's max_body_size gets 413
// and never reaches the app; a smaller one, and a larger one on another
// route, are proxied.
func TestRequestSizeLimit(t *testing.T) {
	forEngines(t, func(t *testing.T, engine string) {
		spec := stack(routeToApp+`  route "/upload" {
    service       = "app"
    max_body_size = "1k"
  }
`, "")
		p, _, bs, _ := setup(t, engine, spec, "127.0.0.2")
		warm(t, p.url, bs)
		for _, tc := range []struct {
			path string
			size int
			want int
		}{
			{"/upload", 100, http.StatusOK},
			{"/upload", 4096, http.StatusRequestEntityTooLarge},
			{"/other", 4096, http.StatusOK},
		} {
			before := bs[0].hits.Load()
			resp, err := newClient().http.Post(p.url+tc.path, "application/octet-stream", strings.NewReader(strings.Repeat("x", tc.size)))
			if err != nil {
				t.Fatalf("POST %d bytes to %s: %v", tc.size, tc.path, err)
			}
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			reached := bs[0].hits.Load() > before
			if resp.StatusCode != tc.want || reached != (tc.want == http.StatusOK) {
				t.Errorf("POST %d bytes to %s: status %d, reached the app %v; want %d", tc.size, tc.path, resp.StatusCode, reached, tc.want)
			}
		}
	})
}

// TestRouteToSecondPort: a route with port reaches the replicas on that
// port (the app's admin API, an extra port), with its prefix stripped,
// while "/" still reaches the main port. HAProxy health-checks the admin
// pool on the main port, where the health block points: a replica whose
// main port fails its check leaves the admin pool too.
func TestRouteToSecondPort(t *testing.T) {
	forEngines(t, func(t *testing.T, engine string) {
		spec := stack(routeToApp+`  route "/admin" {
    service      = "app"
    port         = var.admin_port
    strip_prefix = true
  }
`, "")
		spec = strings.Replace(spec, "  port         = var.port\n", "  port         = var.port\n  extra_ports  = [var.admin_port]\n", 1)
		spec = "variable \"admin_port\" {\n  type = number\n}\n" + spec
		ips := []string{"127.0.0.2", "127.0.0.3"}
		d := startDNS(t)
		ports := freePorts(t, "127.0.0.2", 2)
		port, adminPort := ports[0], ports[1]
		main := replicas(t, port, ips...)
		admin := replicas(t, adminPort, ips...)
		d.set("app", ips...)
		toolcheck.Binaries(t, engine)
		cfg, _ := render(t, spec, "engine="+engine, fmt.Sprintf("port=%d", port), fmt.Sprintf("admin_port=%d", adminPort), "resolver="+d.addr)
		p := startProxy(t, engine, cfg)
		warm(t, p.url, main)
		warm(t, p.url+"/admin/", admin)

		for _, tc := range []struct {
			path string
			port int
			seen string
		}{{"/orders", port, "/orders"}, {"/admin/users?id=1", adminPort, "/users?id=1"}, {"/admin", adminPort, "/"}} {
			resp, err := newClient().http.Get(p.url + tc.path)
			if err != nil {
				t.Fatalf("GET %s: %v", tc.path, err)
			}
			resp.Body.Close()
			if got, seen := resp.Header.Get("X-Served-Port"), resp.Header.Get("X-Seen-Path"); resp.StatusCode != http.StatusOK || got != strconv.Itoa(tc.port) || seen != tc.seen {
				t.Errorf("GET %s: status %d, served on port %s, app saw %q; want 200 on port %d, %q", tc.path, resp.StatusCode, got, seen, tc.port, tc.seen)
			}
		}
		if engine != schemas.EngineHAProxy {
			return // nginx open source has no active health checks
		}
		main[1].unhealthy.Store(true)
		waitFor(t, 20*time.Second, "HAProxy takes the replica with a failing main-port check out of the admin pool", func() bool {
			admin[1].hits.Store(0)
			burst(p.url+"/admin/", 20, 4)
			return admin[1].hits.Load() == 0
		})
		res := burst(p.url+"/admin/", 100, 4)
		if res.failed > 0 || res.by["127.0.0.3"] != 0 {
			t.Errorf("with 127.0.0.3 failing its health check: %d of 100 failed, by replica %v; want all on 127.0.0.2", res.failed, res.by)
		}
	})
}
