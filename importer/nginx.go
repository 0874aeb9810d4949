package importer

import (
	"fmt"
	"net"
	"sort"
	"strconv"
	"strings"

	"github.com/lbgen/lbgen/gen/nginx"
	"github.com/lbgen/lbgen/internal/yamlnode"
	"github.com/lbgen/lbgen/lint"
	"github.com/lbgen/lbgen/lint/nginxconf"
	"github.com/lbgen/lbgen/stack"
)

// nginxImport is one nginx balancer's import: the files its containers
// read and the upstreams they define.
type nginxImport struct {
	// env is the balancer's environment, which the image's entrypoint
	// fills template placeholders from.
	env       map[string]string
	im        *importer
	lb        *balancer
	file      *lint.File
	upstreams map[string]*nginxconf.Directive
	upFile    map[string]*lint.File
	// splits are the split_clients blocks by the variable they set.
	splits map[string]*nginxconf.Directive
	// order is where each route's first upstream is among the upstreams:
	// lbgen writes the upstreams in the order of the spec's routes, so
	// the routes keep that order.
	order   map[*route]int
	upIndex map[string]int
	files   []*lint.File
	// zones are the limit_req_zone blocks routes' rate limits stand for.
	zones map[string]*rateLimit
	// http2, hsts and redirect are what goes with TLS: the directive that
	// turns HTTP/2 on, the Strict-Transport-Security header (and its
	// map) and the return that sends plain HTTP to HTTPS.
	http2, hsts, redirect *nginxconf.Directive
	hstsMap               map[string]string
	hstsMaps              []*nginxconf.Directive
}

// nginxImplied are directives lbgen renders itself from the spec (the
// resolver, retries, the proxy headers and connection reuse): the
// hand-written ones are replaced, not copied.
var nginxImplied = map[string]bool{
	"resolver_timeout": true, "proxy_http_version": true,
	"proxy_next_upstream_tries": true, "proxy_next_upstream_timeout": true,
	"include": true, "zone": true,
}

// nginxStandardHeaders are the request headers every lbgen route sets.
var nginxStandardHeaders = map[string]bool{
	"host": true, "x-real-ip": true, "x-forwarded-for": true, "x-forwarded-proto": true, "connection": true,
}

// nginxStock are the http-level directives of the official image's
// nginx.conf: lbgen mounts conf.d/default.conf and keeps that file, so a
// hand-written nginx.conf's own values of them cannot be carried over
// (nginx rejects most of them twice in one context).
var nginxStock = map[string]bool{
	"sendfile": true, "tcp_nopush": true, "keepalive_timeout": true, "default_type": true,
	"log_format": true, "access_log": true, "types": true,
}

func (im *importer) nginx(s *lint.Service, lb *balancer, files []*lint.File) {
	n := &nginxImport{im: im, lb: lb, upstreams: map[string]*nginxconf.Directive{}, upFile: map[string]*lint.File{},
		splits: map[string]*nginxconf.Directive{}, order: map[*route]int{}, upIndex: map[string]int{}, files: files, env: keyValues(yamlnode.Get(s.Node, "environment"))}
	for _, f := range files {
		nginxconf.Walk(f.Nginx.Directives, f.NginxContext(), func(d *nginxconf.Directive, ctx string) {
			if d.Name == "upstream" && (ctx == "http" || ctx == "stream") && len(d.Args) == 1 {
				n.upstreams[d.Args[0].Value] = d
				n.upFile[d.Args[0].Value] = f
				n.upIndex[d.Args[0].Value] = len(n.upIndex) + 1
			}
			if d.Name == "split_clients" && ctx == "http" && len(d.Args) == 2 && n.splitShares(d) != nil {
				n.splits[d.Args[1].Value] = d
			}
		})
	}
	n.zones = n.rateZones()
	for _, f := range files {
		n.file = f
		switch f.NginxContext() {
		case "main":
			n.main(f.Nginx.Directives)
		case "http":
			n.http(f.Nginx.Directives, false)
		case "server":
			n.server(&nginxconf.Directive{Name: "server", Block: f.Nginx.Directives, Line: 1, Col: 1})
		default:
			im.skipped("nginx file "+f.Path, where(f.Path, 1, 1), "it is included in a "+f.NginxContext()+" block, which lbgen cannot place its lines in")
		}
	}
	sort.SliceStable(lb.routes, func(i, j int) bool { return n.order[lb.routes[i]] < n.order[lb.routes[j]] })
	n.tlsSettings()
}

