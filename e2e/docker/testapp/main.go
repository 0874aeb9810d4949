// Command testapp stands in for the examples' Node app in the Docker tests
// (e2e/docker), where no image can be pulled: a static binary that needs
// nothing in its image but busybox for the compose health check's wget.
//
// With no arguments it serves HTTP on $PORT (default 3000) the way the
// examples' server.js does: every response names the replica that served
// it (its hostname, in the body and in X-Instance-ID), /health answers 200,
// /work?duration=MS spins for that long, and /metrics is Prometheus text.
// Connections are kept alive, as Node's are, and it counts how many
// connections carried application traffic, so a test can see whether a
// balancer reuses its upstream connections.
//
// "testapp load" is the load generator for the throughput comparison; it
// runs in a container on the stack's own network (see load.go).
package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strconv"
	"sync/atomic"
	"syscall"
	"time"
)

func main() {
	var err error
	if len(os.Args) > 1 && os.Args[1] == "load" {
		err = runLoad(os.Args[2:])
	} else {
		err = serve()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "testapp:", err)
		os.Exit(1)
	}
}

// counters are what /metrics reports.
type counters struct {
	requests    atomic.Int64 // every request but /health and /metrics
	health      atomic.Int64
	connections atomic.Int64 // connections that carried at least one counted request
}

// connKey marks a connection's context so a handler can tell whether its
// connection was counted already.
type connKey struct{}

func serve() error {
	port := os.Getenv("PORT")
	if port == "" {
		port = "3000"
	}
	host, _ := os.Hostname()
	c := &counters{}
	srv := &http.Server{
		Addr:              ":" + port,
		Handler:           c.handler(host),
		ReadHeaderTimeout: 10 * time.Second,
		IdleTimeout:       5 * time.Minute, // longer than any balancer's upstream keepalive
		ConnContext: func(ctx context.Context, _ net.Conn) context.Context {
			return context.WithValue(ctx, connKey{}, new(atomic.Bool))
		},
	}
	// On SIGTERM (docker stop, compose scale-in) stop accepting, finish
	// what is in flight and close idle keep-alive connections, as a
	// well-behaved app does; Docker sends SIGKILL after 10 s anyway.
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, syscall.SIGTERM, syscall.SIGINT)
	errc := make(chan error, 1)
	go func() { errc <- srv.ListenAndServe() }()
	fmt.Printf("listening on %s, instance %s\n", port, host)
	select {
	case err := <-errc:
		return err
	case <-stop:
	}
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Second)
	defer cancel()
	if err := srv.Shutdown(ctx); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("shutdown: %w", err)
	}
	return nil
}

func (c *counters) handler(host string) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/health", func(w http.ResponseWriter, r *http.Request) {
		c.health.Add(1)
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprintf(w, "{\"status\":\"healthy\",\"instance\":%q}\n", host)
	})
	mux.HandleFunc("/metrics", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; version=0.0.4")
		c.writeMetrics(w, host)
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		c.count(r)
		if ms, err := strconv.Atoi(r.URL.Query().Get("duration")); err == nil && r.URL.Path == "/work" {
			spin(time.Duration(min(ms, 10000)) * time.Millisecond)
		}
		w.Header().Set("X-Instance-ID", host)
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprintf(w, "{\"message\":\"Hello from scalable app!\",\"instance\":%q}\n", host)
	})
	return mux
}

// count counts a request, and its connection the first time.
func (c *counters) count(r *http.Request) {
	c.requests.Add(1)
	if seen, ok := r.Context().Value(connKey{}).(*atomic.Bool); ok && !seen.Swap(true) {
		c.connections.Add(1)
	}
}

func (c *counters) writeMetrics(w http.ResponseWriter, host string) {
	fmt.Fprintf(w, "# HELP testapp_requests_total Requests served, without /health and /metrics.\n")
	fmt.Fprintf(w, "# TYPE testapp_requests_total counter\ntestapp_requests_total{instance_id=%q} %d\n", host, c.requests.Load())
	fmt.Fprintf(w, "# HELP testapp_health_checks_total Requests to /health.\n")
	fmt.Fprintf(w, "# TYPE testapp_health_checks_total counter\ntestapp_health_checks_total %d\n", c.health.Load())
	fmt.Fprintf(w, "# HELP testapp_connections_total Connections that carried at least one counted request.\n")
	fmt.Fprintf(w, "# TYPE testapp_connections_total counter\ntestapp_connections_total %d\n", c.connections.Load())
}

// spin burns CPU for d, like the examples' /work endpoint.
func spin(d time.Duration) {
	for end := time.Now().Add(d); time.Now().Before(end); {
	}
}
