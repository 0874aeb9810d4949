package rules

import (
	"strings"

	"github.com/lbgen/lbgen/lint"
	"github.com/lbgen/lbgen/lint/nginxconf"
)

// publicResolvers are well-known public DNS servers.
var publicResolvers = map[string]bool{"8.8.8.8": true, "8.8.4.4": true, "1.1.1.1": true, "1.0.0.1": true, "9.9.9.9": true, "208.67.222.222": true}

// NginxPublicResolver flags public DNS used to find compose services.
var NginxPublicResolver = &lint.Rule{
	ID: "LB209", Name: "nginx-public-resolver", Severity: lint.Error,
	Summary: "A public DNS resolver cannot resolve compose service names.",
	Doc:     "Only Docker's embedded DNS (127.0.0.11) knows the replicas of a compose service. A public resolver answers NXDOMAIN and every request fails.",
	Bad:     "resolver 8.8.8.8;",
	Good:    "resolver 127.0.0.11 valid=10s ipv6=off;",
	Kinds:   nginxKinds,
	Run: func(p *lint.Pass) {
		for _, f := range p.FilesOf(lint.KindNginx) {
			if len(p.Project.MountedBy(f)) == 0 && len(p.Project.Services) == 0 {
				continue // not known to run under compose
			}
			nginxconf.Walk(f.Nginx.Directives, nginxTop(f), func(d *nginxconf.Directive, _ string) {
				if d.Name != "resolver" {
					return
				}
				for _, a := range d.Args {
					host, _ := hostPort(a.Value)
					if publicResolvers[strings.Trim(host, "[]")] {
						p.Report(f, argRange(a), "%s cannot resolve compose service names: use Docker's resolver 127.0.0.11", a.Value)
					}
				}
			})
		}
	},
}
