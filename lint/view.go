package lint

import (
	"errors"
	"path"
	"path/filepath"
	"strings"

	"github.com/lbgen/lbgen/component"
	"github.com/lbgen/lbgen/internal/yamlnode"
	"github.com/lbgen/lbgen/lint/haproxycfg"
	"github.com/lbgen/lbgen/lint/nginxconf"
	"github.com/lbgen/lbgen/stack"
)

// followMounts loads the files each service's bind mounts and configs put
// in its containers, whole directories included, each with the kind its
// path in the container gives it.
func (l *loader) followMounts() {
	for _, s := range l.p.Services {
		for i := range s.Mounts {
			m := &s.Mounts[i]
			if m.Path == "" || m.Target == "" {
				continue
			}
			l.followMount(s, m)
		}
	}
}

func (l *loader) followMount(s *Service, m *stack.Mount) {
	// Only a mount that hides configuration deserves a note: certificates
	// or logs from outside are none of lint's business.
	config := kindAt(m.Target) != "" && configName(m.Target) || component.ConfigDirAt(m.Target) != ""
	info, err := l.fsys.Stat(m.Path)
	switch {
	case errors.Is(err, errOutside):
		if config {
			l.skip(s.File, NodeRange(m.Node), "%q mounts %s from outside the linted paths: lbgen does not read it, so the configuration there is not linted",
				s.Name, m.Target)
		}
		return
	case err != nil:
		return // a missing source: Compose creates a directory there
	case info.IsDir():
		for _, rel := range l.fsys.Files(m.Path) {
			l.mountFile(s, filepath.Join(m.Path, rel), path.Join(m.Target, filepath.ToSlash(rel)))
		}
	default:
		l.mountFile(s, m.Path, m.Target)
	}
}

// mountFile ties a host file to the service that sees it at target, and
// loads it when its path there says what it is.
func (l *loader) mountFile(s *Service, host, target string) {
	ref := MountRef{Service: s, Target: target}
	for _, r := range l.p.mounts[host] {
		if r.Service == s && r.Target == target {
			return
		}
	}
	l.p.mounts[host] = append(l.p.mounts[host], ref)
	switch kindAt(target) {
	case KindNginx:
		f := l.load(host, KindNginx)
		if f == nil {
			return
		}
		effective := target
		if out := component.NginxTemplateOutput(target); out != "" {
			f.Template, effective = true, out
		}
		// The image's own nginx.conf includes conf.d/*.conf in http.
		if ok, _ := path.Match(component.NginxTemplateOutputDir+"/*.conf", effective); ok && f.IncludedIn == "" {
			if _, _, mounted := s.HostPath(component.NginxConfigDir + "/nginx.conf"); !mounted {
				f.IncludedIn = "http"
			}
		}
	case KindHAProxy:
		if src, err := l.peek(host); err == nil && !isSPOE(src) {
			l.load(host, KindHAProxy)
		}
	case KindPrometheus:
		l.load(host, KindPrometheus)
	}
}

// peek returns a file's content without loading it.
func (l *loader) peek(abs string) ([]byte, error) {
	if src, ok := l.pending[abs]; ok {
		return src, nil
	}
	if f, ok := l.byAbs[abs]; ok {
		return f.Src, nil
	}
	return l.fsys.ReadFile(abs)
}

// kindAt tells a file's kind from where a container sees it.
func kindAt(target string) Kind {
	if component.NginxTemplateOutput(target) != "" {
		return KindNginx
	}
	switch component.ConfigAt(target) {
	case component.ConfigNginx:
		return KindNginx
	case component.ConfigHAProxy:
		return KindHAProxy
	case component.ConfigPrometheus:
		return KindPrometheus
	}
	return ""
}

// view is one place a config is read: a service's container and the path
// there, or (service nil) the file on its own, relative to its directory.
type view struct {
	service *Service
	target  string
}

