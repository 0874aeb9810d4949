package rules

import (
	"strings"

	"github.com/lbgen/lbgen/lint"
)

// keywordSections says where HAProxy accepts a keyword (its first word,
// or first two for stats). Keywords not listed are not checked.
var keywordSections = map[string][]string{
	"bind":            {"frontend", "listen", "peers", "log-forward"},
	"server":          {"backend", "listen", "peers", "ring"},
	"server-template": {"backend", "listen"},
	"default-server":  {"defaults", "backend", "listen", "peers", "ring"},
	"default_backend": {"defaults", "frontend", "listen"},
	"use_backend":     {"frontend", "listen", "defaults"},
	"balance":         {"defaults", "backend", "listen"},
	"nameserver":      {"resolvers"},
	"stats admin":     {"frontend", "listen", "backend"},
	"stats enable":    {"defaults", "frontend", "listen", "backend"},
	"stats uri":       {"defaults", "frontend", "listen", "backend"},
	"stats auth":      {"defaults", "frontend", "listen", "backend"},
	"stats refresh":   {"defaults", "frontend", "listen", "backend"},
	"stats realm":     {"defaults", "frontend", "listen", "backend"},
	"stats socket":    {"global"},
	"stats timeout":   {"global"},
	"stats maxconn":   {"global"},
	"maxconn":         {"global", "defaults", "frontend", "listen"},
	"http-check":      {"defaults", "backend", "listen"},
}

// HAProxyKeywordSection flags keywords outside any section or in a
// section that rejects them.
var HAProxyKeywordSection = &lint.Rule{
	ID: "LB301", Name: "haproxy-keyword-wrong-section", Severity: lint.Error,
	Summary: "A keyword outside any section, or in a section HAProxy rejects it in.",
	Doc: "HAProxy sections run until the next section keyword, so a line indented as if it stood alone still " +
		"belongs to the section above. `stats admin` is rejected in defaults, stats pages do not belong in " +
		"global, bind only in frontends. haproxy -c fails on these.",
	Bad:   "defaults\n    mode http\n\nstats enable\nstats admin if TRUE",
	Good:  "frontend stats\n    bind :8404\n    stats enable\n    stats uri /stats\n    stats auth \"${STATS_USER}:${STATS_PASSWORD}\"",
	Kinds: haproxyKinds,
	Run: func(p *lint.Pass) {
		for _, f := range p.FilesOf(lint.KindHAProxy) {
			for _, l := range f.HAProxy.Outside {
				p.Report(f, wordsRange(l, 0, 0), "%q is outside any section; put it under global, defaults, frontend, backend or listen", l.Keyword())
			}
			for _, s := range f.HAProxy.Sections {
				for _, l := range s.Lines {
					key := l.Keyword()
					n := 0
					if key == "stats" && len(l.Words) > 1 {
						key += " " + l.Words[1].Value
						n = 1
					}
					allowed, known := keywordSections[key]
					if !known || contains(allowed, s.Kind) {
						continue
					}
					p.Report(f, wordsRange(l, 0, n), "%q is not allowed in a %s section (only in %s); HAProxy rejects it here",
						key, s.Kind, strings.Join(allowed, ", "))
				}
			}
		}
	},
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
