package rules

import (
	"github.com/lbgen/lbgen/lint"
	"github.com/lbgen/lbgen/lint/nginxconf"
)

// NginxResolveWithoutZone flags resolve in an upstream without zone.
var NginxResolveWithoutZone = &lint.Rule{
	ID: "LB202", Name: "nginx-resolve-without-zone", Severity: lint.Error,
	Summary: "An upstream server uses resolve but the upstream has no zone.",
	Doc:     "nginx keeps re-resolved servers in shared memory: `resolve` needs `zone NAME SIZE;` in the upstream, or nginx refuses to start.",
	Fix:     "`lbgen lint --fix` adds `zone NAME 64k;` to the upstream, when every server there that names a host resolves (otherwise LB201's fix adds it).",
	Bad:     "upstream app {\n    server app:3000 resolve;\n}",
	Good:    "upstream app {\n    zone app 64k;\n    server app:3000 resolve;\n}",
	Kinds:   nginxKinds,
	Run: func(p *lint.Pass) {
		for _, f := range p.FilesOf(lint.KindNginx) {
			nginxconf.Walk(f.Nginx.Directives, nginxTop(f), func(d *nginxconf.Directive, _ string) {
				if d.Name != "upstream" || len(nginxconf.Find(d.Block, "zone")) > 0 {
					return
				}
				fix := zoneFix(p.Project, f, d) // one for the block's findings
				for _, s := range nginxconf.Find(d.Block, "server") {
					for _, a := range s.Args {
						if a.Value == "resolve" {
							fd := p.Report(f, argRange(a), "resolve needs a zone in upstream %s: add zone %s 64k;", upstreamName(d), upstreamName(d))
							fd.Fix = fix
						}
					}
				}
			})
		}
	},
}

func upstreamName(d *nginxconf.Directive) string {
	if len(d.Args) > 0 {
		return d.Args[0].Value
	}
	return "NAME"
}
