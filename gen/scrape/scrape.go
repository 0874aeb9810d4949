// Package scrape works out once what Prometheus scrapes and by which job,
// and the PromQL over those jobs' metrics that the rules (gen/prometheus)
// and the dashboard (gen/grafana) share, so neither renderer imports the
// other.
package scrape

import (
	"fmt"
	"strconv"
	"time"

	"github.com/lbgen/lbgen/autoscale"
	"github.com/lbgen/lbgen/component"
	"github.com/lbgen/lbgen/gen"
	"github.com/lbgen/lbgen/schemas"
)

// Kinds of scrape job, by what serves the metrics.
const (
	KindPrometheus = "prometheus"
	KindApp        = "app"
	KindHAProxy    = "haproxy"
	KindNginx      = "nginx"
	KindCAdvisor   = "cadvisor"
)

// Job is one scrape job. Every series it produces carries a service label
// naming the compose service it describes.
type Job struct {
	Name, Kind, Service string
	Path                string
	// Target is host:port for a single target; Port with DNS set means
	// one target per address the service's name resolves to.
	Target string
	DNS    bool
	Port   int
	// Histogram and StatusLabel are the app's request-duration histogram.
	Histogram, StatusLabel string
	// Replicas is the service's intended replica count.
	Replicas int
}

// Jobs lists what Prometheus scrapes: itself, every scraped service (one
// target per replica for a scaled one), each balancer's metrics (HAProxy's
// built-in exporter, nginx's exporter sidecar) and cAdvisor.
func Jobs(t *schemas.Topology) []Job {
	m := t.Monitoring
	port := component.PrometheusPort
	jobs := []Job{{Name: "prometheus", Kind: KindPrometheus, Service: component.PrometheusService, Target: "localhost:" + strconv.Itoa(port)}}
	for _, name := range m.Scrape {
		s := t.Service(name)
		j := Job{Name: s.Name, Kind: KindApp, Service: s.Name, Path: s.Metrics.Path, Port: s.Metrics.Port,
			Histogram: s.Metrics.Histogram, StatusLabel: s.Metrics.StatusLabel, Replicas: s.ReplicaCount}
		if s.Scaled() {
			j.DNS = true
		} else {
			j.Target = fmt.Sprintf("%s:%d", s.Name, s.Metrics.Port)
		}
		jobs = append(jobs, j)
	}
	for _, b := range t.Balancers {
		switch {
		case b.Stats == nil:
		case b.Engine == schemas.EngineHAProxy:
			jobs = append(jobs, Job{Name: b.Name, Kind: KindHAProxy, Service: b.Name, Path: "/metrics", Target: fmt.Sprintf("%s:%d", b.Name, b.Stats.Port)})
		case t.HasNginxExporter(b):
			jobs = append(jobs, Job{Name: b.Name, Kind: KindNginx, Service: b.Name, Target: fmt.Sprintf("%s:%d", component.NginxExporterService(b.Name), component.NginxExporterPort)})
		}
	}
	if m.CAdvisor != nil {
		jobs = append(jobs, Job{Name: "cadvisor", Kind: KindCAdvisor, Service: component.CAdvisorService,
			Target: fmt.Sprintf("%s:%d", component.CAdvisorService, component.CAdvisorPort), Port: component.CAdvisorPort})
	}
	return jobs
}

// RecordWindow is the rate window of the recording rules: one minute, or
// four scrape intervals when that is longer.
func RecordWindow(scrape time.Duration) time.Duration { return max(time.Minute, 4*scrape) }

// StatusCounter is a counter of responses by HTTP status: which series
// of a job to read, which of them are server errors, and the labels test
// series carry for a failed and a successful response.
type StatusCounter struct {
	Counter, Selector, Errors string
	Failed, Succeeded         string
}

