// Package prometheus renders Prometheus's config, alert and recording
// rules, and unit tests for those rules in `promtool test rules` format.
// Every replica of a scaled service is its own target, found through the
// platform's service discovery, never one static address that hits a
// random replica.
package prometheus

import (
	"fmt"

	"go.yaml.in/yaml/v4"

	"github.com/lbgen/lbgen/component"
	"github.com/lbgen/lbgen/gen"
	"github.com/lbgen/lbgen/gen/scrape"
	"github.com/lbgen/lbgen/schemas"
)

// File names inside gen.PrometheusDir, which Prometheus's container mounts
// as /etc/prometheus; rule_files paths are relative to the config file.
const (
	ConfigFile    = "prometheus.yml"
	RulesFile     = gen.PrometheusRulesFile
	RuleTestsFile = "rules.test.yml"
)

// Render returns prometheus.yml, rules.yml and rules.test.yml when the spec
// has a prometheus block.
func Render(t *schemas.Topology, ctx gen.Context) ([]gen.File, error) {
	m := t.Monitoring
	if m == nil || m.Prometheus == nil {
		return nil, nil
	}
	jobs := scrape.Jobs(t)
	interval := gen.FormatDuration(m.ScrapeInterval)
	cfg := config{
		Global:    global{ScrapeInterval: interval, ScrapeTimeout: gen.FormatDuration(m.ScrapeTimeout), EvaluationInterval: interval},
		RuleFiles: []string{RulesFile},
	}
	if m.Alertmanager != nil {
		// One Alertmanager container: its service name is its address.
		target := fmt.Sprintf("%s:%d", component.AlertmanagerService, component.AlertmanagerPort)
		cfg.Alerting = &alerting{Alertmanagers: []alertmanagerConfig{{StaticConfigs: []staticTargets{{Targets: []string{target}}}}}}
	}
	for _, j := range jobs {
		cfg.ScrapeConfigs = append(cfg.ScrapeConfigs, newScrapeConfig(j, m, ctx.Platform))
	}
	c := newClock(m.ScrapeInterval)
	alerts, tests := alertRules(t, jobs, c)
	records, recordTests := recordingRules(t, ctx.Platform, c)
	rules := ruleFile{Groups: []ruleGroup{{Name: "lbgen-alerts", Rules: alerts}}}
	if len(records) > 0 {
		rules.Groups = append(rules.Groups, ruleGroup{Name: "lbgen-records", Rules: records})
	}
	unitTests := ruleTests{RuleFiles: []string{RulesFile}, EvaluationInterval: gen.FormatDuration(c.every), Tests: append(tests, recordTests...)}

	var files []gen.File
	for _, f := range []struct {
		name string
		doc  any
	}{{ConfigFile, cfg}, {RulesFile, rules}, {RuleTestsFile, unitTests}} {
		body, err := gen.YAML(f.doc)
		if err != nil {
			return nil, fmt.Errorf("render prometheus %s: %w", f.name, err)
		}
		files = append(files, gen.File{Path: gen.PrometheusDir + "/" + f.name, Bytes: append(ctx.Header("#"), body...)})
	}
	return files, nil
}

type config struct {
	Global        global         `yaml:"global"`
	Alerting      *alerting      `yaml:"alerting,omitempty"`
	RuleFiles     []string       `yaml:"rule_files"`
	ScrapeConfigs []scrapeConfig `yaml:"scrape_configs"`
}

// alerting sends firing alerts to the stack's Alertmanager.
type alerting struct {
	Alertmanagers []alertmanagerConfig `yaml:"alertmanagers"`
}

type alertmanagerConfig struct {
	StaticConfigs []staticTargets `yaml:"static_configs"`
}

type staticTargets struct {
	Targets []string `yaml:"targets,flow"`
}

type global struct {
	ScrapeInterval     string `yaml:"scrape_interval"`
	ScrapeTimeout      string `yaml:"scrape_timeout"`
	EvaluationInterval string `yaml:"evaluation_interval"`
}

type scrapeConfig struct {
	JobName       string
	MetricsPath   string
	StaticConfigs []staticConfig
	// DiscoveryKey and Discovery are the platform's service discovery,
	// such as dns_sd_configs and its list.
	DiscoveryKey   string
	Discovery      any
	RelabelConfigs []relabel
}

// MarshalYAML writes the keys in the order Prometheus's documentation
// lists them; the discovery key depends on the platform, so a struct's
// fixed tags cannot name it.
func (sc scrapeConfig) MarshalYAML() (any, error) {
	n := &yaml.Node{Kind: yaml.MappingNode}
	add := func(key string, value any, empty bool) error {
		if empty {
			return nil
		}
		var v yaml.Node
		if err := v.Encode(value); err != nil {
			return fmt.Errorf("scrape config %s: %w", key, err)
		}
		n.Content = append(n.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: key}, &v)
		return nil
	}
	for _, kv := range []struct {
		key   string
		value any
		empty bool
	}{
		{"job_name", sc.JobName, false},
		{"metrics_path", sc.MetricsPath, sc.MetricsPath == ""},
		{"static_configs", sc.StaticConfigs, len(sc.StaticConfigs) == 0},
		{sc.DiscoveryKey, sc.Discovery, sc.Discovery == nil},
		{"relabel_configs", sc.RelabelConfigs, len(sc.RelabelConfigs) == 0},
	} {
		if err := add(kv.key, kv.value, kv.empty); err != nil {
			return nil, err
		}
	}
	return n, nil
}

type staticConfig struct {
	Targets []string          `yaml:"targets"`
	Labels  map[string]string `yaml:"labels,omitempty"`
}

type relabel struct {
	SourceLabels []string `yaml:"source_labels,omitempty"`
	Regex        string   `yaml:"regex,omitempty"`
	TargetLabel  string   `yaml:"target_label,omitempty"`
	Replacement  string   `yaml:"replacement,omitempty"`
	Action       string   `yaml:"action,omitempty"`
}

// newScrapeConfig is the scrape config of one job.
func newScrapeConfig(j scrape.Job, m *schemas.Monitoring, p gen.Platform) scrapeConfig {
	sc := scrapeConfig{JobName: j.Name}
	if j.Path != "" && j.Path != schemas.DefaultMetricsPath {
		sc.MetricsPath = j.Path
	}
	if j.DNS || (p.ManyHosts && component.PerNode(j.Service)) {
		// One target per replica (or per host), as the platform finds them.
		sc.DiscoveryKey, sc.Discovery = p.Discovery(j.Service, j.Port, m.ScrapeInterval)
		if p.DiscoveryFilter != nil {
			for _, r := range p.DiscoveryFilter(j.Service, j.Port) {
				sc.RelabelConfigs = append(sc.RelabelConfigs, relabel{SourceLabels: r.SourceLabels, Regex: r.Regex, Action: r.Action})
			}
		}
		sc.RelabelConfigs = append(sc.RelabelConfigs, relabel{TargetLabel: "service", Replacement: j.Service})
		return sc
	}
	sc.StaticConfigs = []staticConfig{{Targets: []string{j.Target}, Labels: map[string]string{"service": j.Service}}}
	return sc
}
