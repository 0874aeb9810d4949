package schemas

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/hashicorp/hcl/v2"

	"github.com/lbgen/lbgen/autoscale"
)

// Autoscale scales a service between replicas and max_replicas on one
// metric, with the HorizontalPodAutoscaler's behaviour (package
// autoscale). At most one of the three targets is set; CPU is the
// default.
type Autoscale struct {
	// CPUUtilization is the average CPU use of the replicas, in percent
	// of each one's reserved CPU (its limit when nothing is reserved).
	CPUUtilization *int `hcl:"cpu_utilization,optional"`
	// RequestsPerSecond is the request rate per replica, counted where
	// the stack counts the service's requests (RequestCounter).
	RequestsPerSecond *float64 `hcl:"requests_per_second,optional"`
	// P95LatencyRaw is the service's 95th-percentile request duration,
	// from its histogram.
	P95LatencyRaw string      `hcl:"p95_latency,optional"`
	SyncPeriodRaw string      `hcl:"sync_period,optional"`
	Tolerance     *float64    `hcl:"tolerance,optional"`
	ScaleUp       *ScaleRules `hcl:"scale_up,block"`
	ScaleDown     *ScaleRules `hcl:"scale_down,block"`

	DefRange               hcl.Range `hcl:",def_range"`
	CPUUtilizationRange    hcl.Range `hcl:"cpu_utilization,attr_value_range"`
	RequestsPerSecondRange hcl.Range `hcl:"requests_per_second,attr_value_range"`
	P95LatencyRange        hcl.Range `hcl:"p95_latency,attr_value_range"`
	SyncPeriodRange        hcl.Range `hcl:"sync_period,attr_value_range"`
	ToleranceRange         hcl.Range `hcl:"tolerance,attr_value_range"`

	// Metric is what the target measures (MetricCPU, MetricRequests or
	// MetricLatency) and Target its value: percent, requests per second
	// per replica, or seconds.
	Metric     string
	Target     float64
	SyncPeriod time.Duration
	// Config is the decision's bounds and behaviour, defaults applied.
	Config autoscale.Config
}

// ScaleRules override the HPA's behaviour in one direction: how long a
// window of past recommendations holds the count, and how much it may
// change per period (by pods, by percent, or the larger of both).
type ScaleRules struct {
	StabilizationRaw string    `hcl:"stabilization_window,optional"`
	Pods             *int      `hcl:"pods,optional"`
	Percent          *int      `hcl:"percent,optional"`
	PeriodRaw        string    `hcl:"period,optional"`
	DefRange         hcl.Range `hcl:",def_range"`

	StabilizationRange hcl.Range `hcl:"stabilization_window,attr_value_range"`
	PodsRange          hcl.Range `hcl:"pods,attr_value_range"`
	PercentRange       hcl.Range `hcl:"percent,attr_value_range"`
	PeriodRange        hcl.Range `hcl:"period,attr_value_range"`
}

// Autoscaler is the controller service that a Compose or Swarm stack
// runs when a service autoscales.
type Autoscaler struct {
	// Image runs `lbgen autoscale` and, on Compose, `docker compose`:
	// there is no published lbgen image (docs/autoscaling.md).
	Image string `hcl:"image,optional"`
	// DockerSocket is the Docker Engine's socket on the host, mounted
	// into the controller (rootless Docker and private engines have
	// theirs elsewhere).
	DockerSocket      string    `hcl:"docker_socket,optional"`
	DefRange          hcl.Range `hcl:",def_range"`
	ImageRange        hcl.Range `hcl:"image,attr_value_range"`
	DockerSocketRange hcl.Range `hcl:"docker_socket,attr_value_range"`
}

// Autoscale metrics.
const (
	MetricCPU      = "cpu"
	MetricRequests = "requests"
	MetricLatency  = "p95_latency"
)

// Autoscaler defaults and limits: the HPA's own bounds for windows (one
// hour) and policy periods (30 minutes).
const (
	DefaultAutoscalerImage = "lbgen-autoscaler:local"
	DefaultDockerSocket    = "/var/run/docker.sock"
	// AutoscalerService is the controller's compose service.
	AutoscalerService    = "autoscaler"
	AutoscalerPort       = 9105
	maxStabilization     = time.Hour
	maxPolicyPeriod      = 30 * time.Minute
	minAutoscaleInterval = time.Second
)

// AutoscaledServices lists the services with an autoscale block.
func (t *Topology) AutoscaledServices() []*Service {
	var out []*Service
	for _, s := range t.Services {
		if s.Autoscale != nil {
			out = append(out, s)
		}
	}
	return out
}

