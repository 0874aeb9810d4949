package gen

import (
	"bytes"
	"fmt"
	"strings"
	"text/template"
	"time"

	"github.com/lbgen/lbgen/schemas"
)

// Pool is a set of services that one or more routes send traffic to: an
// nginx upstream block or an HAProxy backend section.
type Pool struct {
	// Name is the service's name for a single-service pool, the services'
	// names joined by "_" for a split.
	Name     string
	Backends []*schemas.Backend
}

// RouteTarget is a route with the pool it sends traffic to.
type RouteTarget struct {
	Route *schemas.Route
	Pool  *Pool
}

// Pools groups a balancer's routes by where they send traffic: routes to
// the same services with the same weights share one pool, so nginx and
// HAProxy keep one health and connection state per set of replicas.
func Pools(b *schemas.Balancer) ([]*Pool, []RouteTarget) {
	var pools []*Pool
	var targets []RouteTarget
	byKey := map[string]*Pool{}
	usedNames := map[string]int{}
	for _, r := range b.Routes {
		key := poolKey(r.Backends)
		p, ok := byKey[key]
		if !ok {
			names := make([]string, len(r.Backends))
			for i, be := range r.Backends {
				names[i] = be.Service
			}
			name := strings.Join(names, "_")
			if n := usedNames[name]; n > 0 {
				name = fmt.Sprintf("%s_%d", name, n+1)
			}
			usedNames[strings.Join(names, "_")]++
			p = &Pool{Name: name, Backends: r.Backends}
			byKey[key] = p
			pools = append(pools, p)
		}
		targets = append(targets, RouteTarget{Route: r, Pool: p})
	}
	return pools, targets
}

func poolKey(backends []*schemas.Backend) string {
	var parts []string
	for _, be := range backends {
		w := 0
		if be.Weight != nil {
			w = *be.Weight
		}
		parts = append(parts, fmt.Sprintf("%s/%d/%t", be.Service, w, be.Backup))
	}
	return strings.Join(parts, ",")
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
	var files []File
	for _, b := range t.Balancers {
		if b.Engine != engine {
			continue
		}
		var buf bytes.Buffer
		if err := tmpl.Execute(&buf, view(b)); err != nil {
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
	Listen                int
	HealthPath            string
	ConnectTimeout        string
	ServerTimeout         string
	ClientTimeout         string
}

// NewBalancerBasics formats a balancer's common values.
func NewBalancerBasics(b *schemas.Balancer, ctx Context) BalancerBasics {
	return BalancerBasics{
		Header:         string(ctx.Header("#")),
		Name:           b.Name,
		Version:        b.EngineVersion.String(),
		Resolver:       b.ResolverAddr,
		DNSRefresh:     FormatDuration(b.DNSRefresh),
		Listen:         b.ContainerPort(),
		HealthPath:     b.HealthPath,
		ConnectTimeout: FormatDuration(b.Timeouts.Connect),
		ServerTimeout:  FormatDuration(b.Timeouts.Server),
		ClientTimeout:  FormatDuration(b.Timeouts.Client),
	}
}
