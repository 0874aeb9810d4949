package importer

import (
	"net"
	"sort"
	"strconv"
	"strings"

	"github.com/lbgen/lbgen/lint"
	"github.com/lbgen/lbgen/lint/haproxycfg"
)

// haproxyImport is one HAProxy balancer's import.
type haproxyImport struct {
	// retries is the last `retries` line; retryOn and safeOnly say whether
	// failed requests are retried after a reply, and only safe ones.
	retries           int
	retryOn, safeOnly bool
	im                *importer
	lb                *balancer
	file              *lint.File
	backends          map[string]*haproxycfg.Section
	used              map[string]bool
	// order is where each route's backend section is among the config's
	// sections: lbgen writes a route's backend where the route is in the
	// spec, so the routes keep that order.
	order map[*route]int
	index map[string]int
}

// haproxyImplied are lines lbgen renders itself from the spec.
var haproxyImplied = map[string]bool{
	"mode": true, "log": true, "option httplog": true, "option forwardfor": true, "option redispatch": true,
	"option http-server-close": true, "retries": true, "retry-on": true, "hash-type": true,
	"default-server": true, "http-reuse": true, "option tcplog": true, "option dontlognull": true,
	"http-check expect": true, "timeout check": true, "timeout http-request": true,
	"timeout http-keep-alive": true, "timeout queue": true, "timeout tunnel": true, "maxconn": true,
}

// haproxyKey is the part of a line the implied list matches: the
// keyword, with its first word for option, http-check and timeout.
func haproxyKey(ln *haproxycfg.Line) string {
	k := ln.Keyword()
	if (k == "option" || k == "http-check" || k == "timeout" || k == "no") && len(ln.Words) > 1 {
		k += " " + ln.Words[1].Value
	}
	return k
}

func (im *importer) haproxy(s *lint.Service, lb *balancer, files []*lint.File) {
	h := &haproxyImport{im: im, lb: lb, backends: map[string]*haproxycfg.Section{}, used: map[string]bool{},
		order: map[*route]int{}, index: map[string]int{}}
	for _, f := range files {
		h.file = f
		for _, sec := range f.HAProxy.Sections {
			if sec.Kind == "backend" {
				h.backends[sec.Name] = sec
				h.index[sec.Name] = len(h.index) + 1
			}
		}
		for _, ln := range f.HAProxy.Outside {
			h.im.skipped("haproxy "+lineText(ln), h.at(ln), "a line outside any section")
		}
		for _, sec := range f.HAProxy.Sections {
			h.section(sec)
		}
		h.retrySettings()
		for _, sec := range f.HAProxy.Sections {
			if sec.Kind == "backend" && !h.used[sec.Name] {
				h.im.skipped("haproxy backend "+sec.Name, h.at(sec.Header), "no frontend sends traffic to it")
			}
		}
	}
	sort.SliceStable(lb.routes, func(i, j int) bool { return h.order[lb.routes[i]] < h.order[lb.routes[j]] })
}

func (h *haproxyImport) at(ln *haproxycfg.Line) string {
	return where(h.file.Path, ln.No, ln.Words[0].Col)
}

func (h *haproxyImport) section(sec *haproxycfg.Section) {
	switch sec.Kind {
	case "global":
		var words []string
		for _, ln := range sec.Lines {
			words = append(words, ln.Keyword())
		}
		if len(words) > 0 {
			h.im.skipped("haproxy global: "+strings.Join(words, ", "), h.at(sec.Header), "lbgen renders the global section itself")
		}
	case "defaults":
		h.defaults(sec)
	case "frontend", "listen":
		h.frontend(sec)
	case "backend":
	case "resolvers":
		h.resolvers(sec)
	default:
		h.im.skipped("haproxy "+sec.Kind+" "+sec.Name, h.at(sec.Header), "the spec has no "+sec.Kind+" section")
	}
}

// bind reports a bind line the spec does not take: TLS (ssl crt), or a
// second port; the first plain one is the balancer's port.
func (h *haproxyImport) bind(ln *haproxycfg.Line, port int) {
	if h.sslBind(ln) {
		return
	}
	if len(ln.Words) > 1 && listenPort(strings.TrimPrefix(ln.Words[1].Value, "*")) != port {
		h.im.skipped("haproxy "+lineText(ln), h.at(ln), "a balancer takes traffic on one port")
	}
}

