// Package haproxy renders an HAProxy config for each HAProxy balancer:
// server-template slots filled from Docker's DNS at run time (as many as
// the service's max_replicas), active HTTP health checks, retries and
// redispatch, stickiness, path and host routing, and a stats frontend with
// the built-in Prometheus exporter.
package haproxy

import (
	_ "embed"
	"fmt"
	"sort"
	"strings"
	"text/template"

	"github.com/lbgen/lbgen/gen"
	"github.com/lbgen/lbgen/schemas"
)

//go:embed haproxy.cfg.tmpl
var cfgTemplate string

var tmpl = template.Must(template.New("haproxy").Parse(cfgTemplate))

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
	Retries       int
	RetrySafeOnly bool
	Cookie        string
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
}

type rule struct{ Backend, Condition string }

type backend struct {
	Name, Balance          string
	HealthPath, HealthHost string
	Templates              []string
}

func newView(t *schemas.Topology, b *schemas.Balancer, ctx gen.Context) view {
	v := view{
		BalancerBasics: gen.NewBalancerBasics(b, ctx),
		Retries:        b.RetryCount,
		RetrySafeOnly:  !b.RetryPOST,
		Stats:          b.Stats,
		DNS:            ctx.Platform.DNSLabel,
		ClusterDNS:     ctx.Platform.SRV != "",
		ResolvConf:     b.ResolverAddr == "" && ctx.Platform.ResolvConf,
	}
	if b.Sticky != nil && b.Sticky.By == "cookie" {
		v.Cookie = b.Sticky.Name
	}
	pools, targets := gen.Pools(b)
	for _, p := range pools {
		v.Backends = append(v.Backends, newBackend(t, ctx, b, p))
	}
	v.Rules, v.Default = rules(targets)
	if v.Default == "" {
		v.Default, v.NotFound = "not_found", true
	}
	return v
}

func newBackend(t *schemas.Topology, ctx gen.Context, b *schemas.Balancer, p *gen.Pool) backend {
	be := backend{Name: p.Name, Balance: balance(b)}
	be.HealthPath, be.HealthHost = commonHealthCheck(t, p)
	for _, member := range p.Backends {
		s := t.Service(member.Service)
		line := fmt.Sprintf("%s- 1-%d %s", s.Name, s.MaxReplicaCount, replicaAddress(t, ctx, s.Name))
		if member.Weight != nil {
			line += fmt.Sprintf(" weight %d", *member.Weight)
		}
		if member.Backup {
			line += " backup"
		}
		be.Templates = append(be.Templates, line)
	}
	return be
}

// replicaAddress is what a server-template resolves: host:port, or, where
// the platform publishes SRV records, the SRV name, whose records carry
// each replica's port.
func replicaAddress(t *schemas.Topology, ctx gen.Context, service string) string {
	if srv := ctx.Platform.SRV; srv != "" {
		return srv + "." + ctx.Platform.ReplicaHost(service)
	}
	return ctx.ReplicaAddress(t, service)
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

// commonHealthCheck returns the HTTP health path every service in the pool
// shares, and the Host header to send. HAProxy has one HTTP check per
// backend, so services checked differently fall back to TCP checks.
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
// paths before shorter. The "/" route without a host is the default.
func rules(targets []gen.RouteTarget) (rules []rule, def string) {
	sorted := append([]gen.RouteTarget{}, targets...)
	sort.SliceStable(sorted, func(i, j int) bool {
		a, b := sorted[i].Route, sorted[j].Route
		if (a.Host != "") != (b.Host != "") {
			return a.Host != ""
		}
		return len(a.Path) > len(b.Path)
	})
	for _, rt := range sorted {
		r := rt.Route
		if r.Host == "" && r.Path == "/" {
			def = rt.Pool.Name
			continue
		}
		var cond []string
		if r.Host != "" {
			cond = append(cond, hostCondition(r.Host))
		}
		if r.Path != "/" {
			cond = append(cond, fmt.Sprintf("{ path_beg %s }", r.Path))
		}
		rules = append(rules, rule{Backend: rt.Pool.Name, Condition: strings.Join(cond, " ")})
	}
	return rules, def
}

// hostCondition matches the Host header without its port; "*.example.com"
// matches every subdomain.
func hostCondition(host string) string {
	if suffix, ok := strings.CutPrefix(host, "*"); ok {
		return fmt.Sprintf("{ hdr(host),field(1,:) -m end -i %s }", suffix)
	}
	return fmt.Sprintf("{ hdr(host),field(1,:) -i %s }", host)
}
