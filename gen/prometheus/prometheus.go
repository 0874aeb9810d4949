// Package prometheus renders Prometheus's config, alert and recording
// rules, and unit tests for those rules in `promtool test rules` format.
// Every replica of a scaled service is its own target, found through
// Docker's DNS, never one static address that hits a random replica.
package prometheus

import (
	"fmt"
	"strconv"

	"github.com/lbgen/lbgen/gen"
	"github.com/lbgen/lbgen/schemas"
)

// File names inside gen.PrometheusDir, which Prometheus's container mounts
// as /etc/prometheus; rule_files paths are relative to the config file.
const (
	ConfigFile    = "prometheus.yml"
	RulesFile     = "rules.yml"
	RuleTestsFile = "rules.test.yml"
)

// Render returns prometheus.yml, rules.yml and rules.test.yml when the spec
// has a prometheus block.
func Render(t *schemas.Topology, ctx gen.Context) ([]gen.File, error) {
	m := t.Monitoring
	if m == nil || m.Prometheus == nil {
		return nil, nil
	}
	jobs := Jobs(t)
	interval := gen.FormatDuration(m.ScrapeInterval)
	cfg := config{
		Global:    global{ScrapeInterval: interval, ScrapeTimeout: gen.FormatDuration(m.ScrapeTimeout), EvaluationInterval: interval},
		RuleFiles: []string{RulesFile},
	}
	for _, j := range jobs {
		cfg.ScrapeConfigs = append(cfg.ScrapeConfigs, j.scrapeConfig(m))
	}
	c := newClock(m.ScrapeInterval)
	alerts, tests := alertRules(t, jobs, c)
	records, recordTests := recordingRules(t, c)
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
	RuleFiles     []string       `yaml:"rule_files"`
	ScrapeConfigs []scrapeConfig `yaml:"scrape_configs"`
}

type global struct {
	ScrapeInterval     string `yaml:"scrape_interval"`
	ScrapeTimeout      string `yaml:"scrape_timeout"`
	EvaluationInterval string `yaml:"evaluation_interval"`
}

type scrapeConfig struct {
	JobName        string         `yaml:"job_name"`
	MetricsPath    string         `yaml:"metrics_path,omitempty"`
	StaticConfigs  []staticConfig `yaml:"static_configs,omitempty"`
	DNSSDConfigs   []dnsSDConfig  `yaml:"dns_sd_configs,omitempty"`
	RelabelConfigs []relabel      `yaml:"relabel_configs,omitempty"`
}

type staticConfig struct {
	Targets []string          `yaml:"targets"`
	Labels  map[string]string `yaml:"labels,omitempty"`
}

type dnsSDConfig struct {
	Names           []string `yaml:"names"`
	Type            string   `yaml:"type"`
	Port            int      `yaml:"port"`
	RefreshInterval string   `yaml:"refresh_interval"`
}

type relabel struct {
	TargetLabel string `yaml:"target_label"`
	Replacement string `yaml:"replacement"`
}

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
	port := schemas.DefaultPrometheusPort
	jobs := []Job{{Name: "prometheus", Kind: KindPrometheus, Service: schemas.PrometheusServiceName, Target: "localhost:" + strconv.Itoa(port)}}
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
			jobs = append(jobs, Job{Name: b.Name, Kind: KindNginx, Service: b.Name, Target: fmt.Sprintf("%s:%d", b.ExporterServiceName(), NginxExporterPort)})
		}
	}
	if m.CAdvisor != nil {
		jobs = append(jobs, Job{Name: "cadvisor", Kind: KindCAdvisor, Service: schemas.CAdvisorServiceName, Target: schemas.CAdvisorServiceName + ":8080"})
	}
	return jobs
}

// NginxExporterPort is where nginx-prometheus-exporter serves /metrics.
const NginxExporterPort = 9113

func (j Job) scrapeConfig(m *schemas.Monitoring) scrapeConfig {
	sc := scrapeConfig{JobName: j.Name}
	if j.Path != "" && j.Path != schemas.DefaultMetricsPath {
		sc.MetricsPath = j.Path
	}
	if j.DNS {
		// Docker's DNS returns one A record per replica; the default SRV
		// lookup would find nothing.
		sc.DNSSDConfigs = []dnsSDConfig{{Names: []string{j.Service}, Type: "A", Port: j.Port, RefreshInterval: gen.FormatDuration(m.ScrapeInterval)}}
		sc.RelabelConfigs = []relabel{{TargetLabel: "service", Replacement: j.Service}}
		return sc
	}
	sc.StaticConfigs = []staticConfig{{Targets: []string{j.Target}, Labels: map[string]string{"service": j.Service}}}
	return sc
}
