package importer

import (
	"strconv"
	"strings"

	"github.com/lbgen/lbgen/lint/nginxconf"
)

// The services an nginx route sends to: an upstream's servers with their
// weights, backups, replica slots and hashing, or one service by name.

// backends imports the services a proxy_pass sends to: an upstream's
// servers, or one service by name.
func (n *nginxImport) backends(r *route, addr string, pass *nginxconf.Directive) {
	if sp := n.splits[addr]; sp != nil {
		n.split(r, sp, pass)
		return
	}
	up, ok := n.upstreams[addr]
	if !ok {
		host, port := splitHostPort(addr, 80)
		if be := n.im.backendService(n.lb, host, port, n.lb.slots, n.at(pass)); be != nil {
			addBackend(r, be)
		}
		return
	}
	saved := n.file
	n.file = n.upFile[addr]
	defer func() { n.file = saved }()
	weights := map[*backend]int{}
	if len(nginxconf.Find(up.Block, "keepalive")) == 0 && n.lb.keepalive == nil {
		// The hand-written upstream opens a connection per request; lbgen
		// would keep some open (keepalive 32). Another upstream's
		// keepalive wins: the spec has one for the balancer.
		zero := 0
		n.lb.keepalive = &zero
		n.lb.notes["keepalive"] = "The upstream kept no idle connections open, as written; lbgen's default keeps 32."
	}
	for _, c := range up.Block {
		n.upstreamDirective(r, c, weights)
	}
	applyWeights(r, weights)
}

// upstreamDirective imports one directive of an upstream block.
func (n *nginxImport) upstreamDirective(r *route, c *nginxconf.Directive, weights map[*backend]int) {
	switch {
	case c.Name == "server" && len(c.Args) > 0:
		host, port := splitHostPort(c.Args[0].Value, 80)
		be := n.im.backendService(n.lb, host, port, n.serverSlots(c), n.at(c))
		if be == nil {
			return
		}
		be = addBackend(r, be)
		for _, a := range c.Args[1:] {
			n.serverParam(be, weights, a.Value, c)
		}
	case c.Name == "least_conn":
		n.lb.algorithm = "least_conn"
	case c.Name == "random":
		n.lb.algorithm = "random"
	case c.Name == "ip_hash":
		n.lb.sticky = &sticky{by: "source"}
	case c.Name == "hash" && len(c.Args) > 0:
		n.hash(c)
	case c.Name == "keepalive" && len(c.Args) == 1:
		if k, err := strconv.Atoi(c.Args[0].Value); err == nil {
			n.lb.keepalive = &k
			delete(n.lb.notes, "keepalive")
		}
	case c.Name == "keepalive_timeout" && len(c.Args) == 1:
		n.lb.keepaliveTimeout = duration(c.Args[0].Value, "s")
	case nginxImplied[c.Name] || c.Name == "resolver":
		n.im.imported("nginx "+nginxText(c)+" (lbgen renders its own)", n.at(c))
	default:
		n.lb.backendExtra = appendOnce(n.lb.backendExtra, nginxText(c))
		n.im.escape("backend_extra: "+nginxText(c), n.at(c), "the spec has no attribute for it")
	}
}

// serverSlots is how many replicas a server line may have:
// proxy_next_upstream_tries tries every slot of an upstream once, so a
// primary service has what the backups (one each) leave in the upstream
// with the most of them it is in.
func (n *nginxImport) serverSlots(c *nginxconf.Directive) int {
	switch {
	case n.lb.slots == 0:
		return 0
	case isBackup(c):
		return 1
	}
	backups := 0
	for _, up := range n.upstreams {
		servers := nginxconf.Find(up.Block, "server")
		in, b := false, 0
		for _, sc := range servers {
			in = in || !isBackup(sc) && len(sc.Args) > 0 && sc.Args[0].Value == c.Args[0].Value
			if isBackup(sc) {
				b++
			}
		}
		if in {
			backups = max(backups, b)
		}
	}
	return max(1, n.lb.slots-backups)
}

// isBackup reports whether an upstream server line is a backup.
func isBackup(c *nginxconf.Directive) bool {
	for _, a := range c.Args[1:] {
		if a.Value == "backup" {
			return true
		}
	}
	return false
}

// applyWeights gives a route's services their weights when the upstream
// weighs them differently: weights split traffic between services.
func applyWeights(r *route, weights map[*backend]int) {
	spread := map[int]bool{}
	for _, be := range r.backends {
		spread[weights[be]] = true
	}
	if len(r.backends) > 1 && len(spread) > 1 {
		for _, be := range r.backends {
			be.weight = max(weights[be], 1)
		}
	}
}

// serverParam imports one parameter of an upstream server line.
func (n *nginxImport) serverParam(be *backend, weights map[*backend]int, a string, c *nginxconf.Directive) {
	k, v, _ := strings.Cut(a, "=")
	switch k {
	case "weight":
		weights[be], _ = strconv.Atoi(v)
	case "backup":
		be.backup = true
	case "max_fails":
		if m, err := strconv.Atoi(v); err == nil {
			n.lb.maxFails = &m
		}
	case "fail_timeout":
		n.lb.failTimeout = duration(v, "s")
	case "resolve", "service":
	default:
		n.im.skipped("nginx server parameter "+a, n.at(c), "the spec has no attribute for it, and it applies to one server line")
	}
}

// hash imports upstream hashing as the stickiness it is.
func (n *nginxImport) hash(c *nginxconf.Directive) {
	key := c.Args[0].Value
	switch {
	case strings.HasPrefix(key, "$cookie_"):
		n.lb.sticky = &sticky{by: "cookie", name: strings.TrimPrefix(key, "$cookie_")}
	case strings.HasPrefix(key, "$http_"):
		n.lb.sticky = &sticky{by: "header", name: strings.ReplaceAll(strings.TrimPrefix(key, "$http_"), "_", "-")}
	case key == "$request_uri" || key == "$uri":
		n.lb.sticky = &sticky{by: "uri"}
	case key == "$remote_addr" || key == "$binary_remote_addr":
		n.lb.sticky = &sticky{by: "source"}
	default:
		n.lb.backendExtra = appendOnce(n.lb.backendExtra, nginxText(c))
		n.im.escape("backend_extra: "+nginxText(c), n.at(c), "hashing on a key the spec's sticky block has no name for")
		return
	}
	if len(c.Args) > 1 {
		n.im.changed("", "hash ... consistent", n.at(c), "nginx does not build the consistent ring for servers it resolves at run time; lbgen writes plain hash")
	}
}

func addBackend(r *route, be *backend) *backend {
	for _, old := range r.backends {
		if old.service == be.service && old.port == be.port {
			return old
		}
	}
	r.backends = append(r.backends, be)
	return be
}
