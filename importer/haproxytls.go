package importer

import (
	"slices"
	"strings"

	"github.com/lbgen/lbgen/lint/haproxycfg"
)

// sslBind imports a bind that terminates TLS (bind :8443 ssl crt FILE
// [alpn h2,http/1.1]): the tls block's port, certificate and HTTP/2.
// HAProxy reads the key from the file beside the certificate named
// *.key, as lbgen renders it.
func (h *haproxyImport) sslBind(ln *haproxycfg.Line) bool {
	ssl, crt := false, ""
	alpnH2 := false
	for i := 2; i < len(ln.Words); i++ {
		switch w := ln.Words[i].Value; {
		case w == "ssl":
			ssl = true
		case w == "crt" && i+1 < len(ln.Words):
			crt = ln.Words[i+1].Value
			i++
		case w == "alpn" && i+1 < len(ln.Words):
			alpnH2 = slices.Contains(strings.Split(ln.Words[i+1].Value, ","), "h2")
			i++
		}
	}
	if !ssl {
		return false
	}
	if crt == "" || h.lb.tls != nil {
		h.im.skipped("haproxy "+lineText(ln), h.at(ln), "an imported tls block is one HTTPS port with one certificate file")
		return true
	}
	t := h.lb.tlsOf()
	t.port = listenPort(strings.TrimPrefix(ln.Words[1].Value, "*"))
	t.certPath, t.keyPath, t.http2 = crt, crt+".key", alpnH2
	h.im.imported("haproxy "+lineText(ln)+" (the tls block: port, certificate by reference, http2)", h.at(ln))
	return true
}

// tlsLine imports the redirect to HTTPS and the HSTS header of a TLS
// frontend: lbgen's forms and the usual hand-written ones (redirect
// scheme https unless { ssl_fc }, HSTS on every response).
func (h *haproxyImport) tlsLine(ln *haproxycfg.Line) bool {
	t := h.lb.tls
	if t == nil {
		return false
	}
	w := ln.Words
	onHTTPS := strings.Contains(lineText(ln), "ssl_fc")
	switch {
	case !onHTTPS && !ln.Is("http-response", "set-header"):
		// A redirect without the condition would loop on HTTPS.
		return false
	case ln.Is("http-request", "redirect") && len(w) > 3 && (w[2].Value == "scheme" && w[3].Value == "https" || w[2].Value == "location" && strings.HasPrefix(w[3].Value, "https://")),
		ln.Is("redirect", "scheme", "https"):
		t.redirect = true
		h.im.imported("haproxy "+lineText(ln)+" (the tls block's redirect)", h.at(ln))
		return true
	case ln.Is("http-response", "set-header", "Strict-Transport-Security") && len(w) > 3 && (onHTTPS || len(w) == 4):
		// Without a condition it is also sent on plain HTTP, where
		// browsers ignore it: the same as on HTTPS only.
		age, sub, ok := hstsHeader(w[3].Value)
		if !ok {
			return false
		}
		t.hsts, t.hstsSubdomains = age, sub
		h.im.imported("haproxy "+lineText(ln)+" (the tls block's hsts)", h.at(ln))
		return true
	}
	return false
}

// trustedProxies reads the addresses lbgen's X-Forwarded-Proto rules
// trust (!{ src CIDR... }): the balancer's trusted_proxies.
func (h *haproxyImport) trustedProxies(ln *haproxycfg.Line) {
	for i, w := range ln.Words {
		if w.Value != "src" || i == 0 || ln.Words[i-1].Value != "!{" {
			continue
		}
		for _, c := range ln.Words[i+1:] {
			if c.Value == "}" {
				break
			}
			if !slices.Contains(h.lb.trusted, c.Value) {
				h.lb.trusted = append(h.lb.trusted, c.Value)
			}
		}
	}
}
