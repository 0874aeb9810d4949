package rules

import (
	"strings"

	"github.com/lbgen/lbgen/lint"
	"github.com/lbgen/lbgen/lint/nginxconf"
)

// NginxMissingResolver flags run-time resolution with no resolver.
var NginxMissingResolver = &lint.Rule{
	ID: "LB203", Name: "nginx-missing-resolver", Severity: lint.Error,
	Summary: "A name is resolved at run time, but there is no resolver.",
	Doc: "`server ... resolve` and `proxy_pass` with a variable make nginx resolve names while running, " +
		"which needs a `resolver` (Docker's is 127.0.0.11). Without one, requests fail with 502.",
	Fix: "`lbgen lint --fix` adds the platform's resolver (as LB201's fix writes it) to an upstream block whose " +
		"servers resolve, under the same conditions; a proxy_pass with a variable is left to you.",
	Bad:   "location / {\n    set $u http://app:3000;\n    proxy_pass $u;\n}",
	Good:  "resolver 127.0.0.11 valid=10s ipv6=off;\nlocation / {\n    set $u http://app:3000;\n    proxy_pass $u;\n}",
	Kinds: nginxKinds,
	Run: func(p *lint.Pass) {
		for _, f := range p.FilesOf(lint.KindNginx) {
			hasResolver := false
			for _, g := range nginxGroup(p.Project, f) {
				nginxconf.Walk(g.Nginx.Directives, "", func(d *nginxconf.Directive, _ string) {
					hasResolver = hasResolver || d.Name == "resolver"
				})
			}
			if hasResolver {
				continue
			}
			fixes := map[*nginxconf.Directive]*lint.Fix{} // one per upstream block
			nginxconf.Walk(f.Nginx.Directives, nginxTop(f), func(d *nginxconf.Directive, ctx string) {
				switch {
				case d.Name == "server" && ctx == "upstream":
					for _, a := range d.Args {
						if a.Value == "resolve" {
							if _, ok := fixes[d.Parent]; !ok {
								fixes[d.Parent] = resolverFix(p.Project, f, d.Parent)
							}
							fd := p.Report(f, argRange(a), "resolve needs a resolver: add resolver 127.0.0.11 valid=10s ipv6=off;")
							fd.Fix = fixes[d.Parent]
						}
					}
				case d.Name == "proxy_pass" && len(d.Args) == 1 && strings.Contains(f.StripPlaceholders(d.Args[0].Value), "$"):
					p.Report(f, argRange(d.Args[0]), "proxy_pass with a variable resolves at run time and needs a resolver: add resolver 127.0.0.11 valid=10s ipv6=off;")
				}
			})
		}
	},
}
