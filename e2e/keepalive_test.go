package e2e

import (
	"fmt"
	"net"
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/lbgen/lbgen/internal/toolcheck"
	"github.com/lbgen/lbgen/schemas"
)

// nodeIdleTimeout is Node.js's default keep-alive timeout: an app behind
// the balancer closes an idle connection after it.
const nodeIdleTimeout = 5 * time.Second

// TestUpstreamIdleTimeoutBelowApps: nginx closes an idle upstream
// connection before an app with Node's 5s keep-alive timeout does. When
// the app closes first, a request nginx sends on that connection at the
// same moment fails (a sporadic 502), so the balancer must be the side
// that closes.
func TestUpstreamIdleTimeoutBelowApps(t *testing.T) {
	engine := schemas.EngineNginx
	toolcheck.Binaries(t, engine)
	d := startDNS(t)
	port := freePort(t, "127.0.0.2")
	ln, err := net.Listen("tcp", fmt.Sprintf("127.0.0.2:%d", port))
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	lastReply := map[net.Conn]time.Time{}
	idleAtClose := make(chan time.Duration, 16)
	srv := &http.Server{
		IdleTimeout: nodeIdleTimeout,
		Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("X-Instance-ID", "127.0.0.2")
		}),
		ConnState: func(c net.Conn, s http.ConnState) {
			mu.Lock()
			defer mu.Unlock()
			switch s {
			case http.StateIdle:
				lastReply[c] = time.Now()
			case http.StateClosed:
				if at, ok := lastReply[c]; ok {
					idleAtClose <- time.Since(at)
				}
			}
		},
	}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	d.set("app", "127.0.0.2")
	cfg, _ := render(t, stack(routeToApp, ""), "engine="+engine, fmt.Sprintf("port=%d", port), "resolver="+d.addr)
	p := startProxy(t, engine, cfg)
	if _, err := newClient().get(p.url); err != nil {
		t.Fatal(err)
	}
	select {
	case idle := <-idleAtClose:
		t.Logf("the upstream connection closed after %s idle (the app's timeout: %s)", idle.Round(100*time.Millisecond), nodeIdleTimeout)
		if idle >= nodeIdleTimeout-300*time.Millisecond {
			t.Errorf("the upstream connection stayed open %s, until the app closed it; nginx must close it first", idle)
		}
	case <-time.After(2 * nodeIdleTimeout):
		t.Fatal("the upstream connection never closed")
	}
}
