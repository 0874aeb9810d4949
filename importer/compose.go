package importer

import (
	"fmt"
	"net/url"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v4"

	"github.com/lbgen/lbgen/component"
	"github.com/lbgen/lbgen/internal/yamlnode"
	"github.com/lbgen/lbgen/lint"
	"github.com/lbgen/lbgen/schemas"
	"github.com/lbgen/lbgen/stack"
)

// role is what a compose service becomes in the spec.
type role int

const (
	roleService role = iota
	roleBalancer
	rolePrometheus
	roleGrafana
	roleCAdvisor
	roleExporter
	roleAlertmanager
	roleOther // something lbgen renders from its own block, or not at all
)

// roleOf tells what a compose service is, by what it runs.
func roleOf(s *lint.Service) role {
	if s.IsBalancer() {
		return roleBalancer
	}
	if s.Component() == component.ConfigPrometheus {
		return rolePrometheus
	}
	switch imageName(s.Image) {
	case "grafana":
		return roleGrafana
	case "cadvisor":
		return roleCAdvisor
	case "nginx-prometheus-exporter", "haproxy-exporter":
		return roleExporter
	case "alertmanager":
		return roleAlertmanager
	case "artillery", "k6":
		return roleOther
	}
	if agent, ok := component.PerNodeImage(s.Image); ok && agent != "cAdvisor" {
		return roleOther
	}
	return roleService
}

// imageName is an image's repository name without registry, path or tag.
func imageName(image string) string {
	name := image[strings.LastIndex(image, "/")+1:]
	name, _, _ = strings.Cut(name, ":")
	name, _, _ = strings.Cut(name, "@")
	return name
}

// orderedStacks puts the main compose file first (its services win when
// several files declare one), then the others by path.
func (im *importer) orderedStacks() []lint.ComposeStack {
	stacks := append([]lint.ComposeStack(nil), im.p.Stacks...)
	main := func(s lint.ComposeStack) int {
		switch filepath.Base(s.File.Path) {
		case "compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml":
			return 0
		}
		return 1
	}
	sort.SliceStable(stacks, func(i, j int) bool {
		if a, b := main(stacks[i]), main(stacks[j]); a != b {
			return a < b
		}
		return stacks[i].File.Path < stacks[j].File.Path
	})
	return stacks
}

// composeServices lists every compose service once, by name, from the
// files in orderedStacks order; a later file's service of the same name is
// the same service run another way, and is reported when it differs.
func (im *importer) composeServices() []*lint.Service {
	if im.all != nil {
		return im.all
	}
	var out []*lint.Service
	byName := map[string]*lint.Service{}
	for _, st := range im.orderedStacks() {
		for _, s := range im.p.Services {
			if s.File != st.File {
				continue
			}
			if first, ok := byName[s.Name]; ok {
				if !sameNode(first.Node, s.Node) {
					im.skipped("service "+s.Name+" as "+s.File.Path+" writes it", where(s.File.Path, s.Key.Line, s.Key.Column),
						"the same service as in "+first.File.Path+", which is imported: a spec has one service of a name")
				}
				continue
			}
			byName[s.Name] = s
			out = append(out, s)
		}
	}
	im.all = out
	return out
}

// sameNode compares two YAML nodes by content.
func sameNode(a, b *yaml.Node) bool {
	x, err1 := yaml.Marshal(a)
	y, err2 := yaml.Marshal(b)
	return err1 == nil && err2 == nil && string(x) == string(y)
}

// project names the spec after the compose project, else the directory.
func (im *importer) project(paths []string) {
	if st := im.orderedStacks(); len(st) > 0 && st[0].Stack.Swarm {
		im.spec.platform = "swarm"
	}
	for _, st := range im.orderedStacks() {
		if name := yamlnode.Value(yamlnode.Get(st.File.YAML, "name")); name != "" && !strings.Contains(name, "$") {
			im.spec.project = name
			return
		}
	}
	dir, _ := filepath.Abs(paths[0])
	if st := im.orderedStacks(); len(st) > 0 && st[0].File.Abs != "" {
		dir = filepath.Dir(st[0].File.Abs)
	}
	im.projectGuessed = true
	name := strings.ToLower(filepath.Base(dir))
	name = regexp.MustCompile(`[^a-z0-9_-]+`).ReplaceAllString(name, "-")
	if name == "" || name == "-" {
		name = "stack"
	}
	im.spec.project = name
}

