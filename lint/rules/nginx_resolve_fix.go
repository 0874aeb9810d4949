package rules

import (
	"strings"

	"github.com/lbgen/lbgen/component"
	"github.com/lbgen/lbgen/gen"
	"github.com/lbgen/lbgen/gen/nginx"
	"github.com/lbgen/lbgen/lint"
	"github.com/lbgen/lbgen/lint/nginxconf"
)

// resolveFixes returns, for each upstream block with servers resolved
// once, the fix that makes nginx re-resolve them: resolve on each such
// server, zone in the block, and the platform's resolver when nginx has
// none for the block. One fix covers the whole block (its findings share
// it), since resolve without zone or a resolver fails nginx -t.
//
// There is no fix when the right one is not certain: no container reads
// the file (the platform, and so the resolver, is unknown), containers on
// different platforms read it, one of them runs nginx older than 1.27.3
// (or an image whose release lbgen cannot tell), or the block's text is
// laid out in a way a line edit could damage.
func resolveFixes(p *lint.Project, f *lint.File, hits []resolvedOnce) map[*nginxconf.Directive]*lint.Fix {
	servers := map[*nginxconf.Directive][]*nginxconf.Directive{}
	var blocks []*nginxconf.Directive
	for _, h := range hits {
		if up := h.d.Parent; h.d.Name == "server" && up != nil {
			if servers[up] == nil {
				blocks = append(blocks, up)
			}
			servers[up] = append(servers[up], h.d)
		}
	}
	if len(blocks) == 0 {
		return nil
	}
	nginxes := readers(p, f, component.ConfigNginx)
	platform, ok := platformOf(nginxes)
	if !ok || platform.Resolver == "" || !allResolve(nginxes) {
		return nil
	}
	group := nginxGroup(p, f)
	resolvers, zones := resolverContexts(group), zoneNames(group)
	fixes := map[*nginxconf.Directive]*lint.Fix{}
	for _, up := range blocks {
		fx := upstreamFix(f, up, servers[up], platform, resolvers[contextOf(f, up)], zones)
		if fx != nil {
			fixes[up] = fx
		}
	}
	return fixes
}

// allResolve reports whether every service runs an nginx whose upstream
// servers take resolve.
func allResolve(services []*lint.Service) bool {
	for _, s := range services {
		image := s.Image
		if image == "" {
			image = s.BaseImage // built FROM an nginx image
		}
		v, ok := component.NginxImageVersion(image)
		if !ok || !v.AtLeast(component.NginxUpstreamResolve) {
			return false
		}
	}
	return true
}

// upstreamFix is the fix of one upstream block, or nil.
func upstreamFix(f *lint.File, up *nginxconf.Directive, servers []*nginxconf.Directive, platform gen.Platform,
	hasResolver bool, zones map[string]bool) *lint.Fix {
	if len(up.Args) != 1 || !opensLine(f, up) {
		return nil
	}
	fix := &lint.Fix{}
	for _, s := range servers {
		e, ok := appendArg(f, s, "resolve")
		if !ok {
			return nil
		}
		fix.Edits = append(fix.Edits, e)
	}
	name := up.Args[0].Value
	var add []string
	if len(nginxconf.Find(up.Block, "zone")) == 0 {
		if zones[name] {
			return nil // the name is another zone's: nginx would refuse both
		}
		add = append(add, nginx.Zone(name))
	}
	if !hasResolver && len(nginxconf.Find(up.Block, "resolver")) == 0 {
		// Inside the block (nginx 1.27.3 and later), not at http level:
		// another file nginx reads may add an http-level resolver too,
		// and two there are an error.
		add = append(add, resolverLine(platform))
	}
	if len(add) > 0 {
		fix.Edits = append(fix.Edits, insertInBlock(f, up, add...))
	}
	return fix
}

// resolverLine is the resolver directive lbgen renders for a platform.
func resolverLine(platform gen.Platform) string {
	return nginx.Resolver(platform.Resolver, gen.FormatDuration(platform.BalancerDNSRefresh()))
}

// insertInBlock inserts directives right after the line that opens a
// block (see opensLine), at the indentation of the block's directives.
func insertInBlock(f *lint.File, block *nginxconf.Directive, directives ...string) lint.Edit {
	indent := lineIndent(f.Line(block.Line)) + "    "
	if len(block.Block) > 0 {
		indent = lineIndent(f.Line(block.Block[0].Line))
	}
	lines := make([]string, len(directives))
	for i, d := range directives {
		lines[i] = indent + d
	}
	return lint.InsertLines(block.Line+1, lines...)
}

