package rules

import (
	"github.com/lbgen/lbgen/lint"
)

// forSwarmStacks calls fn for every compose file read as a Swarm stack
// file (docker stack deploy): the rules of the stack loader and of Swarm,
// not of docker compose.
func forSwarmStacks(p *lint.Pass, fn func(cs lint.ComposeStack)) {
	for _, cs := range p.Project.Stacks {
		if cs.Stack.Swarm && cs.File.ParseErr == nil {
			fn(cs)
		}
	}
}

// forSwarmServices calls fn for every service of a Swarm stack file.
func forSwarmServices(p *lint.Pass, fn func(s *lint.Service)) {
	forServices(p, func(s *lint.Service) {
		if swarm(s) && s.File.ParseErr == nil {
			fn(s)
		}
	})
}
