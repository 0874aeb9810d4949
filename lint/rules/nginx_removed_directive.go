package rules

import (
	"fmt"
	"strings"

	"github.com/lbgen/lbgen/lint"
	"github.com/lbgen/lbgen/lint/nginxconf"
)

// removedNginx are directives nginx removed or made obsolete, with the
// release and the replacement.
var removedNginx = map[string]string{
	"ssl":                   "removed in 1.25.1: use listen ... ssl",
	"http2_push":            "removed in 1.25.1: use 103 Early Hints or preload links",
	"http2_push_preload":    "removed in 1.25.1",
	"http2_idle_timeout":    "obsolete since 1.19.7: use keepalive_timeout",
	"http2_recv_timeout":    "obsolete since 1.19.7: use client_header_timeout",
	"http2_max_requests":    "obsolete since 1.19.7: use keepalive_requests",
	"http2_max_field_size":  "obsolete since 1.19.7: use large_client_header_buffers",
	"http2_max_header_size": "obsolete since 1.19.7: use large_client_header_buffers",
	"spdy_headers_comp":     "gone since 1.9.5 (SPDY was replaced by HTTP/2)",
	"limit_zone":            "removed in 1.7.6: use limit_conn_zone",
}

// NginxRemovedDirective flags removed and obsolete directives.
var NginxRemovedDirective = &lint.Rule{
	ID: "LB204", Name: "nginx-removed-directive", Severity: lint.Error,
	Summary: "A directive current nginx no longer has.",
	Doc:     "Current nginx rejects these (or ignores them with a warning): ssl on (1.25.1), http2_push (1.25.1), the http2_*_timeout/size family (1.19.7), SPDY (1.9.5), limit_zone.",
	Fix:     "`lbgen lint --fix` removes `ssl on;` (alone on its line) and adds ssl to the server's listen directives.",
	Bad:     "server {\n    listen 443;\n    ssl on;\n}",
	Good:    "server {\n    listen 443 ssl;\n}",
	Kinds:   nginxKinds,
	Run: func(p *lint.Pass) {
		for _, f := range p.FilesOf(lint.KindNginx) {
			nginxconf.Walk(f.Nginx.Directives, nginxTop(f), func(d *nginxconf.Directive, _ string) {
				if why, ok := removedNginx[d.Name]; ok {
					fd := p.Report(f, directiveRange(d), "%s", fmt.Sprintf("%s is %s", d.Name, why))
					if d.Name == "ssl" {
						fd.Fix = sslOnFix(f, d)
					}
				}
				if d.Name == "listen" {
					for _, a := range d.Args {
						if a.Value == "spdy" {
							p.Report(f, argRange(a), "listen ... spdy is gone since 1.9.5: use http2 on;")
						}
					}
				}
			})
		}
	},
}

// sslOnFix turns "ssl on;" into the ssl parameter of the server's listen
// directives: the line goes, and each listen without ssl gains it. Only a
// directive alone on its line is fixed, so nothing else is lost.
func sslOnFix(f *lint.File, d *nginxconf.Directive) *lint.Fix {
	if len(d.Args) != 1 || d.Args[0].Value != "on" || d.Parent == nil || strings.TrimSpace(f.Line(d.Line)) != "ssl on;" {
		return nil
	}
	fix := &lint.Fix{Edits: []lint.Edit{{From: d.Line, To: d.Line}}}
	for _, l := range nginxconf.Find(d.Parent.Block, "listen") {
		text := f.Line(l.Line)
		last := l.Args[len(l.Args)-1]
		end := last.Col - 1 + last.Len
		if hasArg(l, "ssl") || strings.Count(text, ";") != 1 || l.Line != last.Line || !strings.HasPrefix(text[end:], ";") {
			continue
		}
		fix.Edits = append(fix.Edits, lint.Edit{From: l.Line, To: l.Line, Replacement: []string{text[:end] + " ssl" + text[end:]}})
	}
	return fix
}

func hasArg(d *nginxconf.Directive, value string) bool {
	for _, a := range d.Args {
		if a.Value == value {
			return true
		}
	}
	return false
}
