package prometheus

import (
	"fmt"
	"strconv"
	"time"

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
const alertFor = "2m"

// alertRules returns the alerts the stack's metrics allow, each with a test
// that makes it fire and one that keeps it quiet.
func alertRules(t *schemas.Topology, jobs []Job) ([]rule, []ruleTest) {
	var rules []rule
	var tests []ruleTest
	add := func(r rule, cases ...ruleTest) {
		rules = append(rules, r)
		tests = append(tests, cases...)
	}
	add(targetDown(jobs))
	for _, j := range jobs {
		if j.Kind == KindApp && j.Replicas > 1 {
			add(replicasBelowMinimum(j))
		}
	}
	a := t.Monitoring.Alerts
	if a == nil {
		return rules, tests
	}
	for _, j := range jobs {
		if a.ErrorRatio != nil {
			switch {
			case j.Kind == KindHAProxy:
				add(errorRatio(j, *a.ErrorRatio, "haproxy_frontend_http_responses_total", fmt.Sprintf(`job=%q,proxy=%q`, j.Name, j.Service),
					`code="5xx"`, `code="5xx"`, `code="2xx"`))
			case j.Kind == KindApp && j.Histogram != "":
				add(errorRatio(j, *a.ErrorRatio, j.Histogram+"_count", fmt.Sprintf(`job=%q`, j.Name),
					fmt.Sprintf(`%s=~"5.."`, j.StatusLabel), fmt.Sprintf(`%s="500"`, j.StatusLabel), fmt.Sprintf(`%s="200"`, j.StatusLabel)))
			}
		}
		if a.P95Latency > 0 && j.Kind == KindApp && j.Histogram != "" {
			add(latencyP95(j, a.P95Latency))
		}
	}
	return rules, tests
}

func targetDown(jobs []Job) (rule, ruleTest, ruleTest) {
	r := rule{
		Alert:       "TargetDown",
		Expr:        "up == 0",
		For:         alertFor,
		Labels:      map[string]string{"severity": "warning"},
		Annotations: map[string]string{"summary": "{{ $labels.job }} target {{ $labels.instance }} is down"},
	}
	j := jobs[len(jobs)-1]
	instance := "10.0.0.2:9000"
	labels := fmt.Sprintf(`up{job=%q,instance=%q,service=%q}`, j.Name, instance, j.Service)
	fired := map[string]string{"severity": "warning", "job": j.Name, "instance": instance, "service": j.Service}
	summary := map[string]string{"summary": fmt.Sprintf("%s target %s is down", j.Name, instance)}
	return r,
		alertTest(r.Alert+" fires when a target is down", []series{{labels, "0x15"}}, fired, summary),
		alertTest(r.Alert+" stays quiet while targets are up", []series{{labels, "1x15"}}, nil, nil)
}

// replicasBelowMinimum counts the replicas that answer scrapes: fewer than
// the spec's replicas means some are unhealthy or were never started.
func replicasBelowMinimum(j Job) (rule, ruleTest, ruleTest) {
	r := rule{
		Alert:       "ReplicasBelowMinimum",
		Expr:        fmt.Sprintf(`(count(up{job=%q} == 1) or vector(0)) < %d`, j.Name, j.Replicas),
		For:         alertFor,
		Labels:      map[string]string{"severity": "warning", "service": j.Service},
		Annotations: map[string]string{"summary": fmt.Sprintf("%s has fewer than %d healthy replicas", j.Service, j.Replicas)},
	}
	up := func(down int) []series {
		var s []series
		for i := 0; i < j.Replicas; i++ {
			v := "1x15"
			if i < down {
				v = "0x15"
			}
			s = append(s, series{fmt.Sprintf(`up{job=%q,instance="10.0.0.%d:%d",service=%q}`, j.Name, i+2, j.Port, j.Service), v})
		}
		return s
	}
	return r,
		alertTest(fmt.Sprintf("%s fires for %s with a replica down", r.Alert, j.Service), up(1), r.Labels, r.Annotations),
		alertTest(fmt.Sprintf("%s stays quiet for %s with every replica up", r.Alert, j.Service), up(0), nil, nil)
}

// errorRatio alerts when the share of 5xx responses in a counter exceeds
// the threshold. selector picks the job's series and errors its 5xx ones;
// the tests' series carry the labels failed and succeeded.
func errorRatio(j Job, threshold float64, counter, selector, errors, failed, succeeded string) (rule, ruleTest, ruleTest) {
	r := rule{
		Alert: "HighErrorRatio",
		Expr: fmt.Sprintf("sum(rate(%s{%s,%s}[5m])) / sum(rate(%s{%s}[5m])) > %s",
			counter, selector, errors, counter, selector, formatFloat(threshold)),
		For:         alertFor,
		Labels:      map[string]string{"severity": "critical", "service": j.Service},
		Annotations: map[string]string{"summary": fmt.Sprintf("More than %s%% of responses from %s are server errors", strconv.FormatFloat(threshold*100, 'g', 4, 64), j.Service)},
	}
	badSeries := fmt.Sprintf("%s{%s,%s}", counter, selector, failed)
	goodSeries := fmt.Sprintf("%s{%s,%s}", counter, selector, succeeded)
	return r,
		alertTest(fmt.Sprintf("%s fires for %s when every response fails", r.Alert, j.Service),
			[]series{{badSeries, "0+60x15"}, {goodSeries, "0x15"}}, r.Labels, r.Annotations),
		alertTest(fmt.Sprintf("%s stays quiet for %s when every response succeeds", r.Alert, j.Service),
			[]series{{badSeries, "0x15"}, {goodSeries, "0+60x15"}}, nil, nil)
}

// latencyP95 alerts on the 95th percentile of the app's histogram.
func latencyP95(j Job, threshold time.Duration) (rule, ruleTest, ruleTest) {
	secs := threshold.Seconds()
	r := rule{
		Alert:       "HighLatencyP95",
		Expr:        fmt.Sprintf("histogram_quantile(0.95, sum by (le) (rate(%s_bucket{job=%q}[5m]))) > %s", j.Histogram, j.Name, formatFloat(secs)),
		For:         alertFor,
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
		alertTest(fmt.Sprintf("%s fires for %s when requests are slow", r.Alert, j.Service),
			[]series{bucket(fast, "0x15"), bucket(slow, "0+60x15"), bucket("+Inf", "0+60x15")}, r.Labels, r.Annotations),
		alertTest(fmt.Sprintf("%s stays quiet for %s when requests are fast", r.Alert, j.Service),
			[]series{bucket(fast, "0+60x15"), bucket(slow, "0+60x15"), bucket("+Inf", "0+60x15")}, nil, nil)
}

func formatFloat(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
