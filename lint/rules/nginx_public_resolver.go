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
	Doc:     "Only Docker's embedded DNS (127.0.0.11) knows the replicas of a compose service. A public resolver answers NXDOMAIN and every request fails. Reported when the config resolves a service name at run time (an upstream server with resolve, or a variable in proxy_pass); a resolver for external names only (OCSP stapling, a public API) is fine.",
	Bad:     "resolver 8.8.8.8;",
	Good:    "resolver 127.0.0.11 valid=10s ipv6=off;",
	Kinds:   nginxKinds,
	Run: func(p *lint.Pass) {
		for _, f := range p.FilesOf(lint.KindNginx) {
			if len(p.Project.MountedBy(f)) == 0 && len(p.Project.Services) == 0 {
				continue // not known to run under compose
			}
			if !resolvesServicesAtRunTime(p.Project, f) {
				continue // the resolver serves external names (OCSP stapling, APIs)
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

// resolvesServicesAtRunTime reports whether an nginx config (with the
// files it runs with) looks up a name without a dot, a compose service,
// while running: an upstream server with resolve, or a variable set to a
// URL naming one (for proxy_pass $var).
func resolvesServicesAtRunTime(p *lint.Project, f *lint.File) bool {
	found := false
	for _, g := range nginxGroup(p, f) {
		nginxconf.Walk(g.Nginx.Directives, "", func(d *nginxconf.Directive, ctx string) {
			switch {
			case d.Name == "server" && ctx == "upstream" && len(d.Args) > 1 && hasArg(d, "resolve"):
				found = found || serviceLike(d.Args[0].Value)
			case d.Name == "set" && len(d.Args) == 2:
				found = found || strings.Contains(d.Args[1].Value, "://") && serviceLike(d.Args[1].Value)
			}
		})
	}
	return found
}

// serviceLike reports whether an address names a host without a dot: a
// compose service rather than a public name or an IP.
func serviceLike(addr string) bool {
	host, _ := hostPort(addr)
	host, _, _ = strings.Cut(host, "/")
	return isHostname(host) && !strings.Contains(host, ".")
}