// halfResolved reports whether an upstream block's servers all resolve
// at run time already (LB202 and LB203 fix only such a block): a server
// of it that names a host without resolve is LB201's, whose fix adds the
// zone and resolver, and two fixes adding them would add them twice.
func halfResolved(f *lint.File, up *nginxconf.Directive) bool {
	if len(up.Args) != 1 || !opensLine(f, up) {
		return false
	}
	for _, s := range nginxconf.Find(up.Block, "server") {
		if len(s.Args) == 0 {
			continue
		}
		if host, _ := hostPort(s.Args[0].Value); isHostname(host) && !hasArg(s, "resolve") {
			return false
		}
	}
	return true
}

// zoneFix adds the zone an upstream block whose servers resolve needs
// (LB202), when its name is no other zone's.
func zoneFix(p *lint.Project, f *lint.File, up *nginxconf.Directive) *lint.Fix {
	if !halfResolved(f, up) || zoneNames(nginxGroup(p, f))[up.Args[0].Value] {
		return nil
	}
	return &lint.Fix{Edits: []lint.Edit{insertInBlock(f, up, nginx.Zone(up.Args[0].Value))}}
}

// resolverFix adds the platform's resolver to an upstream block whose
// servers resolve but that nginx has no resolver for (LB203), under the
// same conditions as LB201's fix.
func resolverFix(p *lint.Project, f *lint.File, up *nginxconf.Directive) *lint.Fix {
	nginxes := readers(p, f, component.ConfigNginx)
	platform, ok := platformOf(nginxes)
	if !ok || platform.Resolver == "" || !allResolve(nginxes) || !halfResolved(f, up) {
		return nil
	}
	return &lint.Fix{Edits: []lint.Edit{insertInBlock(f, up, resolverLine(platform))}}
}

// opensLine reports whether a block directive's line ends with its opening
// brace (and perhaps a comment), so lines can be added right after it.
func opensLine(f *lint.File, d *nginxconf.Directive) bool {
	last := d.Args[len(d.Args)-1]
	text := f.Line(d.Line)
	if last.Line != d.Line || (len(d.Block) > 0 && d.Block[0].Line == d.Line) {
		return false
	}
	rest := strings.TrimSpace(text[last.Col-1+last.Len:])
	if !strings.HasPrefix(rest, "{") {
		return false
	}
	rest = strings.TrimSpace(rest[1:])
	return rest == "" || strings.HasPrefix(rest, "#")
}

// appendArg adds a parameter after a directive's last argument, when the
// directive is written on one line and ends there.
func appendArg(f *lint.File, d *nginxconf.Directive, word string) (lint.Edit, bool) {
	last := d.Args[len(d.Args)-1]
	text := f.Line(d.Line)
	end := last.Col - 1 + last.Len
	if last.Line != d.Line || end > len(text) || !strings.HasPrefix(strings.TrimLeft(text[end:], " \t"), ";") {
		return lint.Edit{}, false
	}
	return lint.Edit{From: d.Line, To: d.Line, Replacement: []string{text[:end] + " " + word + text[end:]}}, true
}

// resolverContexts are the contexts (http, stream) where nginx has a
// resolver every upstream block there uses.
func resolverContexts(group []*lint.File) map[string]bool {
	out := map[string]bool{}
	for _, g := range group {
		nginxconf.Walk(g.Nginx.Directives, nginxTop(g), func(d *nginxconf.Directive, ctx string) {
			if d.Name == "resolver" {
				out[ctx] = true
			}
		})
	}
	return out
}

// contextOf is the context a directive of f is written in.
func contextOf(f *lint.File, target *nginxconf.Directive) string {
	found := ""
	nginxconf.Walk(f.Nginx.Directives, nginxTop(f), func(d *nginxconf.Directive, ctx string) {
		if d == target {
			found = ctx
		}
	})
	return found
}

// zoneNames are the shared memory zones nginx's files declare: upstream
// zones, and the zone= and keys_zone= of limits and caches.
func zoneNames(group []*lint.File) map[string]bool {
	names := map[string]bool{}
	for _, g := range group {
		nginxconf.Walk(g.Nginx.Directives, "", func(d *nginxconf.Directive, _ string) {
			if d.Name == "zone" && len(d.Args) > 0 {
				names[d.Args[0].Value] = true
			}
			for _, a := range d.Args {
				for _, prefix := range []string{"zone=", "keys_zone="} {
					if v, ok := strings.CutPrefix(a.Value, prefix); ok {
						name, _, _ := strings.Cut(v, ":")
						names[name] = true
					}
				}
			}
		})
	}
	return names
}
