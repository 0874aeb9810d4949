package rules

import (
	"strings"

	"github.com/lbgen/lbgen/component"
	"github.com/lbgen/lbgen/gen"
	"github.com/lbgen/lbgen/gen/targets"
	"github.com/lbgen/lbgen/lint"
)

// readers are the services whose containers read f as the configuration
// of comp (component.ConfigNginx, ...): a project mounted whole into an
// application container does not count.
func readers(p *lint.Project, f *lint.File, comp string) []*lint.Service {
	var out []*lint.Service
	for _, r := range p.MountedBy(f) {
		at := component.ConfigAt(r.Target)
		if component.NginxTemplateOutput(r.Target) != "" {
			at = component.ConfigNginx
		}
		if at == comp {
			out = append(out, r.Service)
		}
	}
	return out
}

// platformOf returns the platform the containers that read a file run on,
// the one a fix writes for (its resolver, how Prometheus finds replicas).
// ok is false when no container reads the file, so the platform is not
// known, or when containers on different platforms read it: then no fix
// is right for all of them.
func platformOf(services []*lint.Service) (gen.Platform, bool) {
	name := ""
	for i, s := range services {
		n := "compose"
		if swarm(s) {
			n = "swarm"
		}
		if i > 0 && n != name {
			return gen.Platform{}, false
		}
		name = n
	}
	if name == "" {
		return gen.Platform{}, false
	}
	pl, err := targets.Platform(name)
	return pl, err == nil
}

// lineIndent is the leading white space of a line.
func lineIndent(line string) string {
	return line[:len(line)-len(strings.TrimLeft(line, " \t"))]
}
