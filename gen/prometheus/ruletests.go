package prometheus

import (
	"cmp"
	"fmt"

	"github.com/lbgen/lbgen/gen"
	"github.com/lbgen/lbgen/schemas"
)

// ruleTests is a `promtool test rules` file.
type ruleTests struct {
	RuleFiles          []string   `yaml:"rule_files"`
	EvaluationInterval string     `yaml:"evaluation_interval"`
	Tests              []ruleTest `yaml:"tests"`
}

type ruleTest struct {
	Name           string      `yaml:"name"`
	Interval       string      `yaml:"interval"`
	InputSeries    []series    `yaml:"input_series"`
	AlertRuleTests []alertCase `yaml:"alert_rule_test,omitempty"`
	ExprTests      []exprCase  `yaml:"promql_expr_test,omitempty"`
}

type series struct {
	Series string `yaml:"series"`
	Values string `yaml:"values"`
}

type alertCase struct {
	EvalTime  string     `yaml:"eval_time"`
	Alertname string     `yaml:"alertname"`
	ExpAlerts []expAlert `yaml:"exp_alerts"`
}

type expAlert struct {
	ExpLabels      map[string]string `yaml:"exp_labels"`
	ExpAnnotations map[string]string `yaml:"exp_annotations,omitempty"`
}

type exprCase struct {
	Expr       string   `yaml:"expr"`
	EvalTime   string   `yaml:"eval_time"`
	ExpSamples []sample `yaml:"exp_samples"`
}

type sample struct {
	Labels string  `yaml:"labels"`
	Value  float64 `yaml:"value"`
}

// Test series have one sample a minute for 15 minutes; every check runs at
// minute 10, long after each alert's "for" and each rate's window fill.
const (
	testInterval = "1m"
	testEvalTime = "10m"
)

// alertTest checks the alert named in its name (the text before the first
// space) at testEvalTime: firing with the given labels and annotations, or
// not at all when labels is nil.
func alertTest(name string, input []series, labels, annotations map[string]string) ruleTest {
	var alertname string
	fmt.Sscan(name, &alertname)
	c := alertCase{EvalTime: testEvalTime, Alertname: alertname, ExpAlerts: []expAlert{}}
	if labels != nil {
		c.ExpAlerts = []expAlert{{ExpLabels: labels, ExpAnnotations: annotations}}
	}
	return ruleTest{Name: name, Interval: testInterval, InputSeries: input, AlertRuleTests: []alertCase{c}}
}

// Recorded series, with cAdvisor: CPU cores used and memory working set,
// per compose service and per replica (label name: the container).
const (
	ServiceCPU    = "service:container_cpu_usage:rate1m"
	ServiceMemory = "service:container_memory_working_set_bytes:sum"
	ReplicaCPU    = "replica:container_cpu_usage:rate1m"
	ReplicaMemory = "replica:container_memory_working_set_bytes:sum"
)

// recordingRules aggregate cAdvisor's per-container CPU and memory by
// service and by replica: the signal an autoscaler needs. The platform
// labels each container with its stack and service.
func recordingRules(t *schemas.Topology, p gen.Platform) ([]rule, []ruleTest) {
	if t.Monitoring.CAdvisor == nil {
		return nil, nil
	}
	project := fmt.Sprintf(`%s=%q`, p.ProjectLabel, cmp.Or(p.ProjectValue, t.Project))
	byService := func(by, expr string) string {
		return fmt.Sprintf(`sum by (%s) (label_replace(%s, "service", "$1", %q, "(.+)"))`, by, expr, p.ServiceLabel)
	}
	cpu := fmt.Sprintf("rate(container_cpu_usage_seconds_total{%s}[1m])", project)
	mem := fmt.Sprintf("container_memory_working_set_bytes{%s}", project)
	rules := []rule{
		{Record: ServiceCPU, Expr: byService("service", cpu)},
		{Record: ServiceMemory, Expr: byService("service", mem)},
		{Record: ReplicaCPU, Expr: byService("service, name", cpu)},
		{Record: ReplicaMemory, Expr: byService("service, name", mem)},
	}

	// Two replicas, each using one CPU and 100 MiB, sampled every 15s as
	// the default scrape does: a 1m rate needs two samples in its window.
	var input []series
	for i := 1; i <= 2; i++ {
		labels := fmt.Sprintf(`%s,%s="app",name=%q`, project, p.ServiceLabel, p.ReplicaName(t.Project, "app", i))
		input = append(input,
			series{fmt.Sprintf("container_cpu_usage_seconds_total{%s}", labels), "0+15x60"},
			series{fmt.Sprintf("container_memory_working_set_bytes{%s}", labels), "104857600x60"})
	}
	// Rates are extrapolated in floating point, so the checks round.
	expect := func(record string, value float64, replicas bool) exprCase {
		c := exprCase{Expr: fmt.Sprintf("round(%s, 0.01)", record), EvalTime: testEvalTime}
		if !replicas {
			c.ExpSamples = []sample{{Labels: `{service="app"}`, Value: value}}
			return c
		}
		for i := 1; i <= 2; i++ {
			c.ExpSamples = append(c.ExpSamples, sample{Labels: fmt.Sprintf(`{name=%q,service="app"}`, p.ReplicaName(t.Project, "app", i)), Value: value})
		}
		return c
	}
	test := ruleTest{
		Name:        "CPU and memory are recorded per service and per replica",
		Interval:    "15s",
		InputSeries: input,
		ExprTests: []exprCase{
			expect(rules[0].Record, 2, false),
			expect(rules[1].Record, 2*104857600, false),
			expect(rules[2].Record, 1, true),
			expect(rules[3].Record, 104857600, true),
		},
	}
	return rules, []ruleTest{test}
}
