// Package controller is `lbgen autoscale`: every sync period it reads a
// service's metric from Prometheus, asks package autoscale for the
// replica count, and sets it on Compose (docker compose up --scale) or
// Swarm (a service update through the Engine API). It reasserts the count
// each tick, since a later `docker compose up` or `docker stack deploy`
// resets it, and it changes nothing when Prometheus cannot be reached or
// the metric is missing.
package controller

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/lbgen/lbgen/autoscale"
)

// Replica is a running replica as the platform sees it.
type Replica struct {
	Name  string
	Ready bool
}

// Scaler reads and sets a service's replica count on a platform.
type Scaler interface {
	// Replicas returns the running replicas and the count as set.
	Replicas(ctx context.Context, workload string) ([]Replica, int, error)
	Scale(ctx context.Context, workload string, n int) error
}

// Querier evaluates PromQL.
type Querier interface {
	Query(ctx context.Context, q string) ([]Sample, error)
}

// Controller scales the services of one configuration.
type Controller struct {
	Services []autoscale.Service
	Scaler   Scaler
	Metrics  Querier
	Log      io.Writer
	// Now is the clock (time.Now when nil).
	Now func() time.Time

	mu     sync.Mutex
	status map[string]*status
}

// status is what the controller exposes about a service.
type status struct {
	current, desired int
	value            float64
	decisions        map[string]int
	skipped          map[string]int
}

// Run ticks every service at its sync period until ctx ends.
func (c *Controller) Run(ctx context.Context) error {
	var wg sync.WaitGroup
	for _, s := range c.Services {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.loop(ctx, s)
		}()
	}
	wg.Wait()
	return nil
}

