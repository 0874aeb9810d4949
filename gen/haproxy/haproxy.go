// Package haproxy renders an HAProxy config for each HAProxy balancer:
// server-template slots filled from Docker's DNS at run time (as many as
// the service's max_replicas), active HTTP health checks, retries and
// redispatch, stickiness, path and host routing, and a stats frontend with
// the built-in Prometheus exporter.
package haproxy

import (
	_ "embed"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"text/template"

	"github.com/lbgen/lbgen/component"
	"github.com/lbgen/lbgen/gen"
	"github.com/lbgen/lbgen/schemas"
)

//go:embed haproxy.cfg.tmpl
var cfgTemplate string

var tmpl = template.Must(template.New("haproxy").Funcs(template.FuncMap{"resolverSettings": ResolverSettings}).Parse(cfgTemplate))

// ResolverSettings are the lines of a resolvers section after its
// nameserver: answers as large as many replicas make, every answer kept
// for refresh before HAProxy asks again, and a failed lookup's last answer
// kept for hold, so a DNS hiccup does not empty the server list. lint
// --fix writes the same section.
func ResolverSettings(refresh, hold string) []string {
	out := []string{
		"# The default 512 bytes would truncate answers listing many replicas.",
		fmt.Sprintf("accepted_payload_size %d", schemas.DNSPayloadSize),
		"resolve_retries 3",
		"timeout resolve 1s",
		"timeout retry 1s",
	}
	for _, status := range []string{"valid", "obsolete"} {
		out = append(out, "hold "+status+" "+refresh)
	}
	for _, status := range []string{"other", "refused", "nx", "timeout"} {
		out = append(out, "hold "+status+" "+hold)
	}
	return out
}

// Render returns one config file per HAProxy balancer.
func Render(t *schemas.Topology, ctx gen.Context) ([]gen.File, error) {
	return gen.RenderBalancers(t, schemas.EngineHAProxy, tmpl, func(b *schemas.Balancer) any {
		return newView(t, b, ctx)
	})
}

// view is what the template prints: every decision is made here, so the
// template only lays it out.
type view struct {
	gen.BalancerBasics
	RetrySafeOnly bool
	Trusted       string
	Draw          []string
	PathACLs      []pathACL
	Rules         []rule
	Default       string
	NotFound      bool
	Backends      []backend
	Stats         *schemas.Stats
	// DNS names the resolvers section; ClusterDNS is set when the
	// platform's DNS publishes SRV records (Kubernetes), ResolvConf when
	// its address is read from /etc/resolv.conf.
	DNS                    string
	ClusterDNS, ResolvConf bool
	TLS                    *tlsView
	// ProtoRules set X-Forwarded-Proto for the app.
	ProtoRules []string
	// TCP is set for a TCP balancer, which takes connections on
	// StreamPort.
	TCP        bool
	StreamPort int
	// RouteVars name each request's route; RouteRules are the per-route
	// rules of the frontend, RateTables the stick tables they count in.
	RouteVars, RouteRules []string
	RateTables            []rateTable
	Gzip                  bool
	Extra                 []string
}

// tlsView is the HTTPS bind and what goes with it.
type tlsView struct {
	Listen                        int
	Cert, ALPN, Redirect, HSTS    string
	Ciphers, Ciphersuites, MinVer string
}

type rule struct{ Backend, Condition string }

// pathACL is a named ACL matching a route path as whole segments; HAProxy
// ORs the lines of one name.
type pathACL struct {
	Name  string
	Lines []string
}

type backend struct {
	Name, Balance          string
	Consistent             bool
	Retries                int
	Cookie                 string
	HealthPath, HealthHost string
	Templates              []string
	// Rules are the per-route rules of the routes that send here, Tunnel
	// the idle timeout of their WebSocket connections, Extra the spec's
	// backend_extra.
	Rules  []string
	Tunnel string
	Extra  []string
}

