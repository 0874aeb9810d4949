package schemas

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/hashicorp/hcl/v2"
)

// DefaultTunnelTimeout is how long an upgraded (WebSocket) connection may
// idle: long enough for chat-style clients that ping every few minutes.
const DefaultTunnelTimeout = time.Hour

// headerValuePattern is what a header value may hold so it goes verbatim
// into nginx (no variables: '$') and HAProxy ('%' is escaped) configs.
var headerValuePattern = regexp.MustCompile(`^[^"\\$\x00-\x1f\x7f]*$`)

// expandHosts gives each route its ID and turns a route with several
// hosts into one route per host, which is how both engines match them
// (nginx server blocks, HAProxy host ACLs). The copies share the ID, so a
// rate limit is one budget across the route's hosts.
func (v *validator) expandHosts(b *Balancer) {
	var out []*Route
	for i, r := range b.Routes {
		r.ID = fmt.Sprintf("route%d", i+1)
		if len(r.Hosts) == 0 {
			out = append(out, r)
			continue
		}
		if r.Host != "" {
			v.errorf(r.HostsRange, "Both host and hosts", "Route %q sets host and hosts; list every host in hosts.", r.Path)
			out = append(out, r)
			continue
		}
		for _, h := range r.Hosts {
			c := *r
			c.Host, c.HostRange = h, r.HostsRange
			out = append(out, &c)
		}
	}
	b.Routes = out
}

// routeOptions checks the per-route HTTP settings and applies their
// defaults.
func (v *validator) routeOptions(b *Balancer, r *Route) {
	v.rewrite(r)
	r.Tunnel = v.duration(r.TunnelRaw, r.TunnelRange, "tunnel_timeout", DefaultTunnelTimeout)
	if r.TunnelRaw != "" && !r.WebSocket {
		v.errorf(r.TunnelRange, "Tunnel timeout without websocket", "tunnel_timeout applies to upgraded connections: set websocket = true on route %q, or remove it.", r.Path)
	}
	v.headers(r.RequestHeaders, r.ReqHdrRange)
	v.headers(r.ResponseHeaders, r.RespHdrRange)
	if r.MaxBody != "" {
		size, err := ParseSize(r.MaxBody)
		if err != nil {
			v.errorf(r.MaxBodyRange, "Invalid size", "%s.", err)
		}
		r.MaxBodyBytes = size
	}
	if rl := r.RateLimit; rl != nil {
		v.rateLimit(rl)
	}
	v.extra(b, r.Extra, r.ExtraRange)
	if len(r.Extra) > 0 && b.Engine == EngineHAProxy {
		v.errorf(r.ExtraRange, "Route extra on HAProxy",
			"An HAProxy route is a set of rules in the frontend, with no section of its own to add lines to: put them in the balancer's extra (the frontend) with your own condition, or in backend_extra.")
	}
}

// rewrite checks strip_prefix and rewrite_prefix: one of them, on a route
// with a prefix to replace, and a plain path to replace it with.
func (v *validator) rewrite(r *Route) {
	switch {
	case r.StripPrefix && r.RewritePrefix != nil:
		v.errorf(r.RewriteRange, "Strip and rewrite", "Route %q sets strip_prefix and rewrite_prefix; rewrite_prefix = \"/\" strips the prefix.", r.Path)
		return
	case r.RewritePrefix != nil:
		p := *r.RewritePrefix
		v.path(p, r.RewriteRange, "rewrite_prefix")
		if strings.ContainsAny(p, "?&=") {
			v.errorf(r.RewriteRange, "Invalid rewrite_prefix", "rewrite_prefix %q must be a path without a query.", p)
		}
		r.Rewrites, r.NewPrefix = true, strings.TrimSuffix(p, "/")
	case r.StripPrefix:
		r.Rewrites = true
	default:
		return
	}
	if r.Path == "/" {
		rng := at(r.StripRange, r.RewriteRange)
		v.errorf(rng, "Nothing to rewrite", "Route \"/\" has no prefix to strip or rewrite.")
		r.Rewrites = false
	}
}

func (v *validator) headers(h map[string]string, rng hcl.Range) {
	names := make([]string, 0, len(h))
	for name := range h {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		if !headerNamePattern.MatchString(name) {
			v.errorf(rng, "Invalid header name", "%q cannot be a header name: use letters, digits and '-'.", name)
		}
		if !headerValuePattern.MatchString(h[name]) {
			v.errorf(rng, "Invalid header value",
				"The value of %s may not hold quotes, backslashes, '$' (engine variables differ between nginx and HAProxy) or control characters.", name)
		}
	}
}

func (v *validator) rateLimit(rl *RateLimit) {
	if rl.Requests < 1 {
		v.errorf(rl.RequestsRange, "Invalid rate limit", "requests must be at least 1, got %d.", rl.Requests)
	}
	if rl.Per == "" {
		rl.Per = PerSecond
	}
	v.oneOf(rl.Per, []string{PerSecond, PerMinute}, at(rl.PerRange, rl.DefRange), "rate-limit period")
	if rl.Burst < 0 {
		v.errorf(rl.BurstRange, "Invalid rate limit", "burst must not be negative, got %d.", rl.Burst)
	}
}

// extra checks raw engine lines: each nginx entry is complete directives
// (ending in ';' or '}'), each HAProxy entry one keyword line.
func (v *validator) extra(b *Balancer, lines []string, rng hcl.Range) {
	for _, l := range lines {
		l = strings.TrimSpace(l)
		switch {
		case l == "":
			v.errorf(rng, "Empty extra line", "Remove the empty entry.")
		case b.Engine == EngineNginx && !strings.HasSuffix(l, ";") && !strings.HasSuffix(l, "}"):
			v.errorf(rng, "Incomplete nginx directive", "%q must end with ';' (or '}' for a block): each entry is written into the config as it is.", l)
		case b.Engine == EngineHAProxy && strings.ContainsAny(l, "\n\r"):
			v.errorf(rng, "Multi-line HAProxy extra", "Each HAProxy entry is one config line; split %q into several entries.", l)
		}
	}
}
