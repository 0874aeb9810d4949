package rules

import (
	"strings"

	"go.yaml.in/yaml/v4"

	"github.com/lbgen/lbgen/lint"
)

// PrometheusSwarmVIPTarget flags service discovery on a Swarm service's
// virtual IP.
var PrometheusSwarmVIPTarget = &lint.Rule{
	ID: "LB405", Name: "prometheus-swarm-vip-target", Severity: lint.Error,
	Summary: "Prometheus discovers a scaled Swarm service by its name, which is one virtual IP.",
	Doc: "In a Swarm stack, a service's name resolves to one virtual IP: dns_sd_configs finds one target, and " +
		"each scrape reaches whichever task IPVS picks, so counters jump and most tasks are never seen. Name " +
		"tasks.NAME, which Swarm answers with every running task's address, so each task is its own target. " +
		"(A static target naming a scaled service is LB401.)",
	Bad:   "scrape_configs:\n  - job_name: app\n    dns_sd_configs:\n      - names: [app]\n        type: A\n        port: 3000",
	Good:  "scrape_configs:\n  - job_name: app\n    dns_sd_configs:\n      - names: [tasks.app]\n        type: A\n        port: 3000",
	Kinds: prometheusKinds,
	Run: func(p *lint.Pass) {
		for _, f := range p.FilesOf(lint.KindPrometheus) {
			scrapeJobs(f, func(job *yaml.Node) {
				for _, sd := range lint.Items(lint.Get(job, "dns_sd_configs")) {
					for _, n := range lint.Items(lint.Get(sd, "names")) {
						if strings.HasPrefix(n.Value, "tasks.") {
							continue
						}
						if s := p.Project.ServiceNamed(f, n.Value); s != nil && s.Scaled() && behindVIP(s) {
							p.Report(f, at(n), "%s is the virtual IP of Swarm service %q (%d replicas): one target, a different task each scrape; use tasks.%s", n.Value, s.Name, s.Replicas, s.Name)
						}
					}
				}
			})
		}
	},
}