// autoscaling checks every autoscale block once services, balancers and
// monitoring are validated, since the metric's source depends on them.
func (v *validator) autoscaling() {
	t := v.topo
	scaled := t.AutoscaledServices()
	if t.Autoscaler == nil {
		t.Autoscaler = &Autoscaler{}
	}
	if t.Autoscaler.Image == "" {
		t.Autoscaler.Image = DefaultAutoscalerImage
	}
	if t.Autoscaler.DockerSocket == "" {
		t.Autoscaler.DockerSocket = DefaultDockerSocket
	} else if !strings.HasPrefix(t.Autoscaler.DockerSocket, "/") {
		v.errorf(t.Autoscaler.DockerSocketRange, "Invalid Docker socket", "docker_socket is the absolute path of the Docker Engine's socket on the host, such as %q.", DefaultDockerSocket)
	}
	for _, s := range scaled {
		v.autoscale(s, s.Autoscale)
	}
	if len(scaled) > 0 {
		v.claimName(AutoscalerService, "the autoscaler", scaled[0].Autoscale.DefRange)
	}
}

func (v *validator) autoscale(s *Service, a *Autoscale) {
	if s.MaxReplicaCount <= s.ReplicaCount {
		v.errorf(a.DefRange, "Nothing to autoscale",
			"Service %q scales between replicas (%d) and max_replicas (%d): set max_replicas above replicas.", s.Name, s.ReplicaCount, s.MaxReplicaCount)
	}
	m := v.topo.Monitoring
	// On Kubernetes a CPU target is the HPA's, which reads the metrics
	// API; everything else reads Prometheus.
	cpuOnKubernetes := v.topo.Platform == PlatformKubernetes && a.RequestsPerSecond == nil && a.P95LatencyRaw == ""
	if (m == nil || m.Prometheus == nil) && !cpuOnKubernetes {
		v.errorf(a.DefRange, "Autoscaling without Prometheus",
			"The autoscaler reads its metric from Prometheus: add monitoring { prometheus {} }.")
	}
	v.autoscaleTarget(s, a)
	a.SyncPeriod = v.duration(a.SyncPeriodRaw, a.SyncPeriodRange, "sync_period", autoscale.DefaultSyncPeriod)
	if a.SyncPeriod > 0 && a.SyncPeriod < minAutoscaleInterval {
		v.errorf(a.SyncPeriodRange, "Invalid sync period", "sync_period must be at least 1s, not %s.", a.SyncPeriodRaw)
	}
	a.Config = autoscale.Config{Min: s.ReplicaCount, Max: s.MaxReplicaCount, Tolerance: autoscale.DefaultTolerance,
		Up: v.scaleRules(a.ScaleUp, autoscale.DefaultUp(), "scale_up"), Down: v.scaleRules(a.ScaleDown, autoscale.DefaultDown(), "scale_down")}
	if a.Tolerance != nil {
		a.Config.Tolerance = *a.Tolerance
		if *a.Tolerance < 0 || *a.Tolerance >= 1 {
			v.errorf(a.ToleranceRange, "Invalid tolerance",
				"tolerance is the fraction around the target within which the count stays, from 0 up to (not including) 1, such as 0.1; not %v.", *a.Tolerance)
		}
	}
}

// autoscaleTarget picks the metric and checks that the stack measures it.
func (v *validator) autoscaleTarget(s *Service, a *Autoscale) {
	set := 0
	for _, b := range []bool{a.CPUUtilization != nil, a.RequestsPerSecond != nil, a.P95LatencyRaw != ""} {
		if b {
			set++
		}
	}
	if set > 1 {
		v.errorf(a.DefRange, "Several autoscale targets",
			"Service %q sets more than one of cpu_utilization, requests_per_second and p95_latency: keep one.", s.Name)
		return
	}
	m := v.topo.Monitoring
	switch {
	case a.RequestsPerSecond != nil:
		a.Metric, a.Target = MetricRequests, *a.RequestsPerSecond
		if a.Target <= 0 {
			v.errorf(a.RequestsPerSecondRange, "Invalid requests per second", "requests_per_second is a rate per replica above 0, not %v.", a.Target)
		}
		if _, ok := v.topo.RequestCounter(s); !ok && m != nil {
			v.errorf(a.RequestsPerSecondRange, "No request rate for the service",
				"Nothing counts the requests of service %q: declare histogram in its metrics block, or route it through a balancer with a stats block.", s.Name)
		}
	case a.P95LatencyRaw != "":
		a.Metric = MetricLatency
		d := v.duration(a.P95LatencyRaw, a.P95LatencyRange, "p95_latency", 0)
		a.Target = d.Seconds()
		if d <= 0 && a.P95LatencyRaw != "" {
			v.errorf(a.P95LatencyRange, "Invalid latency", "p95_latency must be above 0, such as \"300ms\".")
		}
		if !v.histogram(s) && m != nil {
			v.errorf(a.P95LatencyRange, "No latency histogram",
				"Latency percentiles need the app's request-duration histogram: declare histogram = \"NAME\" in service %q's metrics block.", s.Name)
		}
	default:
		a.Metric, a.Target = MetricCPU, float64(DefaultCPUUtilization)
		at := a.DefRange
		if a.CPUUtilization != nil {
			a.Target, at = float64(*a.CPUUtilization), a.CPUUtilizationRange
			if *a.CPUUtilization < 1 || *a.CPUUtilization > 1000 {
				v.errorf(at, "Invalid CPU utilization", "cpu_utilization is a percentage of the reserved CPU between 1 and 1000, not %d.", *a.CPUUtilization)
			}
		}
		if ReservedCPU(s) == 0 {
			v.errorf(at, "No CPU reservation to scale on",
				"CPU utilisation is measured against the CPU each replica reserves: set resources { reserved_cpus = \"0.5\" } (or cpus) on service %q, or scale on requests_per_second.", s.Name)
		}
		// Kubernetes' HPA reads CPU from the metrics API instead.
		if m != nil && m.CAdvisor == nil && v.topo.Platform != PlatformKubernetes {
			v.errorf(at, "No CPU metrics",
				"The replicas' CPU use comes from cAdvisor's recording rules: add cadvisor {} to the monitoring block, or scale on requests_per_second.")
		}
	}
}

