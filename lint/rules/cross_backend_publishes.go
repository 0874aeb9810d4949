package rules

import (
	"github.com/lbgen/lbgen/lint"
	"github.com/lbgen/lbgen/lint/haproxycfg"
	"github.com/lbgen/lbgen/lint/nginxconf"
	"github.com/lbgen/lbgen/stack"
)

// CrossBackendPublishes flags a backend behind a balancer that also
// publishes host ports.
var CrossBackendPublishes = &lint.Rule{
	ID: "LB503", Name: "backend-publishes-host-port", Severity: lint.Warning,
	Summary: "A service behind a balancer publishes its own host port.",
	Doc:     "Clients that use the published port bypass the balancer (no retries, no health checks), and the port breaks scaling. Only the balancer should publish; use expose on backends. A port published on 127.0.0.1 (an operator's stats or admin port) is not for clients and is fine.",
	Bad:     "services:\n  app:\n    image: app:1.0\n    ports: [\"3000:3000\"]   # also behind nginx",
	Good:    "services:\n  app:\n    image: app:1.0\n    expose: [\"3000\"]",
	Kinds:   []lint.Kind{lint.KindCompose, lint.KindHAProxy, lint.KindNginx},
	Run: func(p *lint.Pass) {
		reported := map[*lint.Service]bool{}
		check := func(f *lint.File, addr string) {
			host, _ := hostPort(addr)
			s := p.Project.ServiceNamed(f, host)
			if s == nil || reported[s] || s.Scaled() {
				return // a scaled one is LB102's
			}
			for _, port := range s.Ports {
				if port.Published != "" && !stack.Loopback(port.HostIP) {
					reported[s] = true
					fix := "use expose"
					if swarm(s) {
						fix = "remove it: the balancer reaches the tasks over the stack's network" // Swarm ignores expose
					}
					p.Report(s.File, at(port.Node), "%q is behind a balancer but publishes host port %s too; %s", s.Name, port.Published, fix)
					return
				}
			}
		}
		for _, f := range p.FilesOf(lint.KindNginx) {
			nginxconf.Walk(f.Nginx.Directives, nginxTop(f), func(d *nginxconf.Directive, ctx string) {
				if d.Name == "server" && ctx == "upstream" && len(d.Args) > 0 {
					check(f, d.Args[0].Value)
				}
			})
		}
		for _, f := range p.FilesOf(lint.KindHAProxy) {
			forServers(f.HAProxy, func(_ *haproxycfg.Section, l *haproxycfg.Line, addr int) { check(f, l.Words[addr].Value) })
		}
	},
}
