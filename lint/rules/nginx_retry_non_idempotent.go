package rules

import (
	"github.com/lbgen/lbgen/lint"
	"github.com/lbgen/lbgen/lint/nginxconf"
)

// NginxRetryNonIdempotent flags retrying POST and PATCH.
var NginxRetryNonIdempotent = &lint.Rule{
	ID: "LB208", Name: "nginx-retry-non-idempotent", Severity: lint.Warning,
	Summary: "proxy_next_upstream retries non-idempotent requests.",
	Doc:     "With non_idempotent, a POST that timed out on one replica (and may have been processed) is sent again to another: double orders, double payments. Remove it unless every such endpoint is idempotent.",
	Bad:     "proxy_next_upstream error timeout non_idempotent;",
	Good:    "proxy_next_upstream error timeout http_502 http_503 http_504;",
	Kinds:   nginxKinds,
	Run: func(p *lint.Pass) {
		for _, f := range p.FilesOf(lint.KindNginx) {
			nginxconf.Walk(f.Nginx.Directives, nginxTop(f), func(d *nginxconf.Directive, _ string) {
				if d.Name != "proxy_next_upstream" {
					return
				}
				for _, a := range d.Args {
					if a.Value == "non_idempotent" {
						p.Report(f, argRange(a), "non_idempotent makes nginx resend POST, PATCH and LOCK requests to another replica")
					}
				}
			})
		}
	},
}