func newView(t *schemas.Topology, b *schemas.Balancer, ctx gen.Context) view {
	v := view{
		BalancerBasics: gen.NewBalancerBasics(b, ctx),
		RetrySafeOnly:  !b.RetryPOST,
		Stats:          b.Stats,
		Trusted:        strings.Join(b.TrustedProxies, " "),
		DNS:            ctx.Platform.DNSLabel,
		ClusterDNS:     ctx.Platform.SRV != nil,
		ResolvConf:     b.ResolverAddr == "" && ctx.Platform.ResolvConf,
		TLS:            newTLS(b),
	}
	v.ProtoRules = protoRules(b, v.Trusted)
	if b.TCP() {
		// Nothing is sent before the connection is made, so every
		// retry is safe; there are no HTTP requests to tell apart.
		v.TCP, v.StreamPort, v.RetrySafeOnly = true, b.StreamPort, false
	}
	pools, targets := gen.Pools(b, false)
	for _, p := range pools {
		be := newBackend(t, ctx, b, p)
		be.Rules, be.Tunnel, be.Extra = backendRouteRules(targets, p), tunnelTimeout(targets, p), gen.TrimLines(b.BackendExtra)
		v.Backends = append(v.Backends, be)
	}
	var aclNames map[string]string
	v.PathACLs, aclNames = pathACLs(targets)
	v.Rules, v.Default = rules(b, targets, aclNames)
	if needsRouteVar(b) {
		v.RouteVars = routeVarRules(mostSpecificFirst(targets), aclNames)
	}
	v.RouteRules, v.RateTables = frontendRouteRules(b)
	v.Gzip, v.Extra = b.Gzip, gen.TrimLines(b.Extra)
	for _, rt := range targets {
		if rt.Split != "" {
			v.Draw = draw(b)
			break
		}
	}
	if v.Default == "" {
		v.Default, v.NotFound = "not_found", true
	}
	return v
}

func newBackend(t *schemas.Topology, ctx gen.Context, b *schemas.Balancer, p *gen.Pool) backend {
	be := backend{Name: p.Name, Balance: balance(b), Consistent: hashed(b), Cookie: cookieName(b, p), Retries: gen.Retries(t, b, p)}
	be.HealthPath, be.HealthHost = commonHealthCheck(t, p)
	for _, member := range p.Backends {
		s := t.Service(member.Service)
		line := fmt.Sprintf("%s- 1-%d %s", s.Name, s.MaxReplicaCount, replicaAddress(ctx, member))
		if member.Port != s.Port {
			// The health check tests the replica where its health
			// block says: the service's main port.
			line += fmt.Sprintf(" port %d", s.Port)
		}
		be.Templates = append(be.Templates, line)
	}
	return be
}

// replicaAddress is what a server-template resolves: host:port, or, where
// the platform publishes SRV records, the SRV name, whose records carry
// each replica's port.
func replicaAddress(ctx gen.Context, be *schemas.Backend) string {
	if srv := ctx.Platform.SRV; srv != nil {
		return srv(be.Service, be.Port) + "." + ctx.Platform.ReplicaHost(be.Service)
	}
	return ctx.ReplicaAddress(be)
}

// balance is the backend's algorithm, always explicit: HAProxy's default
// changed from roundrobin to random in 3.3. Hash-based stickiness is the
// algorithm; cookie stickiness works on top of any.
func balance(b *schemas.Balancer) string {
	if s := b.Sticky; s != nil {
		switch s.By {
		case "source":
			return "source"
		case "uri":
			return "uri"
		case "header":
			return "hdr(" + s.Name + ")"
		}
	}
	switch b.Algorithm {
	case "least_conn":
		return "leastconn"
	case "random":
		return "random"
	}
	return "roundrobin"
}

// hashed reports whether the backend picks a replica by hashing a key.
// Such backends hash consistently: HAProxy's default map-based hashing
// moves most keys to another replica when one is added (150 of 200 URIs
// on 3 -> 4 replicas), consistent hashing only those the new one takes.
func hashed(b *schemas.Balancer) bool {
	return b.Sticky != nil && b.Sticky.By != "cookie"
}

// commonHealthCheck returns the HTTP health path every service in the pool
// shares, and the Host header to send. HAProxy has one kind of check per
// backend, so services checked differently would fall back to TCP checks;
// lbgen's backends hold one service each (backups included) so that each
// keeps its own HTTP check.
func commonHealthCheck(t *schemas.Topology, p *gen.Pool) (path, host string) {
	for i, member := range p.Backends {
		h := t.Service(member.Service).Health
		if h == nil || h.HTTP == "" || (i > 0 && h.HTTP != path) {
			return "", ""
		}
		path = h.HTTP
	}
	return path, p.Backends[0].Service
}

