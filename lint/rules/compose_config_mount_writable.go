package rules

import (
	"path"
	"strings"

	"go.yaml.in/yaml/v4"

	"github.com/lbgen/lbgen/lint"
	"github.com/lbgen/lbgen/lint/haproxycfg"
)

// configWriters are the images whose job is to write nginx configuration,
// and where: nginx-proxy's docker-gen renders conf.d/default.conf, and the
// ACME companions write certificates and vhost.d snippets. Their mounts
// must stay writable (the nginx that reads them mounts them read-only).
var configWriters = map[string]string{
	"nginx-proxy": "/etc/nginx/conf.d", "docker-gen": "/etc/nginx",
	"acme-companion": "/etc/nginx", "letsencrypt-nginx-proxy-companion": "/etc/nginx",
}

// writesConfig reports whether an image writes the configuration mounted
// at target.
func writesConfig(image, target string) bool {
	name := image[strings.LastIndex(image, "/")+1:]
	name, _, _ = strings.Cut(name, ":")
	name, _, _ = strings.Cut(name, "@")
	dir, ok := configWriters[name]
	return ok && (target == dir || strings.HasPrefix(target, dir+"/"))
}

// configDirs are where balancers and monitoring read their configuration.
var configDirs = []string{"/etc/nginx", "/usr/local/etc/haproxy", "/etc/haproxy", "/etc/prometheus", "/etc/grafana", "/etc/alertmanager"}

// ComposeConfigMountWritable flags configuration bind-mounted read-write.
var ComposeConfigMountWritable = &lint.Rule{
	ID: "LB116", Name: "compose-config-mount-writable", Severity: lint.Warning,
	Summary: "A configuration file is bind-mounted read-write.",
	Doc: "A balancer or monitoring container that can write its own configuration on the host can be turned " +
		"into a persistent foothold, and a bug can corrupt the file in your repository. Mount configs read-only (:ro). " +
		"Not reported where a container's job is to write them: nginx-proxy's conf.d (its docker-gen renders default.conf) " +
		"the mounts of the ACME companions (acme-companion, docker-gen), also those they share with volumes_from, and " +
		"the haproxy.cfg of an HAProxy that runs the Data Plane API (a program section), which rewrites it, and a " +
		"directory where HAProxy creates a UNIX socket (stats socket, bind).",
	Fix: "`lbgen lint --fix` adds :ro to the short syntax (rw becomes ro; other options such as z stay) and " +
		"`read_only: true` to the long one. Not for nginx's conf.d when the service mounts templates: the image's " +
		"entrypoint writes the rendered templates there.",
	Bad:   "services:\n  lb:\n    image: nginx:1.30-alpine\n    volumes:\n      - ./nginx.conf:/etc/nginx/conf.d/default.conf",
	Good:  "services:\n  lb:\n    image: nginx:1.30-alpine\n    volumes:\n      - ./nginx.conf:/etc/nginx/conf.d/default.conf:ro",
	Kinds: composeKinds,
	Run: func(p *lint.Pass) {
		// A mount written once under an anchor is every merging service's:
		// its findings share one fix.
		fixes := map[*yaml.Node]*lint.Fix{}
		forServices(p, func(s *lint.Service) {
			for _, m := range s.Mounts {
				if rendersInto(s, m.Target) {
					fixes[m.Node] = nil // no fix, for any service sharing it
				}
			}
		})
		written := haproxyWrites(p.Project)
		forServices(p, func(s *lint.Service) {
			for _, m := range s.Mounts {
				if !m.Bind || m.ReadOnly || writesConfig(s.Image, m.Target) || sharedWithWriter(p, s, m.Target) ||
					holdsAny(m.Target, written[s]) {
					continue
				}
				for _, dir := range configDirs {
					if m.Target == dir || strings.HasPrefix(m.Target, dir+"/") {
						fd := p.Report(s.File, at(m.Node), "%q mounts its configuration %s writable; add :ro", s.Name, m.Target)
						if _, ok := fixes[m.Node]; !ok {
							fixes[m.Node] = readOnlyFix(s.File, m.Node)
						}
						fd.Fix = fixes[m.Node]
						break
					}
				}
			}
		})
	},
}

// sharedWithWriter reports whether a config writer mounts s's volumes
// through volumes_from (read-write): nginx-proxy's ACME companion writes
// certificates and vhost.d snippets into the proxy's own mounts.
func sharedWithWriter(p *lint.Pass, s *lint.Service, target string) bool {
	for _, o := range p.Project.Services {
		if o.Stack != s.Stack || !writesConfig(o.Image, target) {
			continue
		}
		for _, v := range lint.Items(lint.Get(o.Node, "volumes_from")) {
			if name, mode, _ := strings.Cut(lint.Value(v), ":"); name == s.Name && mode != "ro" {
				return true
			}
		}
	}
	return false
}

// haproxyWrites are, for each service running HAProxy, the paths its
// HAProxy writes: the haproxy.cfg the Data Plane API rewrites on every
// change (when a program section runs it), and the UNIX sockets it
// creates (stats socket, bind on a path).
func haproxyWrites(p *lint.Project) map[*lint.Service][]string {
	out := map[*lint.Service][]string{}
	for _, f := range p.FilesOf(lint.KindHAProxy) {
		if f.HAProxy == nil {
			continue
		}
		sockets := unixSockets(f.HAProxy)
		for _, r := range p.MountedBy(f) {
			out[r.Service] = append(out[r.Service], sockets...)
			if runsDataplaneAPI(f.HAProxy) {
				out[r.Service] = append(out[r.Service], r.Target)
			}
		}
	}
	return out
}

// unixSockets are the paths of the UNIX sockets an HAProxy config binds.
func unixSockets(cfg *haproxycfg.Config) []string {
	var out []string
	for _, s := range cfg.Sections {
		for _, l := range s.Lines {
			addr := ""
			switch {
			case l.Is("stats", "socket") && len(l.Words) > 2:
				addr = l.Words[2].Value
			case l.Is("bind") && len(l.Words) > 1:
				addr = l.Words[1].Value
			}
			if addr = strings.TrimPrefix(addr, "unix@"); strings.HasPrefix(addr, "/") {
				out = append(out, addr)
			}
		}
	}
	return out
}

// runsDataplaneAPI reports whether HAProxy starts the Data Plane API.
func runsDataplaneAPI(cfg *haproxycfg.Config) bool {
	for _, s := range sectionsOf(cfg, "program") {
		for _, l := range lines(s, "command") {
			for _, w := range l.Words {
				if path.Base(w.Value) == "dataplaneapi" {
					return true
				}
			}
		}
	}
	return false
}

// holdsAny reports whether a mount target is, or holds, one of the paths.
func holdsAny(target string, paths []string) bool {
	for _, p := range paths {
		if p == target || strings.HasPrefix(p, strings.TrimSuffix(target, "/")+"/") {
			return true
		}
	}
	return false
}
