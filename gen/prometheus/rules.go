package prometheus

import (
	"fmt"
	"strconv"
	"time"

	"github.com/lbgen/lbgen/gen"
	"github.com/lbgen/lbgen/schemas"
)

type ruleFile struct {
	Groups []ruleGroup `yaml:"groups"`
}

type ruleGroup struct {
	Name  string `yaml:"name"`
	Rules []rule `yaml:"rules"`
}

type rule struct {
	Alert       string            `yaml:"alert,omitempty"`
	Record      string            `yaml:"record,omitempty"`
	Expr        string            `yaml:"expr"`
	For         string            `yaml:"for,omitempty"`
	Labels      map[string]string `yaml:"labels,omitempty"`
	Annotations map[string]string `yaml:"annotations,omitempty"`
}

// alertFor is how long a condition must hold before an alert fires; the
// rendered unit tests evaluate well after it.
const alertFor = 2 * time.Minute

// AlertWindow is the rate window of the error and latency alerts: five
// minutes, or four scrape intervals when that is longer. A rate needs two
// samples in its window, and four intervals keep it filled when a scrape
// is missed or late (Grafana's $__rate_interval uses the same factor).
func AlertWindow(scrape time.Duration) time.Duration { return max(5*time.Minute, 4*scrape) }

// RecordWindow is the rate window of the recording rules: one minute, or
// four scrape intervals when that is longer.
func RecordWindow(scrape time.Duration) time.Duration { return max(time.Minute, 4*scrape) }

// alertRules returns the alerts the stack's metrics allow, and tests that
// make each fire and keep it quiet. Every instance of an alert is rendered
// from one template per way of computing it, so the tests check each
// template once (on its first instance): a stack of 1000 services gets a
// handful of tests, not 6000 near-identical ones. Instances of one alert
// share its name and differ in their service label, so Alertmanager
// groups them by name and routes them by service.
func alertRules(t *schemas.Topology, jobs []Job, c clock) ([]rule, []ruleTest) {
	var rules []rule
	var tests []ruleTest
	tested := map[string]bool{}
	add := func(template string, r rule, cases ...ruleTest) {
		rules = append(rules, r)
		if !tested[template] {
			tested[template] = true
			tests = append(tests, cases...)
		}
	}
	r, fire, quiet := targetDown(jobs, c)
	add("up", r, fire, quiet)
	var counted []Job
	for _, j := range jobs {
		if countsReplicas(j) {
			counted = append(counted, j)
		}
	}
	for i, j := range counted {
		if i > 0 {
			// The tests hold every counted replica: building them for each
			// instance would be quadratic in the number of services.
			add("replicas", replicasBelowMinimum(j))
			continue
		}
		fire, quiet := replicasBelowMinimumTests(j, counted, c)
		add("replicas", replicasBelowMinimum(j), fire, quiet)
	}
	for _, j := range jobs {
		if r, fire, quiet, ok := balancerDown(j, c); ok {
			add("balancer/"+j.Kind, r, fire, quiet)
		}
	}
	a := t.Monitoring.Alerts
	if a == nil {
		return rules, tests
	}
	window := gen.FormatDuration(AlertWindow(t.Monitoring.ScrapeInterval))
	for _, j := range jobs {
		if src, ok := errorSource(j); ok && a.ErrorRatio != nil {
			r, fire, quiet := errorRatio(j, *a.ErrorRatio, src, window, c)
			add("errors/"+j.Kind, r, fire, quiet)
		}
		if a.P95Latency > 0 && j.Kind == KindApp && j.Histogram != "" {
			r, fire, quiet := latencyP95(j, a.P95Latency, window, c)
			add("latency", r, fire, quiet)
		}
	}
	return rules, tests
}

func targetDown(jobs []Job, c clock) (rule, ruleTest, ruleTest) {
	r := rule{
		Alert:       "TargetDown",
		Expr:        "up == 0",
		For:         gen.FormatDuration(alertFor),
		Labels:      map[string]string{"severity": "warning"},
		Annotations: map[string]string{"summary": "{{ $labels.job }} target {{ $labels.instance }} is down"},
	}
	j := jobs[len(jobs)-1]
	instance := "10.0.0.2:9000"
	labels := fmt.Sprintf(`up{job=%q,instance=%q,service=%q}`, j.Name, instance, j.Service)
	fired := map[string]string{"severity": "warning", "job": j.Name, "instance": instance, "service": j.Service}
	summary := map[string]string{"summary": fmt.Sprintf("%s target %s is down", j.Name, instance)}
	return r,
		c.alertTest(r.Alert+" fires when a target is down", []series{{labels, c.constant("0")}}, fired, summary),
		c.alertTest(r.Alert+" stays quiet while targets are up", []series{{labels, c.constant("1")}}, nil, nil)
}

