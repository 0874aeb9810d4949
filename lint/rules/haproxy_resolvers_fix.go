package rules

import (
	"strings"

	"github.com/lbgen/lbgen/component"
	"github.com/lbgen/lbgen/gen"
	"github.com/lbgen/lbgen/gen/haproxy"
	"github.com/lbgen/lbgen/lint"
	"github.com/lbgen/lbgen/schemas"
)

// resolversFix makes HAProxy resolve the given server lines at run time:
// each gains `resolvers NAME`, `init-addr none` (so start-up does not wait
// for DNS) and `resolve-prefer ipv4`, the last two unless it or its
// default-server sets them, and, when the file has no
// resolvers section, the section lbgen renders for the platform is added
// at its end. One fix covers all the lines, since they share the section.
// There is none when no container, or containers on different platforms,
// read the file, or when it has several resolvers sections to choose from.
// Server lines stay server lines: turning one into a server-template
// means choosing a replica ceiling, which is the user's choice.
func resolversFix(p *lint.Project, f *lint.File, servers []serverLine) *lint.Fix {
	platform, ok := platformOf(readers(p, f, component.ConfigHAProxy))
	if !ok || platform.Resolver == "" || len(servers) == 0 {
		return nil
	}
	sections := sectionsOf(f.HAProxy, "resolvers")
	if len(sections) > 1 {
		return nil
	}
	name := platform.DNSLabel
	if len(sections) == 1 {
		name = sections[0].Name
	}
	fix := &lint.Fix{}
	for _, sl := range servers {
		l := sl.line
		// As gen/haproxy's default-server: containers have IPv4
		// addresses, so HAProxy need not ask for AAAA records first (its
		// default).
		add := ""
		if !hasParam(f.HAProxy, sl.section, l, "init-addr") {
			add += " init-addr none"
		}
		add += " resolvers " + name
		if !hasParam(f.HAProxy, sl.section, l, "resolve-prefer") {
			add += " resolve-prefer ipv4"
		}
		last := l.Words[len(l.Words)-1]
		text := f.Line(l.No)
		end := last.Col - 1 + last.Len
		fix.Edits = append(fix.Edits, lint.Edit{From: l.No, To: l.No, Replacement: []string{text[:end] + add + text[end:]}})
	}
	if len(sections) == 0 {
		section := []string{"", "resolvers " + name, "    nameserver dns1 " + platform.Resolver}
		for _, s := range haproxy.ResolverSettings(gen.FormatDuration(platform.BalancerDNSRefresh()), gen.FormatDuration(schemas.DefaultDNSRefresh)) {
			section = append(section, "    "+s)
		}
		at := len(f.Lines) + 1
		if f.Lines[len(f.Lines)-1] == "" {
			at-- // before the end of the last line
		}
		if strings.TrimSpace(f.Line(at-1)) == "" {
			section = section[1:]
		}
		fix.Edits = append(fix.Edits, lint.InsertLines(at, section...))
	}
	return fix
}
