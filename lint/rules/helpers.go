// Package rules holds lbgen lint's rules, one per file, and All, the one
// list that registers them. A rule's ID, name and fixtures share a name:
// testdata/<ID>/ holds files whose offending lines end in "# want <ID>".
package rules

import (
	"strings"

	"go.yaml.in/yaml/v4"

	"github.com/lbgen/lbgen/lint"
	"github.com/lbgen/lbgen/lint/haproxycfg"
	"github.com/lbgen/lbgen/lint/nginxconf"
)

// forServices calls fn for every compose service.
func forServices(p *lint.Pass, fn func(s *lint.Service)) {
	for _, s := range p.Project.Services {
		fn(s)
	}
}

// at is the range of a YAML node in a service's file.
func at(n *yaml.Node) lint.Range { return lint.NodeRange(n) }

// directiveRange spans a directive's name.
func directiveRange(d *nginxconf.Directive) lint.Range {
	return lint.Range{Start: lint.Pos{Line: d.Line, Col: d.Col}, End: lint.Pos{Line: d.Line, Col: d.Col + len(d.Name)}}
}

// argRange spans one argument of a directive.
func argRange(a nginxconf.Arg) lint.Range {
	return lint.Range{Start: lint.Pos{Line: a.Line, Col: a.Col}, End: lint.Pos{Line: a.Line, Col: a.Col + a.Len}}
}

// wordsRange spans words i..j (inclusive) of an HAProxy line.
func wordsRange(l *haproxycfg.Line, i, j int) lint.Range {
	j = min(j, len(l.Words)-1)
	return lint.Range{Start: lint.Pos{Line: l.No, Col: l.Words[i].Col}, End: lint.Pos{Line: l.No, Col: l.Words[j].Col + l.Words[j].Len}}
}

// nginxTop is the context of a file's top-level directives (see
// File.NginxContext).
func nginxTop(f *lint.File) string { return f.NginxContext() }

// hostPort splits an nginx or HAProxy server address "host:port".
func hostPort(addr string) (host, port string) {
	addr = strings.TrimPrefix(strings.TrimPrefix(addr, "http://"), "https://")
	if i := strings.LastIndex(addr, ":"); i >= 0 && !strings.Contains(addr[i:], "]") {
		return addr[:i], addr[i+1:]
	}
	return addr, ""
}

// isHostname reports whether an address names a host rather than an IP
// or a socket.
func isHostname(host string) bool {
	if host == "" || strings.HasPrefix(host, "unix:") || strings.HasPrefix(host, "$") || strings.HasPrefix(host, "[") || host == "localhost" {
		return false
	}
	for _, c := range host {
		if (c < '0' || c > '9') && c != '.' {
			return true
		}
	}
	return false
}

// sectionsOf returns a config's sections of the given kinds (all if none).
func sectionsOf(cfg *haproxycfg.Config, kinds ...string) []*haproxycfg.Section {
	var out []*haproxycfg.Section
	for _, s := range cfg.Sections {
		if len(kinds) == 0 {
			out = append(out, s)
			continue
		}
		for _, k := range kinds {
			if s.Kind == k {
				out = append(out, s)
			}
		}
	}
	return out
}

// lines returns a section's lines that start with the given words.
func lines(s *haproxycfg.Section, words ...string) []*haproxycfg.Line {
	var out []*haproxycfg.Line
	for _, l := range s.Lines {
		if l.Is(words...) {
			out = append(out, l)
		}
	}
	return out
}

// composeKinds, nginxKinds, ... are the Kinds fields of rules.
var (
	composeKinds    = []lint.Kind{lint.KindCompose}
	nginxKinds      = []lint.Kind{lint.KindNginx}
	haproxyKinds    = []lint.Kind{lint.KindHAProxy}
	prometheusKinds = []lint.Kind{lint.KindPrometheus}
)

// swarm reports whether a service is deployed by docker stack deploy.
func swarm(s *lint.Service) bool { return s != nil && s.Stack != nil && s.Stack.Swarm }

// behindVIP reports whether a name reaches a Swarm service through its
// virtual IP, which balances over every task: resolving it once is fine,
// and one server line reaches every replica.
func behindVIP(s *lint.Service) bool {
	return swarm(s) && lint.Value(lint.Get(lint.Get(s.Node, "deploy"), "endpoint_mode")) != "dnsrr"
}

// swarmFile reports whether a compose file is a Swarm stack file.
func swarmFile(p *lint.Project, f *lint.File) bool {
	for _, cs := range p.Stacks {
		if cs.File == f {
			return cs.Stack.Swarm
		}
	}
	return false
}

// platformTold reports whether the user said where compose file f is
// deployed (lint --platform).
func platformTold(p *lint.Project, f *lint.File) bool {
	for _, cs := range p.Stacks {
		if cs.File == f {
			return cs.Stack.PlatformTold
		}
	}
	return false
}

// nginxGroup returns the nginx files that run together with f.
func nginxGroup(p *lint.Project, f *lint.File) []*lint.File { return p.NginxGroup(f) }