func (n *nginxImport) at(d *nginxconf.Directive) string { return where(n.file.Path, d.Line, d.Col) }

// main reads a whole nginx.conf: its http block; the rest is the image's.
func (n *nginxImport) main(ds []*nginxconf.Directive) {
	var rest []string
	var first *nginxconf.Directive
	for _, d := range ds {
		if d.Name == "http" {
			n.http(d.Block, true)
			continue
		}
		if d.Name == "stream" {
			n.stream(d)
			continue
		}
		if first == nil {
			first = d
		}
		rest = append(rest, d.Name)
	}
	why := "lbgen runs the image's own nginx.conf (workers, events, pid and logs) and renders conf.d/default.conf"
	if n.lb.mode == "tcp" {
		why = "lbgen renders a TCP balancer's whole nginx.conf, with its own workers, events, pid and logs"
	}
	if first != nil {
		n.im.skipped("nginx.conf main context: "+strings.Join(rest, ", "), n.at(first), why)
	}
}

// http reads the http-level directives; whole says they come from a
// hand-written nginx.conf rather than a conf.d file.
func (n *nginxImport) http(ds []*nginxconf.Directive, whole bool) {
	for _, d := range ds {
		switch {
		case d.Name == "server":
			n.server(d)
		case d.Name == "upstream":
		case d.Name == "split_clients" && len(d.Args) == 2 && n.splits[d.Args[1].Value] == d:
			n.im.imported("nginx split_clients "+d.Args[1].Value+" (the weights of the routes that use it)", n.at(d))
		case splitKeyMap(d):
			n.im.imported("nginx map "+d.Args[0].Value+" $split_key (lbgen renders it for a split with stickiness)", n.at(d))
		case d.Name == "limit_req_zone" && n.zones[zoneName(d)] != nil:
			n.im.imported("nginx "+nginxText(d)+" (the rate_limit of the routes that use it)", n.at(d))
		case d.Name == "limit_req_status" && len(n.zones) > 0 && len(d.Args) == 1 && d.Args[0].Value == "429":
			n.im.imported("nginx "+nginxText(d)+" (lbgen renders it for rate limits)", n.at(d))
		case d.Name == "include":
			// Followed where the container reads it (lint.Load).
		case n.rendered(d):
		case nginxImplied[d.Name] || upgradeMap(d):
			n.im.imported("nginx "+d.Name+" (lbgen renders its own)", n.at(d))
		case n.setting(d):
		case d.Name == "gzip" && len(d.Args) == 1:
			if d.Args[0].Value == "on" {
				n.lb.gzip = true
			}
		case lbgenGzip(d) && gzipOn(ds):
			n.im.imported("nginx "+nginxText(d)+" (lbgen renders it with gzip)", n.at(d))
		case n.tlsDirective(d):
		case whole && nginxStock[d.Name]:
			n.im.skipped("nginx "+d.Name, n.at(d), "the image's nginx.conf sets it, and lbgen keeps that file: nginx takes it once per context")
		default:
			n.lb.extra = append(n.lb.extra, nginxText(d))
			n.im.escape("extra: "+nginxText(d), n.at(d), "the spec has no attribute for it")
		}
	}
}

// rendered reports whether lbgen renders the directive itself at http or
// server level: the standard proxy headers, and the retry bound, which is
// one try per replica slot and so says how far the service scales.
func (n *nginxImport) rendered(d *nginxconf.Directive) bool {
	if n.renders(d) {
		n.im.imported("nginx "+nginxText(d)+" (lbgen renders it from the spec)", n.at(d))
		return true
	}
	return false
}

