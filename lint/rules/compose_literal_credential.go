package rules

import (
	"strings"

	"go.yaml.in/yaml/v4"

	"github.com/lbgen/lbgen/lint"
	"github.com/lbgen/lbgen/stack"
)

// ComposeLiteralCredential flags credentials written into the file.
var ComposeLiteralCredential = &lint.Rule{
	ID: "LB110", Name: "compose-literal-credential", Severity: lint.Error,
	Summary: "A password, secret or token is written literally.",
	Doc: "A literal credential is in version control and in `docker inspect`. Take it from the environment " +
		"(`${GRAFANA_ADMIN_PASSWORD:?}`), or better from a secret (`GF_SECURITY_ADMIN_PASSWORD__FILE: /run/secrets/...`).",
	Bad:   "services:\n  grafana:\n    image: grafana/grafana:12.1.1\n    environment:\n      - GF_SECURITY_ADMIN_PASSWORD=admin",
	Good:  "services:\n  grafana:\n    image: grafana/grafana:12.1.1\n    environment:\n      - GF_SECURITY_ADMIN_PASSWORD=${GRAFANA_ADMIN_PASSWORD:?set it}",
	Kinds: composeKinds,
	Run: func(p *lint.Pass) {
		forServices(p, func(s *lint.Service) {
			for _, v := range environment(s) {
				if !stack.LiteralCredential(v.name, v.value) {
					continue
				}
				msg := "%s is written literally; take it from the environment or a secret"
				if v.name == "GF_SECURITY_ADMIN_PASSWORD" && v.value == "admin" {
					msg = "%s is Grafana's default \"admin\": anyone who reaches Grafana can log in; take it from a secret (GF_SECURITY_ADMIN_PASSWORD__FILE)"
				}
				p.Report(s.File, at(v.node), msg, v.name)
			}
		})
	},
}

type envVar struct {
	name, value string
	node        *yaml.Node
}

// environment reads a service's environment, in list or map form.
func environment(s *lint.Service) []envVar {
	env := lint.Get(s.Node, "environment")
	var out []envVar
	for _, item := range lint.Items(env) {
		name, value, _ := strings.Cut(item.Value, "=")
		out = append(out, envVar{name, value, item})
	}
	lint.Pairs(env, func(k, v *yaml.Node) {
		out = append(out, envVar{k.Value, v.Value, v})
	})
	return out
}
