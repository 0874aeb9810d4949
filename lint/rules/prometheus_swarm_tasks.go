package rules

import (
	"strings"

	"go.yaml.in/yaml/v4"

	"github.com/lbgen/lbgen/lint"
)

// PrometheusSwarmTasks flags tasks.NAME, which only Swarm resolves.
var PrometheusSwarmTasks = &lint.Rule{
	ID: "LB404", Name: "prometheus-swarm-tasks-name", Severity: lint.Error,
	Summary: "tasks.NAME resolves only in Docker Swarm.",
	Doc:     "Under docker compose, the service name itself returns every replica: use names: [app] with type A.",
	Bad:     "scrape_configs:\n  - job_name: app\n    dns_sd_configs:\n      - names: [tasks.app]\n        type: A\n        port: 3000",
	Good:    "scrape_configs:\n  - job_name: app\n    dns_sd_configs:\n      - names: [app]\n        type: A\n        port: 3000",
	Kinds:   prometheusKinds,
	Run: func(p *lint.Pass) {
		for _, f := range p.FilesOf(lint.KindPrometheus) {
			if f.Swarm {
				continue // given to a service of a Swarm stack file
			}
			scrapeJobs(f, func(job *yaml.Node) {
				for _, sd := range lint.Items(lint.Get(job, "dns_sd_configs")) {
					for _, n := range lint.Items(lint.Get(sd, "names")) {
						if strings.HasPrefix(n.Value, "tasks.") {
							p.Report(f, at(n), "%s only resolves in Docker Swarm: under compose use %s", n.Value, strings.TrimPrefix(n.Value, "tasks."))
						}
					}
				}
			})
		}
	},
}
