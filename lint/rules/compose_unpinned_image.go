package rules

import (
	"strings"

	"github.com/lbgen/lbgen/lint"
)

// ComposeUnpinnedImage flags :latest and untagged images.
var ComposeUnpinnedImage = &lint.Rule{
	ID: "LB109", Name: "compose-unpinned-image", Severity: lint.Warning,
	Summary: "An image uses :latest or no tag.",
	Doc:     "latest changes under you: two replicas started a day apart can run different versions. Pin a version tag (or a digest).",
	Bad:     "services:\n  prometheus:\n    image: prom/prometheus:latest",
	Good:    "services:\n  prometheus:\n    image: prom/prometheus:v3.5.0",
	Kinds:   composeKinds,
	Run: func(p *lint.Pass) {
		forServices(p, func(s *lint.Service) {
			img := lint.Get(s.Node, "image")
			if img == nil || strings.Contains(img.Value, "@") || strings.Contains(img.Value, "${") {
				return
			}
			name := img.Value[strings.LastIndex(img.Value, "/")+1:]
			_, tag, tagged := strings.Cut(name, ":")
			if !tagged || tag == "latest" {
				p.Report(s.File, at(img), "image %s is not pinned: use a version tag", img.Value)
			}
		})
	},
}