// views are the places a file is read as its kind: the containers that
// see it where its component reads it (a project mounted whole at /app
// into an application container is not where nginx reads nginx.conf), or
// the file on its own when there are none.
func (p *Project) views(f *File) []view {
	var out []view
	for _, r := range p.MountedBy(f) {
		if kindAt(r.Target) == f.Kind {
			out = append(out, view{service: r.Service, target: r.Target})
		}
	}
	if len(out) == 0 {
		return []view{{}}
	}
	return out
}

// followRefs resolves nginx includes and Prometheus rule_files through
// the containers that read them, loading the files they reach, until no
// new file is reached. Each file is loaded once, so include loops end.
func (l *loader) followRefs() {
	for i := 0; i < len(l.p.Files); i++ { // Files grows as references are followed
		f := l.p.Files[i]
		switch {
		case f.Kind == KindNginx && f.Nginx != nil:
			nginxconf.Walk(f.Nginx.Directives, f.NginxContext(), func(d *nginxconf.Directive, ctx string) {
				if d.Name != "include" || len(d.Args) != 1 {
					return
				}
				l.follow(f, d, d.Args[0].Value, argRange(d.Args[0]), KindNginx)
				for _, g := range l.p.refs[d].Files {
					if g.IncludedIn == "" && g != f {
						g.IncludedIn = ctx // the first includer decides, as nginx reads it there
					}
				}
			})
		case f.Kind == KindPrometheus && f.YAML != nil:
			for _, rf := range yamlnode.Items(yamlnode.Get(f.YAML, "rule_files")) {
				l.follow(f, rf, rf.Value, NodeRange(rf), KindPrometheusRules)
			}
		}
	}
}

// follow resolves one reference in every view of its file and loads what
// it reaches.
func (l *loader) follow(f *File, key any, arg string, r Range, kind Kind) {
	ref := &Ref{}
	l.p.refs[key] = ref
	views := l.p.views(f)
	missing := 0
	for _, v := range views {
		res := l.resolve(f, v, arg, kind)
		for _, hit := range res.hits {
			rf := l.load(hit.host, kind)
			if rf == nil {
				continue
			}
			if v.service != nil {
				l.tie(rf, v.service, hit.target)
			}
			if !containsFile(ref.Files, rf) {
				ref.Files = append(ref.Files, rf)
			}
		}
		ref.Shipped = ref.Shipped || res.shipped
		ref.Unknown = ref.Unknown || res.unknown
		ref.Outside = ref.Outside || res.outside
		if res.missing {
			missing++
		}
	}
	ref.Missing = missing == len(views)
	if ref.Outside && len(ref.Files) == 0 {
		l.skip(f, r, "%s leads outside the linted paths: lbgen does not read it, so what it holds is not linted", arg)
	}
}

// tie records that a service's containers see a file at target.
func (l *loader) tie(f *File, s *Service, target string) {
	for _, r := range l.p.mounts[f.Abs] {
		if r.Service == s && r.Target == target {
			return
		}
	}
	l.p.mounts[f.Abs] = append(l.p.mounts[f.Abs], MountRef{Service: s, Target: target})
}

func containsFile(files []*File, f *File) bool {
	for _, g := range files {
		if g == f {
			return true
		}
	}
	return false
}

// resolution is what a reference reaches in one view.
type resolution struct {
	hits                               []hit
	shipped, unknown, outside, missing bool
}

// hit is a host file a reference reaches, and its path in the container.
type hit struct{ host, target string }

// resolve resolves a reference (an include or rule_files argument) in
// one view of the file that makes it.
func (l *loader) resolve(f *File, v view, arg string, kind Kind) resolution {
	if strings.Contains(arg, "$") {
		return resolution{unknown: true} // a placeholder or variable: its value is not known here
	}
	comp := component.ConfigPrometheus
	if kind == KindNginx {
		comp = component.ConfigNginx
	}
	if v.service == nil {
		return l.resolveOnHost(f, arg, comp)
	}
	pattern := arg
	if !path.IsAbs(arg) {
		base := path.Dir(v.target) // Prometheus: relative to the config file
		if kind == KindNginx {
			base = component.NginxPrefix(v.target) // nginx: relative to its prefix
		}
		pattern = path.Join(base, arg)
	}
	return l.resolveInContainer(v.service, pattern, comp)
}

