package importer

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v4"

	"github.com/lbgen/lbgen/component"
	"github.com/lbgen/lbgen/gen/targets"
	"github.com/lbgen/lbgen/internal/yamlnode"
	"github.com/lbgen/lbgen/lint"
)

// defaultSlots is the replica ceiling an import gives a service behind a
// balancer when nothing in the stack says one: it is scaled with
// `docker compose up --scale`, so the rendered configs must find more
// replicas than it starts with.
const defaultSlots = 10

// defaultStatsPort is where lbgen puts a stats page that had no port of
// its own.
const defaultStatsPort = 8404

// balancers imports every nginx and HAProxy service from the configs its
// containers read.
func (im *importer) balancers() {
	for _, s := range im.composeServices() {
		if roleOf(s) != roleBalancer {
			continue
		}
		lb := &balancer{name: s.Name, engine: s.Component(), notes: map[string]string{}}
		im.imported("balancer "+s.Name+" ("+lb.engine+")", where(s.File.Path, s.Key.Line, s.Key.Column))
		im.balancerVersion(s, lb)
		files := im.configsOf(s)
		if len(files) == 0 {
			im.skipped("balancer "+s.Name, where(s.File.Path, s.Key.Line, s.Key.Column),
				"its containers read no config lbgen can see (the image's own, or a file outside the imported paths): it is imported with no routes")
		}
		switch lb.engine {
		case component.ConfigNginx:
			im.nginx(s, lb, files)
			im.nginxResolve(s, lb)
		case component.ConfigHAProxy:
			im.haproxy(s, lb, files)
		}
		im.tlsFiles(s, lb)
		im.listen(s, lb)
		im.balancerKeys(s, lb)
		if len(lb.routes) == 0 {
			// The spec needs a route; without one the balancer has no job.
			im.skipped("balancer "+s.Name, where(s.File.Path, s.Key.Line, s.Key.Column), "no route to a service of the stack was found in its config")
			continue
		}
		im.spec.balancers = append(im.spec.balancers, lb)
	}
	im.uniqueListen()
	im.dependencies()
	im.dnsRefreshDefaults()
}

// dnsRefreshDefaults leaves out a DNS refresh that is the platform's own
// default (1s on Swarm, 10s with Compose), so the spec says only what
// differs from what lbgen renders there.
func (im *importer) dnsRefreshDefaults() {
	name := im.spec.platform
	if name == "" {
		name = "compose"
	}
	pl, err := targets.Platform(name)
	if err != nil {
		return
	}
	def := pl.BalancerDNSRefresh()
	for _, lb := range im.spec.balancers {
		if d, err := time.ParseDuration(lb.dnsRefresh); err == nil && d == def {
			lb.dnsRefresh = ""
		}
	}
}

// balancerHandled are the compose keys of a balancer service the spec
// renders from the balancer block.
var balancerHandled = map[string]bool{
	"image": true, "ports": true, "volumes": true, "configs": true, "depends_on": true,
	"networks": true, "restart": true, "healthcheck": true, "container_name": true,
}

// balancerKeys reports the keys of a balancer's compose service that
// lbgen's own service for it does not carry.
func (im *importer) balancerKeys(s *lint.Service, lb *balancer) {
	yamlnode.Pairs(s.Node, func(k, _ *yaml.Node) {
		// The secrets of an imported tls block are its certificate and key.
		if !balancerHandled[k.Value] && (k.Value != "secrets" || lb.tls == nil) {
			im.skipped("balancer "+s.Name+": "+k.Value, where(s.File.Path, k.Line, k.Column),
				"lbgen renders the balancer's compose service from the balancer block: its config has no placeholders, and its environment holds only what lbgen's config reads (stats credentials, the cookie key)")
		}
	})
}

// configsOf returns the project files a balancer's containers read as
// their engine's configuration.
func (im *importer) configsOf(s *lint.Service) []*lint.File {
	kind := lint.KindNginx
	if s.Component() == component.ConfigHAProxy {
		kind = lint.KindHAProxy
	}
	var out []*lint.File
	for _, f := range im.p.FilesOf(kind) {
		for _, r := range im.p.MountedBy(f) {
			if r.Service == s {
				out = append(out, f)
				break
			}
		}
	}
	return out
}

