package rules

import (
	"github.com/lbgen/lbgen/lint"
	"github.com/lbgen/lbgen/lint/haproxycfg"
)

// HAProxySingleServerScaled flags one server line for a scaled service.
var HAProxySingleServerScaled = &lint.Rule{
	ID: "LB304", Name: "haproxy-single-server-for-scaled-service", Severity: lint.Error,
	Summary: "One server line for a scaled service.",
	Doc: "A `server` line is one slot: HAProxy sends to one address of the name, never to the other replicas. " +
		"Use `server-template PREFIX 1-MAX NAME:PORT` with a resolvers section, so each replica fills a slot.",
	Bad:   "backend app\n    balance roundrobin\n    server app app:3000 check resolvers docker",
	Good:  "backend app\n    balance roundrobin\n    server-template app- 1-10 app:3000 check resolvers docker init-addr none",
	Kinds: haproxyKinds,
	Run: func(p *lint.Pass) {
		for _, f := range p.FilesOf(lint.KindHAProxy) {
			forServers(f.HAProxy, func(s *haproxycfg.Section, l *haproxycfg.Line, addr int) {
				if !l.Is("server") {
					return
				}
				host, _ := hostPort(l.Words[addr].Value)
				if svc := p.Project.ServiceNamed(f, host); svc != nil && svc.Scaled() && !behindVIP(svc) {
					p.Report(f, wordsRange(l, 0, addr), "service %q runs %d replicas but this server line is one slot: use server-template %s- 1-N %s",
						host, svc.Replicas, host, l.Words[addr].Value)
				}
			})
		}
	},
}
