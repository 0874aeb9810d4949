package rules

import (
	"strconv"
	"strings"

	"github.com/lbgen/lbgen/lint"
	"github.com/lbgen/lbgen/lint/haproxycfg"
)

// HAProxyTemplateSlots flags server-templates with fewer slots than
// replicas.
var HAProxyTemplateSlots = &lint.Rule{
	ID: "LB305", Name: "haproxy-too-few-template-slots", Severity: lint.Error,
	Summary: "A server-template has fewer slots than the service has replicas.",
	Doc:     "Each slot holds one address from DNS: replicas beyond the slot count get no traffic. Size the template for the most replicas you will scale to.",
	Bad:     "backend app\n    balance roundrobin\n    server-template app- 2 app:3000 check resolvers docker init-addr none",
	Good:    "backend app\n    balance roundrobin\n    server-template app- 1-10 app:3000 check resolvers docker init-addr none",
	Kinds:   haproxyKinds,
	Run: func(p *lint.Pass) {
		for _, f := range p.FilesOf(lint.KindHAProxy) {
			forServers(f.HAProxy, func(s *haproxycfg.Section, l *haproxycfg.Line, addr int) {
				if !l.Is("server-template") {
					return
				}
				slots := templateSlots(l.Words[2].Value)
				host, _ := hostPort(l.Words[addr].Value)
				if svc := p.Project.ServiceNamed(f, host); svc != nil && !behindVIP(svc) && slots > 0 && svc.Replicas > slots {
					p.Report(f, wordsRange(l, 2, 2), "%d slots for %d replicas of %q: the rest get no traffic", slots, svc.Replicas, host)
				}
			})
		}
	},
}

// templateSlots reads a server-template count: "10" or "1-10".
func templateSlots(num string) int {
	lo, hi, isRange := strings.Cut(num, "-")
	a, err := strconv.Atoi(lo)
	if err != nil {
		return 0
	}
	if !isRange {
		return a
	}
	b, err := strconv.Atoi(hi)
	if err != nil || b < a {
		return 0
	}
	return b - a + 1
}