// balancerVersion takes the engine release from the image tag; an
// unpinned or unsupported one becomes lbgen's default (LB109).
func (im *importer) balancerVersion(s *lint.Service, lb *balancer) {
	_, tag, _ := strings.Cut(s.Image[strings.LastIndex(s.Image, "/")+1:], ":")
	release, _, _ := strings.Cut(tag, "-")
	v, err := component.ParseVersion(release)
	min, def := component.MinNginx, component.DefaultNginxVersion
	if lb.engine == component.ConfigHAProxy {
		min, def = component.MinHAProxy, component.DefaultHAProxyVersion
	}
	switch {
	case err == nil && v.AtLeast(min) && imageName(s.Image) == lb.engine:
		lb.version = release
	case err == nil && imageName(s.Image) == lb.engine:
		lb.notes["engine"] = fmt.Sprintf("%s ran %s, older than lbgen renders for: %s.", s.Name, s.Image, def)
		im.changed("", "image "+s.Image+" of "+s.Name, from(s, "image"), fmt.Sprintf("rendered for %s %s, the oldest release lbgen renders for is %s", lb.engine, def, min))
	case imageName(s.Image) != lb.engine:
		lb.notes["engine"] = fmt.Sprintf("%s ran %s; lbgen renders for the official %s image.", s.Name, s.Image, lb.engine)
		im.changed("", "image "+s.Image+" of "+s.Name, from(s, "image"), "rendered for the official "+lb.engine+" image, whose config layout lbgen knows")
	default:
		lb.notes["engine"] = fmt.Sprintf("%s named no release; lbgen pins %s %s.", s.Image, lb.engine, def)
	}
}

// nginxResolve renders for a release that re-resolves upstream names
// (nginx 1.27.3) when the balancer uses what only an upstream block has:
// before it, lbgen proxies through a variable, without an algorithm,
// stickiness, weights, backups, keepalive or max_fails.
func (im *importer) nginxResolve(s *lint.Service, lb *balancer) {
	v, err := component.ParseVersion(lb.version)
	if lb.version == "" || err != nil || v.AtLeast(component.NginxUpstreamResolve) {
		return
	}
	weighted := false
	for _, r := range lb.routes {
		for _, be := range r.backends {
			weighted = weighted || be.weight > 0 || be.backup
		}
	}
	if lb.algorithm == "" && lb.sticky == nil && !weighted && lb.keepalive == nil && lb.maxFails == nil && len(lb.backendExtra) == 0 {
		return
	}
	def := component.DefaultNginxVersion
	lb.notes["engine"] = fmt.Sprintf("%s ran %s: upstream blocks follow --scale only from nginx %s, so lbgen renders for %s.", s.Name, s.Image, component.NginxUpstreamResolve, def)
	im.changed("LB201", "nginx release "+lb.version+" of "+s.Name, from(s, "image"),
		fmt.Sprintf("rendered for nginx %s: before %s an upstream block resolves its names once, and the upstream settings imported need one", def, component.NginxUpstreamResolve))
	lb.version = ""
}

// listen finds the published host port of the balancer's traffic port.
// trafficPort is the port the config listens on in the container.
func (im *importer) listen(s *lint.Service, lb *balancer) {
	if lb.stats != nil && lb.stats.port == 0 {
		im.statsPort(s, lb)
	}
	for _, p := range s.Ports {
		target, _ := strconv.Atoi(p.Target)
		host, err := strconv.Atoi(p.Published)
		if err != nil {
			continue
		}
		switch {
		case lb.tls != nil && target == lb.tls.port:
			lb.tls.listen = host
		case lb.listen == 0 && (target == lb.trafficPort() || lb.trafficPort() == 0):
			lb.listen = host
			lb.listenIP = p.HostIP
		case lb.stats != nil && target == lb.stats.port:
			lb.stats.hostIP = privateIP(p.HostIP)
		default:
			im.skipped(fmt.Sprintf("published port %s:%s of %s", p.Published, p.Target, s.Name), rangeString(s.File.Path, p.Range),
				"nothing in the balancer's config listens there")
		}
	}
	if lb.listen == 0 {
		// Only the stack's own services call it.
		lb.internal = true
		lb.notes["internal"] = s.Name + " published no port: only the stack's services reach it."
	}
}

// statsPort places a stats page that binds no port of its own (HAProxy
// stats lines in defaults): on the port the service publishes for
// nothing, else lbgen's default.
func (im *importer) statsPort(s *lint.Service, lb *balancer) {
	lb.stats.port = defaultStatsPort
	for _, p := range s.Ports {
		if t, err := strconv.Atoi(p.Target); err == nil && t != lb.trafficPort() {
			lb.stats.port = t
			break
		}
	}
	lb.notes["stats"] = fmt.Sprintf("The stats page bound no port of its own: lbgen serves it on %d, published on 127.0.0.1.", lb.stats.port)
}