func (n *nginxImport) renders(d *nginxconf.Directive) bool {
	switch {
	case d.Name == "proxy_set_header" && len(d.Args) == 2 && nginxStandardHeaders[strings.ToLower(d.Args[0].Value)]:
		return true
	case d.Name == "proxy_next_upstream_tries" && len(d.Args) == 1:
		n.lb.slots, _ = strconv.Atoi(d.Args[0].Value)
		return true
	case d.Name == "proxy_next_upstream":
		for _, a := range d.Args {
			n.lb.retryPOST = n.lb.retryPOST || a.Value == "non_idempotent"
		}
		return true
	case (d.Name == "proxy_buffering" || d.Name == "proxy_request_buffering") && len(d.Args) == 1:
		off := d.Args[0].Value == "off"
		if off {
			f := false
			n.lb.buffering = &f
		}
		return off
	case d.Name == "resolver" && len(d.Args) > 0:
		n.resolver(d)
		return true
	}
	return false
}

// resolver imports a resolver on a private address (Docker's is the
// default) and how long its answers are used.
func (n *nginxImport) resolver(d *nginxconf.Directive) {
	addr := strings.TrimSuffix(d.Args[0].Value, ":53")
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		host = addr
	}
	ip := net.ParseIP(host)
	switch {
	case addr == "127.0.0.11":
	case ip != nil && (ip.IsPrivate() || ip.IsLoopback()):
		n.lb.resolver = d.Args[0].Value
	default:
		n.im.changed("LB209", "resolver "+d.Args[0].Value, n.at(d), "replaced by the platform's DNS, which knows the services' replicas")
		return
	}
	for _, a := range d.Args[1:] {
		if v, ok := strings.CutPrefix(a.Value, "valid="); ok {
			n.lb.dnsRefresh = v
		}
	}
}

// upgradeMap reports whether d is the map WebSocket proxying uses, which
// lbgen renders for a websocket route.
func upgradeMap(d *nginxconf.Directive) bool {
	return d.Name == "map" && len(d.Args) == 2 && d.Args[0].Value == "$http_upgrade" && d.Args[1].Value == "$connection_upgrade"
}

// setting imports the directives that are balancer attributes, at any
// level: timeouts and the request size limit.
func (n *nginxImport) setting(d *nginxconf.Directive) bool {
	if len(d.Args) != 1 {
		return false
	}
	v := duration(d.Args[0].Value, "s")
	t := n.lb.timeouts
	if t == nil {
		t = &timeouts{}
	}
	switch d.Name {
	case "proxy_connect_timeout":
		t.connect = v
	case "proxy_read_timeout":
		t.server = v
	case "proxy_send_timeout":
		if t.server == "" {
			t.server = v
		}
	case "client_header_timeout", "client_body_timeout":
		t.client = v
	case "client_max_body_size":
		n.lb.maxBody = d.Args[0].Value
		return true
	default:
		return false
	}
	n.lb.timeouts = t
	n.im.imported("nginx "+d.Name+" "+d.Args[0].Value, n.at(d))
	return true
}

// server reads a server block: its listen port, host, and locations.
func (n *nginxImport) server(d *nginxconf.Directive) {
	port, host := 0, ""
	var serverExtra []string
	var locations []*nginxconf.Directive
	for _, c := range d.Block {
		switch {
		case c.Name == "listen" && len(c.Args) > 0:
			p := listenPort(n.placeholders(c.Args[0].Value))
			if n.sslListen(c, p) {
				break
			}
			if p != 0 && port == 0 {
				port = p
			}
		case c.Name == "server_name":
			for _, a := range c.Args {
				name := n.placeholders(a.Value)
				switch {
				case name == "_" || name == "" || name == "localhost":
				case strings.ContainsAny(name, "$~") || strings.HasPrefix(name, "."):
					n.im.skipped("nginx server_name "+a.Value, n.at(c), "an imported route matches a host name: not a variable, a regular expression or a .suffix")
				case host == "":
					host = name
				default:
					n.im.skipped("nginx server_name "+a.Value, n.at(c), "an imported route matches one host")
				}
			}
		case c.Name == "location":
			locations = append(locations, c)
		case n.rendered(c):
		case n.tlsDirective(c):
		case nginxImplied[c.Name]:
			n.im.imported("nginx "+c.Name+" (lbgen renders its own)", n.at(c))
		case n.setting(c):
		default:
			n.serverDirective(c, &serverExtra)
		}
	}
	if n.lb.port == 0 && (proxies(locations) || n.redirects(locations)) {
		n.lb.port = port
	}
	statsOnly := !proxies(locations) && hasStubStatus(locations)
	for _, loc := range locations {
		if statsOnly && len(nginxconf.Find(loc.Block, "stub_status")) == 0 {
			continue // the stats server's other paths answer 404
		}
		n.location(loc, port, host, serverExtra)
	}
}

