// Package nginx renders an nginx config for each nginx balancer: upstreams
// that follow the replicas of scaled services through DNS at run time, so
// `docker compose up --scale` needs no reload, with passive health checks,
// retries, keepalive and the algorithm and stickiness the spec asks for.
package nginx

import (
	_ "embed"
	"fmt"
	"sort"
	"strings"
	"text/template"

	"github.com/lbgen/lbgen/component"
	"github.com/lbgen/lbgen/gen"
	"github.com/lbgen/lbgen/schemas"
)

//go:embed nginx.conf.tmpl
var confTemplate string

var tmpl = template.Must(template.New("nginx").Funcs(funcs).Parse(confTemplate))

// funcs are the helpers both templates call.
var funcs = template.FuncMap{"resolver": Resolver, "zone": Zone, "gzipSettings": GzipSettings}

// GzipSettings are the directives (name, arguments) written after
// `gzip on;` for a balancer with gzip = true: proxied responses too, a
// Vary header for caches, nothing too small to gain, the text types.
// lbgen import reads the same lines back as gzip.
func GzipSettings() [][2]string {
	return [][2]string{
		{"gzip_proxied", "any"},
		{"gzip_vary", "on"},
		{"gzip_min_length", "1024"},
		{"gzip_types", "text/plain text/css text/xml application/json application/javascript application/xml image/svg+xml"},
	}
}

// Zone is the shared memory an upstream keeps its servers in, so every
// worker sees the addresses the resolver finds; 64k holds the state of
// hundreds of servers. lint --fix writes the same line.
func Zone(upstream string) string { return fmt.Sprintf("zone %s 64k;", upstream) }

// Resolver is the resolver directive for the platform's DNS at addr: nginx
// asks again every valid (Docker's DNS answers with a TTL of 600s, far too
// long to notice new replicas), and only for IPv4 addresses, since
// containers are reached over IPv4. lint --fix writes the same line.
func Resolver(addr, valid string) string {
	return fmt.Sprintf("resolver %s valid=%s ipv6=off;", addr, valid)
}

// Render returns one config file per nginx balancer.
func Render(t *schemas.Topology, ctx gen.Context) ([]gen.File, error) {
	return gen.RenderBalancersWith(t, schemas.EngineNginx, func(b *schemas.Balancer) (*template.Template, any) {
		if b.TCP() {
			return streamTmpl, newStreamView(t, b, ctx)
		}
		return tmpl, newView(t, b, ctx)
	})
}

// view is what the template prints: every decision is made here, so the
// template only lays it out.
type view struct {
	gen.BalancerBasics
	Upstreams          []upstream
	SplitKey           *splitKey
	Splits             []split
	Servers            []server
	Stats              *schemas.Stats
	Trusted            []string
	Keepalive          int
	KeepaliveIdle      string
	MaxBody            string
	Buffered, RetryAll bool
	Tries              int
	dns
	TLS             *tlsView
	ProxyHeaders    []string
	RateZones       []rateZone
	WebSocket, Gzip bool
	Extra           []string
	BackendExtra    []string
	// Redirect is the plain-HTTP server that sends every request but the
	// health check to HTTPS; nil when the routed servers take HTTP too.
	Redirect *redirect
}

// tlsView is what the HTTPS servers share, set at http level.
type tlsView struct {
	Cert, Key, Protocols, Ciphers, HSTS string
	// HTTP2On is the `http2 on;` directive (nginx 1.25.1 and later); older
	// releases put http2 on the listen line instead.
	HTTP2On bool
}

type redirect struct{ Target string }

// split is a split_clients block: it hashes a per-request key (or the
// stickiness key) into a variable naming the upstream of one service.
type split struct {
	Var, Key string
	Shares   []splitShare
}

type splitShare struct{ Percent, Upstream string }

// splitKey is a map that gives requests without the stickiness cookie or
// header a random key, so they are split by the weights rather than all
// hashed to the share of the empty string.
type splitKey struct{ Var, From string }

type upstream struct {
	Name    string
	Method  string
	Servers []string
}

// server is one server block: the default one, or one per routed host.
type server struct {
	Host      string
	Listens   []listen
	Locations []location
	HasRoot   bool
}

// listen is a listen directive's parameters, such as "80 default_server"
// or "443 ssl", and a comment after it.
type listen struct{ Params, Note string }

type location struct {
	// Path is the route's path; Match is what the location block matches.
	Path, Match string
	Upstream    string
	// SplitVar is set instead of Upstream for a route that splits its
	// traffic between services.
	SplitVar string
	// Variable and Address are set instead of Upstream for nginx releases
	// that cannot re-resolve an upstream block.
	Variable, Address string
	// Route is where the location comes from; Lines are the directives
	// its settings add after proxy_pass.
	Route *schemas.Route
	Lines []string
}

// dns says how a config finds the platform's DNS. ClusterDNS is set when
// it publishes SRV records (Kubernetes); ResolvConf when its address is
// read from /etc/resolv.conf as the container starts.
type dns struct {
	ClusterDNS, ResolvConf bool
}

