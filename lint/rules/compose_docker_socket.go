package rules

import (
	"github.com/lbgen/lbgen/lint"
	"github.com/lbgen/lbgen/stack"
)

// ComposeDockerSocketWritable flags the Docker socket mounted writable.
var ComposeDockerSocketWritable = &lint.Rule{
	ID: "LB112", Name: "compose-docker-socket-writable", Severity: lint.Error,
	Summary: "The Docker socket is mounted read-write.",
	Doc: "Write access to /var/run/docker.sock is root on the host. Mount it (or /var/run) read-only, " +
		"and only into services that need it.",
	Bad:   "services:\n  cadvisor:\n    image: gcr.io/cadvisor/cadvisor:v0.52.1\n    volumes:\n      - /var/run:/var/run:rw",
	Good:  "services:\n  cadvisor:\n    image: gcr.io/cadvisor/cadvisor:v0.52.1\n    volumes:\n      - /var/run:/var/run:ro",
	Kinds: composeKinds,
	Run: func(p *lint.Pass) {
		forServices(p, func(s *lint.Service) {
			for _, m := range s.Mounts {
				if stack.DockerSocket(m.Source) && !m.ReadOnly {
					p.Report(s.File, at(m.Node), "%q mounts %s (the Docker socket) writable: that is root on the host; add :ro", s.Name, m.Source)
				}
			}
		})
	},
}
