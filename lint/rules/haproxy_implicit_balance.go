package rules

import "github.com/lbgen/lbgen/lint"

// HAProxyImplicitBalance flags backends without an explicit balance.
var HAProxyImplicitBalance = &lint.Rule{
	ID: "LB311", Name: "haproxy-implicit-balance", Severity: lint.Warning,
	Summary: "A backend relies on the default balance algorithm.",
	Doc:     "HAProxy 3.3 changed the default from roundrobin to random: write `balance` explicitly so upgrades do not change behaviour. A backend with a single server line needs none.",
	Bad:     "backend app\n    server-template app- 1-10 app:3000 check resolvers docker init-addr none",
	Good:    "backend app\n    balance roundrobin\n    server-template app- 1-10 app:3000 check resolvers docker init-addr none",
	Kinds:   haproxyKinds,
	Run: func(p *lint.Pass) {
		for _, f := range p.FilesOf(lint.KindHAProxy) {
			inDefaults := false
			for _, d := range sectionsOf(f.HAProxy, "defaults") {
				inDefaults = inDefaults || len(lines(d, "balance")) > 0
			}
			if inDefaults {
				continue
			}
			for _, s := range sectionsOf(f.HAProxy, "backend", "listen") {
				servers, templates := len(lines(s, "server")), len(lines(s, "server-template"))
				if servers+templates == 0 || servers == 1 && templates == 0 {
					continue // one server: no algorithm chooses anything
				}
				if len(lines(s, "balance")) == 0 {
					p.Report(f, wordsRange(s.Header, 0, len(s.Header.Words)-1), "%s %s has no balance line; the default changed in HAProxy 3.3, write it", s.Kind, s.Name)
				}
			}
		}
	},
}
