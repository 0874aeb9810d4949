package schemas

import (
	"github.com/hashicorp/hcl/v2"

	"github.com/lbgen/lbgen/component"
)

// stream checks a TCP balancer: one route "/" to one service, and none
// of the HTTP settings, which a TCP proxy cannot apply.
func (v *validator) stream(b *Balancer) {
	if b.Mode == "" {
		b.Mode = ModeHTTP
	}
	if !v.oneOf(b.Mode, []string{ModeHTTP, ModeTCP}, b.ModeRange, "mode") || !b.TCP() {
		return
	}
	if b.Engine == EngineNginx && !b.EngineVersion.AtLeast(component.NginxUpstreamResolve) {
		v.errorf(b.ModeRange, "TCP balancing needs a newer nginx",
			"nginx %s cannot re-resolve stream upstream servers; TCP balancing of scaled services needs nginx %s or later.", b.EngineVersion, component.NginxUpstreamResolve)
	}
	v.httpOnly(b.TLS != nil, tlsRange(b), "tls", "TLS on a TCP balancer")
	v.httpOnly(b.Sticky != nil && b.Sticky.By != "source", stickyRange(b), "sticky", "HTTP stickiness on a TCP balancer")
	for _, a := range []struct {
		set  bool
		rng  hcl.Range
		name string
	}{{b.Gzip, b.GzipRange, "gzip"}, {b.MaxBody != "", b.MaxBodyRange, "max_body_size"}, {len(b.Trusted) > 0, b.TrustedRange, "trusted_proxies"},
		{b.Buffering != nil, b.BufferingRange, "buffering"}, {b.RetryPOST, b.RetryPOSTRange, "retry_non_idempotent"}} {
		v.httpOnly(a.set, a.rng, a.name, "HTTP setting on a TCP balancer")
	}
	if b.Engine == EngineNginx && b.Stats != nil {
		v.errorf(b.Stats.DefRange, "Stats on an nginx TCP balancer", "nginx's stub_status counts HTTP connections only, not stream ones; remove stats, or use HAProxy, whose stats cover TCP.")
	}
	if len(b.Routes) != 1 {
		v.errorf(b.DefRange, "TCP balancer with several routes", "A TCP balancer forwards connections, not requests: it has one route \"/\" to one service.")
	}
	for _, r := range b.Routes {
		v.streamRoute(r)
	}
	if len(b.Routes) > 0 && len(b.Routes[0].Backends) > 0 {
		b.StreamPort = b.Routes[0].Backends[0].Port
	}
	if b.StreamPort != 0 && b.StreamPort == b.ContainerPort() || (b.Stats != nil && b.Stats.Port == b.StreamPort) {
		v.errorf(b.Routes[0].LabelRange, "TCP port taken",
			"The balancer takes TCP connections on the service's port %d in its container, where it also serves its health check (%d) or stats; give the service another port.", b.StreamPort, b.ContainerPort())
	}
}

// streamRoute rejects what only an HTTP route can do.
func (v *validator) streamRoute(r *Route) {
	if r.Path != "/" {
		v.errorf(r.LabelRange, "TCP route with a path", "A TCP connection has no path: name the route \"/\".")
	}
	if r.Rewrites {
		v.errorf(at(r.StripRange, r.RewriteRange), "Rewrite on a TCP route", "A TCP balancer forwards bytes; it cannot strip or rewrite a path.")
	}
	if len(r.Backends) > 1 {
		v.errorf(r.LabelRange, "Traffic split on a TCP route", "A TCP route sends to one service.")
	}
	for _, a := range []struct {
		set  bool
		rng  hcl.Range
		name string
	}{{r.Host != "", at(r.HostRange, r.HostsRange), "host"}, {r.WebSocket, r.WebSocketRange, "websocket"}, {r.TunnelRaw != "", r.TunnelRange, "tunnel_timeout"},
		{len(r.RequestHeaders) > 0, r.ReqHdrRange, "request_headers"}, {len(r.ResponseHeaders) > 0, r.RespHdrRange, "response_headers"},
		{r.MaxBody != "", r.MaxBodyRange, "max_body_size"}, {r.RateLimit != nil, rateRange(r), "rate_limit"}, {len(r.Extra) > 0, r.ExtraRange, "extra"}} {
		v.httpOnly(a.set, a.rng, a.name, "HTTP option on a TCP route")
	}
}

func (v *validator) httpOnly(set bool, rng hcl.Range, name, summary string) {
	if set {
		v.errorf(rng, summary, "%s applies to HTTP; this balancer has mode = \"tcp\". Remove it, or use an HTTP balancer.", name)
	}
}

func tlsRange(b *Balancer) hcl.Range {
	if b.TLS == nil {
		return hcl.Range{}
	}
	return b.TLS.DefRange
}

func stickyRange(b *Balancer) hcl.Range {
	if b.Sticky == nil {
		return hcl.Range{}
	}
	return b.Sticky.DefRange
}

func rateRange(r *Route) hcl.Range {
	if r.RateLimit == nil {
		return hcl.Range{}
	}
	return r.RateLimit.DefRange
}