// countsReplicas says whether a job gets a ReplicasBelowMinimum alert.
func countsReplicas(j Job) bool { return j.Kind == KindApp && j.Replicas > 1 }

// replicasBelowMinimum counts the replicas that answer scrapes: fewer than
// the spec's replicas means some are unhealthy or were never started. The
// count falls back to 0 when no replica answers, so the alert also fires
// when DNS discovery finds none.
func replicasBelowMinimum(j Job) rule {
	return rule{
		Alert:       "ReplicasBelowMinimum",
		Expr:        fmt.Sprintf(`(count(up{job=%q} == 1) or vector(0)) < %d`, j.Name, j.Replicas),
		For:         gen.FormatDuration(alertFor),
		Labels:      map[string]string{"severity": "warning", "service": j.Service},
		Annotations: map[string]string{"summary": fmt.Sprintf("%s has fewer than %d healthy replicas", j.Service, j.Replicas)},
	}
}

// replicasBelowMinimumTests make j's alert fire with one replica down and
// stay quiet with all up. Every other counted job gets its healthy
// replicas too: without series, its own instance of the alert would fire
// (the fallback to 0) and fail the test.
func replicasBelowMinimumTests(j Job, counted []Job, c clock) (ruleTest, ruleTest) {
	r := replicasBelowMinimum(j)
	up := func(down int) []series {
		var s []series
		for _, o := range counted {
			for i := 0; i < o.Replicas; i++ {
				v := "1"
				if o.Name == j.Name && i < down {
					v = "0"
				}
				s = append(s, series{fmt.Sprintf(`up{job=%q,instance="10.0.%d.%d:%d",service=%q}`, o.Name, i/250, i%250+2, o.Port, o.Service), c.constant(v)})
			}
		}
		return s
	}
	return c.alertTest(fmt.Sprintf("%s fires for %s with a replica down", r.Alert, j.Service), up(1), r.Labels, r.Annotations),
		c.alertTest(fmt.Sprintf("%s stays quiet for %s with every replica up", r.Alert, j.Service), up(0), nil, nil)
}

// balancerDown alerts when a balancer stops serving. HAProxy serves its
// own metrics, so a failed scrape means HAProxy is down. nginx is read
// through its exporter, which keeps answering when nginx is gone and
// reports nginx_up 0 (a down exporter is TargetDown's).
func balancerDown(j Job, c clock) (rule, ruleTest, ruleTest, bool) {
	var metric, instance string
	switch j.Kind {
	case KindHAProxy:
		metric, instance = "up", j.Target
	case KindNginx:
		metric, instance = "nginx_up", j.Target
	default:
		return rule{}, ruleTest{}, ruleTest{}, false
	}
	r := rule{
		Alert:       "BalancerDown",
		Expr:        fmt.Sprintf("%s{job=%q} == 0", metric, j.Name),
		For:         gen.FormatDuration(alertFor),
		Labels:      map[string]string{"severity": "critical", "service": j.Service},
		Annotations: map[string]string{"summary": fmt.Sprintf("%s balancer %s is down", j.Kind, j.Service)},
	}
	s := fmt.Sprintf(`%s{job=%q,instance=%q,service=%q}`, metric, j.Name, instance, j.Service)
	fired := map[string]string{"severity": "critical", "job": j.Name, "instance": instance, "service": j.Service}
	return r,
		c.alertTest(fmt.Sprintf("%s fires for %s balancer %s when it is down", r.Alert, j.Kind, j.Service), []series{{s, c.constant("0")}}, fired, r.Annotations),
		c.alertTest(fmt.Sprintf("%s stays quiet for %s balancer %s while it is up", r.Alert, j.Kind, j.Service), []series{{s, c.constant("1")}}, nil, nil),
		true
}

// statusCounter is a counter of responses by HTTP status: which series
// of a job to read, which of them are server errors, and the labels test
// series carry for a failed and a successful response.
type statusCounter struct {
	counter, selector, errors string
	failed, succeeded         string
}

