package rules

import (
	"strings"

	"github.com/lbgen/lbgen/lint"
	"github.com/lbgen/lbgen/lint/haproxycfg"
	"github.com/lbgen/lbgen/lint/nginxconf"
)

// CrossBalancerSwarmVIP flags a balancer that sends to a Swarm service's
// virtual IP instead of its tasks.
var CrossBalancerSwarmVIP = &lint.Rule{
	ID: "LB505", Name: "balancer-swarm-vip", Severity: lint.Warning,
	Summary: "A balancer sends to a scaled Swarm service's virtual IP instead of its tasks.",
	Doc: "In a Swarm stack, a service's name resolves to one virtual IP, and the kernel's IPVS picks a task " +
		"for each new connection. nginx or HAProxy in front of it sees one server: its algorithm (least_conn, " +
		"hash, cookies), passive and active health checks and retries act on the VIP, keep-alive connections " +
		"stay on the task IPVS picked, and a failed task is not taken out by the balancer. Name tasks.NAME, " +
		"which Swarm answers with every running task's address: `server tasks.app:3000 resolve;` in an nginx " +
		"upstream (with zone and resolver 127.0.0.11), or `server-template app- 1-10 tasks.app:3000 resolvers " +
		"docker init-addr none` in HAProxy.",
	Bad: "upstream app {\n    server app:3000;\n}",
	Good: "resolver 127.0.0.11 valid=10s ipv6=off;\nupstream app {\n    zone app 64k;\n" +
		"    server tasks.app:3000 resolve;\n}",
	Kinds: []lint.Kind{lint.KindNginx, lint.KindHAProxy},
	Run: func(p *lint.Pass) {
		vip := func(f *lint.File, addr string) *lint.Service {
			host, _ := hostPort(addr)
			if strings.HasPrefix(host, "tasks.") {
				return nil
			}
			if s := p.Project.ServiceNamed(f, host); s != nil && s.Scaled() && behindVIP(s) {
				return s
			}
			return nil
		}
		for _, f := range p.FilesOf(lint.KindNginx) {
			forNginxBackends(p, f, func(_ *nginxconf.Directive, addr nginxconf.Arg, _ bool) {
				if s := vip(f, addr.Value); s != nil {
					p.Report(f, argRange(addr), "%s is the virtual IP of Swarm service %q (%d replicas): nginx sees one server and IPVS picks the task; use tasks.%s with resolve", addr.Value, s.Name, s.Replicas, s.Name)
				}
			})
		}
		for _, f := range p.FilesOf(lint.KindHAProxy) {
			forServers(f.HAProxy, func(_ *haproxycfg.Section, l *haproxycfg.Line, addr int) {
				if s := vip(f, l.Words[addr].Value); s != nil {
					p.Report(f, wordsRange(l, addr, addr), "%s is the virtual IP of Swarm service %q (%d replicas): HAProxy sees one server and IPVS picks the task; use server-template over tasks.%s", l.Words[addr].Value, s.Name, s.Replicas, s.Name)
				}
			})
		}
	},
}