// resolveOnHost resolves a reference of a config no service mounts,
// relative to its own directory. An absolute path names a file wherever
// the config runs, not on this machine: it is never read from here.
func (l *loader) resolveOnHost(f *File, arg, comp string) resolution {
	if f.Abs == "" || filepath.IsAbs(arg) {
		shipped := len(component.ShippedMatching(comp, arg)) > 0
		return resolution{shipped: shipped, unknown: !shipped}
	}
	pattern := filepath.Join(filepath.Dir(f.Abs), filepath.FromSlash(arg))
	if !l.fsys.Inside(pattern) {
		return resolution{outside: true}
	}
	var res resolution
	for _, host := range l.glob(pattern) {
		res.hits = append(res.hits, hit{host: host})
	}
	if len(res.hits) == 0 && comp == component.ConfigNginx && component.NginxDataFile(arg) {
		res.shipped = true // mime.types and friends, from the image beside the config
	}
	res.missing = len(res.hits) == 0 && !res.shipped && !hasGlob(arg)
	return res
}

func hasGlob(s string) bool { return strings.ContainsAny(s, "*?[") }

// glob matches a host pattern (wildcards in its last element) against
// the regular files inside the linted paths.
func (l *loader) glob(pattern string) []string {
	dir, base := filepath.Split(pattern)
	if hasGlob(dir) {
		return nil
	}
	if !hasGlob(base) {
		if info, err := l.fsys.Stat(pattern); err == nil && info.Mode().IsRegular() {
			return []string{pattern}
		}
		return nil
	}
	var out []string
	for _, rel := range l.fsys.Files(dir) {
		if ok, _ := filepath.Match(base, rel); ok && !strings.ContainsRune(rel, filepath.Separator) {
			out = append(out, filepath.Join(dir, rel))
		}
	}
	return out
}

// resolveInContainer resolves a path pattern inside a service's
// containers: through its mounts to host files, to files its image ships,
// and for nginx to the templates the image's entrypoint renders.
func (l *loader) resolveInContainer(s *Service, pattern, comp string) resolution {
	var res resolution
	dir := path.Dir(pattern)
	if hasGlob(dir) {
		return resolution{unknown: true}
	}
	seen := map[string]bool{}
	add := func(host, target string) {
		if !seen[host] {
			seen[host] = true
			res.hits = append(res.hits, hit{host: host, target: target})
		}
	}
	// Files the mounts put in the directory, or the file itself.
	hostDir, m, covered := s.HostPath(dir)
	switch {
	case covered && m.Path == "":
		res.unknown = true // a named volume
	case covered && !l.fsys.Inside(hostDir):
		res.outside = true
	case covered:
		for _, host := range l.glob(filepath.Join(hostDir, path.Base(pattern))) {
			add(host, path.Join(dir, filepath.Base(host)))
		}
	}
	for _, mt := range s.Mounts {
		if ok, _ := path.Match(pattern, path.Clean(mt.Target)); ok && mt.Path != "" {
			if !l.fsys.Inside(mt.Path) {
				res.outside = true
				continue
			}
			if info, err := l.fsys.Stat(mt.Path); err == nil && info.Mode().IsRegular() {
				add(mt.Path, path.Clean(mt.Target))
			}
		}
	}
	if comp == component.ConfigNginx {
		l.templateOutputs(s, pattern, add)
	}
	// The image's own files, where no mount hides them.
	for _, shipped := range component.ShippedMatching(comp, pattern) {
		if _, _, hidden := s.HostPath(shipped); !hidden {
			res.shipped = true
		}
	}
	if len(res.hits) == 0 && !res.shipped && !res.unknown && !res.outside && !hasGlob(pattern) {
		_, m, covered := s.HostPath(pattern)
		switch {
		case covered && m.Path != "":
			res.missing = true // a mount covers the path, and has no such file
		case !covered && !s.Built && component.ImageComponent(s.Image) == comp:
			res.missing = true // the official image has no such file
		default:
			res.unknown = true // a custom image's, as far as lint can tell
		}
	}
	return res
}

