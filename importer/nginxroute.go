package importer

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/lbgen/lbgen/lint/nginxconf"
)

// rateLimit is a route's rate_limit block.
type rateLimit struct {
	requests, burst int
	perMinute       bool
}

// rateZones reads the limit_req_zone blocks a route's rate_limit can
// stand for: keyed on the client address, at a rate per second or
// minute, and used only by limit_req in locations (a server-level one
// stays in the escape hatch, and so does its zone).
func (n *nginxImport) rateZones() map[string]*rateLimit {
	zones := map[string]*rateLimit{}
	elsewhere := map[string]bool{}
	for _, f := range n.files {
		nginxconf.Walk(f.Nginx.Directives, f.NginxContext(), func(d *nginxconf.Directive, ctx string) {
			switch {
			case d.Name == "limit_req_zone" && ctx == "http":
				if name, rl := zoneOf(d); rl != nil {
					zones[name] = rl
				}
			case d.Name == "limit_req" && ctx != "location":
				elsewhere[limitZone(d)] = true
			}
		})
	}
	for name := range elsewhere {
		delete(zones, name)
	}
	return zones
}

// zoneOf reads limit_req_zone $binary_remote_addr zone=NAME:SIZE rate=Nr/s.
func zoneOf(d *nginxconf.Directive) (string, *rateLimit) {
	if len(d.Args) != 3 || d.Args[0].Value != "$binary_remote_addr" && d.Args[0].Value != "$remote_addr" {
		return "", nil
	}
	zone, ok1 := strings.CutPrefix(d.Args[1].Value, "zone=")
	rate, ok2 := strings.CutPrefix(d.Args[2].Value, "rate=")
	name, _, _ := strings.Cut(zone, ":")
	rl := &rateLimit{}
	num, ok3 := strings.CutSuffix(rate, "r/s")
	if !ok3 {
		num, ok3 = strings.CutSuffix(rate, "r/m")
		rl.perMinute = true
	}
	var err error
	rl.requests, err = strconv.Atoi(num)
	if !ok1 || !ok2 || !ok3 || err != nil || name == "" || rl.requests < 1 {
		return "", nil
	}
	return name, rl
}

// zoneName is the name a limit_req_zone defines.
func zoneName(d *nginxconf.Directive) string {
	name, _ := zoneOf(d)
	return name
}

// limitZone is the zone a limit_req names.
func limitZone(d *nginxconf.Directive) string {
	for _, a := range d.Args {
		if z, ok := strings.CutPrefix(a.Value, "zone="); ok {
			return z
		}
	}
	return ""
}

// limitReq imports limit_req zone=NAME [burst=N] [nodelay] on a zone
// rateZones took.
func (n *nginxImport) limitReq(r *route, c *nginxconf.Directive) bool {
	zone := n.zones[limitZone(c)]
	if c.Name != "limit_req" || zone == nil {
		return false
	}
	rl := *zone
	nodelay := false
	for _, a := range c.Args {
		k, v, _ := strings.Cut(a.Value, "=")
		switch k {
		case "zone":
		case "burst":
			rl.burst, _ = strconv.Atoi(v)
		case "nodelay":
			nodelay = true
		default:
			n.im.changed("", "limit_req "+a.Value, n.at(c), "lbgen answers the requests above the burst at once (nodelay)")
		}
	}
	if rl.burst > 0 && !nodelay {
		n.im.changed("", "limit_req without nodelay", n.at(c), "lbgen lets a burst through at once (nodelay) instead of delaying it to the rate")
	}
	r.rateLimit = &rl
	n.im.imported("nginx "+nginxText(c)+" (the route's rate_limit)", n.at(c))
	return true
}

// proxyURI imports the URI part of proxy_pass: "/" strips the location's
// prefix, "/v2/" replaces it.
func (n *nginxImport) proxyURI(r *route, path, uri string, pass *nginxconf.Directive) {
	switch {
	case r.path == "/" && uri == "/":
	case uri == "/":
		r.stripPrefix = true
	case r.path != "/" && strings.HasSuffix(uri, "/") == strings.HasSuffix(path, "/"):
		r.rewritePrefix = strings.TrimSuffix(uri, "/")
	default:
		n.im.skipped("nginx proxy_pass URI "+uri, n.at(pass), "an imported route strips its prefix or replaces it by another, not route \"/\"'s")
	}
}

// rewrite imports the rewrites of a route's prefix lbgen renders, and
// the common hand-written form: in a location = PATH, rewrite ^ NEW
// break; in a prefix location, rewrite ^PATH(/.*)$ NEW$1 break or
// rewrite ^PATH/(.*)$ NEW/$1 break. NEW "/" (or "") strips the prefix.
func (n *nginxImport) rewrite(r *route, c *nginxconf.Directive, exact bool) bool {
	if c.Name != "rewrite" || len(c.Args) != 3 || c.Args[2].Value != "break" || r.path == "/" {
		return false
	}
	pattern, repl := c.Args[0].Value, c.Args[1].Value
	var prefix string
	switch {
	case exact && pattern == "^":
		prefix = strings.TrimSuffix(repl, "/")
	case prefixPattern(pattern, r.path, "(/.*)") && strings.HasSuffix(repl, "$1") && !strings.HasSuffix(repl, "/$1"):
		prefix = strings.TrimSuffix(repl, "$1")
	case prefixPattern(pattern, r.path, "/(.*)") && strings.HasSuffix(repl, "/$1"):
		prefix = strings.TrimSuffix(repl, "/$1")
		n.im.changed("", "rewrite "+pattern, n.at(c), "the route's own path ("+r.path+") is rewritten too, to "+prefix+"/")
	default:
		return false
	}
	if strings.ContainsAny(prefix, "$^()") || prefix != "" && !strings.HasPrefix(prefix, "/") {
		return false
	}
	if prefix == "" {
		r.stripPrefix = true
	} else {
		r.rewritePrefix = prefix
	}
	n.im.imported("nginx "+nginxText(c)+" (the route's strip_prefix or rewrite_prefix)", n.at(c))
	return true
}

// prefixPattern reports whether a rewrite pattern is ^PATH then group,
// with or without $ at the end and the path's regexp quoting.
func prefixPattern(pattern, path, group string) bool {
	p := strings.TrimSuffix(pattern, "$")
	return p == "^"+path+group || p == "^"+regexp.QuoteMeta(path)+group
}

// tunnel imports the timeouts of a WebSocket route's locations as its
// tunnel timeout: how long an upgraded connection may idle.
func (n *nginxImport) tunnel(r *route, c *nginxconf.Directive) bool {
	if !r.websocket || len(c.Args) != 1 || c.Name != "proxy_read_timeout" && c.Name != "proxy_send_timeout" {
		return false
	}
	v := duration(c.Args[0].Value, "s")
	if c.Name == "proxy_read_timeout" || r.tunnel == "" {
		r.tunnel = v
	}
	if r.tunnel == "1h" {
		r.tunnel = ""
	}
	n.im.imported("nginx "+nginxText(c)+" (the route's tunnel_timeout)", n.at(c))
	return true
}

// upgrades reports whether a location passes the WebSocket handshake on.
func upgrades(loc *nginxconf.Directive) bool {
	for _, c := range nginxconf.Find(loc.Block, "proxy_set_header") {
		if len(c.Args) == 2 && strings.EqualFold(c.Args[0].Value, "Upgrade") {
			return true
		}
	}
	return false
}
