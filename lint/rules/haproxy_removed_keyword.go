package rules

import (
	"strings"

	"github.com/lbgen/lbgen/lint"
	"github.com/lbgen/lbgen/lint/haproxycfg"
)

// removedHAProxy are keywords current HAProxy rejects, with why.
var removedHAProxy = map[string]string{
	"reqadd": "removed in 2.1: use http-request add-header", "reqrep": "removed in 2.1: use http-request replace-header",
	"reqdel": "removed in 2.1: use http-request del-header", "reqidel": "removed in 2.1: use http-request del-header",
	"reqirep": "removed in 2.1: use http-request replace-header", "reqdeny": "removed in 2.1: use http-request deny",
	"reqallow": "removed in 2.1: use http-request allow", "reqpass": "removed in 2.1",
	"reqtarpit": "removed in 2.1: use http-request tarpit", "reqsetbe": "removed in 2.1: use use_backend",
	"rspadd": "removed in 2.1: use http-response add-header", "rsprep": "removed in 2.1: use http-response replace-header",
	"rspdel": "removed in 2.1: use http-response del-header", "rspidel": "removed in 2.1: use http-response del-header",
	"rspirep": "removed in 2.1: use http-response replace-header", "rspdeny": "removed in 2.1: use http-response deny",
	"block":      "removed in 2.1: use http-request deny",
	"redispatch": "removed in 2.1: use option redispatch",
	"clitimeout": "removed in 2.1: use timeout client", "srvtimeout": "removed in 2.1: use timeout server",
	"contimeout": "removed in 2.1: use timeout connect",
	"nbproc":     "removed in 2.5: use nbthread", "bind-process": "removed in 2.7",
}

// renamedTimeouts are the removed timeouts --fix renames.
var renamedTimeouts = map[string]string{"clitimeout": "timeout client", "srvtimeout": "timeout server", "contimeout": "timeout connect"}

// HAProxyRemovedKeyword flags keywords removed from HAProxy.
var HAProxyRemovedKeyword = &lint.Rule{
	ID: "LB310", Name: "haproxy-removed-keyword", Severity: lint.Error,
	Summary: "A keyword current HAProxy no longer has.",
	Doc:     "HAProxy 2.1 removed reqadd/reqrep/rspadd and their family, block, the redispatch keyword and clitimeout/srvtimeout/contimeout; 2.5 removed nbproc, 2.7 bind-process; option forceclose is gone since 2.0.",
	Fix:     "`lbgen lint --fix` renames clitimeout, srvtimeout and contimeout to timeout client, server and connect.",
	Bad:     "defaults\n    clitimeout 50000",
	Good:    "defaults\n    timeout client 50s",
	Kinds:   haproxyKinds,
	Run: func(p *lint.Pass) {
		for _, f := range p.FilesOf(lint.KindHAProxy) {
			for _, s := range f.HAProxy.Sections {
				for _, l := range s.Lines {
					if l.Is("option", "forceclose") {
						p.Report(f, wordsRange(l, 0, 1), "option forceclose is gone since 2.0: use option httpclose")
						continue
					}
					why, ok := removedHAProxy[l.Keyword()]
					if !ok || (l.Keyword() == "redispatch" && len(l.Words) > 1) {
						continue
					}
					fd := p.Report(f, wordsRange(l, 0, 0), "%s is %s", l.Keyword(), why)
					if repl, ok := renamedTimeouts[l.Keyword()]; ok && len(l.Words) == 2 {
						fd.Fix = lint.ReplaceLines(l.No, l.No, renameTimeout(f.Line(l.No), l, repl))
					}
				}
			}
		}
	},
}

// renameTimeout rewrites "clitimeout 50000" as "timeout client 50000",
// keeping the line's indentation and any trailing comment.
func renameTimeout(text string, l *haproxycfg.Line, repl string) string {
	start := l.Words[0].Col - 1
	end := start + l.Words[0].Len
	return text[:start] + repl + strings.TrimRight(text[end:], "\r")
}
