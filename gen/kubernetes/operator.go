package kubernetes

import (
	"fmt"

	"go.yaml.in/yaml/v4"

	"github.com/lbgen/lbgen/component"
	"github.com/lbgen/lbgen/gen"
	"github.com/lbgen/lbgen/gen/scrape"
	"github.com/lbgen/lbgen/schemas"
)

// The Prometheus Operator's API group version.
const monitoringAPI = "monitoring.coreos.com/v1"

// operator renders, for a Prometheus Operator the cluster already runs, a
// ServiceMonitor per scrape job and a PrometheusRule carrying the rendered
// rule file, instead of lbgen's own Prometheus. The operator scrapes every
// endpoint of a selected Service (each pod, as the headless Service's
// records give the balancers), and its relabelings give each series the
// job and service labels the rules and the dashboard query.
func (b *builder) operator(m *schemas.Monitoring) error {
	for _, j := range scrape.Jobs(b.topo) {
		service, port, ok := b.monitorTarget(j)
		if !ok {
			continue
		}
		ep := monitorEndpoint{
			Port:          port,
			Path:          j.Path,
			Interval:      gen.FormatDuration(m.ScrapeInterval),
			ScrapeTimeout: gen.FormatDuration(m.ScrapeTimeout),
			Relabelings: []monitorRelabel{
				{Action: "replace", TargetLabel: "job", Replacement: j.Name},
				{Action: "replace", TargetLabel: "service", Replacement: j.Service},
			},
		}
		b.add(j.Service, object{APIVersion: monitoringAPI, Kind: "ServiceMonitor", Metadata: b.monitorMeta(j.Name),
			Spec: serviceMonitorSpec{Selector: labelSelector{MatchLabels: b.selector(service)}, Endpoints: []monitorEndpoint{ep}}})
	}
	rules, ok := b.ctx.RenderedFile(gen.PrometheusDir + "/" + gen.PrometheusRulesFile)
	if !ok {
		return fmt.Errorf("render kubernetes: no Prometheus rules rendered")
	}
	// The spec of a PrometheusRule is a rule file's content: it is carried
	// over as the Prometheus renderer wrote it.
	var doc yaml.Node
	if err := yaml.Unmarshal(rules, &doc); err != nil {
		return fmt.Errorf("render kubernetes: read the rendered Prometheus rules: %w", err)
	}
	if len(doc.Content) != 1 {
		return fmt.Errorf("render kubernetes: the rendered Prometheus rules are not one YAML document")
	}
	spec := uncommented(doc.Content[0])
	b.add(component.PrometheusService, object{APIVersion: monitoringAPI, Kind: "PrometheusRule",
		Metadata: b.monitorMeta(component.PrometheusService + "-rules"), Spec: spec})
	return nil
}

// monitorTarget is the Service a job's targets are the endpoints of, and
// the name of their metrics port. Prometheus's own job is the operator's.
func (b *builder) monitorTarget(j scrape.Job) (service, port string, ok bool) {
	switch j.Kind {
	case scrape.KindApp:
		s := b.topo.Service(j.Service)
		return s.Name, portName(b.topo, s, j.Port), true
	case scrape.KindHAProxy:
		return j.Service, "stats", true
	case scrape.KindNginx:
		return component.NginxExporterService(j.Service), "metrics", true
	case scrape.KindCAdvisor:
		return schemas.HeadlessService(j.Service), "http", true
	}
	return "", "", false
}

// monitorMeta is the metadata of a ServiceMonitor or PrometheusRule: with
// the spec's monitor_labels, which the operator's Prometheus selects.
func (b *builder) monitorMeta(name string) meta {
	m := b.meta(name)
	for k, v := range b.k.MonitorLabels {
		m.Labels[k] = v
	}
	return m
}

type serviceMonitorSpec struct {
	Selector  labelSelector     `yaml:"selector"`
	Endpoints []monitorEndpoint `yaml:"endpoints"`
}

type monitorEndpoint struct {
	Port          string           `yaml:"port"`
	Path          string           `yaml:"path,omitempty"`
	Interval      string           `yaml:"interval"`
	ScrapeTimeout string           `yaml:"scrapeTimeout"`
	Relabelings   []monitorRelabel `yaml:"relabelings"`
}

type monitorRelabel struct {
	Action      string `yaml:"action"`
	TargetLabel string `yaml:"targetLabel"`
	Replacement string `yaml:"replacement"`
}

// uncommented drops a YAML tree's comments (the rule file's generated-file
// header), leaving its content as written.
func uncommented(n *yaml.Node) *yaml.Node {
	n.HeadComment, n.LineComment, n.FootComment = "", "", ""
	for _, c := range n.Content {
		uncommented(c)
	}
	return n
}
