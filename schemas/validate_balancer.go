package schemas

import (
	"fmt"
	"net"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/hashicorp/hcl/v2"

	"github.com/lbgen/lbgen/component"
)

var (
	engines    = []string{EngineNginx, EngineHAProxy}
	algorithms = []string{"round_robin", "least_conn", "random"}
	stickyBy   = []string{"cookie", "source", "header", "uri"}
)

var (
	cookieNamePattern = regexp.MustCompile(`^[A-Za-z0-9_]+$`)
	headerNamePattern = regexp.MustCompile(`^[A-Za-z0-9-]+$`)
)

const maxWeight = 256 // HAProxy's limit; nginx accepts it too.

// ContainerPort is the port the balancer listens on inside its container.
// The official HAProxy images run as a non-root user, which cannot bind
// ports below 1024, so HAProxy listens on 8080 and compose maps the
// published port onto it.
func (b *Balancer) ContainerPort() int {
	if b.Engine == EngineHAProxy {
		return 8080
	}
	return 80
}

func (v *validator) balancer(b *Balancer) {
	if v.oneOf(b.Engine, engines, b.EngineRange, "engine") {
		v.engineVersion(b)
	}
	v.resolver(b)
	v.proxying(b)
	v.listen(b)
	v.algorithm(b)
	v.trustedProxies(b)
	if b.HealthPath == "" {
		b.HealthPath = DefaultLBHealthPath
	}
	v.path(b.HealthPath, at(b.HealthPathRange, b.DefRange), "health_path")

	if len(b.Routes) == 0 {
		v.errorf(b.DefRange, "Balancer without routes",
			"Balancer %q sends traffic nowhere. Add route \"/\" { service = \"NAME\" }.", b.Name)
	}
	v.expandHosts(b)
	v.extra(b, b.Extra, b.ExtraRange)
	v.extra(b, b.BackendExtra, b.BackendExtraRange)
	seen := map[string]*Route{}
	for _, r := range b.Routes {
		// Paths match whole segments, so "/api" already takes "/api/".
		key := r.Host + " " + strings.TrimSuffix(r.Path, "/")
		if prev, dup := seen[key]; dup {
			v.errorf(r.LabelRange, "Duplicate route",
				"Balancer %q already routes host %q path %q at %s (a route path matches whole segments, with or without a final \"/\").", b.Name, r.Host, prev.Path, pos(prev.LabelRange))
			continue
		}
		seen[key] = r
		if r.Path == b.HealthPath {
			v.errorf(r.LabelRange, "Route on the health path",
				"Balancer %q answers %s itself, for its health check, so this route would never get a request. Route another path, or set health_path to a path no route uses.", b.Name, b.HealthPath)
		}
		v.route(b, r)
		v.routeOptions(b, r)
	}
	if b.Sticky != nil {
		v.sticky(b, b.Sticky)
	}
	if b.Stats != nil {
		v.stats(b, b.Stats)
	}
	if b.TLS != nil {
		v.tls(b, b.TLS)
	}
	v.stream(b)
	if b.Engine == EngineNginx && !b.EngineVersion.AtLeast(component.NginxUpstreamResolve) {
		v.oldNginx(b)
	}
}

// listen checks the published port, which an internal balancer (one the
// stack's own services call) does not have.
func (v *validator) listen(b *Balancer) {
	switch {
	case b.Internal && b.ListenRange.Filename != "":
		v.errorf(b.ListenRange, "Internal balancer with listen",
			"Balancer %q is internal: it publishes no host port, and the stack's services reach it at %s (balancer.%s.url). Remove listen, or internal.", b.Name, b.URL(), b.Name)
	case b.Internal && b.TLS != nil:
		v.errorf(b.TLS.DefRange, "TLS on an internal balancer", "Balancer %q publishes no port, so it has no HTTPS port to publish either. Remove tls, or internal.", b.Name)
	case b.Internal:
	case b.ListenRange.Filename == "":
		v.errorf(b.DefRange, "Balancer without listen",
			"Balancer %q needs listen = the host port it publishes, or internal = true for a balancer only the stack's services call.", b.Name)
	default:
		v.port(b.Listen, b.ListenRange, "listen port")
		v.hostIP(b.ListenIP, b.ListenIPRange)
		v.publish(b.ListenIP, b.Listen, fmt.Sprintf("balancer %q", b.Name), b.ListenRange)
	}
}

