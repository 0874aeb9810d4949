package rules

import (
	"github.com/lbgen/lbgen/lint"
	"github.com/lbgen/lbgen/lint/haproxycfg"
)

// HAProxyServerResolvedOnce flags hostname servers without resolvers.
var HAProxyServerResolvedOnce = &lint.Rule{
	ID: "LB303", Name: "haproxy-server-resolved-once", Severity: lint.Warning,
	Summary: "A server's hostname is resolved only once, at start-up.",
	Doc: "Without `resolvers`, HAProxy resolves server names when it parses the config and never again: a " +
		"restarted container with a new address is unreachable. Add a resolvers section for Docker's DNS and " +
		"`resolvers docker init-addr none` on the server (or default-server).",
	Fix: "`lbgen lint --fix` adds `init-addr none resolvers NAME resolve-prefer ipv4` to each such server line " +
		"(init-addr and resolve-prefer unless the server or its default-server sets them), as `lbgen render` writes " +
		"its default-server, and, when the file has no resolvers section, the one `lbgen render` writes for the " +
		"platform the HAProxy container runs on (Docker's DNS on Compose and Swarm) at its end. A server of a " +
		"scaled service stays one server: making it a server-template means choosing a replica ceiling (LB304).",
	Bad:   "backend app\n    balance roundrobin\n    server app1 app:3000 check",
	Good:  "backend app\n    balance roundrobin\n    server-template app- 1-10 app:3000 check resolvers docker init-addr none",
	Kinds: haproxyKinds,
	Run: func(p *lint.Pass) {
		for _, f := range p.FilesOf(lint.KindHAProxy) {
			var found []serverLine
			forServers(f.HAProxy, func(s *haproxycfg.Section, l *haproxycfg.Line, addr int) {
				host, _ := hostPort(l.Words[addr].Value)
				if isHostname(host) && !hasParam(f.HAProxy, s, l, "resolvers") {
					found = append(found, serverLine{s, l, addr})
				}
			})
			fix := resolversFix(p.Project, f, found)
			for _, sl := range found {
				fd := p.Report(f, wordsRange(sl.line, sl.addr, sl.addr), "%s is resolved once at start-up: add resolvers (Docker's DNS) to follow container changes",
					sl.line.Words[sl.addr].Value)
				fd.Fix = fix
			}
		}
	},
}

// serverLine is a server or server-template line, its section and the
// index of its address word.
type serverLine struct {
	section *haproxycfg.Section
	line    *haproxycfg.Line
	addr    int
}

// forServers calls fn for each server and server-template line of the
// proxies, with the index of its address word.
func forServers(cfg *haproxycfg.Config, fn func(s *haproxycfg.Section, l *haproxycfg.Line, addr int)) {
	for _, s := range sectionsOf(cfg, "backend", "listen") {
		for _, l := range s.Lines {
			switch {
			case l.Is("server") && len(l.Words) >= 3:
				fn(s, l, 2)
			case l.Is("server-template") && len(l.Words) >= 4:
				fn(s, l, 3)
			}
		}
	}
}

// hasParam reports whether a server line, its section's default-server or
// the defaults' default-server sets a parameter.
func hasParam(cfg *haproxycfg.Config, s *haproxycfg.Section, l *haproxycfg.Line, param string) bool {
	scopes := append([]*haproxycfg.Line{l}, lines(s, "default-server")...)
	for _, d := range sectionsOf(cfg, "defaults") {
		scopes = append(scopes, lines(d, "default-server")...)
	}
	for _, line := range scopes {
		for _, w := range line.Words[1:] {
			if w.Value == param {
				return true
			}
		}
	}
	return false
}

// paramValue returns the word after param on the server line, its
// section's default-server or the defaults' default-server.
func paramValue(cfg *haproxycfg.Config, s *haproxycfg.Section, l *haproxycfg.Line, param string) (string, bool) {
	scopes := append([]*haproxycfg.Line{l}, lines(s, "default-server")...)
	for _, d := range sectionsOf(cfg, "defaults") {
		scopes = append(scopes, lines(d, "default-server")...)
	}
	for _, line := range scopes {
		for i, w := range line.Words[1:] {
			if w.Value == param && i+2 < len(line.Words) {
				return line.Words[i+2].Value, true
			}
		}
	}
	return "", false
}
