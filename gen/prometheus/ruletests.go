package prometheus

import (
	"fmt"
	"time"

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

func newClock(scrape time.Duration) clock {
	if scrape <= 0 {
		scrape = schemas.DefaultScrapeInterval // not reached: validation sets it
	}
	every := max(time.Minute, scrape)
	longest := max(AlertWindow(scrape), RecordWindow(scrape))
	evalTime := max(roundUp(longest+alertFor+3*scrape, every), roundUp(10*time.Minute, every))
	return clock{interval: scrape, every: every, evalTime: evalTime, samples: int(evalTime/scrape) + 5}
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

// recordingRules aggregate cAdvisor's per-container CPU and memory by
// compose service and by replica: the signal an autoscaler needs. Compose
// labels each container with its project and service.
func recordingRules(t *schemas.Topology, c clock) ([]rule, []ruleTest) {
	m := t.Monitoring
	if m.CAdvisor == nil {
		return nil, nil
	}
	project := fmt.Sprintf(`container_label_com_docker_compose_project=%q`, t.Project)
	byService := func(by, expr string) string {
		return fmt.Sprintf(`sum by (%s) (label_replace(%s, "service", "$1", "container_label_com_docker_compose_service", "(.+)"))`, by, expr)
	}
	cpu := fmt.Sprintf("rate(container_cpu_usage_seconds_total{%s}[%s])", project, gen.FormatDuration(RecordWindow(m.ScrapeInterval)))
	mem := fmt.Sprintf("container_memory_working_set_bytes{%s}", project)
	serviceCPU, replicaCPU := CPURecords(m)
	rules := []rule{
		{Record: serviceCPU, Expr: byService("service", cpu)},
		{Record: ServiceMemory, Expr: byService("service", mem)},
		{Record: replicaCPU, Expr: byService("service, name", cpu)},
		{Record: ReplicaMemory, Expr: byService("service, name", mem)},
	}

	// Two replicas, each using one CPU and 100 MiB, sampled at the scrape
	// interval.
	var input []series
	for i := 1; i <= 2; i++ {
		labels := fmt.Sprintf(`%s,container_label_com_docker_compose_service="app",name="%s-app-%d"`, project, t.Project, i)
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
			ec.ExpSamples = append(ec.ExpSamples, sample{Labels: fmt.Sprintf(`{name="%s-app-%d",service="app"}`, t.Project, i), Value: value})
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
