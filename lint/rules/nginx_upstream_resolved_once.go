package rules

import (
	"github.com/lbgen/lbgen/lint"
	"github.com/lbgen/lbgen/lint/nginxconf"
)

// NginxUpstreamResolvedOnce flags upstream servers and proxy_pass targets
// that name a scaled service but are resolved only at start-up.
var NginxUpstreamResolvedOnce = &lint.Rule{
	ID: "LB201", Name: "nginx-upstream-resolved-once", Severity: lint.Error,
	Summary: "nginx resolves a scaled service's name only once, at start-up.",
	Doc: "`server app:3000;` in an upstream (or `proxy_pass http://app:3000`) is looked up when nginx " +
		"starts: replicas added later with `docker compose up --scale` never get traffic, and nginx -t fails " +
		"where the name does not resolve. With nginx 1.27.3 or later add `resolve` (with `zone` in the upstream " +
		"and a `resolver 127.0.0.11 valid=10s;`); before that, proxy through a variable with a resolver.",
	Fix: "`lbgen lint --fix` adds `resolve` to the upstream's servers, `zone NAME 64k;` to the upstream and, when " +
		"nginx has no resolver for it, the platform's resolver inside the upstream (Docker's 127.0.0.11:53 on " +
		"Compose and Swarm, `valid=10s ipv6=off`, as `lbgen render` writes it). Only when every container that " +
		"reads the file runs nginx 1.27.3 or later (told by the image's tag, or its Dockerfile's FROM) on one " +
		"platform; proxy_pass to a name, older or unknown releases, and files no container reads are left to you.",
	Bad: "upstream app_servers {\n    server app:3000;\n}",
	Good: "resolver 127.0.0.11 valid=10s ipv6=off;\nupstream app_servers {\n    zone app_servers 64k;\n" +
		"    server app:3000 resolve;\n}",
	Kinds: nginxKinds,
	Run: func(p *lint.Pass) {
		for _, f := range p.FilesOf(lint.KindNginx) {
			var hits []resolvedOnce
			forNginxBackends(p, f, func(d *nginxconf.Directive, addr nginxconf.Arg, resolve bool) {
				host, _ := hostPort(addr.Value)
				if s := p.Project.ServiceNamed(f, host); s != nil && !resolve && s.Scaled() && !behindVIP(s) {
					hits = append(hits, resolvedOnce{d, addr, host, s})
				}
			})
			fixes := resolveFixes(p.Project, f, hits)
			for _, h := range hits {
				fd := p.Report(f, argRange(h.addr), "%s names the scaled service %q (%d replicas), but nginx resolves it once at start-up: add resolve (nginx >= 1.27.3, with zone and a resolver)",
					h.addr.Value, h.host, h.service.Replicas)
				if h.d.Name == "server" {
					fd.Fix = fixes[h.d.Parent]
				}
			}
		}
	},
}

// resolvedOnce is a server or proxy_pass naming a scaled service.
type resolvedOnce struct {
	d       *nginxconf.Directive
	addr    nginxconf.Arg
	host    string
	service *lint.Service
}

// forNginxBackends calls fn for every address an nginx file sends traffic
// to by name: upstream servers (resolve says whether nginx re-resolves
// it) and proxy_pass hosts that are no upstream block.
func forNginxBackends(p *lint.Pass, f *lint.File, fn func(d *nginxconf.Directive, addr nginxconf.Arg, resolve bool)) {
	upstreams := map[string]bool{}
	for _, g := range nginxGroup(p.Project, f) {
		for name := range upstreamNames(g.Nginx) {
			upstreams[name] = true
		}
	}
	nginxconf.Walk(f.Nginx.Directives, nginxTop(f), func(d *nginxconf.Directive, ctx string) {
		var addr nginxconf.Arg
		resolve := false
		switch {
		case d.Name == "server" && ctx == "upstream" && len(d.Args) > 0:
			for _, a := range d.Args[1:] {
				resolve = resolve || a.Value == "resolve"
			}
			addr = d.Args[0]
		case d.Name == "proxy_pass" && len(d.Args) == 1:
			addr = d.Args[0]
		default:
			return
		}
		host, _ := hostPort(addr.Value)
		if d.Name == "proxy_pass" && upstreams[host] || !isHostname(host) {
			return // an upstream block, not a DNS name; or an address
		}
		fn(d, addr, resolve)
	})
}

// upstreamNames are the upstream blocks a config defines: proxy_pass to
// one of them uses the block, not DNS.
func upstreamNames(cfg *nginxconf.Config) map[string]bool {
	names := map[string]bool{}
	nginxconf.Walk(cfg.Directives, "", func(d *nginxconf.Directive, _ string) {
		if d.Name == "upstream" && len(d.Args) > 0 {
			names[d.Args[0].Value] = true
		}
	})
	return names
}