// tcpMode imports mode tcp (in defaults or a frontend): a TCP balancer.
func (h *haproxyImport) tcpMode(ln *haproxycfg.Line) bool {
	if !ln.Is("mode", "tcp") {
		return false
	}
	if h.lb.mode == "" {
		h.im.imported("haproxy mode tcp (a TCP balancer)", h.at(ln))
	}
	h.lb.mode = "tcp"
	return true
}

// tcpHealth imports the HTTP frontend a TCP balancer answers health
// checks on, as lbgen renders it (mode http, a health return and a 404
// for the rest); false for another frontend without routes.
func (h *haproxyImport) tcpHealth(sec *haproxycfg.Section, acls map[string][]*haproxycfg.Line) bool {
	used := map[string]bool{}
	var health *haproxycfg.Line
	for _, ln := range sec.Lines {
		if health == nil && ln.Is("http-request", "return") && h.healthReturn(ln, acls, used) {
			health = ln
		}
	}
	if health == nil {
		return false
	}
	for _, ln := range sec.Lines {
		switch {
		case ln == health, ln.Is("bind"), ln.Is("mode", "http"), ln.Is("acl") && used[ln.Words[1].Value]:
		case ln.Is("http-request", "return") && len(ln.Words) == 4 && ln.Words[3].Value == "404":
		default:
			h.im.skipped("haproxy "+lineText(ln), h.at(ln), "lbgen renders the TCP balancer's health frontend itself")
		}
	}
	return true
}

// retrySettings imports a retry count other than lbgen's (one per server
// slot, at least 2) and retries of requests that are not safe to repeat.
func (h *haproxyImport) retrySettings() {
	slots := 0
	for _, r := range h.lb.routes {
		for _, be := range r.backends {
			if sv := h.im.spec.service(be.service); sv != nil {
				slots = max(slots, sv.maxReplicas)
			}
		}
	}
	if h.retries > 0 && h.retries != max(slots-1, 2) {
		n := h.retries
		h.lb.retries = &n
	}
	h.lb.retryPOST = h.retryOn && !h.safeOnly
}

// resolvers imports a private name server (Docker's is the default) and
// how long answers are held.
func (h *haproxyImport) resolvers(sec *haproxycfg.Section) {
	h.im.imported("haproxy resolvers "+sec.Name+" (lbgen renders its own, for the platform's DNS)", h.at(sec.Header))
	for _, ln := range sec.Lines {
		switch {
		case ln.Is("nameserver") && len(ln.Words) == 3:
			addr := ln.Words[2].Value
			if host, _, err := net.SplitHostPort(addr); err == nil && addr != "127.0.0.11:53" {
				if ip := net.ParseIP(host); ip != nil && (ip.IsPrivate() || ip.IsLoopback()) {
					h.lb.resolver = addr
				}
			}
		case ln.Is("hold", "valid") && len(ln.Words) == 3:
			h.lb.dnsRefresh = duration(ln.Words[2].Value, "ms")
		}
	}
}

// defaults reads timeouts, and stats lines written there.
func (h *haproxyImport) defaults(sec *haproxycfg.Section) {
	for _, ln := range sec.Lines {
		switch {
		case h.tcpMode(ln):
		case h.timeout(ln):
		case h.rendered(ln):
		case ln.Keyword() == "stats":
			h.statsLine(ln, 0)
		case haproxyImplied[haproxyKey(ln)]:
		default:
			h.im.skipped("haproxy defaults: "+lineText(ln), h.at(ln), "lbgen writes its own defaults; put the line in extra or backend_extra if it matters")
		}
	}
}

// timeout imports timeout connect/client/server.
func (h *haproxyImport) timeout(ln *haproxycfg.Line) bool {
	if !ln.Is("timeout") || len(ln.Words) != 3 {
		return false
	}
	v := duration(ln.Words[2].Value, "ms")
	if h.lb.timeouts == nil {
		h.lb.timeouts = &timeouts{}
	}
	switch ln.Words[1].Value {
	case "connect":
		h.lb.timeouts.connect = v
	case "client":
		h.lb.timeouts.client = v
	case "server":
		h.lb.timeouts.server = v
	default:
		return false
	}
	h.im.imported("haproxy "+lineText(ln), h.at(ln))
	return true
}