// histogram reports whether Prometheus scrapes the service's latency
// histogram.
func (v *validator) histogram(s *Service) bool {
	m := v.topo.Monitoring
	if m == nil || s.Metrics == nil || s.Metrics.Histogram == "" {
		return false
	}
	return slices.Contains(m.Scrape, s.Name)
}

func (v *validator) scaleRules(r *ScaleRules, def autoscale.Rules, block string) autoscale.Rules {
	if r == nil {
		return def
	}
	out := autoscale.Rules{}
	// A window of "0s" turns stabilisation off (the scale-up default),
	// where every other duration must be positive.
	if r.StabilizationRaw != "0s" && r.StabilizationRaw != "0" {
		out.Stabilization = v.duration(r.StabilizationRaw, r.StabilizationRange, block+" stabilization_window", def.Stabilization)
	}
	if out.Stabilization > maxStabilization {
		v.errorf(r.StabilizationRange, "Invalid stabilization window", "%s stabilization_window must be between 0s and 1h, not %s.", block, r.StabilizationRaw)
	}
	period := v.duration(r.PeriodRaw, r.PeriodRange, block+" period", autoscale.DefaultPolicyPeriod)
	if (period > 0 && period < minAutoscaleInterval) || period > maxPolicyPeriod {
		v.errorf(r.PeriodRange, "Invalid period", "%s period must be between 1s and 30m, not %s.", block, r.PeriodRaw)
	}
	if r.Pods != nil {
		if *r.Pods < 1 {
			v.errorf(r.PodsRange, "Invalid step", "%s pods is how many replicas a step may change, at least 1; not %d.", block, *r.Pods)
		}
		out.Policies = append(out.Policies, autoscale.Policy{Pods: *r.Pods, Period: period})
	}
	if r.Percent != nil {
		if *r.Percent < 1 || (block == "scale_down" && *r.Percent > 100) {
			v.errorf(r.PercentRange, "Invalid step", "%s percent must be at least 1%s; not %d.", block, map[bool]string{true: " and at most 100", false: ""}[block == "scale_down"], *r.Percent)
		}
		out.Policies = append(out.Policies, autoscale.Policy{Percent: *r.Percent, Period: period})
	}
	if len(out.Policies) == 0 {
		for _, p := range def.Policies {
			p.Period = period
			out.Policies = append(out.Policies, p)
		}
	}
	return out
}

// ReservedCPU is the CPU a replica reserves, in cores, that CPU
// utilisation is a percentage of: its reservation, or its limit when it
// reserves nothing (as Kubernetes requests the limit), 0 when neither.
func ReservedCPU(s *Service) float64 {
	if s.Resources == nil {
		return 0
	}
	if s.Resources.CPUReservation > 0 {
		return s.Resources.CPUReservation
	}
	return s.Resources.CPULimit
}

// RequestCounter says where the stack counts a service's requests: the
// app's own histogram when Prometheus scrapes it, else an HAProxy
// balancer's backend for it, else an nginx balancer (with its exporter)
// that sends traffic to this service alone.
type RequestCounter struct {
	// Balancer is nil when the app's histogram counts.
	Balancer *Balancer
}

// RequestCounter returns where the service's requests are counted.
func (t *Topology) RequestCounter(s *Service) (RequestCounter, bool) {
	m := t.Monitoring
	if m == nil || m.Prometheus == nil {
		return RequestCounter{}, false
	}
	if s.Metrics != nil && s.Metrics.Histogram != "" {
		if slices.Contains(m.Scrape, s.Name) {
			return RequestCounter{}, true
		}
	}
	for _, b := range t.Balancers {
		routed := b.RoutedServices()
		switch {
		case b.Stats == nil || b.TCP():
		case b.Engine == EngineHAProxy && slices.Contains(routed, s.Name):
			return RequestCounter{Balancer: b}, true
		case t.HasNginxExporter(b) && len(routed) == 1 && routed[0] == s.Name:
			return RequestCounter{Balancer: b}, true
		}
	}
	return RequestCounter{}, false
}

// String names the metric and target for logs and docs.
func (a *Autoscale) String() string {
	switch a.Metric {
	case MetricRequests:
		return fmt.Sprintf("%v requests per second per replica", a.Target)
	case MetricLatency:
		return fmt.Sprintf("p95 latency %v", time.Duration(a.Target*float64(time.Second)))
	}
	return fmt.Sprintf("%v%% CPU of the reservation", a.Target)
}
