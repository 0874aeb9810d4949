package rules

import (
	"github.com/lbgen/lbgen/lint"
	"github.com/lbgen/lbgen/stack"
)

// SwarmRejectedKey flags what docker stack deploy's loader refuses.
var SwarmRejectedKey = &lint.Rule{
	ID: "LB118", Name: "swarm-rejected-key", Severity: lint.Error,
	Summary: "docker stack deploy rejects a key or value of the stack file.",
	Doc: "`docker stack deploy` does not read stack files with compose-go and the Compose Specification, but " +
		"with docker/cli's own loader and the legacy Compose 3.x schema. Keys the Specification added (top-level " +
		"name, profiles, pull_policy, ports' host_ip, secrets' environment, ...) are rejected, and some values are " +
		"typed differently: depends_on is a list (no conditions), CPUs a string (\"0.5\"), published and target " +
		"ports integers. The message is the loader's; the deploy fails on the first one.",
	Bad:   "version: \"3.8\"\nname: web\nservices:\n  app:\n    image: app:1.0\n    deploy:\n      resources:\n        limits:\n          cpus: 0.5",
	Good:  "version: \"3.8\"\nservices:\n  app:\n    image: app:1.0\n    deploy:\n      resources:\n        limits:\n          cpus: \"0.5\"",
	Kinds: composeKinds,
	Run: func(p *lint.Pass) {
		forSwarmStacks(p, func(cs lint.ComposeStack) {
			for _, pr := range stack.SwarmRejected(cs.File.YAML) {
				p.Report(cs.File, at(pr.Node), "docker stack deploy: %s", pr.Message)
			}
		})
	},
}