// engineVersion parses version, which also picks the default image.
func (v *validator) engineVersion(b *Balancer) {
	min, def := component.MinNginx, component.DefaultNginxVersion
	if b.Engine == EngineHAProxy {
		min, def = component.MinHAProxy, component.DefaultHAProxyVersion
	}
	b.EngineVersion = def
	if b.Version != "" {
		ver, err := component.ParseVersion(b.Version)
		if err != nil {
			v.errorf(b.VersionRange, "Invalid version", "%s.", err)
			return
		}
		if !ver.AtLeast(min) {
			v.errorf(b.VersionRange, "Unsupported version", "lbgen renders %s configs for %s %s and later.", b.Engine, b.Engine, min)
			return
		}
		b.EngineVersion = ver
	}
	switch {
	case b.Image != "":
	case b.Engine == EngineHAProxy:
		b.Image = component.HAProxyImage(b.EngineVersion)
	default:
		b.Image = component.NginxImage(b.EngineVersion)
	}
}

// resolver parses the DNS server the balancer asks for replica addresses,
// when the spec names one; otherwise the platform's is used.
func (v *validator) resolver(b *Balancer) {
	b.DNSRefresh = v.duration(b.DNSRaw, b.DNSRange, "dns_refresh", DefaultDNSRefresh)
	if b.Resolver == "" {
		return
	}
	addr := b.Resolver
	host, port := addr, "53"
	if net.ParseIP(addr) == nil {
		var err error
		if host, port, err = net.SplitHostPort(addr); err != nil {
			host = ""
		}
	}
	if p, err := strconv.Atoi(port); net.ParseIP(host) == nil || err != nil || p < 1 || p > 65535 {
		v.errorf(b.ResolverRange, "Invalid resolver",
			"resolver must be an IP address with an optional port, such as \"127.0.0.11\" (Docker's DNS, the default) or \"127.0.0.1:5353\"; got %q.", addr)
		return
	}
	b.ResolverAddr = net.JoinHostPort(host, port)
}

// proxying applies the defaults of the proxy settings and rejects those the
// engine has no equivalent for.
func (v *validator) proxying(b *Balancer) {
	nonNegative := func(p *int, def int, rng hcl.Range, what string) int {
		if p == nil {
			return def
		}
		if *p < 0 {
			v.errorf(rng, "Invalid "+what, "%s must not be negative, got %d.", what, *p)
		}
		return *p
	}
	b.KeepaliveConns = nonNegative(b.Keepalive, DefaultKeepalive, b.KeepaliveRange, "keepalive")
	b.MaxFailCount = nonNegative(b.MaxFails, DefaultMaxFails, b.MaxFailsRange, "max_fails")
	b.RetryCount = nonNegative(b.Retries, DefaultRetries, b.RetriesRange, "retries")
	b.FailTimeout = v.duration(b.FailRaw, b.FailRange, "fail_timeout", DefaultFailTimeout)
	b.KeepaliveIdle = v.duration(b.IdleRaw, b.IdleRange, "keepalive_timeout", DefaultKeepaliveIdle)
	b.Buffered = b.Buffering == nil || *b.Buffering
	if b.MaxBody != "" {
		size, err := ParseSize(b.MaxBody)
		if err != nil {
			v.errorf(b.MaxBodyRange, "Invalid size", "%s.", err)
		}
		b.MaxBodyBytes = size
	}
	if b.Timeouts == nil {
		b.Timeouts = &Timeouts{}
	}
	t := b.Timeouts
	t.Connect = v.duration(t.ConnectRaw, t.ConnectRange, "connect timeout", DefaultConnectTimeout)
	t.Server = v.duration(t.ServerRaw, t.ServerRange, "server timeout", DefaultServerTimeout)
	t.Client = v.duration(t.ClientRaw, t.ClientRange, "client timeout", DefaultClientTimeout)

	if b.Engine != EngineHAProxy {
		return
	}
	for _, a := range []struct {
		rng       hcl.Range
		name, why string
	}{
		{b.KeepaliveRange, "keepalive", "HAProxy reuses server connections by itself"},
		{b.IdleRange, "keepalive_timeout", "HAProxy retries a request whose reused connection the app closed"},
		{b.MaxFailsRange, "max_fails", "HAProxy takes failing replicas out with active health checks"},
		{b.FailRange, "fail_timeout", "HAProxy takes failing replicas out with active health checks"},
		{b.BufferingRange, "buffering", "lbgen renders no buffering settings for HAProxy"},
	} {
		if a.rng.Filename != "" {
			v.errorf(a.rng, "Setting not supported by HAProxy", "%s applies to nginx only: %s. Remove it.", a.name, a.why)
		}
	}
}

