package rules

import (
	"go.yaml.in/yaml/v4"

	"github.com/lbgen/lbgen/lint"
)

// ComposeV1Layout flags compose files in the v1 format: services at the
// top level, with no services key.
var ComposeV1Layout = &lint.Rule{
	ID: "LB117", Name: "compose-v1-layout", Severity: lint.Error,
	Summary: "The compose file uses the v1 layout (services at the top level).",
	Doc: "Compose file format v1 has no `services:` key: each service is a top-level key. Docker Compose v2 does not " +
		"read it (\"services must be a mapping\" or silently nothing), so lbgen cannot check it either. Move the " +
		"services under `services:` (and networks and volumes under their own keys).",
	Bad:   "web:\n  image: nginx:1.30-alpine\n  links: [app]\napp:\n  build: .",
	Good:  "services:\n  web:\n    image: nginx:1.30-alpine\n  app:\n    build: .",
	Kinds: composeKinds,
	Run: func(p *lint.Pass) {
		for _, f := range p.FilesOf(lint.KindCompose) {
			if lint.Get(f.YAML, "services") != nil {
				continue
			}
			var first *yaml.Node
			lint.Pairs(f.YAML, func(k, v *yaml.Node) {
				if first == nil && (lint.Get(v, "image") != nil || lint.Get(v, "build") != nil) {
					first = k
				}
			})
			if first != nil {
				p.Report(f, at(first), "%q is a service at the top level (Compose file format v1), which Docker Compose v2 does not read: move the services under services:", first.Value)
			}
		}
	},
}