// templateOutputs finds the templates the nginx image renders to a path
// matching pattern (templates/NAME.template becomes conf.d/NAME).
func (l *loader) templateOutputs(s *Service, pattern string, add func(host, target string)) {
	hostDir, m, ok := s.HostPath(component.NginxTemplateDir)
	if !ok || m.Path == "" || !l.fsys.Inside(hostDir) {
		return
	}
	for _, rel := range l.fsys.Files(hostDir) {
		target := component.NginxTemplateDir + "/" + filepath.ToSlash(rel)
		if out := component.NginxTemplateOutput(target); out != "" {
			if ok, _ := path.Match(pattern, out); ok {
				add(filepath.Join(hostDir, rel), target)
			}
		}
	}
}

// routeBalancers adds to each stack the backends its balancers' configs
// send traffic to (upstream servers, proxy_pass hosts, HAProxy servers),
// beside those found through depends_on.
func (l *loader) routeBalancers() {
	for _, f := range l.p.Files {
		if f.ParseErr != nil {
			continue
		}
		for _, ref := range l.p.MountedBy(f) {
			lb := ref.Service
			if !lb.IsBalancer() {
				continue
			}
			for _, host := range backendHosts(f) {
				if backend := lb.Stack.Workload(host); backend != nil {
					lb.Stack.Route(lb.Workload, backend, stack.NodeRange(lb.File.Path, backend.Key))
				}
			}
		}
	}
}

// backendHosts are the host names a balancer config sends traffic to.
func backendHosts(f *File) []string {
	var hosts []string
	addHost := func(addr string) {
		addr = strings.TrimPrefix(strings.TrimPrefix(addr, "http://"), "https://")
		host, _, _ := strings.Cut(addr, "/")
		if i := strings.LastIndex(host, ":"); i >= 0 {
			host = host[:i]
		}
		if host != "" && !strings.ContainsAny(host, "$[") {
			hosts = append(hosts, host)
		}
	}
	switch {
	case f.Nginx != nil:
		nginxconf.Walk(f.Nginx.Directives, "", func(d *nginxconf.Directive, ctx string) {
			if (d.Name == "server" && ctx == "upstream" || d.Name == "proxy_pass" || d.Name == "grpc_pass") && len(d.Args) > 0 {
				addHost(d.Args[0].Value)
			}
		})
	case f.HAProxy != nil:
		for _, s := range f.HAProxy.Sections {
			if s.Kind != "backend" && s.Kind != "listen" {
				continue
			}
			for _, ln := range s.Lines {
				addServerLine(ln, addHost)
			}
		}
	}
	return hosts
}

func addServerLine(ln *haproxycfg.Line, addHost func(string)) {
	switch {
	case ln.Is("server") && len(ln.Words) >= 3:
		addHost(ln.Words[2].Value)
	case ln.Is("server-template") && len(ln.Words) >= 4:
		addHost(ln.Words[3].Value)
	}
}

// argRange spans one argument of an nginx directive.
func argRange(a nginxconf.Arg) Range {
	return Range{Pos{a.Line, a.Col}, Pos{a.Line, a.Col + a.Len}}
}

// configName reports whether a path names a configuration file by its
// extension (or nginx.conf's data files' absence of one).
func configName(target string) bool {
	switch path.Ext(target) {
	case ".conf", ".cfg", ".yml", ".yaml", ".template":
		return true
	}
	return false
}