// oldNginx rejects what nginx before 1.27.3 cannot do for scaled services.
// Those releases cannot re-resolve an upstream block's names, so lbgen
// proxies through a variable instead, and nginx then round-robins over the
// DNS answer itself: no algorithm, stickiness, weights or backups.
func (v *validator) oldNginx(b *Balancer) {
	why := fmt.Sprintf("nginx %s can only follow scaling through a variable proxy_pass, which round-robins over the replicas; upstream features need nginx %s or later (set version or remove the setting)",
		b.EngineVersion, component.NginxUpstreamResolve)
	if b.Algorithm != DefaultAlgorithm {
		v.errorf(b.AlgorithmRange, "Algorithm needs a newer nginx", "%s.", why)
	}
	if b.Sticky != nil {
		v.errorf(b.Sticky.DefRange, "Stickiness needs a newer nginx", "%s.", why)
	}
	for _, r := range b.Routes {
		if len(r.Backends) > 1 {
			v.errorf(r.LabelRange, "Traffic split needs a newer nginx", "%s.", why)
		}
	}
	if len(b.BackendExtra) > 0 {
		v.errorf(b.BackendExtraRange, "backend_extra needs a newer nginx", "%s: backend_extra goes into upstream blocks, which this form has none of.", why)
	}
}

func (v *validator) algorithm(b *Balancer) {
	if b.Algorithm == "" {
		b.Algorithm = DefaultAlgorithm
		return
	}
	switch b.Algorithm {
	case "ip_hash", "hash", "source", "uri":
		v.errorf(b.AlgorithmRange, "Invalid algorithm",
			"%q is stickiness, not a balancing algorithm: remove algorithm and add sticky { by = \"source\" } (or \"cookie\", \"header\", \"uri\").", b.Algorithm)
		return
	}
	v.oneOf(b.Algorithm, algorithms, b.AlgorithmRange, "algorithm")
}

