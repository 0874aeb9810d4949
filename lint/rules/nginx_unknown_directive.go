package rules

import (
	"strings"

	"github.com/lbgen/lbgen/lint"
	"github.com/lbgen/lbgen/lint/nginxconf"
)

// NginxUnknownDirective flags directives nginx does not document, and
// directives used where no module allows them.
var NginxUnknownDirective = &lint.Rule{
	ID: "LB206", Name: "nginx-unknown-directive", Severity: lint.Error,
	Summary: "A directive nginx does not have, one in a context that does not allow it, or a block where none belongs (or the reverse).",
	Doc: "Checked against NGINX's own directive reference (@nginx/reference-lib " + nginxconf.ReferenceVersion + "): " +
		"a misspelt directive, or one in the wrong block (proxy_pass in http, server in location), makes nginx refuse to start. " +
		"The entries of data blocks (types, map, geo, split_clients, charset_map, match) are not directives, Lua bodies " +
		"(*_by_lua_block) are code, and the directives of the modules OpenResty bundles (lua_*, *_by_lua*, more_*, echo) are accepted.",
	Bad:   "server {\n    listen 80;\n    proxy_pas http://app;\n}",
	Good:  "server {\n    listen 80;\n    location / {\n        proxy_pass http://app;\n    }\n}",
	Kinds: nginxKinds,
	Run: func(p *lint.Pass) {
		for _, f := range p.FilesOf(lint.KindNginx) {
			nginxconf.Walk(f.Nginx.Directives, nginxTop(f), func(d *nginxconf.Directive, ctx string) {
				usages, known := nginxconf.Lookup(d.Name)
				switch {
				case !known && (nginxconf.Bundled(d.Name) || f.StripPlaceholders(d.Name) != d.Name):
					// OpenResty's bundled modules, or a template placeholder
				case !known:
					p.Report(f, directiveRange(d), "unknown directive %q", d.Name)
				case ctx != "" && !nginxconf.AllowedIn(usages, ctx) && !(ctx == "if in location" && nginxconf.AllowedIn(usages, "if")):
					var where []string
					for _, u := range usages {
						where = append(where, u.Contexts...)
					}
					p.Report(f, directiveRange(d), "%q is not allowed in %s (allowed in: %s)", d.Name, ctx, strings.Join(dedupe(where), ", "))
				case !blockMatches(usages, d.IsBlock):
					if d.IsBlock {
						p.Report(f, directiveRange(d), "%q takes no block: end it with \";\"", d.Name)
					} else {
						p.Report(f, directiveRange(d), "%q needs a block: %s ... { ... }", d.Name, d.Name)
					}
				}
			})
		}
	},
}

func dedupe(items []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range items {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// blockMatches reports whether some module uses the directive as a block
// when it has one, or without one when it does not.
func blockMatches(usages []nginxconf.Usage, isBlock bool) bool {
	for _, u := range usages {
		if u.Block == isBlock {
			return true
		}
	}
	return false
}
