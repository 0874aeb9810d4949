package rules

import (
	"github.com/lbgen/lbgen/lint"
	"github.com/lbgen/lbgen/lint/nginxconf"
)

// NginxListenHTTP2 flags the deprecated http2 parameter of listen.
var NginxListenHTTP2 = &lint.Rule{
	ID: "LB205", Name: "nginx-deprecated-listen-http2", Severity: lint.Warning,
	Summary: "listen ... http2 is deprecated.",
	Doc:     "Since nginx 1.25.1, enable HTTP/2 per server with `http2 on;`; the listen parameter logs a warning.",
	Bad:     "server {\n    listen 443 ssl http2;\n}",
	Good:    "server {\n    listen 443 ssl;\n    http2 on;\n}",
	Kinds:   nginxKinds,
	Run: func(p *lint.Pass) {
		for _, f := range p.FilesOf(lint.KindNginx) {
			nginxconf.Walk(f.Nginx.Directives, nginxTop(f), func(d *nginxconf.Directive, _ string) {
				if d.Name != "listen" || len(d.Args) == 0 {
					return
				}
				for _, a := range d.Args[1:] {
					if a.Value == "http2" {
						p.Report(f, argRange(a), "listen ... http2 is deprecated since nginx 1.25.1: write http2 on; in the server")
					}
				}
			})
		}
	},
}