// errorSource says where a job counts responses by status: HAProxy's
// frontend counters, or the _count of an app's latency histogram.
func errorSource(j Job) (statusCounter, bool) {
	switch {
	case j.Kind == KindHAProxy:
		return statusCounter{"haproxy_frontend_http_responses_total", fmt.Sprintf(`job=%q,proxy=%q`, j.Name, j.Service),
			`code="5xx"`, `code="5xx"`, `code="2xx"`}, true
	case j.Kind == KindApp && j.Histogram != "":
		return statusCounter{j.Histogram + "_count", fmt.Sprintf(`job=%q`, j.Name),
			fmt.Sprintf(`%s=~"5.."`, j.StatusLabel), fmt.Sprintf(`%s="500"`, j.StatusLabel), fmt.Sprintf(`%s="200"`, j.StatusLabel)}, true
	}
	return statusCounter{}, false
}

// ErrorRatio is the share of a job's responses that are server errors,
// over window; ok is false when the job does not count responses by status.
func ErrorRatio(j Job, window string) (expr string, ok bool) {
	src, ok := errorSource(j)
	if !ok {
		return "", false
	}
	return ratioExpr(src.counter, src.selector, src.errors, window), true
}

func ratioExpr(counter, selector, errors, window string) string {
	return fmt.Sprintf("sum(rate(%s{%s,%s}[%s])) / sum(rate(%s{%s}[%s]))", counter, selector, errors, window, counter, selector, window)
}

// LatencyP95 is the 95th percentile of an app's request duration over
// window, from its histogram.
func LatencyP95(j Job, window string) string {
	return fmt.Sprintf("histogram_quantile(0.95, sum by (le) (rate(%s_bucket{job=%q}[%s])))", j.Histogram, j.Name, window)
}

// errorRatio alerts when the share of 5xx responses exceeds the threshold.
func errorRatio(j Job, threshold float64, src statusCounter, window string, c clock) (rule, ruleTest, ruleTest) {
	r := rule{
		Alert:       "HighErrorRatio",
		Expr:        fmt.Sprintf("%s > %s", ratioExpr(src.counter, src.selector, src.errors, window), formatFloat(threshold)),
		For:         gen.FormatDuration(alertFor),
		Labels:      map[string]string{"severity": "critical", "service": j.Service},
		Annotations: map[string]string{"summary": fmt.Sprintf("More than %s%% of responses from %s are server errors", strconv.FormatFloat(threshold*100, 'g', 4, 64), j.Service)},
	}
	badSeries := fmt.Sprintf("%s{%s,%s}", src.counter, src.selector, src.failed)
	goodSeries := fmt.Sprintf("%s{%s,%s}", src.counter, src.selector, src.succeeded)
	return r,
		c.alertTest(fmt.Sprintf("%s fires for %s when every response fails", r.Alert, j.Service),
			[]series{{badSeries, c.counter(60)}, {goodSeries, c.constant("0")}}, r.Labels, r.Annotations),
		c.alertTest(fmt.Sprintf("%s stays quiet for %s when every response succeeds", r.Alert, j.Service),
			[]series{{badSeries, c.constant("0")}, {goodSeries, c.counter(60)}}, nil, nil)
}

// latencyP95 alerts on the 95th percentile of the app's histogram.
func latencyP95(j Job, threshold time.Duration, window string, c clock) (rule, ruleTest, ruleTest) {
	secs := threshold.Seconds()
	r := rule{
		Alert:       "HighLatencyP95",
		Expr:        fmt.Sprintf("%s > %s", LatencyP95(j, window), formatFloat(secs)),
		For:         gen.FormatDuration(alertFor),
		Labels:      map[string]string{"severity": "warning", "service": j.Service},
		Annotations: map[string]string{"summary": fmt.Sprintf("95th percentile latency of %s is above %s", j.Service, threshold)},
	}
	// Buckets around the threshold: requests either all finish within half
	// of it, or all take between half and twice it.
	bucket := func(le string, values string) series {
		return series{fmt.Sprintf(`%s_bucket{job=%q,service=%q,le=%q}`, j.Histogram, j.Name, j.Service, le), values}
	}
	fast, slow := formatFloat(secs/2), formatFloat(secs*2)
	return r,
		c.alertTest(fmt.Sprintf("%s fires for %s when requests are slow", r.Alert, j.Service),
			[]series{bucket(fast, c.constant("0")), bucket(slow, c.counter(60)), bucket("+Inf", c.counter(60))}, r.Labels, r.Annotations),
		c.alertTest(fmt.Sprintf("%s stays quiet for %s when requests are fast", r.Alert, j.Service),
			[]series{bucket(fast, c.counter(60)), bucket(slow, c.counter(60)), bucket("+Inf", c.counter(60))}, nil, nil)
}

func formatFloat(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