func newDNS(b *schemas.Balancer, ctx gen.Context) dns {
	return dns{ClusterDNS: ctx.Platform.SRV != nil, ResolvConf: b.ResolverAddr == "" && ctx.Platform.ResolvConf}
}

func newView(t *schemas.Topology, b *schemas.Balancer, ctx gen.Context) view {
	resolve := b.EngineVersion.AtLeast(component.NginxUpstreamResolve)
	v := view{
		BalancerBasics: gen.NewBalancerBasics(b, ctx),
		Stats:          b.Stats,
		Trusted:        b.TrustedProxies,
		Buffered:       b.Buffered,
		RetryAll:       b.RetryPOST,
		dns:            newDNS(b, ctx),
		RateZones:      rateZones(b),
		Gzip:           b.Gzip,
		Extra:          gen.TrimLines(b.Extra),
		BackendExtra:   gen.TrimLines(b.BackendExtra),
	}
	if b.MaxBodyBytes > 0 {
		v.MaxBody = sizeK(b.MaxBodyBytes)
	}
	for _, r := range b.Routes {
		v.WebSocket = v.WebSocket || r.WebSocket
	}
	pools, targets := gen.Pools(b, true)
	v.Tries = b.RetryCount + 1
	for _, p := range pools {
		v.Tries = max(v.Tries, gen.Retries(t, b, p)+1)
	}
	if resolve {
		v.Keepalive = b.KeepaliveConns
		v.KeepaliveIdle = gen.FormatDuration(b.KeepaliveIdle)
		for _, p := range pools {
			v.Upstreams = append(v.Upstreams, newUpstream(t, ctx, b, p))
		}
		v.SplitKey, v.Splits = splits(b, targets)
	}
	v.ProxyHeaders = proxyHeaders(v.Keepalive > 0, len(v.Trusted) > 0)
	v.Servers = servers(ctx, targets, resolve)
	v.TLS, v.Redirect = tlsSetup(b, v.Servers)
	for _, s := range v.Servers {
		for i := range s.Locations {
			loc := &s.Locations[i]
			loc.Lines = routeLines(b, &v, loc.Route, strings.HasPrefix(loc.Match, "= "))
		}
	}
	return v
}

// tlsSetup sets each server's listen lines: HTTP only without TLS; HTTPS,
// plus a redirecting HTTP server, with TLS (or both on every server when
// the spec turns the redirect off).
func tlsSetup(b *schemas.Balancer, servers []server) (*tlsView, *redirect) {
	t := b.TLS
	http2Directive := b.EngineVersion.AtLeast(component.NginxHTTP2Directive)
	for i := range servers {
		def := ""
		if servers[i].Host == "" {
			def = " default_server"
		}
		var listens []listen
		if t == nil || !t.RedirectHTTP {
			listens = append(listens, listen{Params: fmt.Sprintf("%d%s", b.ContainerPort(), def)})
		}
		if t != nil {
			l := listen{Params: fmt.Sprintf("%d ssl%s", b.ContainerTLSPort(), def)}
			if t.HTTP2On && !http2Directive {
				l = listen{Params: fmt.Sprintf("%d ssl http2%s", b.ContainerTLSPort(), def),
					Note: "# lbgen:ignore LB205 -- nginx " + b.EngineVersion.String() + " has no http2 directive"}
			}
			listens = append(listens, l)
		}
		servers[i].Listens = listens
	}
	if t == nil {
		return nil, nil
	}
	cert, key := gen.TLSFiles(b)
	v := &tlsView{Cert: cert, Key: key, Protocols: "TLSv1.2 TLSv1.3", Ciphers: component.TLSIntermediateCiphers,
		HSTS: gen.HSTSValue(t), HTTP2On: t.HTTP2On && http2Directive}
	if !t.RedirectHTTP {
		return v, nil
	}
	target := "https://$host$request_uri"
	if t.Listen != 443 {
		target = fmt.Sprintf("https://$host:%d$request_uri", t.Listen)
	}
	return v, &redirect{Target: target}
}

func newUpstream(t *schemas.Topology, ctx gen.Context, b *schemas.Balancer, p *gen.Pool) upstream {
	u := upstream{Name: p.Name, Method: method(b)}
	for _, be := range p.Backends {
		params := []string{replicaServer(ctx, be), "resolve"}
		if b.MaxFailCount > 0 {
			params = append(params, fmt.Sprintf("max_fails=%d fail_timeout=%s", b.MaxFailCount, gen.FormatDuration(b.FailTimeout)))
		} else {
			params = append(params, "max_fails=0")
		}
		if be.Backup {
			params = append(params, "backup")
		}
		u.Servers = append(u.Servers, strings.Join(params, " "))
	}
	return u
}

