package rules

import (
	"go.yaml.in/yaml/v4"

	"github.com/lbgen/lbgen/lint"
)

// swarmOnly are deploy keys that only Swarm honours.
var swarmOnly = map[string]bool{"placement": true, "update_config": true, "rollback_config": true, "endpoint_mode": true, "mode": true}

// ComposeSwarmOnlyKeys flags deploy keys Compose ignores.
var ComposeSwarmOnlyKeys = &lint.Rule{
	ID: "LB115", Name: "compose-swarm-only-deploy-keys", Severity: lint.Info,
	Summary: "A deploy key only Docker Swarm honours.",
	Doc:     "docker compose ignores deploy.placement, update_config, rollback_config, endpoint_mode and mode; they only work with `docker stack deploy`.",
	Bad:     "services:\n  app:\n    image: app:1.0\n    deploy:\n      update_config:\n        parallelism: 1",
	Good:    "services:\n  app:\n    image: app:1.0",
	Kinds:   composeKinds,
	Run: func(p *lint.Pass) {
		forServices(p, func(s *lint.Service) {
			if swarm(s) {
				return // a Swarm stack file: docker stack deploy's rules, not Compose's
			}
			lint.Pairs(lint.Get(s.Node, "deploy"), func(k, _ *yaml.Node) {
				if swarmOnly[k.Value] {
					p.Report(s.File, at(k), "deploy.%s only works with Docker Swarm; docker compose ignores it", k.Value)
				}
			})
		})
	},
}
