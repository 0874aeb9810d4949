package rules

import "github.com/lbgen/lbgen/lint"

// ComposeScaleMismatch flags scale and deploy.replicas that disagree.
var ComposeScaleMismatch = &lint.Rule{
	ID: "LB104", Name: "compose-scale-mismatch", Severity: lint.Error,
	Summary: "scale and deploy.replicas disagree.",
	Doc:     "Compose refuses a service whose `scale` differs from `deploy.replicas`. Keep one of them: deploy.replicas.",
	Bad:     "services:\n  app:\n    image: app:1.0\n    scale: 2\n    deploy:\n      replicas: 3",
	Good:    "services:\n  app:\n    image: app:1.0\n    deploy:\n      replicas: 3",
	Kinds:   composeKinds,
	Run: func(p *lint.Pass) {
		forServices(p, func(s *lint.Service) {
			if swarm(s) {
				return // a Swarm stack file: docker stack deploy's rules, not Compose's
			}
			scale := lint.Get(s.Node, "scale")
			replicas := lint.Get(lint.Get(s.Node, "deploy"), "replicas")
			if scale != nil && replicas != nil && scale.Value != replicas.Value {
				p.Report(s.File, at(scale), "service %q has scale %s but deploy.replicas %s; Compose rejects that, keep deploy.replicas only", s.Name, scale.Value, replicas.Value)
			}
		})
	},
}
