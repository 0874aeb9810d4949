package rules

import (
	"go.yaml.in/yaml/v4"

	"github.com/lbgen/lbgen/lint"
)

// PrometheusStaticTargetScaled flags a static target naming a scaled
// service.
var PrometheusStaticTargetScaled = &lint.Rule{
	ID: "LB401", Name: "prometheus-static-target-scaled", Severity: lint.Error,
	Summary: "A static scrape target names a scaled service.",
	Doc: "`app:3000` resolves to one replica per scrape, a different one each time: counters jump, and most " +
		"replicas are never seen. Use dns_sd_configs with type A, so every replica is its own target.",
	Fix: "`lbgen lint --fix` replaces the job's static_configs with the discovery `lbgen render` writes for the " +
		"platform the Prometheus container runs on (dns_sd_configs of type A with the target's port, refreshed at the " +
		"job's scrape interval; of tasks.NAME on Swarm), keeping the comments. Only when the scaled service is the " +
		"job's one target, without labels: mixed jobs need relabelling, a choice left to you.",
	Bad:   "scrape_configs:\n  - job_name: app\n    static_configs:\n      - targets: ['app:3000']",
	Good:  "scrape_configs:\n  - job_name: app\n    dns_sd_configs:\n      - names: [app]\n        type: A\n        port: 3000",
	Kinds: prometheusKinds,
	Run: func(p *lint.Pass) {
		for _, f := range p.FilesOf(lint.KindPrometheus) {
			scrapeJobs(f, func(job *yaml.Node) {
				staticTargets(job, func(t *yaml.Node) {
					host, _ := hostPort(t.Value)
					if s := p.Project.ServiceNamed(f, host); s != nil && s.Scaled() {
						names := s.Name
						if swarm(s) {
							names = "tasks." + s.Name // the service name is one virtual IP (LB405)
						}
						fd := p.Report(f, at(t), "%s is one target for %d replicas of %q: each scrape hits one of them; use dns_sd_configs (names: [%s], type: A)", t.Value, s.Replicas, host, names)
						fd.Fix = discoveryFix(p.Project, f, job, t, s.Name)
					}
				})
			})
		}
	},
}
