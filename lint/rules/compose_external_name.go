package rules

import (
	"go.yaml.in/yaml/v4"

	"github.com/lbgen/lbgen/lint"
)

// ComposeExternalName flags the deprecated external.name.
var ComposeExternalName = &lint.Rule{
	ID: "LB114", Name: "compose-external-name", Severity: lint.Warning,
	Summary: "external.name is deprecated.",
	Doc:     "Write `external: true` and the resource's real name in `name`.",
	Bad:     "networks:\n  proxy:\n    external:\n      name: traefik",
	Good:    "networks:\n  proxy:\n    external: true\n    name: traefik",
	Kinds:   composeKinds,
	Run: func(p *lint.Pass) {
		for _, f := range p.FilesOf(lint.KindCompose) {
			for _, top := range []string{"networks", "volumes", "secrets", "configs"} {
				lint.Pairs(lint.Get(f.YAML, top), func(_, v *yaml.Node) {
					if k, _ := lint.GetPair(lint.Get(v, "external"), "name"); k != nil {
						p.Report(f, at(k), "external.name is deprecated: use external: true and name")
					}
				})
			}
		}
	},
}