// trafficPort is the port the hand-written config takes traffic on.
func (lb *balancer) trafficPort() int { return lb.port }

// uniqueListen moves a balancer port another already takes: two compose
// files each run a stack, one spec runs them together.
func (im *importer) uniqueListen() {
	used := map[int]string{}
	for _, sv := range im.spec.services {
		for _, p := range sv.publish {
			used[p.hostPort] = sv.name
		}
	}
	take := func(lb *balancer, port *int, what string, from int) {
		other, taken := used[*port]
		if !taken {
			used[*port] = lb.name
			return
		}
		old := *port
		for *port = from; used[*port] != ""; *port++ {
		}
		used[*port] = lb.name
		lb.notes[what] = fmt.Sprintf("%s published %d, which %s takes in one stack.", lb.name, old, other)
		im.changed("", fmt.Sprintf("host port %d of %s", old, lb.name), im.sources[lb.name].File.Path,
			fmt.Sprintf("%s publishes %d too: the spec runs both in one stack, so %s uses %d", other, old, lb.name, *port))
	}
	for _, lb := range im.spec.balancers {
		if !lb.internal {
			take(lb, &lb.listen, "listen", 8080)
		}
		if lb.stats != nil {
			take(lb, &lb.stats.port, "stats", defaultStatsPort+1)
		}
	}
}

// backendService maps a host:port a balancer sends to onto a spec
// service and the backend of a route to it, setting or checking its
// port, and raising its replica ceiling: a balanced service is scaled.
func (im *importer) backendService(lb *balancer, host string, port, slots int, at string) *backend {
	// Swarm answers tasks.NAME with every task of service NAME.
	host = strings.TrimPrefix(host, "tasks.")
	sv := im.spec.service(host)
	if sv == nil {
		im.skipped(fmt.Sprintf("%s's backend %s:%d", lb.name, host, port), at, "no imported service has that name (LB502)")
		return nil
	}
	be := &backend{service: sv.name}
	switch {
	case sv.port == 0:
		sv.port = port
	case port != 0 && port != sv.port:
		be.port = port
		im.declarePort(sv, lb, port, at)
	}
	want := defaultSlots
	if slots > 0 {
		want = slots
	}
	if want > sv.maxReplicas {
		if slots == 0 {
			sv.notes["max_replicas"] = fmt.Sprintf("%s sends it traffic, so it is scaled with --scale: the most replicas you run.", lb.name)
		}
		sv.maxReplicas = want
	}
	if sv.health == nil {
		sv.health = &health{http: "/", guessed: true}
		sv.notes["health"] = "Chosen by lbgen import: a routed service needs a health check; set your app's health path."
		im.changed("LB105", "health check of "+host, at, "added: the balancer waits for healthy replicas and stops sending to failing ones")
	}
	return be
}

// declarePort makes a port a balancer sends to, other than the service's
// main one, a declared port of the service: the spec routes only to
// those (extra_ports), and the container exposes them.
func (im *importer) declarePort(sv *service, lb *balancer, port int, at string) {
	if slices.Contains(sv.extraPorts, port) {
		return
	}
	sv.extraPorts = append(sv.extraPorts, port)
	sv.notes["extra_ports"] = fmt.Sprintf("%s sends traffic to %s:%d, which the service did not declare (expose).", lb.name, sv.name, port)
	im.changed("", fmt.Sprintf("port %d of %s", port, sv.name), at,
		"added to extra_ports: a route sends to it, and the spec routes only to a port the service declares")
}

// addRoute adds a route, or its backends to the route of the same path.
func (lb *balancer) addRoute(r *route) *route {
	for _, old := range lb.routes {
		if old.path == r.path && old.host == r.host {
			return old
		}
	}
	lb.routes = append(lb.routes, r)
	return r
}

// duration normalises a timeout: a bare number is seconds in nginx and
// milliseconds in HAProxy; the spec takes units.
func duration(v, bareUnit string) string {
	if _, err := strconv.Atoi(v); err == nil {
		v += bareUnit
	}
	// 5000ms reads better as 5s.
	if ms, ok := strings.CutSuffix(v, "ms"); ok {
		if n, err := strconv.Atoi(ms); err == nil && n%1000 == 0 && n > 0 {
			return strconv.Itoa(n/1000) + "s"
		}
	}
	return v
}
