package autoscale

import (
	"encoding/json"
	"fmt"
	"time"
)

// File is the controller's configuration, which gen/autoscaler renders
// from the spec (autoscale/autoscale.json) and `lbgen autoscale` reads:
// the controller needs no spec, variables or env files at run time.
type File struct {
	// Platform is "compose" or "swarm"; Project is the Compose project or
	// the Swarm stack.
	Platform string `json:"platform"`
	Project  string `json:"project"`
	// ComposeFile is the compose file, relative to the configuration's
	// directory, that `docker compose up --scale` reads.
	ComposeFile string `json:"compose_file,omitempty"`
	// Prometheus is the base URL of Prometheus's HTTP API.
	Prometheus string `json:"prometheus"`
	// Listen is the address the controller serves its own metrics on.
	Listen   string    `json:"listen"`
	Services []Service `json:"services"`
}

// Service is one autoscaled service.
type Service struct {
	Name string `json:"name"`
	// Workload is the platform's name for the service: the compose
	// service, or the Swarm service (stack_service).
	Workload string `json:"workload"`
	// Kind is how the metric relates to replicas (per_replica, shared,
	// level); Query is the PromQL that returns it: one sample per replica
	// (labelled name) for per_replica, one sample otherwise.
	Kind   string  `json:"kind"`
	Metric string  `json:"metric"`
	Query  string  `json:"query"`
	Target float64 `json:"target"`
	Min    int     `json:"min"`
	Max    int     `json:"max"`
	// SyncPeriod is how often the controller decides, in seconds.
	SyncPeriod float64   `json:"sync_period_seconds"`
	Tolerance  float64   `json:"tolerance"`
	Up         RulesFile `json:"scale_up"`
	Down       RulesFile `json:"scale_down"`
}

// RulesFile is Rules in seconds.
type RulesFile struct {
	Stabilization float64      `json:"stabilization_window_seconds"`
	Policies      []PolicyFile `json:"policies"`
}

// PolicyFile is Policy in seconds.
type PolicyFile struct {
	Pods    int     `json:"pods,omitempty"`
	Percent int     `json:"percent,omitempty"`
	Period  float64 `json:"period_seconds"`
}

var kinds = map[string]Kind{"per_replica": PerReplica, "shared": Shared, "level": Level}

// KindName is the file's name of a kind.
func KindName(k Kind) string {
	for n, v := range kinds {
		if v == k {
			return n
		}
	}
	return ""
}

// FileRules converts rules to their file form.
func FileRules(r Rules) RulesFile {
	out := RulesFile{Stabilization: r.Stabilization.Seconds(), Policies: []PolicyFile{}}
	for _, p := range r.Policies {
		out.Policies = append(out.Policies, PolicyFile{Pods: p.Pods, Percent: p.Percent, Period: p.Period.Seconds()})
	}
	return out
}

func (r RulesFile) rules() Rules {
	out := Rules{Stabilization: seconds(r.Stabilization)}
	for _, p := range r.Policies {
		out.Policies = append(out.Policies, Policy{Pods: p.Pods, Percent: p.Percent, Period: seconds(p.Period)})
	}
	return out
}

func seconds(s float64) time.Duration { return time.Duration(s * float64(time.Second)) }

// Config is the decision's configuration for the service.
func (s Service) Config() Config {
	return Config{Min: s.Min, Max: s.Max, Tolerance: s.Tolerance, Up: s.Up.rules(), Down: s.Down.rules()}
}

// Interval is the service's sync period.
func (s Service) Interval() time.Duration { return seconds(s.SyncPeriod) }

// MetricKind is the service's Kind.
func (s Service) MetricKind() Kind { return kinds[s.Kind] }

// ParseFile reads a configuration and checks what the controller relies
// on; a hand-edited file gets a clear error rather than a controller that
// scales to zero.
func ParseFile(data []byte) (*File, error) {
	var f File
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("parse autoscaler configuration: %w", err)
	}
	if f.Platform != "compose" && f.Platform != "swarm" {
		return nil, fmt.Errorf("autoscaler configuration: platform %q is not compose or swarm", f.Platform)
	}
	if f.Prometheus == "" || f.Project == "" {
		return nil, fmt.Errorf("autoscaler configuration: prometheus and project are required")
	}
	for _, s := range f.Services {
		if _, ok := kinds[s.Kind]; !ok {
			return nil, fmt.Errorf("autoscaler configuration: service %q: kind %q is not per_replica, shared or level", s.Name, s.Kind)
		}
		if s.Min < 1 || s.Max < s.Min || s.Target <= 0 || s.SyncPeriod < 1 || s.Query == "" || s.Workload == "" {
			return nil, fmt.Errorf("autoscaler configuration: service %q needs 1 <= min <= max, a positive target, a query, a workload and sync_period_seconds >= 1", s.Name)
		}
	}
	return &f, nil
}
