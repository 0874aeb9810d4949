package rules

import (
	"github.com/lbgen/lbgen/lint"
	"github.com/lbgen/lbgen/lint/haproxycfg"
)

// HAProxyServerWithoutCheck flags servers without health checks.
var HAProxyServerWithoutCheck = &lint.Rule{
	ID: "LB308", Name: "haproxy-server-without-check", Severity: lint.Warning,
	Summary: "A server has no health check.",
	Doc:     "Without `check`, HAProxy keeps sending requests to a dead replica until they fail. Add check (on the server or default-server).",
	Bad:     "backend app\n    balance roundrobin\n    server-template app- 1-10 app:3000 resolvers docker init-addr none",
	Good:    "backend app\n    balance roundrobin\n    server-template app- 1-10 app:3000 check resolvers docker init-addr none",
	Kinds:   haproxyKinds,
	Run: func(p *lint.Pass) {
		for _, f := range p.FilesOf(lint.KindHAProxy) {
			forServers(f.HAProxy, func(s *haproxycfg.Section, l *haproxycfg.Line, addr int) {
				if !hasParam(f.HAProxy, s, l, "check") {
					p.Report(f, wordsRange(l, 0, 1), "server %s has no health check: add check", l.Words[1].Value)
				}
			})
		}
	},
}