// placeholders fills in a template's ${VAR} from the balancer's
// environment, as the official image's entrypoint does at start-up.
func (n *nginxImport) placeholders(v string) string {
	if !n.file.Template {
		return v
	}
	out, _ := stack.Interpolate(v, n.env)
	if out == "" {
		return v
	}
	return out
}

// proxies reports whether any of the locations proxies.
func proxies(locations []*nginxconf.Directive) bool {
	for _, l := range locations {
		if len(nginxconf.Find(l.Block, "proxy_pass")) > 0 {
			return true
		}
	}
	return false
}

// serverDirective puts a server-level directive where the spec can hold
// it: in each of the server's routes (their locations) when nginx takes
// it there, else at http level, for every server.
func (n *nginxImport) serverDirective(c *nginxconf.Directive, serverExtra *[]string) {
	usages, known := nginxconf.Lookup(c.Name)
	switch {
	case !known || nginxconf.AllowedIn(usages, "location"):
		*serverExtra = append(*serverExtra, nginxText(c))
		n.im.escape("route extra: "+nginxText(c), n.at(c), "a server-level directive, repeated in each of the server's routes")
	case nginxconf.AllowedIn(usages, "http"):
		n.lb.extra = appendOnce(n.lb.extra, nginxText(c))
		n.im.escape("extra: "+nginxText(c), n.at(c), "a server-level directive nginx does not take in a location: at http level it applies to every server")
	default:
		n.im.skipped("nginx "+nginxText(c), n.at(c), "a server-level directive the spec has no place for")
	}
}

// hasStubStatus reports whether a location serves stub_status.
func hasStubStatus(locations []*nginxconf.Directive) bool {
	for _, l := range locations {
		if len(nginxconf.Find(l.Block, "stub_status")) > 0 {
			return true
		}
	}
	return false
}

// listenPort reads the port of a listen argument: 80, *:80, [::]:80,
// 0.0.0.0:80.
func listenPort(v string) int {
	if p, err := strconv.Atoi(v); err == nil {
		return p
	}
	if _, p, err := net.SplitHostPort(v); err == nil {
		n, _ := strconv.Atoi(p)
		return n
	}
	return 0
}

// location reads one location: a proxied route, the balancer's health
// endpoint, or stub_status.
func (n *nginxImport) location(d *nginxconf.Directive, port int, host string, serverExtra []string) {
	if len(d.Args) == 0 {
		return
	}
	mod, path := "", d.Args[len(d.Args)-1].Value
	if len(d.Args) == 2 {
		mod = d.Args[0].Value
	}
	if mod == "~" || mod == "~*" || mod == "@" || strings.HasPrefix(path, "@") {
		n.im.skipped("nginx location "+mod+" "+path, n.at(d), "an imported route is a path prefix: regular-expression and named locations are not")
		return
	}
	var pass *nginxconf.Directive
	var stub, ret bool
	for _, c := range d.Block {
		switch c.Name {
		case "proxy_pass":
			pass = c
		case "stub_status":
			stub = true
		case "return":
			ret = len(c.Args) > 0 && strings.HasPrefix(c.Args[0].Value, "2")
		}
	}
	switch {
	case stub:
		n.stats(d, port, path)
	case pass == nil && httpsRedirect(d) != nil:
		n.redirect = httpsRedirect(d)
	case pass == nil && ret:
		if path != "/lb-health" {
			n.lb.healthPath = path
		}
		n.im.imported("health endpoint "+path+" of "+n.lb.name, n.at(d))
	case pass == nil:
		n.im.skipped("nginx location "+path, n.at(d), "it proxies to nothing: lbgen balancers route to services, they serve no files")
	default:
		n.route(d, pass, port, strings.TrimPrefix(mod, "^~"), path, host, serverExtra)
	}
}