// statsLine imports a stats keyword; port is the section's bind port.
func (h *haproxyImport) statsLine(ln *haproxycfg.Line, port int) {
	if h.lb.stats == nil {
		h.lb.stats = &stats{port: port}
	}
	if port != 0 {
		h.lb.stats.port = port
	}
	if ln.Is("stats", "admin") {
		h.lb.stats.admin = true
	}
	h.im.imported("haproxy "+lineText(ln), h.at(ln))
}

// frontend reads binds, routes (use_backend, default_backend) and the
// health endpoint; a listen section is a frontend with its own servers.
func (h *haproxyImport) frontend(sec *haproxycfg.Section) {
	port := 0
	acls := map[string][]*haproxycfg.Line{}
	isStats := false
	for _, ln := range sec.Lines {
		switch {
		case ln.Is("bind") && len(ln.Words) > 1 && port == 0:
			port = listenPort(strings.TrimPrefix(ln.Words[1].Value, "*"))
		case ln.Is("acl") && len(ln.Words) > 2:
			acls[ln.Words[1].Value] = append(acls[ln.Words[1].Value], ln)
		case ln.Is("stats", "enable"), ln.Is("stats", "uri"):
			isStats = true
		}
	}
	if isStats && !h.hasRoutes(sec) {
		h.statsSection(sec, port)
		return
	}
	for _, ln := range sec.Lines {
		h.tcpMode(ln)
	}
	if h.lb.mode == "tcp" && !h.hasRoutes(sec) && h.tcpHealth(sec, acls) {
		return
	}
	if h.lb.port == 0 {
		h.lb.port = port
	}
	usedACL := map[string]bool{}
	var extra []string
	var groups []*splitGroup
	for _, ln := range sec.Lines {
		switch {
		case ln.Is("bind"):
			h.bind(ln, port)
		case ln.Is("acl"):
		case ln.Is("default_backend") && len(ln.Words) == 2:
			h.route("/", "", ln.Words[1].Value, ln)
		case ln.Is("use_backend") && len(ln.Words) >= 4:
			c, r, ok := h.ruleCondition(ln.Words[2:], acls, usedACL)
			switch {
			case !ok:
				extra = append(extra, lineText(ln))
				h.im.escape("extra: "+lineText(ln), h.at(ln), "a condition an imported route cannot express")
			case r != (rule{}):
				r.backend, r.ln = ln.Words[1].Value, ln
				groups = addRule(groups, c, r)
			default:
				h.route(c.path, c.host, ln.Words[1].Value, ln)
			}
		case ln.Is("http-request") && len(ln.Words) >= 3 && strings.HasPrefix(ln.Words[1].Value, "set-var(txn.draw)"):
			h.im.imported("haproxy "+lineText(ln)+" (lbgen renders the draw for a split)", h.at(ln))
		case ln.Is("http-request", "return") && h.healthReturn(ln, acls, usedACL):
		case h.tlsLine(ln):
		case h.rendered(ln):
		case h.timeout(ln):
		case ln.Keyword() == "stats":
			h.statsLine(ln, port)
		case haproxyImplied[haproxyKey(ln)]:
		default:
			extra = append(extra, lineText(ln))
			h.im.escape("extra: "+lineText(ln), h.at(ln), "the spec has no attribute for it")
		}
	}
	h.splitRoutes(groups)
	if sec.Kind == "listen" {
		h.servers(sec, h.lb.addRoute(&route{path: "/"}))
	}
	// The ACLs the escaped lines may use come first, as in the section.
	for _, ln := range sec.Lines {
		if ln.Is("acl") && len(ln.Words) > 1 && !usedACL[ln.Words[1].Value] {
			h.lb.extra = append(h.lb.extra, lineText(ln))
			h.im.escape("extra: "+lineText(ln), h.at(ln), "an ACL the imported routes do not use")
		}
	}
	h.lb.extra = append(h.lb.extra, extra...)
}

