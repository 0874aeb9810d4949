package gen

import (
	"bytes"
	"cmp"
	"fmt"
	"slices"
	"strings"
	"text/template"
	"time"

	"github.com/lbgen/lbgen/component"
	"github.com/lbgen/lbgen/schemas"
)

// Pool is the servers one nginx upstream or HAProxy backend balances
// over: the replicas of one primary service and, when the engine keeps
// them in the same group (nginx's backup servers), the route's backup
// services.
type Pool struct {
	// Name is the service's name, or the names of the pool's services
	// joined by "_".
	Name     string
	Backends []*schemas.Backend
}

// Share is one primary service's part of a route's traffic.
type Share struct {
	Pool *Pool
	// Weight is the service's weight; BasisPoints is its share of the route's
	// traffic in hundredths of a percent (basis points), so the shares of
	// a route add up to exactly 10000.
	Weight, BasisPoints int
}

// RouteTarget is a route and where it sends traffic: a share per primary
// service and, when the engine balances backups as their own group, the
// backup pools in the spec's order.
type RouteTarget struct {
	Route   *schemas.Route
	Shares  []Share
	Backups []*Pool
	// Split names the route's traffic split, shared by routes that split
	// the same way; empty when the route has one primary service.
	Split string
}

// Pool returns the pool of the route's first primary service, the one
// that takes the traffic when the route does not split it.
func (rt RouteTarget) Pool() *Pool { return rt.Shares[0].Pool }

// Pools groups a balancer's routes by where they send traffic. A weight
// splits a route's traffic between services, not between replicas: every
// replica of a service shares its DNS name, so a per-server weight would
// be multiplied by the replica count. Each primary service therefore gets
// a pool of its own, shared by every route that sends to it with the same
// backups, so nginx and HAProxy keep one health and connection state per
// set of replicas, and the route chooses the pool by a draw. With
// inlineBackups a route's backup services join each of its primary pools
// (nginx's backup servers); otherwise each is a pool of its own.
func Pools(b *schemas.Balancer, inlineBackups bool) ([]*Pool, []RouteTarget) {
	ps := poolSet{byKey: map[string]*Pool{}, used: map[string]int{}, manyPorts: manyPorts(b)}
	splits := map[string]string{}
	var targets []RouteTarget
	for _, r := range b.Routes {
		rt := RouteTarget{Route: r}
		var backups []*schemas.Backend
		for _, be := range r.Backends {
			if be.Backup {
				backups = append(backups, be)
			}
		}
		inline := backups
		if !inlineBackups {
			inline = nil
		}
		for _, be := range r.Backends {
			if !be.Backup {
				pool := ps.get(append([]*schemas.Backend{be}, inline...))
				rt.Shares = append(rt.Shares, Share{Pool: pool, Weight: weight(be)})
			}
		}
		if !inlineBackups {
			for _, be := range backups {
				rt.Backups = append(rt.Backups, ps.get([]*schemas.Backend{be}))
			}
		}
		setBasisPoints(rt.Shares)
		if len(rt.Shares) > 1 {
			rt.Split = splitName(splits, rt.Shares)
		}
		targets = append(targets, rt)
	}
	return ps.pools, targets
}

// poolSet hands out one pool per set of service ports, named uniquely.
type poolSet struct {
	pools []*Pool
	byKey map[string]*Pool
	used  map[string]int
	// manyPorts holds the services the balancer sends to on more than
	// one port, whose pools are named with the port.
	manyPorts map[string]bool
}

func (ps *poolSet) get(backends []*schemas.Backend) *Pool {
	names := make([]string, len(backends))
	keys := make([]string, len(backends))
	for i, be := range backends {
		names[i] = be.Service
		if ps.manyPorts[be.Service] {
			names[i] = fmt.Sprintf("%s_%d", be.Service, be.Port)
		}
		keys[i] = fmt.Sprintf("%s:%d", be.Service, be.Port)
	}
	key := strings.Join(keys, ",")
	if p, ok := ps.byKey[key]; ok {
		return p
	}
	p := &Pool{Name: uniqueName(ps.used, strings.Join(names, "_")), Backends: backends}
	ps.byKey[key] = p
	ps.pools = append(ps.pools, p)
	return p
}

// manyPorts returns the services a balancer routes to on more than one
// port.
func manyPorts(b *schemas.Balancer) map[string]bool {
	first := map[string]int{}
	many := map[string]bool{}
	for _, r := range b.Routes {
		for _, be := range r.Backends {
			if p, ok := first[be.Service]; !ok {
				first[be.Service] = be.Port
			} else if p != be.Port {
				many[be.Service] = true
			}
		}
	}
	return many
}

