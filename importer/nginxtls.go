package importer

import (
	"strings"

	"github.com/lbgen/lbgen/lint/nginxconf"
)

// sslListen imports a listen directive that takes HTTPS (listen 443 ssl
// [http2]): the port of the balancer's tls block.
func (n *nginxImport) sslListen(c *nginxconf.Directive, port int) bool {
	ssl := false
	for _, a := range c.Args[1:] {
		switch a.Value {
		case "ssl":
			ssl = true
		case "http2":
			n.http2 = c
		}
	}
	if !ssl {
		return false
	}
	if t := n.lb.tlsOf(); t.port == 0 {
		t.port = port
	}
	n.im.imported("nginx "+nginxText(c)+" (the tls block's port)", n.at(c))
	return true
}

// tlsDirective imports the TLS directives at http or server level: the
// certificate and key files, lbgen's own protocol settings, HTTP/2 and
// HSTS, which tlsSettings places once the whole config is read.
func (n *nginxImport) tlsDirective(d *nginxconf.Directive) bool {
	switch {
	case d.Name == "ssl_certificate" && len(d.Args) == 1:
		n.lb.tlsOf().certPath = n.placeholders(d.Args[0].Value)
	case d.Name == "ssl_certificate_key" && len(d.Args) == 1:
		n.lb.tlsOf().keyPath = n.placeholders(d.Args[0].Value)
	case strings.HasPrefix(d.Name, "ssl_"):
		n.im.imported("nginx "+d.Name+" (lbgen renders Mozilla's intermediate TLS settings)", n.at(d))
		return true
	case d.Name == "http2" && len(d.Args) == 1 && d.Args[0].Value == "on":
		n.http2 = d
		return true
	case d.Name == "map" && len(d.Args) == 2 && d.Args[0].Value == "$scheme" && hstsMapValue(d) != "":
		if n.hstsMap == nil {
			n.hstsMap = map[string]string{}
		}
		n.hstsMap[d.Args[1].Value] = hstsMapValue(d)
		n.hstsMaps = append(n.hstsMaps, d)
		n.im.imported("nginx map $scheme "+d.Args[1].Value+" (the tls block's hsts)", n.at(d))
		return true
	case d.Name == "add_header" && len(d.Args) >= 2 && strings.EqualFold(d.Args[0].Value, "Strict-Transport-Security"):
		n.hsts = d
		return true
	default:
		return false
	}
	n.im.imported("nginx "+nginxText(d)+" (read by reference: the file is not read)", n.at(d))
	return true
}

// hstsMapValue is the HTTPS value of a map on $scheme lbgen renders for
// HSTS: https "VALUE"; default "";.
func hstsMapValue(d *nginxconf.Directive) string {
	v := ""
	for _, e := range d.Block {
		switch {
		case e.Name == "https" && len(e.Args) == 1:
			v = e.Args[0].Value
		case e.Name == "default" && len(e.Args) == 1 && e.Args[0].Value == "":
		default:
			return ""
		}
	}
	return v
}

// redirects reports whether a server's locations send plain HTTP to
// HTTPS.
func (n *nginxImport) redirects(locations []*nginxconf.Directive) bool {
	for _, l := range locations {
		if httpsRedirect(l) != nil {
			return true
		}
	}
	return false
}

// httpsRedirect returns a location's return to an https:// address, nil
// for none.
func httpsRedirect(loc *nginxconf.Directive) *nginxconf.Directive {
	for _, c := range loc.Block {
		if c.Name == "return" && len(c.Args) == 2 && strings.HasPrefix(c.Args[1].Value, "https://") &&
			(c.Args[0].Value == "301" || c.Args[0].Value == "302" || c.Args[0].Value == "307" || c.Args[0].Value == "308") {
			return c
		}
	}
	return nil
}

// tlsSettings places HTTP/2, HSTS and the redirect in the tls block; a
// config without TLS keeps its lines as extra.
func (n *nginxImport) tlsSettings() {
	t := n.lb.tls
	if t == nil {
		for _, d := range append(n.hstsMaps, n.http2, n.hsts) {
			if d != nil {
				n.lb.extra = append(n.lb.extra, nginxText(d))
				n.im.escape("extra: "+nginxText(d), n.at(d), "the spec sets it in a tls block, and the config terminates no TLS")
			}
		}
		if n.redirect != nil {
			n.im.skipped("nginx "+nginxText(n.redirect), n.at(n.redirect), "a redirect to HTTPS is the tls block's, and the config terminates no TLS")
		}
		return
	}
	if n.http2 != nil {
		t.http2 = true
		n.im.imported("nginx "+nginxText(n.http2)+" (the tls block's http2)", n.at(n.http2))
	}
	if n.redirect != nil {
		t.redirect = true
		n.im.imported("nginx "+nginxText(n.redirect)+" (the tls block's redirect)", n.at(n.redirect))
	}
	if d := n.hsts; d != nil {
		v := d.Args[1].Value
		if m, ok := n.hstsMap[v]; ok {
			v = m
		}
		if age, sub, ok := hstsHeader(v); ok {
			t.hsts, t.hstsSubdomains = age, sub
			n.im.imported("nginx "+nginxText(d)+" (the tls block's hsts)", n.at(d))
		} else {
			n.lb.extra = append(n.lb.extra, nginxText(d))
			n.im.escape("extra: "+nginxText(d), n.at(d), "the tls block's hsts says a max-age and includeSubDomains only")
		}
	}
}