// stackServices imports every compose service that is an application
// service (not a balancer or monitoring, which have blocks of their own).
func (im *importer) stackServices() {
	im.sources = map[string]*lint.Service{}
	nets := map[string]bool{}
	for _, s := range im.composeServices() {
		im.sources[s.Name] = s
		switch roleOf(s) {
		case roleService:
			sv := im.service(s)
			im.spec.services = append(im.spec.services, sv)
			for _, n := range sv.networks {
				nets[n] = true
			}
		case roleOther:
			if imageName(s.Image) == "artillery" {
				continue // its scripts are read by loadTests
			}
			im.skipped("service "+s.Name+" ("+s.Image+")", where(s.File.Path, s.Key.Line, s.Key.Column), otherWhy(s))
		}
	}
	im.networks(nets)
}

func otherWhy(s *lint.Service) string {
	switch imageName(s.Image) {
	}
	if agent, ok := component.PerNodeImage(s.Image); ok {
		return "a per-node agent (" + agent + "): it belongs on every node, and a spec's services are replicated; run it beside the stack (on Swarm with deploy.mode: global)"
	}
	return "a load-test runner: write a loadtest block (phases and scenarios) and lbgen renders the script and a service in the testing profile"
}

// networks declares the top-level networks the imported services use.
func (im *importer) networks(used map[string]bool) {
	for _, st := range im.orderedStacks() {
		yamlnode.Pairs(yamlnode.Get(st.File.YAML, "networks"), func(k, v *yaml.Node) {
			if !used[k.Value] {
				return
			}
			delete(used, k.Value)
			n := &network{name: k.Value, internal: yamlnode.Value(yamlnode.Get(v, "internal")) == "true"}
			im.spec.networks = append(im.spec.networks, n)
			yamlnode.Pairs(v, func(key, _ *yaml.Node) {
				switch key.Value {
				case "internal", "driver", "name":
				default:
					im.skipped("network "+k.Value+": "+key.Value, where(st.File.Path, key.Line, key.Column), "the spec's network block has internal only")
				}
			})
		})
	}
	var rest []string
	for n := range used {
		rest = append(rest, n)
	}
	sort.Strings(rest)
	for _, n := range rest {
		im.spec.networks = append(im.spec.networks, &network{name: n})
	}
}

// serviceNetworks drops the networks lbgen puts a service on by itself:
// Compose's default network as the only one, and the monitoring network
// when Prometheus runs (lbgen joins what it scrapes to it).
func (im *importer) serviceNetworks(nets []string) []string {
	prometheus := false
	for _, s := range im.composeServices() {
		prometheus = prometheus || roleOf(s) == rolePrometheus
	}
	var out []string
	for _, n := range nets {
		if !(prometheus && n == schemas.MonitoringNetwork) {
			out = append(out, n)
		}
	}
	if len(out) == 1 && out[0] == "default" {
		return nil
	}
	return out
}

// handled are the compose service keys service() reads.
var handled = map[string]bool{
	"image": true, "build": true, "expose": true, "ports": true, "deploy": true, "scale": true,
	"command": true, "entrypoint": true, "environment": true, "env_file": true, "networks": true,
	"depends_on": true, "labels": true, "restart": true, "user": true, "profiles": true,
	"cap_add": true, "cap_drop": true, "read_only": true, "tmpfs": true, "stop_grace_period": true,
	"volumes": true, "healthcheck": true, "container_name": true, "ulimits": true, "logging": true,
}

