package controller

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/lbgen/lbgen/autoscale"
)

// Options configure Serve; empty fields take the configuration's values.
type Options struct {
	// Config is the path of the rendered autoscale.json.
	Config       string
	Prometheus   string
	Listen       string
	DockerSocket string
	Log          io.Writer
}

// Serve runs the controller of a configuration file, and serves its
// metrics on /metrics, until ctx ends.
func Serve(ctx context.Context, opts Options) error {
	data, err := os.ReadFile(opts.Config)
	if err != nil {
		return fmt.Errorf("read autoscaler configuration: %w", err)
	}
	f, err := autoscale.ParseFile(data)
	if err != nil {
		return fmt.Errorf("%s: %w", opts.Config, err)
	}
	if opts.Prometheus != "" {
		f.Prometheus = opts.Prometheus
	}
	if opts.Listen != "" {
		f.Listen = opts.Listen
	}
	c := &Controller{Services: f.Services, Metrics: Prometheus{URL: f.Prometheus}, Log: opts.Log}
	switch f.Platform {
	case "swarm":
		c.Scaler = Swarm{Engine: NewEngine(opts.DockerSocket)}
	default:
		c.Scaler = Compose{Project: f.Project, File: filepath.Join(filepath.Dir(opts.Config), f.ComposeFile)}
	}
	ln, err := net.Listen("tcp", f.Listen)
	if err != nil {
		return fmt.Errorf("serve autoscaler metrics: %w", err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/metrics", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; version=0.0.4")
		c.WriteMetrics(w)
	})
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	c.logf("autoscaling %d service(s) on %s, metrics from %s, own metrics on %s", len(f.Services), f.Platform, f.Prometheus, ln.Addr())
	err = c.Run(ctx)
	shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if serr := srv.Shutdown(shutdown); serr != nil {
		err = errors.Join(err, serr)
	}
	if serr := <-served; serr != nil && !errors.Is(serr, http.ErrServerClosed) {
		err = errors.Join(err, fmt.Errorf("serve autoscaler metrics: %w", serr))
	}
	return err
}