// rules turns routes into use_backend lines, most specific first (HAProxy
// takes the first match): routes with a host before those without, longer
// paths before shorter. The "/" route without a host ends in the default
// backend.
func rules(b *schemas.Balancer, targets []gen.RouteTarget, acls map[string]string) (rules []rule, def string) {
	for _, rt := range mostSpecificFirst(targets) {
		cond := routeCondition(rt.Route, acls)
		rules = append(rules, routeRules(b, rt, cond)...)
		last := rt.Pool().Name
		if cond == "" {
			def = last
		} else {
			rules = append(rules, rule{Backend: last, Condition: cond})
		}
	}
	return rules, def
}

// mostSpecificFirst orders routes as HAProxy must test them: routes with a
// host before those without, longer paths before shorter.
func mostSpecificFirst(targets []gen.RouteTarget) []gen.RouteTarget {
	sorted := append([]gen.RouteTarget{}, targets...)
	sort.SliceStable(sorted, func(i, j int) bool {
		a, b := sorted[i].Route, sorted[j].Route
		if (a.Host != "") != (b.Host != "") {
			return a.Host != ""
		}
		return len(a.Path) > len(b.Path)
	})
	return sorted
}

// routeCondition is the ACL a route's requests match; "" for every request.
func routeCondition(r *schemas.Route, acls map[string]string) string {
	var cond []string
	if r.Host != "" {
		cond = append(cond, hostCondition(r.Host))
	}
	if r.Path != "/" {
		cond = append(cond, acls[r.Path])
	}
	return strings.Join(cond, " ")
}

// pathACLs names an ACL for each route path but "/" that matches it as
// whole segments: route "/api" takes /api and /api/orders, not /apiary
// (which path_beg /api would take). It returns the ACLs and their names by
// path.
func pathACLs(targets []gen.RouteTarget) ([]pathACL, map[string]string) {
	var acls []pathACL
	names := map[string]string{}
	used := map[string]bool{}
	for _, rt := range targets {
		p := rt.Route.Path
		if _, done := names[p]; done || p == "/" {
			continue
		}
		base := "path" + aclUnsafe.ReplaceAllString(p, "_")
		name := base
		for i := 2; used[name]; i++ {
			name = fmt.Sprintf("%s_%d", base, i)
		}
		used[name], names[p] = true, name
		lines := []string{"path_beg " + p}
		if !strings.HasSuffix(p, "/") {
			lines = []string{"path " + p, "path_beg " + p + "/"}
		}
		acls = append(acls, pathACL{Name: name, Lines: lines})
	}
	return acls, names
}

// aclUnsafe matches what an ACL name cannot hold.
var aclUnsafe = regexp.MustCompile(`[^A-Za-z0-9_]+`)

// routeRules are the use_backend lines that choose between a route's
// services, before its last resort, its first service. A split draws a
// number per request (txn.draw, 0-9999) and takes the first service whose
// cumulative share is above it; a service without a usable server passes
// its share on to the next, and the backups, each a backend of its own so
// each keeps its own health check, take over when no primary is left.
func routeRules(b *schemas.Balancer, rt gen.RouteTarget, cond string) []rule {
	when := func(conds ...string) string {
		return strings.TrimSpace(cond + " " + strings.Join(conds, " "))
	}
	usable := func(p *gen.Pool) string { return fmt.Sprintf("{ nbsrv(%s) gt 0 }", p.Name) }
	var out []rule
	if rt.Split != "" {
		out = splitRules(b, rt.Shares, when, usable)
	} else if len(rt.Backups) > 0 {
		out = append(out, rule{rt.Pool().Name, when(usable(rt.Pool()))})
	}
	for _, p := range rt.Backups {
		out = append(out, rule{p.Name, when(usable(p))})
	}
	return out
}

// splitRules choose a service by its share of the draw. when adds the
// route's condition; usable is the condition that a pool has a server up.
func splitRules(b *schemas.Balancer, shares []gen.Share, when func(...string) string, usable func(*gen.Pool) string) []rule {
	var out []rule
	// A client that has its cookie for one of the services stays there.
	for _, sh := range shares {
		if c := cookieName(b, sh.Pool); c != "" {
			out = append(out, rule{sh.Pool.Name, when(fmt.Sprintf("{ req.cook(%s) -m found }", c), usable(sh.Pool))})
		}
	}
	cum := 0
	for _, sh := range shares[:len(shares)-1] {
		cum += sh.BasisPoints
		out = append(out, rule{sh.Pool.Name, when(fmt.Sprintf("{ var(txn.draw) -m int lt %d }", cum), usable(sh.Pool))})
	}
	// Draws whose service is down, and later ones, go to any service left.
	last := shares[len(shares)-1].Pool
	out = append(out, rule{last.Name, when(usable(last))})
	for _, sh := range shares[:len(shares)-1] {
		out = append(out, rule{sh.Pool.Name, when(usable(sh.Pool))})
	}
	return out
}

