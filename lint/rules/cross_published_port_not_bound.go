package rules

import (
	"path"
	"strconv"
	"strings"

	"github.com/lbgen/lbgen/component"
	"github.com/lbgen/lbgen/lint"
	"github.com/lbgen/lbgen/lint/haproxycfg"
	"github.com/lbgen/lbgen/lint/nginxconf"
)

// CrossPublishedPortNotBound flags a balancer that publishes a port its
// configuration does not listen on.
var CrossPublishedPortNotBound = &lint.Rule{
	ID: "LB501", Name: "published-port-not-bound", Severity: lint.Error,
	Summary: "A balancer publishes a port its config does not listen on.",
	Doc: "The port is published on the host, but nothing in the container listens there: connections are " +
		"reset. Typical: a stats page configured outside a frontend. lbgen reads the whole configuration the " +
		"container runs: its main config (mounted, or the official image's, which includes conf.d/*.conf), every " +
		"file it includes through the service's mounts and templates, and the image's stock default.conf where no mount " +
		"hides it. HAProxy's runtime API on TCP (`stats socket ipv4@:9999`) listens too. When part of it cannot be seen (a custom image, a variable, " +
		"a program section HAProxy starts), the port is not checked. " +
		"Add the listener (bind/listen), or stop publishing the port.",
	Bad:   "# docker-compose.yml publishes \"8404:8404\", haproxy.cfg binds only :80",
	Good:  "frontend stats\n    bind :8404\n    stats enable",
	Kinds: []lint.Kind{lint.KindCompose, lint.KindHAProxy, lint.KindNginx},
	Run: func(p *lint.Pass) {
		seen := map[*lint.Service]map[string]*lint.File{}
		for _, f := range p.Project.Files {
			for _, ref := range p.Project.MountedBy(f) {
				if seen[ref.Service] == nil {
					seen[ref.Service] = map[string]*lint.File{}
				}
				seen[ref.Service][path.Clean(ref.Target)] = f
			}
		}
		for s, files := range seen {
			bound, known := serviceListeners(p.Project, s, files)
			if !known {
				continue
			}
			for _, port := range s.Ports {
				if port.Target != "" && !bound[port.Target] {
					p.Report(s.File, at(port.Node), "%q publishes container port %s, but its configuration listens on no such port (it listens on %s)",
						s.Name, port.Target, portList(bound))
				}
			}
		}
	},
}

// serviceListeners returns the ports a balancer's configuration listens
// on, and whether lint sees all of it. files maps paths in the container
// to the project's files there.
func serviceListeners(p *lint.Project, s *lint.Service, files map[string]*lint.File) (map[string]bool, bool) {
	var roots []*lint.File
	bound := map[string]bool{}
	switch s.Component() {
	case component.ConfigHAProxy:
		for _, main := range []string{component.HAProxyConfig, "/etc/haproxy/haproxy.cfg"} {
			if f := files[main]; f != nil {
				roots = append(roots, f)
			}
		}
	case component.ConfigNginx:
		main := files[component.NginxConfigDir+"/nginx.conf"]
		if main == nil {
			main = files[component.OpenRestyConfigDir+"/nginx.conf"]
		}
		if main != nil {
			roots = append(roots, main)
			break
		}
		if s.Built || component.ImageComponent(s.Image) != component.ConfigNginx {
			return nil, false // a custom image's nginx.conf: unknown
		}
		// The official image's nginx.conf includes conf.d/*.conf.
		for target, f := range files {
			if ok, _ := path.Match(component.NginxTemplateOutputDir+"/*.conf", confTarget(target)); ok {
				roots = append(roots, f)
			}
		}
		if _, _, hidden := s.HostPath(component.NginxSiteConfig); !hidden {
			bound["80"] = true // the stock default.conf
		}
	}
	if len(roots) == 0 {
		return nil, false
	}
	for _, f := range reachable(p, roots) {
		if f.ParseErr != nil {
			return nil, false
		}
		ports, known := listeners(f)
		if !known {
			return nil, false
		}
		for port := range ports {
			bound[port] = true
		}
	}
	return bound, true
}

// confTarget is where a file takes effect: a template's output path, or
// its own.
func confTarget(target string) string {
	if out := component.NginxTemplateOutput(target); out != "" {
		return out
	}
	return target
}

// reachable returns the files and every file their includes reach.
func reachable(p *lint.Project, roots []*lint.File) []*lint.File {
	seen := map[*lint.File]bool{}
	var out []*lint.File
	var visit func(f *lint.File)
	visit = func(f *lint.File) {
		if seen[f] {
			return
		}
		seen[f] = true
		out = append(out, f)
		if f.Nginx == nil {
			return
		}
		nginxconf.Walk(f.Nginx.Directives, "", func(d *nginxconf.Directive, _ string) {
			if ref := p.Include(d); ref != nil {
				for _, g := range ref.Files {
					visit(g)
				}
			}
		})
	}
	for _, f := range roots {
		visit(f)
	}
	return out
}

// listeners are the ports a config binds or listens on; known is false
// when one is a placeholder or variable lint cannot read.
func listeners(f *lint.File) (ports map[string]bool, known bool) {
	ports = map[string]bool{}
	known = true
	if f.HAProxy != nil {
		// A program HAProxy starts (the Data Plane API, on 5555) listens
		// where the config does not say.
		if len(sectionsOf(f.HAProxy, "program")) > 0 {
			return nil, false
		}
		for port := range statsSocketPorts(f.HAProxy) {
			ports[port] = true
		}
		for _, s := range sectionsOf(f.HAProxy, "frontend", "listen", "peers") {
			for _, l := range lines(s, "bind") {
				if port, ok := bindPort(l); ok {
					ports[strconv.Itoa(port)] = true
				} else if len(l.Words) > 1 && strings.Contains(l.Words[1].Value, "$") {
					known = false
				}
			}
		}
		return ports, known
	}
	if f.Nginx == nil {
		return ports, true
	}
	nginxconf.Walk(f.Nginx.Directives, "", func(d *nginxconf.Directive, _ string) {
		if d.Name != "listen" || len(d.Args) == 0 {
			return
		}
		a := d.Args[0].Value
		if strings.Contains(a, "$") {
			known = false
			return
		}
		if i := strings.LastIndex(a, ":"); i >= 0 {
			a = a[i+1:]
		}
		if _, err := strconv.Atoi(a); err == nil {
			ports[a] = true
		} else if !strings.HasPrefix(a, "unix") {
			ports["80"] = true // an address without a port listens on 80
		}
	})
	return ports, known
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

// statsSocketPorts are the TCP ports of the runtime API: a global
// "stats socket ipv4@:9999" (or HOST:PORT) listens there.
func statsSocketPorts(cfg *haproxycfg.Config) map[string]bool {
	ports := map[string]bool{}
	for _, s := range sectionsOf(cfg, "global") {
		for _, l := range lines(s, "stats") {
			if len(l.Words) < 3 || l.Words[1].Value != "socket" {
				continue
			}
			addr := l.Words[2].Value
			if i := strings.LastIndex(addr, ":"); i >= 0 && !strings.HasPrefix(addr, "/") && !strings.HasPrefix(addr, "unix@") {
				if _, err := strconv.Atoi(addr[i+1:]); err == nil {
					ports[addr[i+1:]] = true
				}
			}
		}
	}
	return ports
}
