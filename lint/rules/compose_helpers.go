package rules

import "github.com/lbgen/lbgen/lint"

// serviceIn finds a service of the same compose file.
func serviceIn(p *lint.Pass, f *lint.File, name string) *lint.Service {
	for _, s := range p.Project.Services {
		if s.File == f && s.Name == name {
			return s
		}
	}
	return nil
}
