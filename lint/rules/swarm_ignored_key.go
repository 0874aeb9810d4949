package rules

import (
	"go.yaml.in/yaml/v4"

	"github.com/lbgen/lbgen/lint"
	"github.com/lbgen/lbgen/stack"
)

// SwarmIgnoredKey flags service keys docker stack deploy drops.
var SwarmIgnoredKey = &lint.Rule{
	ID: "LB120", Name: "swarm-ignored-key", Severity: lint.Warning,
	Summary: "docker stack deploy ignores a key of a service.",
	Doc: "The stack loader accepts these keys and drops them (\"Ignoring unsupported options\", \"Ignoring " +
		"deprecated options\"): build (push an image instead), restart (use deploy.restart_policy), " +
		"security_opt (no-new-privileges is lost), container_name, expose, network_mode, privileged, links, " +
		"devices and a few more. Remove them, or move what they meant to the deploy key that does it.",
	Bad:   "services:\n  app:\n    image: app:1.0\n    restart: unless-stopped",
	Good:  "services:\n  app:\n    image: app:1.0\n    deploy:\n      restart_policy:\n        condition: any",
	Kinds: composeKinds,
	Run: func(p *lint.Pass) {
		forSwarmServices(p, func(s *lint.Service) {
			lint.Pairs(s.Node, func(k, _ *yaml.Node) {
				reason, ok := stack.SwarmIgnored[k.Value]
				switch {
				case !ok, k.Value == "build" && lint.Get(s.Node, "image") == nil: // no image: LB119
				case reason == "":
					p.Report(s.File, at(k), "docker stack deploy: Ignoring unsupported options: %s (%s)", k.Value, ignoredHint(k.Value))
				default:
					p.Report(s.File, at(k), "docker stack deploy: Ignoring deprecated options: %s: %s", k.Value, reason)
				}
			})
		})
	},
}

// ignoredHint says what does on Swarm what an ignored key does on Compose.
func ignoredHint(key string) string {
	switch key {
	case "build":
		return "push the image to a registry every node reaches and set image"
	case "restart":
		return "use deploy.restart_policy"
	case "security_opt":
		return "Swarm runs the tasks without these options"
	case "network_mode":
		return "attach the service to networks"
	}
	return "Swarm runs the tasks without it"
}
