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
	Doc:     "Under docker compose, the service name itself returns every replica: use names: [app] with type A. A config that a Swarm stack file (docker-stack.yml, or one with overlay networks) runs is not flagged.",
	Bad:     "scrape_configs:\n  - job_name: app\n    dns_sd_configs:\n      - names: [tasks.app]\n        type: A\n        port: 3000",
	Good:    "scrape_configs:\n  - job_name: app\n    dns_sd_configs:\n      - names: [app]\n        type: A\n        port: 3000",
	Kinds:   prometheusKinds,
	Run: func(p *lint.Pass) {
		for _, f := range p.FilesOf(lint.KindPrometheus) {
			if runsInSwarm(p.Project, f) {
				continue
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

// runsInSwarm reports whether a config is run by a Swarm stack: mounted
// by a service of one, or mounted by none in a project that has one.
func runsInSwarm(p *lint.Project, f *lint.File) bool {
	refs := p.MountedBy(f)
	for _, r := range refs {
		if swarm(r.Service) {
			return true
		}
	}
	if len(refs) > 0 {
		return false
	}
	for _, cs := range p.Stacks {
		if cs.Stack.Swarm {
			return true
		}
	}
	return false
}
