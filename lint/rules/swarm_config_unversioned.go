package rules

import (
	"regexp"
	"strings"

	"go.yaml.in/yaml/v4"

	"github.com/lbgen/lbgen/lint"
)

// versionedName matches a config name that carries a version or a hash of
// its content as one of its parts: nginx_conf_v2, nginx-conf-3, lb_conf_10acca8a.
var versionedName = regexp.MustCompile(`(?i)(^|[._-])(v?\d+([.]\d+)*|[0-9a-f]*\d[0-9a-f]*)([._-]|$)`)

// SwarmConfigUnversioned flags Swarm configs whose name never changes.
var SwarmConfigUnversioned = &lint.Rule{
	ID: "LB122", Name: "swarm-config-unversioned", Severity: lint.Warning,
	Summary: "A Swarm config's name does not change when its file does.",
	Doc: "Swarm configs cannot be changed in place: once the file behind a config changes, the next " +
		"`docker stack deploy` fails with \"only updates to Labels are allowed\". Put a version or a hash of the " +
		"content in the config's name (the key, or name:), e.g. name: nginx_conf_${NGINX_CONF_VERSION}; a new " +
		"name is a new config, and the services that use it roll to it. lbgen render names configs by a hash " +
		"of their content. External configs are not flagged: they are created and named by the operator.",
	Bad:   "configs:\n  nginx_conf:\n    file: ./nginx.conf",
	Good:  "configs:\n  nginx_conf:\n    name: nginx_conf_${NGINX_CONF_VERSION:-1}\n    file: ./nginx.conf",
	Kinds: composeKinds,
	Run: func(p *lint.Pass) {
		forSwarmStacks(p, func(cs lint.ComposeStack) {
			lint.Pairs(lint.Get(cs.File.YAML, "configs"), func(k, v *yaml.Node) {
				if lint.Get(v, "file") == nil {
					return // external, or made from a template driver: not a file of the deploy
				}
				name := k.Value
				if n := lint.Value(lint.Get(v, "name")); n != "" {
					name = n
				}
				if !strings.Contains(name, "$") && !versionedName.MatchString(name) {
					p.Report(cs.File, at(k), "config %q keeps its name when %s changes: the next docker stack deploy fails (\"only updates to Labels are allowed\"); put a version or a content hash in its name", name, lint.Value(lint.Get(v, "file")))
				}
			})
		})
	},
}