// statsSection imports a section that only serves the stats page.
func (h *haproxyImport) statsSection(sec *haproxycfg.Section, port int) {
	for _, ln := range sec.Lines {
		switch {
		case ln.Keyword() == "stats":
			h.statsLine(ln, port)
		case ln.Is("bind"), haproxyImplied[haproxyKey(ln)]:
		case ln.Is("http-request", "use-service") && len(ln.Words) > 2 && ln.Words[2].Value == "prometheus-exporter":
			h.im.imported("haproxy "+lineText(ln)+" (lbgen's stats page serves /metrics)", h.at(ln))
		default:
			h.im.skipped("haproxy "+lineText(ln), h.at(ln), "lbgen renders the stats section itself")
		}
	}
}

func (h *haproxyImport) hasRoutes(sec *haproxycfg.Section) bool {
	for _, ln := range sec.Lines {
		if ln.Is("default_backend") || ln.Is("use_backend") || ln.Is("server") || ln.Is("server-template") {
			return true
		}
	}
	return false
}

// haproxyRendered reports whether lbgen renders a line itself: the
// X-Forwarded-Proto header, and retrying only requests safe to send twice.
func (h *haproxyImport) rendered(ln *haproxycfg.Line) bool {
	if h.renders(ln) {
		h.im.imported("haproxy "+lineText(ln)+" (lbgen renders it from the spec)", h.at(ln))
		return true
	}
	return false
}

func (h *haproxyImport) renders(ln *haproxycfg.Line) bool {
	switch {
	case ln.Is("retries") && len(ln.Words) == 2:
		// lbgen renders each backend's own count (one per slot of its
		// services): the largest is the biggest service's.
		n, _ := strconv.Atoi(ln.Words[1].Value)
		h.retries = max(h.retries, n)
		return true
	case ln.Is("retry-on"):
		h.retryOn = true
		return true
	case ln.Is("http-request", "disable-l7-retry"):
		h.safeOnly = true
		return true
	case ln.Is("http-request", "set-header", "X-Forwarded-Proto"):
		h.trustedProxies(ln)
		return true
	}
	return haproxyRendered(ln)
}

func haproxyRendered(ln *haproxycfg.Line) bool {
	switch {
	case ln.Is("http-request", "set-header", "X-Forwarded-Proto"):
		return true
	case ln.Is("http-request", "disable-l7-retry"):
		return true
	}
	return false
}

// condition reads `if ACL [ACL]` made of path and host ACLs.
func (h *haproxyImport) condition(words []haproxycfg.Word, acls map[string][]*haproxycfg.Line, used map[string]bool) (path, host string, ok bool) {
	c, r, ok := h.ruleCondition(words, acls, used)
	if !ok || r != (rule{}) {
		return "", "", false
	}
	return c.path, c.host, true
}

// condition is the route a use_backend line's condition names.
type condition struct{ path, host string }

// ruleCondition reads an if condition of named ACLs and anonymous ones
// ({ ... }) on the path and the Host header, and lbgen's split and
// backup tests, which come back in the rule.
func (h *haproxyImport) ruleCondition(words []haproxycfg.Word, acls map[string][]*haproxycfg.Line, used map[string]bool) (condition, rule, bool) {
	var c condition
	var r rule
	if len(words) < 2 || words[0].Value != "if" {
		return c, r, false
	}
	for i := 1; i < len(words); i++ {
		w := words[i].Value
		if w == "{" {
			var group []string
			for i++; i < len(words) && words[i].Value != "}"; i++ {
				group = append(group, words[i].Value)
			}
			if i == len(words) || !braceGroup(group, &c, &r) {
				return c, r, false
			}
			continue
		}
		if !h.namedACL(w, acls, &c) {
			return c, r, false
		}
		used[w] = true
	}
	if c.path == "" {
		c.path = "/"
	}
	return c, r, true
}