// service maps one compose service onto a spec service.
func (im *importer) service(s *lint.Service) *service {
	n := s.Node
	from := where(s.File.Path, s.Key.Line, s.Key.Column)
	sv := &service{name: s.Name, replicas: s.Replicas, maxReplicas: s.MaxReplicas, notes: map[string]string{}}
	im.imported("service "+s.Name, from)
	im.image(s, sv)
	im.ports(s, sv)
	sv.command = im.words(s, "command")
	sv.entrypoint = im.words(s, "entrypoint")
	sv.env = im.environment(s)
	for _, f := range envFiles(yamlnode.Get(n, "env_file")) {
		sv.envFiles = append(sv.envFiles, im.relPath(s, f))
	}
	sv.networks = im.serviceNetworks(mapOrList(yamlnode.Get(n, "networks")))
	sv.labels = keyValues(yamlnode.Get(n, "labels"))
	sv.restart = yamlnode.Value(yamlnode.Get(n, "restart"))
	sv.user = yamlnode.Value(yamlnode.Get(n, "user"))
	sv.profiles = strOrList(yamlnode.Get(n, "profiles"))
	if len(sv.profiles) > 0 && im.spec.platform == "swarm" {
		im.skipped("the profiles of "+s.Name, from, "Swarm stacks have no profiles: docker stack deploy rejects them (LB118)")
		sv.profiles = nil
	}
	sv.capAdd = strOrList(yamlnode.Get(n, "cap_add"))
	sv.capDrop = strOrList(yamlnode.Get(n, "cap_drop"))
	sv.readOnly = yamlnode.Value(yamlnode.Get(n, "read_only")) == "true"
	sv.tmpfs = strOrList(yamlnode.Get(n, "tmpfs"))
	sv.stopGrace = yamlnode.Value(yamlnode.Get(n, "stop_grace_period"))
	im.volumes(s, sv)
	im.deploy(s, sv)
	im.limitsAndLogging(s, sv)
	sv.health = im.health(s, sv)
	if k, _ := yamlnode.GetPair(n, "container_name"); k != nil {
		im.changed("", "container_name of "+s.Name, where(s.File.Path, k.Line, k.Column),
			"dropped: Compose names the containers, which a service with more than one replica needs (LB103)")
	}
	yamlnode.Pairs(n, func(k, _ *yaml.Node) {
		if !handled[k.Value] {
			im.skipped("service "+s.Name+": "+k.Value, where(s.File.Path, k.Line, k.Column), "the spec's service block has no attribute for it")
		}
	})
	return sv
}

// dependencies fills in depends_on once every service and balancer is
// known: only those the spec declares.
func (im *importer) dependencies() {
	known := map[string]bool{}
	for _, sv := range im.spec.services {
		known[sv.name] = true
	}
	for _, lb := range im.spec.balancers {
		known[lb.name] = true
	}
	for _, sv := range im.spec.services {
		for _, d := range stack.Dependencies(im.sources[sv.name].Node) {
			if known[d.Name] {
				sv.dependsOn = append(sv.dependsOn, d.Name)
			}
		}
	}
}

// image imports the image or build; an unpinned image is pinned (LB109).
func (im *importer) image(s *lint.Service, sv *service) {
	build := yamlnode.Get(s.Node, "build")
	if build != nil {
		ctx, df := yamlnode.Value(build), ""
		if build.Kind == yaml.MappingNode {
			ctx = yamlnode.Value(yamlnode.Get(build, "context"))
			df = yamlnode.Value(yamlnode.Get(build, "dockerfile"))
			yamlnode.Pairs(build, func(k, _ *yaml.Node) {
				if k.Value != "context" && k.Value != "dockerfile" {
					im.skipped("service "+s.Name+": build."+k.Value, where(s.File.Path, k.Line, k.Column), "the spec's build is a context and a dockerfile")
				}
			})
		}
		if ctx == "" {
			ctx = "."
		}
		sv.build = im.relPath(s, ctx)
		sv.dockerfile = df
	}
	// The image as written: ${TAG} is Compose's to fill in.
	image := yamlnode.Value(yamlnode.Get(s.Node, "image"))
	switch {
	case image == "":
	case stack.Unpinned(s.Image) && build != nil:
		im.changed("LB109", "image "+s.Image+" of "+s.Name, from(s, "image"),
			"dropped: the service is built, and an unpinned tag on the built image is what LB109 flags")
	case stack.Unpinned(s.Image):
		name := strings.ToUpper(strings.NewReplacer("-", "_", ".", "_").Replace(s.Name)) + "_TAG"
		repo, _, _ := strings.Cut(s.Image, ":")
		sv.image = repo + ":${" + name + ":?set " + name + " to the version you run}"
		sv.notes["image"] = s.Image + " named no version (LB109): Compose now asks for one."
		im.changed("LB109", "image "+s.Image+" of "+s.Name, from(s, "image"),
			"pinned through "+name+", which `docker compose up` requires: replicas started at different times could run different versions")
	default:
		sv.image = image
	}
}

// from is where a key of a compose service is written.
func from(s *lint.Service, key string) string {
	if k, _ := yamlnode.GetPair(s.Node, key); k != nil {
		return where(s.File.Path, k.Line, k.Column)
	}
	return where(s.File.Path, s.Key.Line, s.Key.Column)
}