func (c *Controller) loop(ctx context.Context, s autoscale.Service) {
	var st autoscale.State
	tick := time.NewTicker(s.Interval())
	defer tick.Stop()
	for {
		st = c.Tick(ctx, s, st)
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}

func (c *Controller) now() time.Time {
	if c.Now != nil {
		return c.Now()
	}
	return time.Now()
}

// Tick makes one decision for a service and returns the state for the
// next. Whatever fails is logged and leaves the count as it is.
func (c *Controller) Tick(ctx context.Context, s autoscale.Service, st autoscale.State) autoscale.State {
	now := c.now()
	replicas, set, err := c.Scaler.Replicas(ctx, s.Workload)
	if err != nil {
		c.skip(s, "platform", "cannot read replicas: %v", err)
		return st
	}
	samples, err := c.Metrics.Query(ctx, s.Query)
	if err != nil {
		c.skip(s, "prometheus", "keeping %d replicas: %v", set, err)
		return st
	}
	current := set
	o, value, err := observe(s, current, replicas, samples)
	if err != nil {
		c.skip(s, "metric", "keeping %d replicas: %v", set, err)
		return st
	}
	d, next, err := autoscale.Decide(s.Config(), st, now, o)
	if err != nil {
		reason := "metric"
		if !errors.Is(err, autoscale.ErrNoMetric) {
			reason = "decision"
		}
		c.skip(s, reason, "keeping %d replicas: %v", set, err)
		return st
	}
	ready := 0
	for _, r := range replicas {
		if r.Ready {
			ready++
		}
	}
	c.logf("service=%s metric=%s value=%s target=%g replicas=%d ready=%d ratio=%.3f recommended=%d stabilized=%d desired=%d reason=%q",
		s.Name, s.Metric, value, s.Target, set, ready, d.Ratio, d.Recommended, d.Stabilized, d.Desired, d.Reason)
	if d.Desired != set {
		if err := c.Scaler.Scale(ctx, s.Workload, d.Desired); err != nil {
			c.skip(s, "scale", "scaling to %d failed: %v", d.Desired, err)
			return next
		}
		c.logf("service=%s scaled from %d to %d", s.Name, set, d.Desired)
	}
	c.record(s, set, d, o)
	return next
}

// observe turns the query's samples into the decision's observation.
// Per-replica samples are matched to the platform's replicas by the
// container name cAdvisor reports; a replica without a sample is one
// without a metric.
func observe(s autoscale.Service, current int, replicas []Replica, samples []Sample) (autoscale.Observation, string, error) {
	o := autoscale.Observation{Kind: s.MetricKind(), Target: s.Target, Current: current}
	for _, r := range replicas {
		o.Replicas = append(o.Replicas, autoscale.Replica{Name: r.Name, Ready: r.Ready})
	}
	if o.Kind != autoscale.PerReplica {
		if len(samples) != 1 {
			return o, "", fmt.Errorf("the query returned %d samples, not 1", len(samples))
		}
		o.Value = samples[0].Value
		return o, fmt.Sprintf("%g", o.Value), nil
	}
	byName := map[string]float64{}
	for _, sm := range samples {
		byName[sm.Labels["name"]] = sm.Value
	}
	var parts []string
	for i, r := range o.Replicas {
		if v, ok := byName[r.Name]; ok {
			o.Replicas[i].HasValue, o.Replicas[i].Value = true, v
			parts = append(parts, fmt.Sprintf("%s:%.1f", r.Name, v))
		} else {
			parts = append(parts, r.Name+":none")
		}
	}
	return o, strings.Join(parts, ","), nil
}

func (c *Controller) logf(format string, args ...any) {
	if c.Log != nil {
		fmt.Fprintf(c.Log, "%s %s\n", c.now().UTC().Format(time.RFC3339), fmt.Sprintf(format, args...))
	}
}

func (c *Controller) get(name string) *status {
	if c.status == nil {
		c.status = map[string]*status{}
	}
	st := c.status[name]
	if st == nil {
		st = &status{decisions: map[string]int{}, skipped: map[string]int{}}
		c.status[name] = st
	}
	return st
}

func (c *Controller) skip(s autoscale.Service, reason, format string, args ...any) {
	c.logf("service=%s skipped=%s %s", s.Name, reason, fmt.Sprintf(format, args...))
	c.mu.Lock()
	defer c.mu.Unlock()
	c.get(s.Name).skipped[reason]++
}

func (c *Controller) record(s autoscale.Service, set int, d autoscale.Decision, o autoscale.Observation) {
	c.mu.Lock()
	defer c.mu.Unlock()
	st := c.get(s.Name)
	st.current, st.desired, st.value = set, d.Desired, o.Value
	if o.Kind == autoscale.PerReplica {
		st.value = d.Ratio * s.Target
	}
	dir := "none"
	switch {
	case d.Desired > set:
		dir = "up"
	case d.Desired < set:
		dir = "down"
	}
	st.decisions[dir]++
}

// WriteMetrics writes the controller's metrics in Prometheus's text
// format: per service, the replica counts, the metric and its target,
// decisions by direction and skipped ticks by reason.
func (c *Controller) WriteMetrics(w io.Writer) {
	c.mu.Lock()
	defer c.mu.Unlock()
	targets := map[string]float64{}
	for _, s := range c.Services {
		targets[s.Name] = s.Target
	}
	names := make([]string, 0, len(c.status))
	for n := range c.status {
		names = append(names, n)
	}
	sort.Strings(names)
	gauge := func(name, help string, value func(string, *status) float64) {
		fmt.Fprintf(w, "# HELP %s %s\n# TYPE %s gauge\n", name, help, name)
		for _, n := range names {
			fmt.Fprintf(w, "%s{service=%q} %g\n", name, n, value(n, c.status[n]))
		}
	}
	gauge("lbgen_autoscaler_replicas", "Replica count as set when the last decision was made.", func(_ string, s *status) float64 { return float64(s.current) })
	gauge("lbgen_autoscaler_desired_replicas", "Replica count the last decision asked for.", func(_ string, s *status) float64 { return float64(s.desired) })
	gauge("lbgen_autoscaler_metric_value", "The metric the last decision saw (the replicas' average for a per-replica metric).", func(_ string, s *status) float64 { return s.value })
	gauge("lbgen_autoscaler_metric_target", "The metric's target.", func(n string, _ *status) float64 { return targets[n] })
	counter := func(name, help, label string, values func(*status) map[string]int) {
		fmt.Fprintf(w, "# HELP %s %s\n# TYPE %s counter\n", name, help, name)
		for _, n := range names {
			m := values(c.status[n])
			keys := make([]string, 0, len(m))
			for k := range m {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			for _, k := range keys {
				fmt.Fprintf(w, "%s{service=%q,%s=%q} %d\n", name, n, label, k, m[k])
			}
		}
	}
	counter("lbgen_autoscaler_decisions_total", "Decisions by direction (up, down, none).", "direction", func(s *status) map[string]int { return s.decisions })
	counter("lbgen_autoscaler_skipped_total", "Ticks that changed nothing because something was missing, by reason.", "reason", func(s *status) map[string]int { return s.skipped })
}