// namedACL reads a named ACL on the path or the Host header into c.
func (h *haproxyImport) namedACL(name string, acls map[string][]*haproxycfg.Line, c *condition) bool {
	lines := acls[name]
	if len(lines) == 0 {
		return false
	}
	for _, ln := range lines {
		fetch := ln.Words[2].Value
		args := ln.Words[3:]
		if len(args) > 0 && args[0].Value == "-i" {
			args = args[1:]
		}
		if len(args) == 0 {
			return false
		}
		switch fetch {
		case "path_beg", "path":
			if c.path == "" || len(args[0].Value) < len(c.path) {
				c.path = strings.TrimSuffix(args[0].Value, "/")
			}
		case "hdr(host)", "req.hdr(host)", "hdr_dom(host)":
			c.host = args[0].Value
		default:
			return false
		}
	}
	return true
}

// healthReturn imports `http-request return status 200 ... if ACL` on a
// path: the balancer's health endpoint.
func (h *haproxyImport) healthReturn(ln *haproxycfg.Line, acls map[string][]*haproxycfg.Line, used map[string]bool) bool {
	for i, w := range ln.Words {
		if w.Value == "if" {
			path, host, ok := h.condition(ln.Words[i:], acls, used)
			if !ok || host != "" {
				return false
			}
			if path != "/lb-health" {
				h.lb.healthPath = path
			}
			h.im.imported("health endpoint "+path+" of "+h.lb.name, h.at(ln))
			return true
		}
	}
	return false
}

// route adds a route to a backend section's servers.
func (h *haproxyImport) route(path, host, section string, ln *haproxycfg.Line) []*backend {
	sec, ok := h.backends[section]
	if !ok {
		h.im.skipped("haproxy backend "+section, h.at(ln), "no backend section of that name")
		return nil
	}
	h.used[section] = true
	if !h.hasRoutes(sec) {
		// A backend without servers answers by itself (lbgen's 404 for
		// paths no route takes): no route to a service.
		h.im.imported("haproxy backend "+section+" (no servers: not a route)", h.at(ln))
		return nil
	}
	r := &route{path: path, host: host}
	h.servers(sec, r)
	if len(r.backends) == 0 {
		return nil // what its servers name is reported
	}
	merged := h.lb.addRoute(r)
	var added []*backend
	for _, be := range r.backends {
		added = append(added, addBackend(merged, be))
	}
	if _, ok := h.order[merged]; !ok {
		h.order[merged] = h.index[section]
	}
	h.im.imported("route "+path+" of "+h.lb.name+" (backend "+section+")", h.at(ln))
	return added
}

// servers imports a backend's settings and the services its servers
// name.
func (h *haproxyImport) servers(sec *haproxycfg.Section, r *route) {
	defer h.checkedPath(sec, r)
	for _, ln := range sec.Lines {
		switch {
		case ln.Is("server-template") && len(ln.Words) >= 4:
			slots := templateSlots(ln.Words[2].Value)
			host, port := splitHostPort(ln.Words[3].Value, 80)
			if be := h.im.backendService(h.lb, host, port, slots, h.at(ln)); be != nil {
				h.serverParams(addBackend(r, be), ln.Words[4:])
			}
		case ln.Is("server") && len(ln.Words) >= 3:
			host, port := splitHostPort(ln.Words[2].Value, 80)
			if be := h.im.backendService(h.lb, host, port, 0, h.at(ln)); be != nil {
				h.serverParams(addBackend(r, be), ln.Words[3:])
			}
		case ln.Is("balance") && len(ln.Words) >= 2:
			h.balance(ln)
		case ln.Is("cookie") && len(ln.Words) >= 2:
			// lbgen names the cookie NAME_BACKEND, one per backend.
			h.lb.sticky = &sticky{by: "cookie", name: strings.TrimSuffix(ln.Words[1].Value, "_"+sec.Name)}
		case h.rendered(ln):
		case ln.Is("option", "httpchk"), ln.Is("http-check", "send"):
			h.httpCheck(ln)
		case h.timeout(ln):
		case ln.Keyword() == "dynamic-cookie-key":
		case haproxyImplied[haproxyKey(ln)]:
		case sec.Kind == "listen" && (ln.Is("bind") || ln.Is("acl") || ln.Is("default_backend") || ln.Is("use_backend") || ln.Keyword() == "stats" || ln.Is("http-request", "return")):
		default:
			h.lb.backendExtra = appendOnce(h.lb.backendExtra, lineText(ln))
			h.im.escape("backend_extra: "+lineText(ln), h.at(ln), "the spec has no attribute for it")
		}
	}
}