// replicaServer is the address of an upstream server line: host:port, or,
// where the platform publishes SRV records, the host and the SRV service,
// whose records carry each replica's port.
func replicaServer(ctx gen.Context, be *schemas.Backend) string {
	if srv := ctx.Platform.SRV; srv != nil {
		return ctx.Platform.ReplicaHost(be.Service) + " service=" + srv(be.Service, be.Port)
	}
	return ctx.ReplicaAddress(be)
}

// method is the upstream's balancing directive. Stickiness hashes a key.
// Not with "consistent": nginx (tested on 1.30) does not build the
// consistent-hash ring for servers it resolves at run time and silently
// round-robins instead, as e2e.TestStickiness showed. Plain hashing sticks,
// at the price of moving more clients when the replica count changes.
func method(b *schemas.Balancer) string {
	if s := b.Sticky; s != nil {
		switch s.By {
		case "source":
			return "ip_hash"
		case "uri":
			return "hash $request_uri"
		case "header":
			return "hash $http_" + strings.ReplaceAll(strings.ToLower(s.Name), "-", "_")
		case "cookie":
			return "hash $cookie_" + s.Name
		}
	}
	switch b.Algorithm {
	case "least_conn":
		return "least_conn"
	case "random":
		return "random two least_conn"
	}
	return ""
}

// segmentMatches turns a route's location into the blocks that match its
// path as whole segments: route "/api" is "location = /api" and
// "location /api/", so /api and /api/orders match and /apiary does not (a
// plain "location /api" would take it).
func segmentMatches(loc location) []location {
	if strings.HasSuffix(loc.Path, "/") {
		loc.Match = loc.Path
		return []location{loc}
	}
	exact, prefix := loc, loc
	exact.Match, prefix.Match = "= "+loc.Path, loc.Path+"/"
	return []location{exact, prefix}
}

// servers builds one server block for routes without a host and one per
// host, in the order the spec first names them.
func servers(ctx gen.Context, targets []gen.RouteTarget, resolve bool) []server {
	byHost := map[string]*server{"": {}}
	order := []string{""}
	for _, rt := range targets {
		host := rt.Route.Host
		s, ok := byHost[host]
		if !ok {
			s = &server{Host: host}
			byHost[host] = s
			order = append(order, host)
		}
		loc := location{Path: rt.Route.Path, Upstream: rt.Pool().Name}
		if rt.Split != "" {
			loc = location{Path: rt.Route.Path, SplitVar: varName(rt.Split)}
		}
		if !resolve {
			p := rt.Pool()
			loc = location{Path: rt.Route.Path, Variable: "upstream_" + strings.ReplaceAll(p.Name, "-", "_"), Address: ctx.ReplicaAddress(p.Backends[0])}
		}
		loc.Route = rt.Route
		s.Locations = append(s.Locations, segmentMatches(loc)...)
		s.HasRoot = s.HasRoot || rt.Route.Path == "/"
	}
	out := make([]server, 0, len(order))
	for _, host := range order {
		s := byHost[host]
		sort.SliceStable(s.Locations, func(i, j int) bool { return s.Locations[i].Path < s.Locations[j].Path })
		out = append(out, *s)
	}
	return out
}

// splits returns a split_clients block per distinct traffic split. The key
// is random per request ($request_id), or the stickiness key, so a sticky
// client also stays with one service.
func splits(b *schemas.Balancer, targets []gen.RouteTarget) (*splitKey, []split) {
	var out []split
	seen := map[string]bool{}
	key, keyMap := splitKeyOf(b)
	for _, rt := range targets {
		if rt.Split == "" || seen[rt.Split] {
			continue
		}
		seen[rt.Split] = true
		sp := split{Var: varName(rt.Split), Key: key}
		for i, sh := range rt.Shares {
			pct := "*"
			if i < len(rt.Shares)-1 {
				pct = percent(sh.BasisPoints)
			}
			sp.Shares = append(sp.Shares, splitShare{Percent: pct, Upstream: sh.Pool.Name})
		}
		out = append(out, sp)
	}
	if len(out) == 0 {
		return nil, nil
	}
	return keyMap, out
}

// splitKeyOf returns the split's key, and the map that defines it when the
// stickiness key may be missing from a request.
func splitKeyOf(b *schemas.Balancer) (string, *splitKey) {
	if s := b.Sticky; s != nil {
		switch s.By {
		case "source":
			return "$remote_addr", nil
		case "uri":
			return "$request_uri", nil
		case "header", "cookie":
			from := strings.TrimPrefix(method(b), "hash ")
			return "$split_key", &splitKey{Var: "split_key", From: from}
		}
	}
	return "$request_id", nil
}

// percent writes basis points the way split_clients reads them: "90%",
// "33.33%".
func percent(bp int) string {
	if bp%100 == 0 {
		return fmt.Sprintf("%d%%", bp/100)
	}
	return fmt.Sprintf("%d.%02d%%", bp/100, bp%100)
}

// varName makes a name usable as an nginx variable.
func varName(name string) string { return strings.ReplaceAll(name, "-", "_") }