// stats imports stub_status: lbgen serves it on a port of its own.
func (n *nginxImport) stats(d *nginxconf.Directive, port int, path string) {
	if n.lb.stats != nil {
		return
	}
	n.lb.stats = &stats{port: port}
	if port == 0 || port == n.lb.port {
		n.lb.stats.port = defaultStatsPort
		n.lb.notes["stats"] = fmt.Sprintf("stub_status was at %s on the traffic port: lbgen serves it on its own port, for the exporter.", path)
		n.im.changed("", "stub_status at "+path, n.at(d), fmt.Sprintf("moved to port %d (/stub_status), published on 127.0.0.1 and scraped through nginx-prometheus-exporter", defaultStatsPort))
		return
	}
	n.im.imported("stub_status on port "+strconv.Itoa(port), n.at(d))
}

// route imports a proxied location.
func (n *nginxImport) route(d, pass *nginxconf.Directive, port int, mod, path, host string, serverExtra []string) {
	if len(pass.Args) != 1 {
		return
	}
	target := pass.Args[0].Value
	if strings.HasPrefix(target, "$") {
		// set $upstream http://app:3000; proxy_pass $upstream; resolves
		// at run time: the same route.
		for _, set := range nginxconf.Find(d.Block, "set") {
			if len(set.Args) == 2 && set.Args[0].Value == target {
				target = set.Args[1].Value
			}
		}
	}
	rest, ok := strings.CutPrefix(target, "http://")
	if !ok || strings.Contains(rest, "$") && n.splits[rest] == nil {
		n.im.skipped("nginx proxy_pass "+target, n.at(pass), "an imported route proxies over HTTP to a service or an upstream, by name")
		return
	}
	addr, uri, hasURI := strings.Cut(rest, "/")
	if n.lb.port == 0 {
		n.lb.port = port
	}
	rpath := strings.TrimSuffix(path, "/")
	if rpath == "" {
		rpath = "/"
	}
	if mod == "=" && rpath != "/" {
		n.im.changed("", "location = "+path, n.at(d), "a route matches the path and everything below it")
	}
	r := &route{path: rpath, host: host, websocket: upgrades(d)}
	if hasURI {
		n.proxyURI(r, path, "/"+uri, pass)
	}
	n.backends(r, addr, pass)
	if len(r.backends) == 0 {
		return // what it sends to is reported
	}
	r.extra = append(r.extra, serverExtra...)
	for _, c := range d.Block {
		n.routeDirective(r, c, mod == "=")
	}
	merged := n.lb.addRoute(r)
	if _, ok := n.order[merged]; !ok {
		n.order[merged] = n.upstreamIndex(addr)
	}
	if merged != r {
		for _, be := range r.backends {
			addBackend(merged, be)
		}
	}
	n.im.imported("route "+rpath+" of "+n.lb.name, n.at(d))
}

// upstreamIndex is where the upstream a proxy_pass names (or the first
// of a split's) is among the config's upstream blocks, from 1; 0 for a
// service proxied to by name.
func (n *nginxImport) upstreamIndex(addr string) int {
	if sp := n.splits[addr]; sp != nil {
		addr = n.splitShares(sp)[0].upstream
	}
	return n.upIndex[addr]
}

