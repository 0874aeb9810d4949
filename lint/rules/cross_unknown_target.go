package rules

import (
	"strings"

	"github.com/lbgen/lbgen/lint"
	"github.com/lbgen/lbgen/lint/haproxycfg"
	"github.com/lbgen/lbgen/lint/nginxconf"
)

// CrossUnknownTarget flags balancer targets that are no compose service of
// the project that runs the balancer.
var CrossUnknownTarget = &lint.Rule{
	ID: "LB502", Name: "balancer-target-unknown-service", Severity: lint.Error,
	Summary: "A balancer sends traffic to a name that is no service of its compose project.",
	Doc:     "Inside a compose network, backends are reached by service name. A name no service has never resolves: a typo, or a service renamed in one file but not the other. Names with a dot (api.example.com) are hosts outside the project and are not checked.",
	Bad:     "upstream app {\n    server ap:3000;   # the service is called app\n}",
	Good:    "upstream app {\n    server app:3000 resolve;\n}",
	Kinds:   []lint.Kind{lint.KindCompose, lint.KindHAProxy, lint.KindNginx},
	Run: func(p *lint.Pass) {
		for _, f := range p.FilesOf(lint.KindNginx) {
			if len(p.Project.MountedBy(f)) == 0 {
				continue
			}
			nginxconf.Walk(f.Nginx.Directives, nginxTop(f), func(d *nginxconf.Directive, ctx string) {
				if d.Name == "server" && ctx == "upstream" && len(d.Args) > 0 {
					checkTarget(p, f, d.Args[0].Value, argRange(d.Args[0]))
				}
			})
		}
		for _, f := range p.FilesOf(lint.KindHAProxy) {
			if len(p.Project.MountedBy(f)) == 0 {
				continue
			}
			forServers(f.HAProxy, func(_ *haproxycfg.Section, l *haproxycfg.Line, addr int) {
				checkTarget(p, f, l.Words[addr].Value, wordsRange(l, addr, addr))
			})
		}
	},
}

func checkTarget(p *lint.Pass, f *lint.File, addr string, r lint.Range) {
	host, _ := hostPort(addr)
	if isHostname(host) && !strings.Contains(host, ".") && p.Project.ServiceNamed(f, host) == nil {
		p.Report(f, r, "%s: no service of the compose project that runs this balancer is named %q", addr, host)
	}
}