// uniqueName returns name, or name_N when it was handed out before.
func uniqueName(used map[string]int, name string) string {
	n := used[name]
	used[name]++
	if n > 0 {
		return fmt.Sprintf("%s_%d", name, n+1)
	}
	return name
}

// splitName names a split after its primary services, the same name for
// routes that split between the same pools with the same weights.
func splitName(splits map[string]string, shares []Share) string {
	var key, names []string
	for _, s := range shares {
		key = append(key, fmt.Sprintf("%s/%d", s.Pool.Name, s.BasisPoints))
		names = append(names, s.Pool.Backends[0].Service)
	}
	k := strings.Join(key, ",")
	if name, ok := splits[k]; ok {
		return name
	}
	used := map[string]int{}
	for _, name := range splits {
		used[name]++
	}
	name := "split_" + strings.Join(names, "_")
	for i := 2; used[name] > 0; i++ {
		name = fmt.Sprintf("split_%s_%d", strings.Join(names, "_"), i)
	}
	splits[k] = name
	return name
}

// weight is a backend's weight; without one, services share equally.
func weight(be *schemas.Backend) int {
	if be.Weight == nil {
		return 1
	}
	return *be.Weight
}

// setBasisPoints gives each share its part of 10000 basis points.
func setBasisPoints(shares []Share) {
	weights := make([]int, len(shares))
	for i, s := range shares {
		weights[i] = s.Weight
	}
	for i, bp := range BasisPoints(weights) {
		shares[i].BasisPoints = bp
	}
}

// BasisPoints divides 10000 basis points between weights in proportion:
// rounded down, at least 1 each, and the remainder to the last, so they
// always add up to 10000. It is how a traffic split is rendered, and so
// how lbgen import reads one back.
func BasisPoints(weights []int) []int {
	total := 0
	for _, w := range weights {
		total += w
	}
	out := make([]int, len(weights))
	left := 10000
	for i, w := range weights {
		if i == len(weights)-1 {
			out[i] = left
			break
		}
		out[i] = max(1, w*10000/total)
		left -= out[i]
	}
	return out
}

// Retries is how many times a request is tried again on another server of
// pool p: what the spec says or, by default, enough to try every server
// slot once (at least the default count). When a scale-in stops several
// replicas at once, each still listed in DNS until the balancer asks again,
// a request may meet several refused connections in a row; a refused
// connection is always safe to retry, since nothing was sent.
func Retries(t *schemas.Topology, b *schemas.Balancer, p *Pool) int {
	if b.Retries != nil {
		return *b.Retries
	}
	slots := 0
	for _, be := range p.Backends {
		if s := t.Service(be.Service); s != nil {
			slots += s.MaxReplicaCount
		}
	}
	return max(b.RetryCount, slots-1)
}

// FormatDuration writes d in the largest unit that divides it exactly, in
// the notation nginx, HAProxy and Prometheus all read: "15d", "200h",
// "90s", "500ms".
func FormatDuration(d time.Duration) string {
	for _, u := range []struct {
		suffix string
		size   time.Duration
	}{{"d", 24 * time.Hour}, {"h", time.Hour}, {"m", time.Minute}, {"s", time.Second}} {
		if d%u.size == 0 {
			return fmt.Sprintf("%d%s", d/u.size, u.suffix)
		}
	}
	return fmt.Sprintf("%dms", d/time.Millisecond)
}

// Environment variables an HAProxy config reads (HAProxy expands "${NAME}"
// in its config), so secrets stay out of the rendered files. The compose
// renderer passes them through from the environment of `docker compose up`.
const (
	StatsUserEnv     = "STATS_USER"
	StatsPasswordEnv = "STATS_PASSWORD"
	CookieKeyEnv     = "COOKIE_KEY"
)

// EnvPurpose says what a balancer's environment variable is for, in the
// message `docker compose up` prints when it is unset.
func EnvPurpose(name string) string {
	switch name {
	case StatsUserEnv:
		return "the HAProxy stats page user"
	case StatsPasswordEnv:
		return "the HAProxy stats page password"
	case CookieKeyEnv:
		return "the secret HAProxy derives sticky-session cookies from"
	}
	return "read by the balancer config"
}

// BalancerEnv lists the environment variables a balancer's config reads.
func BalancerEnv(b *schemas.Balancer) []string {
	if b.Engine != schemas.EngineHAProxy {
		return nil
	}
	var env []string
	if b.Stats != nil {
		env = append(env, StatsUserEnv, StatsPasswordEnv)
	}
	if b.Sticky != nil && b.Sticky.By == "cookie" {
		env = append(env, CookieKeyEnv)
	}
	return env
}