// relPath turns a path of a compose file into one relative to the spec.
func (im *importer) relPath(s *lint.Service, p string) string {
	if strings.HasPrefix(p, "~") || strings.Contains(p, "://") || strings.HasPrefix(p, "git@") {
		return p
	}
	abs := p
	if !filepath.IsAbs(p) {
		abs = filepath.Join(filepath.Dir(s.File.Abs), p)
	}
	rel, err := filepath.Rel(im.specDir, abs)
	if err != nil || filepath.IsAbs(p) {
		return filepath.ToSlash(abs)
	}
	rel = filepath.ToSlash(rel)
	if !strings.HasPrefix(rel, "../") && rel != ".." {
		rel = "./" + rel
	}
	return strings.TrimSuffix(rel, "/.")
}

// ports finds the port the service listens on (expose, or a published
// port's container side) and publishes host ports only where the spec can.
func (im *importer) ports(s *lint.Service, sv *service) {
	var container []int
	add := func(p int) {
		for _, c := range container {
			if c == p {
				return
			}
		}
		container = append(container, p)
	}
	for _, e := range yamlnode.Items(yamlnode.Get(s.Node, "expose")) {
		if p, err := strconv.Atoi(strings.SplitN(e.Value, "/", 2)[0]); err == nil {
			add(p)
		}
	}
	for _, p := range s.Ports {
		target, err := strconv.Atoi(p.Target)
		if err != nil {
			im.skipped("published port "+p.Published+":"+p.Target+" of "+s.Name, rangeString(s.File.Path, p.Range), "the spec publishes one container port per entry, not a range")
			continue
		}
		add(target)
		host, err := strconv.Atoi(p.Published)
		where := rangeString(s.File.Path, p.Range)
		switch {
		case len(s.BalancedBy) > 0:
			im.changed("LB503", "published port "+p.Published+":"+p.Target+" of "+s.Name, where,
				"dropped: the service is behind "+s.BalancedBy[0].Balancer+", and clients that reach it directly bypass the balancer")
		case s.Scaled():
			im.changed("LB102", "published port "+p.Published+":"+p.Target+" of "+s.Name, where,
				"dropped: every replica would bind the same host port")
		case err != nil:
			im.skipped("published port "+p.Published+":"+p.Target+" of "+s.Name, where, "the spec publishes one fixed host port per entry")
		default:
			sv.publish = append(sv.publish, publish{hostPort: host, containerPort: target, hostIP: p.HostIP,
				from: fmt.Sprintf("%s:%d", s.File.Path, p.Range.Start.Line)})
		}
	}
	if len(container) > 0 {
		sv.port = container[0]
		sv.extraPorts = container[1:]
	}
}

