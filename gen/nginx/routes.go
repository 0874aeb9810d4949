package nginx

import (
	"cmp"
	"fmt"
	"regexp"
	"strings"

	"github.com/lbgen/lbgen/gen"
	"github.com/lbgen/lbgen/schemas"
)

// proxyHeaders are the request headers every proxied request carries. A
// location that sets a header of its own must repeat them all: nginx
// inherits proxy_set_header from the http level only into locations that
// set none.
func proxyHeaders(keepalive bool, trusted bool) []string {
	var h []string
	if keepalive {
		h = append(h, `Connection ""`)
	}
	h = append(h, "Host $host", "X-Real-IP $remote_addr", "X-Forwarded-For $proxy_add_x_forwarded_for")
	if trusted {
		return append(h, "X-Forwarded-Proto $forwarded_proto")
	}
	return append(h, "X-Forwarded-Proto $scheme")
}

// rateZone is a limit_req_zone: one per rate-limited route, keyed on the
// client address.
type rateZone struct{ Name, Rate string }

func rateZones(b *schemas.Balancer) []rateZone {
	var zones []rateZone
	seen := map[string]bool{}
	for _, r := range b.Routes {
		if r.RateLimit == nil || seen[r.ID] {
			continue
		}
		seen[r.ID] = true
		unit := "r/s"
		if r.RateLimit.Per == schemas.PerMinute {
			unit = "r/m"
		}
		zones = append(zones, rateZone{Name: zoneName(b, r), Rate: fmt.Sprintf("%d%s", r.RateLimit.Requests, unit)})
	}
	return zones
}

func zoneName(b *schemas.Balancer, r *schemas.Route) string { return varName(b.Name) + "_" + r.ID }

// routeLines are the directives a route adds to each of its locations,
// after proxy_pass. exact is true for the "location = PATH" block of a
// route matched on whole segments.
func routeLines(b *schemas.Balancer, v *view, r *schemas.Route, exact bool) []string {
	var lines []string
	if r.Rewrites {
		lines = append(lines, rewriteLine(r, exact))
	}
	if rl := r.RateLimit; rl != nil {
		l := "limit_req zone=" + zoneName(b, r)
		if rl.Burst > 0 {
			l += fmt.Sprintf(" burst=%d nodelay", rl.Burst)
		}
		lines = append(lines, l+";")
	}
	if r.MaxBodyBytes > 0 {
		lines = append(lines, "client_max_body_size "+sizeK(r.MaxBodyBytes)+";")
	}
	lines = append(lines, headerLines(v, r)...)
	if r.WebSocket {
		t := gen.FormatDuration(r.Tunnel)
		lines = append(lines, "proxy_read_timeout "+t+";", "proxy_send_timeout "+t+";")
	}
	for _, e := range r.Extra {
		lines = append(lines, strings.TrimSpace(e))
	}
	return lines
}

// rewriteLine replaces the route's prefix with its new one (or strips
// it); the query string is kept. "break" proxies the rewritten URI.
func rewriteLine(r *schemas.Route, exact bool) string {
	if exact {
		return fmt.Sprintf("rewrite ^ %s break;", cmp.Or(r.NewPrefix, "/"))
	}
	prefix := regexp.QuoteMeta(strings.TrimSuffix(r.Path, "/"))
	return fmt.Sprintf("rewrite ^%s(/.*)$ %s$1 break;", prefix, r.NewPrefix)
}

// headerLines set the route's request headers (with every common one, and
// the upgrade headers for WebSockets) and its response headers (with HSTS,
// which add_header in the location would otherwise drop).
func headerLines(v *view, r *schemas.Route) []string {
	var lines []string
	if r.WebSocket || len(r.RequestHeaders) > 0 {
		for _, h := range v.ProxyHeaders {
			if r.WebSocket && strings.HasPrefix(h, "Connection ") {
				continue
			}
			lines = append(lines, "proxy_set_header "+h+";")
		}
		if r.WebSocket {
			lines = append(lines, "proxy_set_header Upgrade $http_upgrade;", "proxy_set_header Connection $connection_upgrade;")
		}
		for _, name := range gen.SortedKeys(r.RequestHeaders) {
			lines = append(lines, fmt.Sprintf("proxy_set_header %s %q;", name, r.RequestHeaders[name]))
		}
	}
	if len(r.ResponseHeaders) > 0 {
		for _, name := range gen.SortedKeys(r.ResponseHeaders) {
			lines = append(lines, fmt.Sprintf("add_header %s %q always;", name, r.ResponseHeaders[name]))
		}
		if v.TLS != nil && v.TLS.HSTS != "" {
			lines = append(lines, "add_header Strict-Transport-Security $hsts always;")
		}
	}
	return lines
}

// sizeK writes a size in kilobytes, rounded up, as nginx reads it.
func sizeK(n int64) string { return fmt.Sprintf("%dk", (n+1023)/1024) }