// routeDirective imports one directive of a proxied location.
func (n *nginxImport) routeDirective(r *route, c *nginxconf.Directive, exact bool) {
	switch {
	case c.Name == "proxy_pass", c.Name == "set" && len(c.Args) == 2 && strings.HasPrefix(c.Args[1].Value, "http://"):
	case n.rewrite(r, c, exact), n.limitReq(r, c), n.tunnel(r, c):
	case c.Name == "client_max_body_size" && len(c.Args) == 1:
		r.maxBody = c.Args[0].Value
	case c.Name == "proxy_buffering" || c.Name == "proxy_request_buffering":
		// In a location it is the route's own, not the balancer's.
		n.routeExtra(r, c, "the spec's buffering is the balancer's")
	case c.Name == "proxy_set_header" && len(c.Args) == 2:
		name, value := c.Args[0].Value, c.Args[1].Value
		switch {
		case strings.EqualFold(name, "Upgrade") || strings.EqualFold(name, "Connection") && strings.Contains(value, "upgrade"):
			r.websocket = true
		case nginxStandardHeaders[strings.ToLower(name)]:
			n.im.imported("nginx "+nginxText(c)+" (lbgen renders it)", n.at(c))
		case !plainHeader(value):
			n.routeExtra(r, c, "a header value with variables, quotes or backslashes, which the spec's headers do not take")
		default:
			if r.requestHeaders == nil {
				r.requestHeaders = map[string]string{}
			}
			r.requestHeaders[name] = value
		}
	case c.Name == "add_header" && len(c.Args) == 3 && strings.EqualFold(c.Args[0].Value, "Strict-Transport-Security") && n.hstsMap[c.Args[1].Value] != "":
		// lbgen repeats the tls block's HSTS in a location with headers of
		// its own, which nginx would not inherit it into.
		n.im.imported("nginx "+nginxText(c)+" (the tls block's hsts)", n.at(c))
	case c.Name == "add_header" && (len(c.Args) == 2 || len(c.Args) == 3 && c.Args[2].Value == "always") && !plainHeader(c.Args[1].Value):
		n.routeExtra(r, c, "a header value with variables, quotes or backslashes, which the spec's headers do not take")
	case c.Name == "add_header" && len(c.Args) >= 2:
		if r.responseHeaders == nil {
			r.responseHeaders = map[string]string{}
		}
		r.responseHeaders[c.Args[0].Value] = c.Args[1].Value
	case n.rendered(c):
	case nginxImplied[c.Name]:
		n.im.imported("nginx "+nginxText(c)+" (lbgen renders its own)", n.at(c))
	case n.setting(c):
	default:
		n.routeExtra(r, c, "the spec has no attribute for it")
	}
}

// routeExtra puts a directive into the route's escape hatch.
func (n *nginxImport) routeExtra(r *route, c *nginxconf.Directive, why string) {
	r.extra = append(r.extra, nginxText(c))
	n.im.escape("route "+r.path+" extra: "+nginxText(c), n.at(c), why)
}

// plainHeader reports whether a header value is one the spec's
// request_headers and response_headers take.
func plainHeader(v string) bool {
	return !strings.ContainsAny(v, "\"$\\'") && !strings.ContainsFunc(v, func(r rune) bool { return r < 0x20 || r == 0x7f })
}

func appendOnce(list []string, s string) []string {
	for _, v := range list {
		if v == s {
			return list
		}
	}
	return append(list, s)
}

// splitHostPort splits host[:port], with a default port.
func splitHostPort(addr string, def int) (string, int) {
	host, p, err := net.SplitHostPort(addr)
	if err != nil {
		return addr, def
	}
	port, err := strconv.Atoi(p)
	if err != nil {
		return host, def
	}
	return host, port
}

// nginxText writes a directive back as one line of nginx: what the
// escape hatch takes.
func nginxText(d *nginxconf.Directive) string {
	parts := []string{nginxQuote(d.Name)}
	for _, a := range d.Args {
		parts = append(parts, nginxQuote(a.Value))
	}
	if !d.IsBlock {
		return strings.Join(parts, " ") + ";"
	}
	var body []string
	for _, c := range d.Block {
		body = append(body, nginxText(c))
	}
	return strings.Join(parts, " ") + " { " + strings.Join(body, " ") + " }"
}

// nginxQuote quotes an argument that needs it.
func nginxQuote(v string) string {
	if v != "" && !strings.ContainsAny(v, " \t\n;{}\"'\\") {
		return v
	}
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(v) + `"`
}

// lbgenGzip reports whether d is one of the settings lbgen renders with
// gzip = true: the same lines come back as gzip, not as extra.
func lbgenGzip(d *nginxconf.Directive) bool {
	for _, kv := range nginx.GzipSettings() {
		if d.Name == kv[0] && nginxArgs(d) == kv[1] {
			return true
		}
	}
	return false
}

// gzipOn reports whether the directives turn gzip on.
func gzipOn(ds []*nginxconf.Directive) bool {
	for _, d := range ds {
		if d.Name == "gzip" && len(d.Args) == 1 && d.Args[0].Value == "on" {
			return true
		}
	}
	return false
}

// nginxArgs is a directive's arguments, space-separated.
func nginxArgs(d *nginxconf.Directive) string {
	args := make([]string, len(d.Args))
	for i, a := range d.Args {
		args[i] = a.Value
	}
	return strings.Join(args, " ")
}