// RenderBalancers renders one config file per balancer of the engine by
// executing tmpl on the view built for it.
func RenderBalancers(t *schemas.Topology, engine string, tmpl *template.Template, view func(*schemas.Balancer) any) ([]File, error) {
	return RenderBalancersWith(t, engine, func(b *schemas.Balancer) (*template.Template, any) { return tmpl, view(b) })
}

// RenderBalancersWith is RenderBalancers with a template chosen per
// balancer, such as nginx's main config for a TCP balancer.
func RenderBalancersWith(t *schemas.Topology, engine string, pick func(*schemas.Balancer) (*template.Template, any)) ([]File, error) {
	var files []File
	for _, b := range t.Balancers {
		if b.Engine != engine {
			continue
		}
		tmpl, view := pick(b)
		var buf bytes.Buffer
		if err := tmpl.Execute(&buf, view); err != nil {
			return nil, fmt.Errorf("render %s config of balancer %q: %w", engine, b.Name, err)
		}
		files = append(files, File{Path: BalancerConfigPath(b), Bytes: EndWithNewline(buf.Bytes())})
	}
	return files, nil
}

// BalancerBasics are the values every balancer config prints, formatted
// for nginx and HAProxy alike. Each renderer embeds it in its view.
type BalancerBasics struct {
	Header, Name, Version string
	Resolver, DNSRefresh  string
	// DNSRefreshWhy are comment lines saying why the platform refreshes
	// DNS answers as often as it does. DNSHold is how long a balancer keeps
	// its last answer while DNS fails: the spec's dns_refresh, even where
	// the platform refreshes more often, so a DNS hiccup does not empty
	// the server list.
	DNSRefreshWhy  []string
	DNSHold        string
	Listen         int
	HealthPath     string
	ConnectTimeout string
	ServerTimeout  string
	ClientTimeout  string
	// PrivateRanges are the networks the platform's containers talk
	// over, from which the stats page is served.
	PrivateRanges []string
}

// NewBalancerBasics formats a balancer's common values.
func NewBalancerBasics(b *schemas.Balancer, ctx Context) BalancerBasics {
	basics := BalancerBasics{
		Header:         string(ctx.Header("#")),
		Name:           b.Name,
		Version:        b.EngineVersion.String(),
		Resolver:       cmp.Or(b.ResolverAddr, ctx.Platform.Resolver),
		DNSRefresh:     FormatDuration(b.DNSRefresh),
		DNSHold:        FormatDuration(b.DNSRefresh),
		Listen:         b.ContainerPort(),
		HealthPath:     b.HealthPath,
		ConnectTimeout: FormatDuration(b.Timeouts.Connect),
		ServerTimeout:  FormatDuration(b.Timeouts.Server),
		ClientTimeout:  FormatDuration(b.Timeouts.Client),
		PrivateRanges:  ctx.Platform.PrivateRanges,
	}
	if b.DNSRaw == "" && ctx.Platform.DNSRefresh > 0 {
		basics.DNSRefresh = FormatDuration(ctx.Platform.BalancerDNSRefresh())
		basics.DNSRefreshWhy = ctx.Platform.DNSRefreshWhy
	}
	return basics
}

// ReplicaAddress is the host:port at which a balancer finds every replica
// of a routed service, at the port the route sends to, on the context's
// platform.
func (c Context) ReplicaAddress(be *schemas.Backend) string {
	return fmt.Sprintf("%s:%d", c.Platform.ReplicaHost(be.Service), be.Port)
}

// TLSFiles are where a balancer's container finds its certificate and
// key: Docker secrets, whatever their source in the spec.
func TLSFiles(b *schemas.Balancer) (cert, key string) {
	return component.SecretsDir + "/" + component.TLSCertificateSecret(b.Name),
		component.SecretsDir + "/" + component.TLSKeySecret(b.Name)
}

// HSTSValue is the Strict-Transport-Security header a TLS balancer sends,
// "" when the spec does not opt in.
func HSTSValue(t *schemas.TLS) string {
	if t == nil || t.HSTS == 0 {
		return ""
	}
	v := fmt.Sprintf("max-age=%d", int64(t.HSTS.Seconds()))
	if t.HSTSSubdomains {
		v += "; includeSubDomains"
	}
	return v
}

// SortedKeys returns a map's keys in order, so headers and options render
// in a stable order.
func SortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// TrimLines trims each raw line the spec gives (extra, backend_extra).
func TrimLines(lines []string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = strings.TrimSpace(l)
	}
	return out
}