func (v *validator) route(b *Balancer, r *Route) {
	v.path(r.Path, r.LabelRange, "route path")
	if r.Host != "" && !hostPattern.MatchString(r.Host) {
		v.errorf(r.HostRange, "Invalid host", "%q is not a host name: use lowercase letters, digits, '-' and '.', optionally starting with \"*.\".", r.Host)
	}
	switch {
	case r.Service != "" && len(r.Backends) > 0:
		v.errorf(r.ServiceRange, "Conflicting route targets",
			"Route %q sets service and backend blocks; use service for one service, backend blocks to split traffic.", r.Path)
		return
	case r.Port != 0 && len(r.Backends) > 0:
		v.errorf(r.PortRange, "Port on a route with backend blocks",
			"Route %q splits traffic with backend blocks; set port in each backend block that needs one.", r.Path)
		return
	case r.Service != "":
		r.Backends = []*Backend{{Service: r.Service, Port: r.Port, DefRange: r.ServiceRange, LabelRange: r.ServiceRange, PortRange: r.PortRange}}
	case len(r.Backends) == 0:
		v.errorf(r.DefRange, "Route without a service",
			"Route %q needs service = \"NAME\", or backend \"NAME\" {} blocks to split traffic.", r.Path)
		return
	}

	primaries := 0
	seen := map[string]bool{}
	for _, be := range r.Backends {
		if seen[be.Service] {
			v.errorf(be.LabelRange, "Duplicate backend", "Route %q names service %q twice.", r.Path, be.Service)
			continue
		}
		seen[be.Service] = true
		s := v.serviceRef(be.Service, be.LabelRange, fmt.Sprintf("route %q of balancer %q", r.Path, b.Name))
		switch {
		case s == nil:
		case s.Port == 0:
			v.errorf(be.LabelRange, "Routed service has no port",
				"Balancer %q routes to service %q, which declares no port. Set port to the port the app listens on.", b.Name, s.Name)
		default:
			v.backendPort(be, s)
		}
		if !be.Backup {
			primaries++
		}
		if be.Weight == nil {
			continue
		}
		if len(r.Backends) == 1 {
			v.errorf(be.WeightRange, "Weight on a single service",
				"A weight splits traffic between services. All replicas of %q share one DNS name and so one weight; to split traffic, add a backend block for each service.", be.Service)
		} else if *be.Weight < 1 || *be.Weight > maxWeight {
			v.errorf(be.WeightRange, "Invalid weight", "weight must be from 1 to %d, got %d.", maxWeight, *be.Weight)
		}
	}
	if primaries == 0 && len(r.Backends) > 0 {
		v.errorf(r.LabelRange, "Route with only backup services",
			"Every backend of route %q is a backup, so none takes traffic while all are healthy. Make one a normal backend.", r.Path)
	}
	if b.Engine == EngineNginx && hashing(b) {
		for _, be := range r.Backends {
			if be.Backup {
				v.errorf(be.BackupRange, "Backup with hash balancing",
					"nginx cannot combine backup servers with hash, ip_hash or random balancing, which balancer %q uses. Remove backup, or the stickiness/random algorithm.", b.Name)
			}
		}
	}
}

// backendPort checks the port a route sends to and fills in the service's
// main port when the spec names none. The port must be one the service
// declares: its container exposes only those, and on Kubernetes only
// declared ports get a name for the balancer's SRV lookup.
func (v *validator) backendPort(be *Backend, s *Service) {
	switch {
	case be.Port == 0:
		be.Port = s.Port
	case be.Port != s.Port && !slices.Contains(s.ExtraPorts, be.Port):
		v.errorf(be.PortRange, "Route to an undeclared port",
			"Service %q listens on port %d%s, not %d: add %d to its extra_ports, or route to a declared port.",
			s.Name, s.Port, extraPortsText(s.ExtraPorts), be.Port, be.Port)
	}
}

// extraPortsText lists a service's extra ports for a message.
func extraPortsText(ports []int) string {
	if len(ports) == 0 {
		return ""
	}
	parts := make([]string, len(ports))
	for i, p := range ports {
		parts[i] = strconv.Itoa(p)
	}
	return " and extra_ports " + strings.Join(parts, ", ")
}

// hashing reports whether an nginx balancer picks replicas by hash or at
// random, the methods nginx does not allow backup servers with.
func hashing(b *Balancer) bool {
	return b.Sticky != nil || b.Algorithm == "random"
}

