package controller

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// Engine is a client of the Docker Engine API over its unix socket: the
// two or three calls the controller makes do not justify the Docker SDK.
type Engine struct {
	client *http.Client
}

// NewEngine talks to the engine at socket (such as /var/run/docker.sock).
func NewEngine(socket string) *Engine {
	tr := &http.Transport{DialContext: func(ctx context.Context, _, _ string) (net.Conn, error) {
		var d net.Dialer
		return d.DialContext(ctx, "unix", socket)
	}}
	return &Engine{client: &http.Client{Transport: tr, Timeout: 30 * time.Second}}
}

// do sends a request and decodes a JSON answer into out (when not nil).
func (e *Engine) do(ctx context.Context, method, path string, body, out any) error {
	var rd io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return fmt.Errorf("docker %s %s: %w", method, path, err)
		}
		rd = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, "http://docker"+path, rd)
	if err != nil {
		return fmt.Errorf("docker %s %s: %w", method, path, err)
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := e.client.Do(req)
	if err != nil {
		return fmt.Errorf("docker %s %s: %w", method, path, err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, 16<<20))
	if err != nil {
		return fmt.Errorf("docker %s %s: %w", method, path, err)
	}
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("docker %s %s: HTTP %d: %s", method, path, resp.StatusCode, strings.TrimSpace(string(data)))
	}
	if out != nil {
		if err := json.Unmarshal(data, out); err != nil {
			return fmt.Errorf("docker %s %s: %w", method, path, err)
		}
	}
	return nil
}

// swarmService is the part of GET /services/{name} the controller reads;
// Spec stays raw so that an update sends back every field it does not
// know.
type swarmService struct {
	ID      string
	Version struct{ Index uint64 }
	Spec    map[string]any
}

// Swarm scales Swarm services through the Engine API.
type Swarm struct{ Engine *Engine }

// Replicas lists the service's running tasks (ready when their state is
// running) and its replica count as set.
func (s Swarm) Replicas(ctx context.Context, workload string) ([]Replica, int, error) {
	svc, err := s.service(ctx, workload)
	if err != nil {
		return nil, 0, err
	}
	set, err := replicasOf(svc.Spec)
	if err != nil {
		return nil, 0, fmt.Errorf("service %s: %w", workload, err)
	}
	filters, _ := json.Marshal(map[string]map[string]bool{"service": {workload: true}, "desired-state": {"running": true}})
	var tasks []struct {
		ID     string
		Slot   int
		Status struct{ State string }
	}
	if err := s.Engine.do(ctx, http.MethodGet, "/tasks?filters="+url.QueryEscape(string(filters)), nil, &tasks); err != nil {
		return nil, 0, err
	}
	var out []Replica
	for _, t := range tasks {
		// The container name cAdvisor reports: service.slot.task.
		out = append(out, Replica{Name: fmt.Sprintf("%s.%d.%s", workload, t.Slot, t.ID), Ready: t.Status.State == "running"})
	}
	return out, set, nil
}

// Scale sets the service's replica count: the service's spec, at the
// version just read, with Mode.Replicated.Replicas changed.
func (s Swarm) Scale(ctx context.Context, workload string, n int) error {
	svc, err := s.service(ctx, workload)
	if err != nil {
		return err
	}
	mode, _ := svc.Spec["Mode"].(map[string]any)
	rep, _ := mode["Replicated"].(map[string]any)
	if rep == nil {
		return fmt.Errorf("service %s is not replicated", workload)
	}
	rep["Replicas"] = n
	path := fmt.Sprintf("/services/%s/update?version=%s", url.PathEscape(svc.ID), strconv.FormatUint(svc.Version.Index, 10))
	return s.Engine.do(ctx, http.MethodPost, path, svc.Spec, nil)
}

func (s Swarm) service(ctx context.Context, name string) (swarmService, error) {
	var svc swarmService
	err := s.Engine.do(ctx, http.MethodGet, "/services/"+url.PathEscape(name), nil, &svc)
	return svc, err
}

func replicasOf(spec map[string]any) (int, error) {
	mode, _ := spec["Mode"].(map[string]any)
	rep, _ := mode["Replicated"].(map[string]any)
	n, ok := rep["Replicas"].(float64)
	if !ok {
		return 0, fmt.Errorf("not a replicated service")
	}
	return int(n), nil
}