// words reads a command or entrypoint in its list or string form.
func (im *importer) words(s *lint.Service, key string) []string {
	n := yamlnode.Get(s.Node, key)
	if n == nil {
		return nil
	}
	if n.Kind == yaml.SequenceNode {
		return strOrList(n)
	}
	v := yamlnode.Value(n)
	if strings.ContainsAny(v, `"'\`) {
		// Compose splits the string like a shell; the spec takes a list.
		return []string{"/bin/sh", "-c", v}
	}
	return strings.Fields(v)
}

// environment reads the environment; a literal credential becomes a
// variable Compose takes from its own environment (LB110).
func (im *importer) environment(s *lint.Service) map[string]string {
	env := keyValues(yamlnode.Get(s.Node, "environment"))
	for name, value := range env {
		if stack.LiteralCredential(name, value) {
			env[name] = "${" + name + ":?set " + name + "}"
			im.changed("LB110", "environment "+name+" of "+s.Name, envWhere(s, name),
				"taken from the environment of `docker compose up`: a credential written into the file is one anybody who reads it has")
		}
	}
	return env
}

// volumes imports named volumes and bind mounts; configs become bind
// mounts of their files.
func (im *importer) volumes(s *lint.Service, sv *service) {
	for _, m := range s.Mounts {
		if m.Target == "" {
			continue
		}
		src := m.Source
		switch {
		case im.spec.platform == "swarm" && (m.Config || m.Bind):
			im.skipped("the file mount "+m.Target+" of "+s.Name, nodeWhere(s, m.Node),
				"on Swarm a host file exists only on the node that deploys the stack (LB121), and the spec renders file mounts as bind mounts; deliver it in the image or as a Swarm config")
			continue
		case m.Config:
			src = im.relHost(m.Path)
		case m.Bind:
			src = im.relPath(s, m.Source)
		case src == "":
			im.skipped("anonymous volume "+m.Target+" of "+s.Name, nodeWhere(s, m.Node), "the spec's volumes are named or host paths")
			continue
		}
		ro := m.ReadOnly
		if stack.DockerSocket(m.Source) && !ro {
			ro = true
			im.changed("LB112", "the Docker socket mount of "+s.Name, nodeWhere(s, m.Node), "mounted read-only: writable, it is root on the host")
		}
		sv.volumes = append(sv.volumes, volume{source: src, target: m.Target, readOnly: ro})
	}
}

// relHost is an absolute host path relative to the spec's directory.
func (im *importer) relHost(abs string) string {
	rel, err := filepath.Rel(im.specDir, abs)
	if err != nil {
		return filepath.ToSlash(abs)
	}
	rel = filepath.ToSlash(rel)
	if !strings.HasPrefix(rel, "../") {
		rel = "./" + rel
	}
	return rel
}

func nodeWhere(s *lint.Service, n *yaml.Node) string {
	if n == nil {
		return where(s.File.Path, s.Key.Line, s.Key.Column)
	}
	return where(s.File.Path, n.Line, n.Column)
}

// limitsAndLogging reads ulimits (one number: soft = hard) and logging.
func (im *importer) limitsAndLogging(s *lint.Service, sv *service) {
	yamlnode.Pairs(yamlnode.Get(s.Node, "ulimits"), func(k, v *yaml.Node) {
		n, err := strconv.Atoi(yamlnode.Value(v))
		if err != nil {
			im.skipped("service "+s.Name+": ulimits."+k.Value, where(s.File.Path, k.Line, k.Column), "the spec's ulimits set soft and hard to one number")
			return
		}
		if sv.ulimits == nil {
			sv.ulimits = map[string]int{}
		}
		sv.ulimits[k.Value] = n
	})
	lg := yamlnode.Get(s.Node, "logging")
	sv.logDriver = yamlnode.Value(yamlnode.Get(lg, "driver"))
	sv.logOptions = keyValues(yamlnode.Get(lg, "options"))
}

// deploy reads deploy.resources; deploy.replicas is already the
// workload's. Other deploy keys are Swarm's or the spec's own.
func (im *importer) deploy(s *lint.Service, sv *service) {
	d := yamlnode.Get(s.Node, "deploy")
	res := yamlnode.Get(d, "resources")
	lim, rsv := yamlnode.Get(res, "limits"), yamlnode.Get(res, "reservations")
	r := &resources{
		cpus: yamlnode.Value(yamlnode.Get(lim, "cpus")), memory: yamlnode.Value(yamlnode.Get(lim, "memory")),
		reservedCPUs: yamlnode.Value(yamlnode.Get(rsv, "cpus")), reservedMemory: yamlnode.Value(yamlnode.Get(rsv, "memory")),
	}
	if *r != (resources{}) {
		sv.resources = r
	}
	yamlnode.Pairs(d, func(k, v *yaml.Node) {
		switch {
		case k.Value == "replicas", k.Value == "resources", k.Value == "mode" && yamlnode.Value(v) == "replicated":
		case k.Value == "mode":
			im.skipped("service "+s.Name+": deploy.mode "+yamlnode.Value(v), where(s.File.Path, k.Line, k.Column),
				"the spec runs a number of replicas (replicas, max_replicas), not one per node")
		default:
			im.skipped("service "+s.Name+": deploy."+k.Value, where(s.File.Path, k.Line, k.Column), "the spec renders deploy settings itself (replicas and resources)")
		}
	})
}

// httpProbe finds the URL a health check command fetches from the
// container itself.
var httpProbe = regexp.MustCompile(`https?://(localhost|127\.0\.0\.1|0\.0\.0\.0)(:\d+)?(/[^\s"'|;&]*)?`)

// health imports a healthcheck: an HTTP probe of the container itself
// becomes `http`, anything else `command`.
func (im *importer) health(s *lint.Service, sv *service) *health {
	hc := yamlnode.Get(s.Node, "healthcheck")
	if hc == nil || !s.Healthy {
		return nil
	}
	h := &health{
		interval: yamlnode.Value(yamlnode.Get(hc, "interval")), timeout: yamlnode.Value(yamlnode.Get(hc, "timeout")),
		startPeriod: yamlnode.Value(yamlnode.Get(hc, "start_period")),
	}
	h.retries, _ = strconv.Atoi(yamlnode.Value(yamlnode.Get(hc, "retries")))
	yamlnode.Pairs(hc, func(k, _ *yaml.Node) {
		switch k.Value {
		case "test", "interval", "timeout", "retries", "start_period", "disable":
		default:
			im.skipped("service "+s.Name+": healthcheck."+k.Value, where(s.File.Path, k.Line, k.Column), "the spec's health block has no attribute for it")
		}
	})
	test := strOrList(yamlnode.Get(hc, "test"))
	line := strings.Join(test, " ")
	if m := httpProbe.FindStringSubmatch(line); m != nil && (strings.Contains(line, "wget") || strings.Contains(line, "curl")) {
		port := 80
		if m[2] != "" {
			port, _ = strconv.Atoi(m[2][1:])
		}
		if sv.port == 0 {
			sv.port = port
		}
		if port == sv.port {
			p := m[3]
			if u, err := url.Parse(m[0]); err == nil && u.Path != "" {
				p = u.EscapedPath()
				if u.RawQuery != "" {
					p += "?" + u.RawQuery
				}
			}
			h.http = path.Clean("/" + strings.TrimPrefix(p, "/"))
			if strings.Contains(line, "curl") {
				h.httpTool = "curl"
			}
			if m[1] == "localhost" {
				sv.notes["health"] = "The probe asks 127.0.0.1: localhost is ::1 first in many images."
			}
			return h
		}
	}
	if len(test) > 0 && test[0] != "CMD" && test[0] != "CMD-SHELL" && hc.Kind == yaml.MappingNode && yamlnode.Get(hc, "test").Kind == yaml.ScalarNode {
		test = []string{"CMD-SHELL", yamlnode.Value(yamlnode.Get(hc, "test"))}
	}
	h.command = test
	return h
}

// envFiles reads env_file: a path, or a list of paths or {path: ...}.
func envFiles(n *yaml.Node) []string {
	if n != nil && n.Kind == yaml.SequenceNode {
		var out []string
		for _, item := range yamlnode.Items(n) {
			if item.Kind == yaml.MappingNode {
				out = append(out, yamlnode.Value(yamlnode.Get(item, "path")))
			} else {
				out = append(out, item.Value)
			}
		}
		return out
	}
	return strOrList(n)
}

// strOrList reads a string or a list of strings.
func strOrList(n *yaml.Node) []string {
	if n == nil {
		return nil
	}
	if n.Kind == yaml.ScalarNode {
		return []string{n.Value}
	}
	var out []string
	for _, item := range yamlnode.Items(n) {
		out = append(out, item.Value)
	}
	return out
}

// mapOrList reads a list of names or the keys of a mapping.
func mapOrList(n *yaml.Node) []string {
	if n != nil && n.Kind == yaml.MappingNode {
		var out []string
		yamlnode.Pairs(n, func(k, _ *yaml.Node) { out = append(out, k.Value) })
		return out
	}
	return strOrList(n)
}

// keyValues reads a mapping or a list of KEY=VALUE.
func keyValues(n *yaml.Node) map[string]string {
	if n == nil {
		return nil
	}
	out := map[string]string{}
	if n.Kind == yaml.MappingNode {
		yamlnode.Pairs(n, func(k, v *yaml.Node) { out[k.Value] = v.Value })
		return out
	}
	for _, item := range yamlnode.Items(n) {
		k, v, _ := strings.Cut(item.Value, "=")
		out[k] = v
	}
	return out
}

// envWhere is where a variable of a service's environment is written.
func envWhere(s *lint.Service, name string) string {
	env := yamlnode.Get(s.Node, "environment")
	if k, _ := yamlnode.GetPair(env, name); k != nil {
		return where(s.File.Path, k.Line, k.Column)
	}
	for _, item := range yamlnode.Items(env) {
		if k, _, _ := strings.Cut(item.Value, "="); k == name {
			return where(s.File.Path, item.Line, item.Column)
		}
	}
	return from(s, "environment")
}
