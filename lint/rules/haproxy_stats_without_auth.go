package rules

import (
	"github.com/lbgen/lbgen/lint"
	"github.com/lbgen/lbgen/lint/haproxycfg"
)

// HAProxyStatsWithoutAuth flags stats pages anyone can read (or run).
var HAProxyStatsWithoutAuth = &lint.Rule{
	ID: "LB302", Name: "haproxy-stats-without-auth", Severity: lint.Warning,
	Summary: "The stats page has no authentication.",
	Doc: "The stats page shows every backend and server; with `stats admin` it can also disable them. Add " +
		"`stats auth \"${STATS_USER}:${STATS_PASSWORD}\"` (credentials from the environment) and serve it on its own port. " +
		"`http-request auth` (or `stats http-request auth`) against a userlist counts as authentication too.",
	Bad:   "frontend stats\n    bind :8404\n    stats enable\n    stats admin if TRUE",
	Good:  "frontend stats\n    bind :8404\n    stats enable\n    stats auth \"${STATS_USER}:${STATS_PASSWORD}\"",
	Kinds: haproxyKinds,
	Run: func(p *lint.Pass) {
		for _, f := range p.FilesOf(lint.KindHAProxy) {
			defaultsAuth := false
			for _, s := range sectionsOf(f.HAProxy, "defaults") {
				defaultsAuth = defaultsAuth || len(lines(s, "stats", "auth")) > 0
			}
			for _, s := range sectionsOf(f.HAProxy, "defaults", "frontend", "backend", "listen") {
				page := statsPage(s)
				if page == nil || len(lines(s, "stats", "auth")) > 0 || (s.Kind != "defaults" && defaultsAuth) || httpAuth(s) {
					continue
				}
				msg := "the stats page has no authentication: add stats auth with credentials from the environment"
				if len(lines(s, "stats", "admin")) > 0 {
					msg = "the stats page has admin mode but no authentication: anyone can disable servers; add stats auth"
				}
				p.Report(f, wordsRange(page, 0, 1), "%s", msg)
			}
		}
	},
}

// statsPage returns the line that turns a section's stats page on.
func statsPage(s *haproxycfg.Section) *haproxycfg.Line {
	for _, l := range s.Lines {
		if l.Is("stats", "enable") || l.Is("stats", "uri") {
			return l
		}
	}
	return nil
}

// httpAuth reports whether a section asks for credentials with
// http-request auth (often checked against a userlist: http_auth(admins)),
// on the stats page or for the whole section.
func httpAuth(s *haproxycfg.Section) bool {
	return len(lines(s, "stats", "http-request", "auth")) > 0 || len(lines(s, "http-request", "auth")) > 0
}
