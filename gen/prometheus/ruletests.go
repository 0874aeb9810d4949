package prometheus

import (
	"cmp"
	"fmt"
	"time"

	"github.com/lbgen/lbgen/gen"
	"github.com/lbgen/lbgen/gen/scrape"
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

// clock is the time base of the rendered rule tests. Test series are
// sampled at the stack's scrape interval, as Prometheus stores them, so a
// rate window too short for that interval leaves a rule empty and its test
// fails. Rules are evaluated once a minute (or once a scrape interval, if
// longer): every test evaluates every rule at each step, so a stack of
// 1000 services would pay four times over for evaluating at a 15s scrape
// interval, and nothing the tests check changes between minutes. Every
// check runs once the longest window and every alert's "for" have passed.
type clock struct {
	interval, every, evalTime time.Duration
	samples                   int
}

func newClock(interval time.Duration) clock {
	if interval <= 0 {
		interval = schemas.DefaultScrapeInterval // not reached: validation sets it
	}
	every := max(time.Minute, interval)
	longest := max(AlertWindow(interval), scrape.RecordWindow(interval))
	evalTime := max(roundUp(longest+alertFor+3*interval, every), roundUp(10*time.Minute, every))
	return clock{interval: interval, every: every, evalTime: evalTime, samples: int(evalTime/interval) + 5}
}

// roundUp is d rounded up to a multiple of unit.
func roundUp(d, unit time.Duration) time.Duration { return (d + unit - 1) / unit * unit }

// constant is a series that holds v for the whole test.
func (c clock) constant(v string) string { return fmt.Sprintf("%sx%d", v, c.samples) }

// counter is a series that grows by step every sample.
func (c clock) counter(step float64) string {
	return fmt.Sprintf("0+%sx%d", formatFloat(step), c.samples)
}

func (c clock) eval() string { return gen.FormatDuration(c.evalTime) }

// alertTest checks the alert named in its name (the text before the first
// space) at the clock's evaluation time: firing with the given labels and
// annotations, or not at all when labels is nil.
func (c clock) alertTest(name string, input []series, labels, annotations map[string]string) ruleTest {
	var alertname string
	fmt.Sscan(name, &alertname)
	ac := alertCase{EvalTime: c.eval(), Alertname: alertname, ExpAlerts: []expAlert{}}
	if labels != nil {
		ac.ExpAlerts = []expAlert{{ExpLabels: labels, ExpAnnotations: annotations}}
	}
	return ruleTest{Name: name, Interval: gen.FormatDuration(c.interval), InputSeries: input, AlertRuleTests: []alertCase{ac}}
}

// recordingRules aggregate cAdvisor's per-container CPU and memory by
// service and by replica: the signal an autoscaler needs. The platform
// labels each container with its stack and service.
func recordingRules(t *schemas.Topology, p gen.Platform, c clock) ([]rule, []ruleTest) {
	m := t.Monitoring
	if m.CAdvisor == nil {
		return nil, nil
	}
	project := fmt.Sprintf(`%s=%q`, p.ProjectLabel, cmp.Or(p.ProjectValue, t.Project))
	byService := func(by, expr string) string {
		return fmt.Sprintf(`sum by (%s) (label_replace(%s, "service", "$1", %q, %q))`, by, expr, p.ServiceLabel, p.ServiceLabelValue(t.Project, "(.+)"))
	}
	cpu := fmt.Sprintf("rate(container_cpu_usage_seconds_total{%s}[%s])", project, gen.FormatDuration(scrape.RecordWindow(m.ScrapeInterval)))
	mem := fmt.Sprintf("container_memory_working_set_bytes{%s}", project)
	serviceCPU, replicaCPU := scrape.CPURecords(m)
	rules := []rule{
		{Record: serviceCPU, Expr: byService("service", cpu)},
		{Record: scrape.ServiceMemory, Expr: byService("service", mem)},
		{Record: replicaCPU, Expr: byService("service, name", cpu)},
		{Record: scrape.ReplicaMemory, Expr: byService("service, name", mem)},
	}

	// Two replicas, each using one CPU and 100 MiB, sampled at the scrape
	// interval.
	var input []series
	for i := 1; i <= 2; i++ {
		labels := fmt.Sprintf(`%s,%s=%q,name=%q`, project, p.ServiceLabel, p.ServiceLabelValue(t.Project, "app"), p.ReplicaName(t.Project, "app", i))
		input = append(input,
			series{fmt.Sprintf("container_cpu_usage_seconds_total{%s}", labels), c.counter(c.interval.Seconds())},
			series{fmt.Sprintf("container_memory_working_set_bytes{%s}", labels), c.constant("104857600")})
	}
	// Rates are extrapolated in floating point, so the checks round.
	expect := func(record string, value float64, replicas bool) exprCase {
		ec := exprCase{Expr: fmt.Sprintf("round(%s, 0.01)", record), EvalTime: c.eval()}
		if !replicas {
			ec.ExpSamples = []sample{{Labels: `{service="app"}`, Value: value}}
			return ec
		}
		for i := 1; i <= 2; i++ {
			ec.ExpSamples = append(ec.ExpSamples, sample{Labels: fmt.Sprintf(`{name=%q,service="app"}`, p.ReplicaName(t.Project, "app", i)), Value: value})
		}
		return ec
	}
	test := ruleTest{
		Name:        "CPU and memory are recorded per service and per replica",
		Interval:    gen.FormatDuration(c.interval),
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
