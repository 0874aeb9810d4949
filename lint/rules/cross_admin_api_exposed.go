package rules

import (
	"strings"

	"github.com/lbgen/lbgen/lint"
	"github.com/lbgen/lbgen/lint/nginxconf"
	"github.com/lbgen/lbgen/stack"
)

// CrossAdminAPIExposed flags balancer admin APIs that anyone can reach.
var CrossAdminAPIExposed = &lint.Rule{
	ID: "LB504", Name: "admin-api-exposed", Severity: lint.Error,
	Summary: "A balancer's admin API is open to everyone.",
	Doc: "Traefik's `--api.insecure=true` serves its API and dashboard without authentication on port 8080; " +
		"NGINX Plus's `api write=on;` lets any client add, drain and remove upstream servers. Published on every " +
		"interface, or in a location without access rules, anyone who reaches the port reconfigures the balancer. " +
		"Publish it on 127.0.0.1 (\"127.0.0.1:8080:8080\"), or put allow/deny or authentication on the location.",
	Bad:   "services:\n  traefik:\n    image: traefik:v3.5\n    command: [--api.insecure=true]\n    ports: [\"80:80\", \"8080:8080\"]",
	Good:  "services:\n  traefik:\n    image: traefik:v3.5\n    command: [--api.insecure=true]\n    ports: [\"80:80\", \"127.0.0.1:8080:8080\"]",
	Kinds: []lint.Kind{lint.KindCompose, lint.KindNginx},
	Run: func(p *lint.Pass) {
		forServices(p, func(s *lint.Service) {
			if !insecureTraefik(s) {
				return
			}
			for _, port := range s.Ports {
				if port.Target == "8080" && port.Published != "" && !stack.Loopback(port.HostIP) {
					p.Report(s.File, at(port.Node), "%q runs Traefik with --api.insecure=true and publishes its API port %s on every interface: anyone can read and change its routing; bind it to 127.0.0.1", s.Name, port.Published)
				}
			}
		})
		for _, f := range p.FilesOf(lint.KindNginx) {
			nginxconf.Walk(f.Nginx.Directives, nginxTop(f), func(d *nginxconf.Directive, _ string) {
				if d.Name != "api" || d.Parent == nil || !hasArg(d, "write=on") || guarded(d.Parent) {
					return
				}
				p.Report(f, directiveRange(d), "api write=on lets anyone who reaches this location change the upstreams: add allow rules and deny all; or authentication")
			})
		}
	},
}

// insecureTraefik reports whether a service starts Traefik with its
// unauthenticated API.
func insecureTraefik(s *lint.Service) bool {
	cmd := lint.Get(s.Node, "command")
	args := []string{lint.Value(cmd)}
	for _, item := range lint.Items(cmd) {
		args = append(args, item.Value)
	}
	for _, a := range args {
		for _, w := range strings.Fields(a) {
			if w == "--api.insecure=true" || w == "--api.insecure" {
				return true
			}
		}
	}
	return false
}

// guarded reports whether a block restricts who reaches it.
func guarded(block *nginxconf.Directive) bool {
	for _, name := range []string{"deny", "auth_basic", "auth_jwt", "auth_request"} {
		if len(nginxconf.Find(block.Block, name)) > 0 {
			return true
		}
	}
	return false
}
