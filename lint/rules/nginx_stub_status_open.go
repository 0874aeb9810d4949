package rules

import (
	"github.com/lbgen/lbgen/lint"
	"github.com/lbgen/lbgen/lint/nginxconf"
)

// NginxStubStatusOpen flags stub_status readable by everyone.
var NginxStubStatusOpen = &lint.Rule{
	ID: "LB207", Name: "nginx-stub-status-open", Severity: lint.Warning,
	Summary: "stub_status is open to everyone.",
	Doc:     "Connection counts are operational data. Restrict stub_status with allow/deny (loopback and the private ranges compose networks use), ideally on its own port.",
	Bad:     "location /status {\n    stub_status;\n}",
	Good:    "location /status {\n    stub_status;\n    allow 127.0.0.1;\n    allow 172.16.0.0/12;\n    deny all;\n}",
	Kinds:   nginxKinds,
	Run: func(p *lint.Pass) {
		for _, f := range p.FilesOf(lint.KindNginx) {
			nginxconf.Walk(f.Nginx.Directives, nginxTop(f), func(d *nginxconf.Directive, _ string) {
				if d.Name != "stub_status" || d.Parent == nil {
					return
				}
				if len(nginxconf.Find(d.Parent.Block, "deny")) == 0 {
					p.Report(f, directiveRange(d), "stub_status is readable by anyone: add allow rules and deny all;")
				}
			})
		}
	},
}
