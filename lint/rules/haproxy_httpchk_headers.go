package rules

import (
	"strings"

	"github.com/lbgen/lbgen/lint"
)

// HAProxyHTTPChkHeaders flags headers smuggled into option httpchk.
var HAProxyHTTPChkHeaders = &lint.Rule{
	ID: "LB309", Name: "haproxy-httpchk-headers", Severity: lint.Warning,
	Summary: "Headers on option httpchk are deprecated.",
	Doc:     "Since HAProxy 2.2, send the check request with `http-check send meth GET uri /health ver HTTP/1.1 hdr Host app`; headers glued after the version on option httpchk are deprecated.",
	Bad:     "backend app\n    option httpchk GET /health HTTP/1.1\\r\\nHost:\\ app",
	Good:    "backend app\n    option httpchk\n    http-check send meth GET uri /health ver HTTP/1.1 hdr Host app",
	Kinds:   haproxyKinds,
	Run: func(p *lint.Pass) {
		for _, f := range p.FilesOf(lint.KindHAProxy) {
			for _, s := range sectionsOf(f.HAProxy) {
				for _, l := range lines(s, "option", "httpchk") {
					if len(l.Words) > 5 || (len(l.Words) == 5 && strings.Contains(l.Words[4].Value, "\n")) {
						p.Report(f, wordsRange(l, 4, len(l.Words)-1), "headers on option httpchk are deprecated: use http-check send ... hdr NAME VALUE")
					}
				}
			}
		}
	},
}