// ErrorSource says where a job counts responses by status: HAProxy's
// frontend counters, or the _count of an app's latency histogram.
func ErrorSource(j Job) (StatusCounter, bool) {
	switch {
	case j.Kind == KindHAProxy:
		return StatusCounter{"haproxy_frontend_http_responses_total", fmt.Sprintf(`job=%q,proxy=%q`, j.Name, j.Service),
			`code="5xx"`, `code="5xx"`, `code="2xx"`}, true
	case j.Kind == KindApp && j.Histogram != "":
		return StatusCounter{j.Histogram + "_count", fmt.Sprintf(`job=%q`, j.Name),
			fmt.Sprintf(`%s=~"5.."`, j.StatusLabel), fmt.Sprintf(`%s="500"`, j.StatusLabel), fmt.Sprintf(`%s="200"`, j.StatusLabel)}, true
	}
	return StatusCounter{}, false
}

// ErrorRatio is the share of a job's responses that are server errors,
// over window; ok is false when the job does not count responses by status.
func ErrorRatio(j Job, window string) (expr string, ok bool) {
	src, ok := ErrorSource(j)
	if !ok {
		return "", false
	}
	return RatioExpr(src.Counter, src.Selector, src.Errors, window), true
}

// RatioExpr is the share of a counter's increase that matches errors.
func RatioExpr(counter, selector, errors, window string) string {
	return fmt.Sprintf("sum(rate(%s{%s,%s}[%s])) / sum(rate(%s{%s}[%s]))", counter, selector, errors, window, counter, selector, window)
}

// LatencyP95 is the 95th percentile of an app's request duration over
// window, from its histogram.
func LatencyP95(j Job, window string) string {
	return fmt.Sprintf("histogram_quantile(0.95, sum by (le) (rate(%s_bucket{job=%q}[%s])))", j.Histogram, j.Name, window)
}

// Recorded memory series, with cAdvisor: the working set per compose
// service and per replica (label name: the container). The CPU series'
// names carry their rate window: see CPURecords.
const (
	ServiceMemory = "service:container_memory_working_set_bytes:sum"
	ReplicaMemory = "replica:container_memory_working_set_bytes:sum"
)

// CPURecords names the recorded CPU cores used per compose service and
// per replica. The name says the rate's window, as Prometheus's naming
// convention asks (service:container_cpu_usage:rate1m at the default
// 15s scrape interval).
func CPURecords(m *schemas.Monitoring) (service, replica string) {
	w := gen.FormatDuration(RecordWindow(m.ScrapeInterval))
	return "service:container_cpu_usage:rate" + w, "replica:container_cpu_usage:rate" + w
}

// AutoscaleQuery is the PromQL the autoscaler reads for a service and how
// its value relates to the replica count: CPU per replica in percent of
// its reservation (from cAdvisor's recording rule), the service's request
// rate (where RequestCounter says it is counted), or its p95 latency.
func AutoscaleQuery(t *schemas.Topology, s *schemas.Service) (string, autoscale.Kind) {
	m, a := t.Monitoring, s.Autoscale
	window := gen.FormatDuration(RecordWindow(m.ScrapeInterval))
	switch a.Metric {
	case schemas.MetricRequests:
		c, _ := t.RequestCounter(s)
		switch {
		case c.Balancer == nil:
			return fmt.Sprintf(`sum(rate(%s_count{job=%q}[%s]))`, s.Metrics.Histogram, s.Name, window), autoscale.Shared
		case c.Balancer.Engine == schemas.EngineHAProxy:
			return fmt.Sprintf(`sum(rate(haproxy_backend_http_requests_total{job=%q,proxy=%q}[%s]))`, c.Balancer.Name, s.Name, window), autoscale.Shared
		default:
			return fmt.Sprintf(`sum(rate(nginx_http_requests_total{job=%q}[%s]))`, c.Balancer.Name, window), autoscale.Shared
		}
	case schemas.MetricLatency:
		return LatencyP95(Job{Name: s.Name, Histogram: s.Metrics.Histogram}, window), autoscale.Level
	}
	_, replicaCPU := CPURecords(m)
	return fmt.Sprintf(`sum by (name) (%s{service=%q}) * 100 / %s`, replicaCPU, s.Name,
		strconv.FormatFloat(schemas.ReservedCPU(s), 'f', -1, 64)), autoscale.PerReplica
}
