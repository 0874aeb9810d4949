package rules

import (
	"strings"

	"go.yaml.in/yaml/v4"

	"github.com/lbgen/lbgen/lint"
)

// configDirs are where balancers and monitoring read their configuration.
var configDirs = []string{"/etc/nginx", "/usr/local/etc/haproxy", "/etc/haproxy", "/etc/prometheus", "/etc/grafana", "/etc/alertmanager"}

// ComposeConfigMountWritable flags configuration bind-mounted read-write.
var ComposeConfigMountWritable = &lint.Rule{
	ID: "LB116", Name: "compose-config-mount-writable", Severity: lint.Warning,
	Summary: "A configuration file is bind-mounted read-write.",
	Doc: "A balancer or monitoring container that can write its own configuration on the host can be turned " +
		"into a persistent foothold, and a bug can corrupt the file in your repository. Mount configs read-only (:ro).",
	Fix: "`lbgen lint --fix` adds :ro to the short syntax (rw becomes ro; other options such as z stay) and " +
		"`read_only: true` to the long one. Not for nginx's conf.d when the service mounts templates: the image's " +
		"entrypoint writes the rendered templates there.",
	Bad:   "services:\n  lb:\n    image: nginx:1.30-alpine\n    volumes:\n      - ./nginx.conf:/etc/nginx/conf.d/default.conf",
	Good:  "services:\n  lb:\n    image: nginx:1.30-alpine\n    volumes:\n      - ./nginx.conf:/etc/nginx/conf.d/default.conf:ro",
	Kinds: composeKinds,
	Run: func(p *lint.Pass) {
		// A mount written once under an anchor is every merging service's:
		// its findings share one fix.
		fixes := map[*yaml.Node]*lint.Fix{}
		forServices(p, func(s *lint.Service) {
			for _, m := range s.Mounts {
				if rendersInto(s, m.Target) {
					fixes[m.Node] = nil // no fix, for any service sharing it
				}
			}
		})
		forServices(p, func(s *lint.Service) {
			for _, m := range s.Mounts {
				if !m.Bind || m.ReadOnly {
					continue
				}
				for _, dir := range configDirs {
					if m.Target == dir || strings.HasPrefix(m.Target, dir+"/") {
						fd := p.Report(s.File, at(m.Node), "%q mounts its configuration %s writable; add :ro", s.Name, m.Target)
						if _, ok := fixes[m.Node]; !ok {
							fixes[m.Node] = readOnlyFix(s.File, m.Node)
						}
						fd.Fix = fixes[m.Node]
						break
					}
				}
			}
		})
	},
}
