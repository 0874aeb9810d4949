package haproxy

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/lbgen/lbgen/gen"
	"github.com/lbgen/lbgen/schemas"
)

// Per-route settings. HAProxy chooses a backend after every http-request
// rule of the frontend has run, so a route's rules cannot be written as
// "the chosen backend": the frontend names each request's route in
// txn.route once, most specific route first (as use_backend does), and
// every per-route rule tests that. Path rewrites and request headers run
// in the backends, after the choice, so rewriting never changes which
// route a request takes.

// routeVar is the condition that a request took route r.
func routeVar(r *schemas.Route) string { return fmt.Sprintf("{ var(txn.route) -m str %s }", r.ID) }

// needsRouteVar reports whether any route has per-route rules.
func needsRouteVar(b *schemas.Balancer) bool {
	for _, r := range b.Routes {
		if r.Rewrites || r.RateLimit != nil || r.MaxBodyBytes > 0 || len(r.RequestHeaders) > 0 || len(r.ResponseHeaders) > 0 {
			return true
		}
	}
	return false
}

// routeVarRules name each request's route, in the order of sorted (most
// specific first).
func routeVarRules(sorted []gen.RouteTarget, acls map[string]string) []string {
	var out []string
	for _, rt := range sorted {
		cond := strings.TrimSpace(routeCondition(rt.Route, acls) + " !{ var(txn.route) -m found }")
		out = append(out, fmt.Sprintf("http-request set-var(txn.route) str(%s) if %s", rt.Route.ID, cond))
	}
	return out
}

// rateTable is a stick table counting each client address's requests to
// one route.
type rateTable struct{ Name, Period, Expire string }

// frontendRouteRules are the frontend's per-route rules: size limits,
// rate limits and response headers. They return the stick tables the
// rate limits need.
func frontendRouteRules(b *schemas.Balancer) (rules []string, tables []rateTable) {
	if b.MaxBodyBytes > 0 {
		rules = append(rules, fmt.Sprintf("http-request deny deny_status 413 if { req.hdr_val(content-length) gt %d }", b.MaxBodyBytes))
	}
	seen := map[string]bool{}
	for _, r := range b.Routes {
		if seen[r.ID] {
			continue // the copies of a route with several hosts
		}
		seen[r.ID] = true
		cond := routeVar(r)
		if r.MaxBodyBytes > 0 {
			rules = append(rules, fmt.Sprintf("http-request deny deny_status 413 if %s { req.hdr_val(content-length) gt %d }", cond, r.MaxBodyBytes))
		}
		if rl := r.RateLimit; rl != nil {
			t := rateTable{Name: "ratelimit_" + b.Name + "_" + r.ID, Period: "1s", Expire: "10s"}
			if rl.Per == schemas.PerMinute {
				t.Period, t.Expire = "1m", "2m"
			}
			tables = append(tables, t)
			rules = append(rules,
				fmt.Sprintf("http-request track-sc0 src table %s if %s", t.Name, cond),
				fmt.Sprintf("http-request deny deny_status 429 if %s { sc_http_req_rate(0) gt %d }", cond, rl.Requests+rl.Burst))
		}
		for _, name := range gen.SortedKeys(r.ResponseHeaders) {
			rules = append(rules, fmt.Sprintf("http-response set-header %s %s if %s", name, quoteValue(r.ResponseHeaders[name]), cond))
		}
	}
	return rules, tables
}

// backendRouteRules are the rules of pool p's backend for the routes that
// send to it: path rewrites and request headers.
func backendRouteRules(targets []gen.RouteTarget, p *gen.Pool) []string {
	var rules []string
	seen := map[string]bool{}
	for _, rt := range targets {
		r := rt.Route
		if seen[r.ID] || !sendsTo(rt, p) {
			continue
		}
		seen[r.ID] = true
		cond := routeVar(r)
		if r.Rewrites {
			rules = append(rules, rewriteRule(r)+" if "+cond)
		}
		for _, name := range gen.SortedKeys(r.RequestHeaders) {
			rules = append(rules, fmt.Sprintf("http-request set-header %s %s if %s", name, quoteValue(r.RequestHeaders[name]), cond))
		}
	}
	return rules
}

// rewriteRule replaces the route's prefix with its new one, keeping the
// query string; stripped, /api becomes / and /api/orders /orders.
func rewriteRule(r *schemas.Route) string {
	prefix := regexp.QuoteMeta(strings.TrimSuffix(r.Path, "/"))
	if r.NewPrefix == "" {
		return fmt.Sprintf(`http-request replace-path ^%s/?(.*)$ /\1`, prefix)
	}
	return fmt.Sprintf(`http-request replace-path ^%s(/.*)?$ %s\1`, prefix, r.NewPrefix)
}

// tunnelTimeout is the longest tunnel_timeout of the WebSocket routes
// that send to pool p, "" when none does.
func tunnelTimeout(targets []gen.RouteTarget, p *gen.Pool) string {
	var longest int64
	for _, rt := range targets {
		if rt.Route.WebSocket && sendsTo(rt, p) {
			longest = max(longest, int64(rt.Route.Tunnel))
		}
	}
	if longest == 0 {
		return ""
	}
	return gen.FormatDuration(time.Duration(longest))
}

func sendsTo(rt gen.RouteTarget, p *gen.Pool) bool {
	for _, sh := range rt.Shares {
		if sh.Pool == p {
			return true
		}
	}
	return slices.Contains(rt.Backups, p)
}

// quoteValue writes a header value as an HAProxy log-format string: in
// double quotes, with '%' escaped.
func quoteValue(v string) string { return `"` + strings.ReplaceAll(v, "%", "%%") + `"` }
