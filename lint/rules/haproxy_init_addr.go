package rules

import (
	"strings"

	"github.com/lbgen/lbgen/lint"
	"github.com/lbgen/lbgen/lint/haproxycfg"
)

// HAProxyInitAddr flags resolved servers whose start-up waits for DNS.
var HAProxyInitAddr = &lint.Rule{
	ID: "LB306", Name: "haproxy-init-addr-blocks-startup", Severity: lint.Warning,
	Summary: "HAProxy will not start while a server's name does not resolve.",
	Doc: "The default init-addr is last,libc: if the backend containers are not up yet, HAProxy refuses to start. " +
		"Add `init-addr none` (or last,libc,none) so servers start in maintenance and come up when DNS answers.",
	Bad:   "backend app\n    balance roundrobin\n    server-template app- 1-10 app:3000 check resolvers docker",
	Good:  "backend app\n    balance roundrobin\n    server-template app- 1-10 app:3000 check resolvers docker init-addr none",
	Kinds: haproxyKinds,
	Run: func(p *lint.Pass) {
		for _, f := range p.FilesOf(lint.KindHAProxy) {
			forServers(f.HAProxy, func(s *haproxycfg.Section, l *haproxycfg.Line, addr int) {
				host, _ := hostPort(l.Words[addr].Value)
				if !isHostname(host) || !hasParam(f.HAProxy, s, l, "resolvers") {
					return
				}
				if v, ok := paramValue(f.HAProxy, s, l, "init-addr"); !ok || !strings.Contains(v, "none") {
					p.Report(f, wordsRange(l, addr, addr), "HAProxy will not start until %s resolves: add init-addr none", l.Words[addr].Value)
				}
			})
		}
	},
}