// cookieName is the stickiness cookie a backend inserts, "" without
// cookie stickiness. Each backend has its own (NAME_BACKEND): with one
// name for all, a client moving between routes would carry another
// backend's server in it, be balanced again and get the cookie
// overwritten on every switch.
func cookieName(b *schemas.Balancer, p *gen.Pool) string {
	if b.Sticky == nil || b.Sticky.By != "cookie" {
		return ""
	}
	return b.Sticky.Name + "_" + strings.ReplaceAll(p.Name, "-", "_")
}

// draw sets txn.draw, the number a split chooses a service by: random, or
// a hash of the stickiness key, so a sticky client also stays with one
// service.
func draw(b *schemas.Balancer) []string {
	const random = "http-request set-var(txn.draw) rand(10000)"
	hashed := func(key string) string {
		return fmt.Sprintf("http-request set-var(txn.draw) %s,crc32(1),mod(10000)", key)
	}
	if s := b.Sticky; s != nil {
		switch s.By {
		case "source":
			return []string{hashed("src")}
		case "uri":
			return []string{hashed("path")}
		case "header":
			key := fmt.Sprintf("req.hdr(%s)", s.Name)
			return []string{random, hashed(key) + fmt.Sprintf(" if { %s -m found }", key)}
		}
	}
	return []string{random}
}

// hostCondition matches the Host header without its port; "*.example.com"
// matches every subdomain.
func hostCondition(host string) string {
	if suffix, ok := strings.CutPrefix(host, "*"); ok {
		return fmt.Sprintf("{ hdr(host),field(1,:) -m end -i %s }", suffix)
	}
	return fmt.Sprintf("{ hdr(host),field(1,:) -i %s }", host)
}

// newTLS is the HTTPS side of the frontend, nil without TLS. HAProxy
// reads the key from the file beside the certificate (its name plus
// ".key"), which is where the compose file mounts it.
func newTLS(b *schemas.Balancer) *tlsView {
	t := b.TLS
	if t == nil {
		return nil
	}
	cert, _ := gen.TLSFiles(b)
	v := &tlsView{Listen: b.ContainerTLSPort(), Cert: cert, ALPN: "http/1.1", HSTS: gen.HSTSValue(t),
		Ciphers: component.TLSIntermediateCiphers, Ciphersuites: component.TLS13Ciphersuites, MinVer: component.TLSMinVersion}
	if t.HTTP2On {
		v.ALPN = "h2,http/1.1"
	}
	if t.RedirectHTTP {
		port := ""
		if t.Listen != 443 {
			port = fmt.Sprintf(":%d", t.Listen)
		}
		v.Redirect = fmt.Sprintf("https://%%[hdr(host),field(1,:)]%s%%[capture.req.uri]", port)
	}
	return v
}

// protoRules set X-Forwarded-Proto to the scheme the client used, unless
// a trusted proxy in front says http or https. HAProxy conditions have no
// parentheses, so each exception is a rule of its own.
func protoRules(b *schemas.Balancer, trusted string) []string {
	const set = "http-request set-header X-Forwarded-Proto "
	var plain []string
	if b.TLS != nil {
		plain = append(plain, "!{ ssl_fc }")
	}
	var rules []string
	if trusted == "" {
		rules = append(rules, strings.TrimSpace(set+"http "+ifAll(plain)))
	} else {
		kept := "{ req.hdr(x-forwarded-proto) -m str http https }"
		rules = append(rules, set+"http "+ifAll(append(plain, fmt.Sprintf("!{ src %s }", trusted))),
			set+"http "+ifAll(append(plain, "!"+kept)))
	}
	if b.TLS != nil {
		rules = append(rules, set+"https if { ssl_fc }")
	}
	return rules
}

// ifAll is an "if" condition that holds when every term does.
func ifAll(terms []string) string {
	if len(terms) == 0 {
		return ""
	}
	return "if " + strings.Join(terms, " ")
}