func (v *validator) sticky(b *Balancer, s *Sticky) {
	if !v.oneOf(s.By, stickyBy, s.ByRange, "sticky mode") {
		return
	}
	switch s.By {
	case "cookie", "header":
		pattern, chars := cookieNamePattern, "letters, digits and '_'"
		if s.By == "header" {
			pattern, chars = headerNamePattern, "letters, digits and '-'"
		}
		if s.Name == "" {
			v.errorf(s.DefRange, "Sticky without a name", "sticky by %q needs name = the %s to key on.", s.By, s.By)
		} else if !pattern.MatchString(s.Name) {
			v.errorf(s.NameRange, "Invalid sticky name", "%q cannot be a %s name here: use %s.", s.Name, s.By, chars)
		}
	default:
		if s.Name != "" {
			v.errorf(s.DefRange, "Unexpected sticky name", "sticky by %q takes no name; remove it.", s.By)
		}
	}
	// Hash-based stickiness chooses the replica itself, so an explicit
	// algorithm would silently be ignored. HAProxy's cookie persistence is
	// the one form that works on top of any algorithm.
	ignored := b.Engine == EngineNginx || s.By != "cookie"
	if ignored && b.AlgorithmRange.Filename != "" && b.Algorithm != DefaultAlgorithm {
		v.errorf(b.AlgorithmRange, "Algorithm ignored by stickiness",
			"With sticky by %q, %s picks the replica by hashing, so algorithm %q would have no effect. Remove algorithm or sticky.",
			s.By, b.Engine, b.Algorithm)
	}
}

func (v *validator) stats(b *Balancer, s *Stats) {
	v.port(s.Port, s.PortRange, "stats port")
	if s.HostIPRange.Filename == "" {
		s.HostIP = DefaultAdminHostIP
	}
	v.hostIP(s.HostIP, s.HostIPRange)
	if s.Port == b.Listen {
		v.errorf(s.PortRange, "Stats on the public port",
			"The stats page must have its own port, not the listen port %d, so it is never exposed with the traffic.", b.Listen)
		return
	}
	// The stats server binds its port inside the balancer's container, next
	// to the traffic listener on ContainerPort: the same port there would
	// have the kernel split connections between the two (HAProxy), or send
	// one of them to the wrong server block (nginx).
	if s.Port == b.ContainerPort() && b.Engine != "" {
		v.errorf(s.PortRange, "Stats on the traffic port",
			"%s listens for traffic on port %d inside its container (listen = %d is published onto it), so the stats port must be another port.",
			engineName(b.Engine), b.ContainerPort(), b.Listen)
		return
	}
	if s.Admin && b.Engine != EngineHAProxy {
		v.errorf(s.DefRange, "Stats admin not supported", "Only HAProxy's stats page has an admin mode; nginx's stub_status is read-only.")
	}
	v.publish(s.HostIP, s.Port, fmt.Sprintf("stats of balancer %q", b.Name), s.PortRange)
}

// engineName is how the engine's project writes its name.
func engineName(engine string) string {
	if engine == EngineHAProxy {
		return "HAProxy"
	}
	return engine
}

// trustedProxies parses the addresses of the proxies in front of the
// balancer (a TLS terminator), whose X-Forwarded-Proto is passed on; every
// other client's is replaced, so nobody can claim https over plain http.
func (v *validator) trustedProxies(b *Balancer) {
	for _, p := range b.Trusted {
		if _, n, err := net.ParseCIDR(p); err == nil {
			b.TrustedProxies = append(b.TrustedProxies, n.String())
			continue
		}
		ip := net.ParseIP(p)
		if ip == nil {
			v.errorf(b.TrustedRange, "Invalid trusted proxy",
				"%q is not an IP address or network: write for example \"10.0.0.5\" or \"10.0.0.0/8\".", p)
			continue
		}
		bits := 128
		if ip.To4() != nil {
			ip, bits = ip.To4(), 32
		}
		b.TrustedProxies = append(b.TrustedProxies, (&net.IPNet{IP: ip, Mask: net.CIDRMask(bits, bits)}).String())
	}
}
