package rules

import (
	"strconv"
	"strings"

	"github.com/lbgen/lbgen/lint"
	"github.com/lbgen/lbgen/lint/nginxconf"
)

// CrossPublishedPortNotBound flags a balancer that publishes a port its
// mounted config does not listen on.
var CrossPublishedPortNotBound = &lint.Rule{
	ID: "LB501", Name: "published-port-not-bound", Severity: lint.Error,
	Summary: "A balancer publishes a port its config does not listen on.",
	Doc: "The port is published on the host, but nothing in the container listens there: connections are " +
		"reset. Typical: a stats page configured outside a frontend. Add the listener (bind/listen), or stop publishing the port.",
	Bad:   "# docker-compose.yml publishes \"8404:8404\", haproxy.cfg binds only :80",
	Good:  "frontend stats\n    bind :8404\n    stats enable",
	Kinds: []lint.Kind{lint.KindCompose, lint.KindHAProxy, lint.KindNginx},
	Run: func(p *lint.Pass) {
		for _, f := range p.Project.Files {
			if f.ParseErr != nil || (f.Kind != lint.KindHAProxy && f.Kind != lint.KindNginx) {
				continue
			}
			for _, ref := range p.Project.MountedBy(f) {
				if !mainConfig(f, ref.Target) {
					continue
				}
				bound := listeners(f)
				for _, port := range ref.Service.Ports {
					if port.Target != "" && !bound[port.Target] {
						p.Report(ref.Service.File, at(port.Node), "%q publishes container port %s, but %s listens on no such port (it listens on %s)",
							ref.Service.Name, port.Target, f.Path, portList(bound))
					}
				}
			}
		}
	},
}

// mainConfig reports whether a mount puts the file where the image reads
// its whole configuration, so its listeners are all there are.
func mainConfig(f *lint.File, target string) bool {
	if f.Kind == lint.KindHAProxy {
		return strings.HasSuffix(target, "haproxy.cfg")
	}
	return target == "/etc/nginx/nginx.conf" || target == "/etc/nginx/conf.d/default.conf"
}

// listeners are the ports a config binds or listens on.
func listeners(f *lint.File) map[string]bool {
	ports := map[string]bool{}
	if f.Kind == lint.KindHAProxy {
		for _, s := range sectionsOf(f.HAProxy, "frontend", "listen", "peers") {
			for _, l := range lines(s, "bind") {
				if port, ok := bindPort(l); ok {
					ports[strconv.Itoa(port)] = true
				}
			}
		}
		return ports
	}
	nginxconf.Walk(f.Nginx.Directives, "", func(d *nginxconf.Directive, _ string) {
		if d.Name == "listen" && len(d.Args) > 0 {
			a := d.Args[0].Value
			if i := strings.LastIndex(a, ":"); i >= 0 {
				a = a[i+1:]
			}
			if _, err := strconv.Atoi(a); err == nil {
				ports[a] = true
			}
		}
	})
	return ports
}

func portList(ports map[string]bool) string {
	if len(ports) == 0 {
		return "nothing"
	}
	var list []string
	for p := range ports {
		list = append(list, p)
	}
	return strings.Join(dedupe(sortStrings(list)), ", ")
}
