package rules

import (
	"github.com/lbgen/lbgen/lint"
	"github.com/lbgen/lbgen/stack"
)

// ComposeUnpinnedImage flags :latest and untagged images.
var ComposeUnpinnedImage = &lint.Rule{
	ID: "LB109", Name: "compose-unpinned-image", Severity: lint.Warning,
	Summary: "An image uses :latest or no tag.",
	Doc:     "latest changes under you: two replicas started a day apart can run different versions. Pin a version tag (or a digest). An image built locally (build: beside image:, or pull_policy: build or never) is not pulled and is not checked; ${VAR} is read from the project's .env.",
	Bad:     "services:\n  prometheus:\n    image: prom/prometheus:latest",
	Good:    "services:\n  prometheus:\n    image: prom/prometheus:v3.5.0",
	Kinds:   composeKinds,
	Run: func(p *lint.Pass) {
		forServices(p, func(s *lint.Service) {
			img := lint.Get(s.Node, "image")
			if img == nil || s.Built {
				return // a build: names the tag it builds, not one to pull
			}
			switch lint.Value(lint.Get(s.Node, "pull_policy")) {
			case "build", "never":
				return // a local image, never pulled
			}
			if stack.Unpinned(s.Image) {
				p.Report(s.File, at(img), "image %s is not pinned: use a version tag", s.Image)
			}
		})
	},
}
