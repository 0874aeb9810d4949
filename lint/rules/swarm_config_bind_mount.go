package rules

import (
	"path"
	"strings"

	"github.com/lbgen/lbgen/component"
	"github.com/lbgen/lbgen/lint"
)

// SwarmConfigBindMount flags config files bind-mounted into Swarm tasks.
var SwarmConfigBindMount = &lint.Rule{
	ID: "LB121", Name: "swarm-config-bind-mount", Severity: lint.Warning,
	Summary: "A Swarm service bind-mounts a config file from the deploying machine.",
	Doc: "A relative bind mount of a file (a config lbgen reads, one a component reads at its target, or any " +
		"name with an extension) names a file beside the stack file, on the machine `docker stack deploy` runs " +
		"on. Swarm starts the task on any node, where the file does not exist (the task fails to start) or is " +
		"another copy. Deliver the file as a Swarm config (top-level configs: with file:, and configs: on the " +
		"service), which the managers store and give to every task. A service pinned to one node " +
		"(node.hostname or node.id ==) is not flagged.",
	Bad: "services:\n  lb:\n    image: nginx:1.27\n    volumes:\n      - ./nginx.conf:/etc/nginx/nginx.conf:ro",
	Good: "services:\n  lb:\n    image: nginx:1.27\n    configs:\n      - source: nginx_conf_v1\n        target: /etc/nginx/nginx.conf\n" +
		"configs:\n  nginx_conf_v1:\n    file: ./nginx.conf",
	Kinds: composeKinds,
	Run: func(p *lint.Pass) {
		forSwarmServices(p, func(s *lint.Service) {
			if pinnedToOneNode(s) {
				return
			}
			for _, m := range s.Mounts {
				if m.Bind && !m.Config && strings.HasPrefix(m.Source, ".") && (component.ConfigAt(m.Target) != "" || projectFile(p.Project, m.Path) || path.Ext(m.Source) != "") {
					p.Report(s.File, at(m.Node), "%s is bind-mounted from the machine that runs docker stack deploy: on other nodes it does not exist; deliver it as a Swarm config (configs:)", m.Source)
				}
			}
		})
	},
}

// pinnedToOneNode reports whether a placement constraint names one node.
func pinnedToOneNode(s *lint.Service) bool {
	for _, c := range lint.Items(lint.Get(lint.Get(lint.Get(s.Node, "deploy"), "placement"), "constraints")) {
		field, _, ok := strings.Cut(strings.ReplaceAll(c.Value, " ", ""), "==")
		if ok && (field == "node.hostname" || field == "node.id") {
			return true
		}
	}
	return false
}

// projectFile reports whether lint read a file at this host path.
func projectFile(p *lint.Project, abs string) bool {
	for _, f := range p.Files {
		if f.Abs == abs {
			return true
		}
	}
	return false
}