// checkedPath gives a routed service that had no health check the path
// its balancer checked it on (option httpchk, http-check send).
func (h *haproxyImport) checkedPath(sec *haproxycfg.Section, r *route) {
	path := ""
	for _, ln := range sec.Lines {
		switch {
		case ln.Is("option", "httpchk") && len(ln.Words) == 3:
			path = ln.Words[2].Value
		case ln.Is("option", "httpchk") && len(ln.Words) >= 4:
			path = ln.Words[3].Value
		case ln.Is("http-check", "send"):
			for i, w := range ln.Words[:len(ln.Words)-1] {
				if w.Value == "uri" {
					path = ln.Words[i+1].Value
				}
			}
		}
	}
	if !strings.HasPrefix(path, "/") {
		return
	}
	for _, be := range r.backends {
		if sv := h.im.spec.service(be.service); sv != nil && sv.health != nil && sv.health.guessed {
			sv.health.http = path
			sv.notes["health"] = "The service had no health check: this is the path " + h.lb.name + " checked it on."
		}
	}
}

// templateSlots reads server-template's count: N or FROM-TO.
func templateSlots(v string) int {
	if from, to, ok := strings.Cut(v, "-"); ok {
		a, _ := strconv.Atoi(from)
		b, _ := strconv.Atoi(to)
		return b - a + 1
	}
	n, _ := strconv.Atoi(v)
	return n
}

// serverParams imports weight and backup; the rest is lbgen's own.
func (h *haproxyImport) serverParams(be *backend, words []haproxycfg.Word) {
	for i, w := range words {
		switch w.Value {
		case "weight":
			if i+1 < len(words) {
				be.weight, _ = strconv.Atoi(words[i+1].Value)
			}
		case "backup":
			be.backup = true
		}
	}
}

// balance imports the algorithm, or hashing as stickiness.
func (h *haproxyImport) balance(ln *haproxycfg.Line) {
	switch a := ln.Words[1].Value; {
	case a == "roundrobin" || a == "static-rr":
	case a == "leastconn":
		h.lb.algorithm = "least_conn"
	case a == "random":
		h.lb.algorithm = "random"
	case a == "source":
		h.lb.sticky = &sticky{by: "source"}
	case a == "uri":
		h.lb.sticky = &sticky{by: "uri"}
	case strings.HasPrefix(a, "hdr(") && strings.HasSuffix(a, ")"):
		h.lb.sticky = &sticky{by: "header", name: a[4 : len(a)-1]}
	default:
		h.lb.backendExtra = appendOnce(h.lb.backendExtra, lineText(ln))
		h.im.escape("backend_extra: "+lineText(ln), h.at(ln), "an algorithm the spec has no name for")
		return
	}
	h.im.imported("haproxy "+lineText(ln), h.at(ln))
}

// httpCheck notes the balancer's health check: lbgen checks each
// service on its own health path.
func (h *haproxyImport) httpCheck(ln *haproxycfg.Line) {
	h.im.imported("haproxy "+lineText(ln)+" (lbgen checks the service's health path)", h.at(ln))
}

// lineText writes a line back as HAProxy text: what the escape hatch
// takes.
func lineText(ln *haproxycfg.Line) string {
	parts := make([]string, len(ln.Words))
	for i, w := range ln.Words {
		parts[i] = w.Value
		if w.Value == "" || strings.ContainsAny(w.Value, " \t#'\"") || !plainBackslashes(w.Value) {
			parts[i] = `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(w.Value) + `"`
		}
	}
	return strings.Join(parts, " ")
}

// plainBackslashes reports whether every backslash in a word starts no
// escape sequence (the \1 of a replacement), so HAProxy reads the word
// written as it is.
func plainBackslashes(v string) bool {
	for i := 0; i < len(v); i++ {
		if v[i] != '\\' {
			continue
		}
		if i+1 == len(v) || strings.IndexByte(`rntx \\"'#$`, v[i+1]) >= 0 {
			return false
		}
	}
	return true
}
