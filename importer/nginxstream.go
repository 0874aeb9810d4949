package importer

import (
	"strconv"

	"github.com/lbgen/lbgen/lint/nginxconf"
)

// stream imports an nginx stream block, as lbgen renders a TCP balancer:
// its resolver, and a server that listens on a port and proxies to an
// upstream or a service.
func (n *nginxImport) stream(d *nginxconf.Directive) {
	n.lb.mode = "tcp"
	n.im.imported("nginx stream (a TCP balancer)", n.at(d))
	var servers []*nginxconf.Directive
	for _, c := range d.Block {
		switch {
		case c.Name == "server":
			servers = append(servers, c)
		case c.Name == "upstream":
		case c.Name == "resolver" && len(c.Args) > 0:
			n.resolver(c)
		case nginxImplied[c.Name]:
			n.im.imported("nginx "+nginxText(c)+" (lbgen renders its own)", n.at(c))
		default:
			n.im.skipped("nginx stream "+nginxText(c), n.at(c), "the spec has no attribute for it in a TCP balancer")
		}
	}
	for i, s := range servers {
		if i > 0 {
			n.im.skipped("nginx stream server", n.at(s), "a TCP balancer forwards one port: the first stream server is imported")
			continue
		}
		n.streamServer(s)
	}
}

// streamServer imports a stream server: its settings first (the retry
// bound says how far the service scales), then where it proxies to.
func (n *nginxImport) streamServer(s *nginxconf.Directive) {
	var pass *nginxconf.Directive
	for _, c := range s.Block {
		switch {
		case c.Name == "listen" && len(c.Args) > 0:
			n.lb.port = listenPort(c.Args[0].Value)
		case c.Name == "proxy_pass" && len(c.Args) == 1:
			pass = c
		case c.Name == "proxy_next_upstream_tries" && len(c.Args) == 1:
			n.lb.slots, _ = strconv.Atoi(c.Args[0].Value)
			n.im.imported("nginx "+nginxText(c)+" (lbgen renders it from the spec)", n.at(c))
		case c.Name == "proxy_next_upstream":
			n.im.imported("nginx "+nginxText(c)+" (lbgen renders its own)", n.at(c))
		case (c.Name == "proxy_connect_timeout" || c.Name == "proxy_timeout") && len(c.Args) == 1:
			n.streamTimeout(c)
		default:
			n.im.skipped("nginx stream "+nginxText(c), n.at(c), "the spec has no attribute for it in a TCP balancer")
		}
	}
	if pass == nil {
		return
	}
	r := &route{path: "/"}
	n.backends(r, pass.Args[0].Value, pass)
	// A stream upstream keeps no connections: keepalive is HTTP's.
	n.lb.keepalive = nil
	delete(n.lb.notes, "keepalive")
	if len(r.backends) > 0 {
		n.lb.addRoute(r)
		n.im.imported("TCP route of "+n.lb.name, n.at(pass))
	}
}

// streamTimeout imports a stream server's connect timeout and its idle
// timeout, which is the server timeout of the spec.
func (n *nginxImport) streamTimeout(c *nginxconf.Directive) {
	if n.lb.timeouts == nil {
		n.lb.timeouts = &timeouts{}
	}
	v := duration(c.Args[0].Value, "s")
	if c.Name == "proxy_connect_timeout" {
		n.lb.timeouts.connect = v
	} else {
		n.lb.timeouts.server = v
	}
	n.im.imported("nginx "+nginxText(c), n.at(c))
}
