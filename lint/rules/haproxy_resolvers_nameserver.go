package rules

import "github.com/lbgen/lbgen/lint"

// HAProxyResolversNameserver flags resolvers sections that ask no one.
var HAProxyResolversNameserver = &lint.Rule{
	ID: "LB307", Name: "haproxy-resolvers-without-nameserver", Severity: lint.Error,
	Summary: "A resolvers section has no nameserver.",
	Doc:     "Add `nameserver dns1 127.0.0.11:53` (Docker's DNS), or `parse-resolv-conf`.",
	Bad:     "resolvers docker\n    hold valid 10s",
	Good:    "resolvers docker\n    nameserver dns1 127.0.0.11:53\n    hold valid 10s",
	Kinds:   haproxyKinds,
	Run: func(p *lint.Pass) {
		for _, f := range p.FilesOf(lint.KindHAProxy) {
			for _, s := range sectionsOf(f.HAProxy, "resolvers") {
				if len(lines(s, "nameserver")) == 0 && len(lines(s, "parse-resolv-conf")) == 0 {
					p.Report(f, wordsRange(s.Header, 0, len(s.Header.Words)-1), "resolvers %s has no nameserver: add nameserver dns1 127.0.0.11:53", s.Name)
				}
			}
		}
	},
}
