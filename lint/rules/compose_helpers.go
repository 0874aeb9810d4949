package rules

import (
	"strings"

	"go.yaml.in/yaml/v4"

	"github.com/lbgen/lbgen/lint"
)

// isBalancerImage reports whether an image is nginx or HAProxy.
func isBalancerImage(image string) bool {
	name := image[strings.LastIndex(image, "/")+1:]
	name, _, _ = strings.Cut(name, ":")
	return name == "nginx" || name == "haproxy" || name == "nginx-unprivileged"
}

type dependency struct {
	name      string
	condition *yaml.Node
}

// dependencies reads depends_on in list or map form.
func dependencies(s *lint.Service) []dependency {
	deps := lint.Get(s.Node, "depends_on")
	var out []dependency
	for _, item := range lint.Items(deps) {
		out = append(out, dependency{name: item.Value})
	}
	lint.Pairs(deps, func(k, v *yaml.Node) {
		out = append(out, dependency{name: k.Value, condition: lint.Get(v, "condition")})
	})
	return out
}

// serviceIn finds a service of the same compose file.
func serviceIn(p *lint.Pass, f *lint.File, name string) *lint.Service {
	for _, s := range p.Project.Services {
		if s.File == f && s.Name == name {
			return s
		}
	}
	return nil
}
