package lint

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v4"

	"github.com/lbgen/lbgen/internal/limits"
	"github.com/lbgen/lbgen/lint/nginxconf"
)

// Project is everything linted together: the files, and what the compose
// files say about services, replicas and mounted configs.
type Project struct {
	Files    []*File
	Services []*Service
	// mounts maps a config file's absolute path to the services that
	// mount it.
	mounts map[string][]MountRef
}

// MountRef is a service that mounts a file, and where.
type MountRef struct {
	Service *Service
	Target  string
}

// LoadOptions say how to read the paths.
type LoadOptions struct {
	// Kind is the kind of standard input ("-").
	Kind Kind
	// Stdin is read for the path "-".
	Stdin io.Reader
	// Scale overrides replica counts, as `docker compose up --scale`.
	Scale map[string]int
}

// skipDirs are never walked into.
var skipDirs = map[string]bool{".git": true, "node_modules": true, "vendor": true}

// Load reads and parses the paths: files, directories (walked for every
// file of a known kind) or "-". Bind mounts of compose services are
// followed to the configs they mount. It fails only when a path cannot be
// read or nothing lintable is found.
func Load(paths []string, opts LoadOptions) (*Project, error) {
	p := &Project{mounts: map[string][]MountRef{}}
	seen := map[string]bool{}
	add := func(path string, kind Kind, src []byte) {
		abs, _ := filepath.Abs(path)
		if seen[abs] {
			return
		}
		seen[abs] = true
		f := &File{Path: filepath.ToSlash(path), Abs: abs, Kind: kind, Src: src}
		f.parse()
		p.Files = append(p.Files, f)
	}
	for _, path := range paths {
		if path == "-" {
			if opts.Kind == "" {
				return nil, fmt.Errorf("reading standard input needs --kind (one of %s)", kindList())
			}
			src, err := limits.Read(opts.Stdin, "standard input")
			if err != nil {
				return nil, err
			}
			f := &File{Path: "<stdin>", Kind: opts.Kind, Src: src}
			f.parse()
			p.Files = append(p.Files, f)
			continue
		}
		info, err := os.Stat(path)
		if err != nil {
			return nil, err
		}
		if !info.IsDir() {
			src, err := limits.ReadFile(path)
			if err != nil {
				return nil, err
			}
			kind := opts.Kind
			if kind == "" {
				kind = DetectKind(path, src)
			}
			if kind == "" {
				return nil, fmt.Errorf("%s: cannot tell what kind of file this is; name it like docker-compose.yml, nginx.conf, haproxy.cfg, prometheus.yml or *.hcl, or pass --kind", path)
			}
			add(path, kind, src)
			continue
		}
		err = filepath.WalkDir(path, func(sub string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				if sub != path && (skipDirs[d.Name()] || strings.HasPrefix(d.Name(), ".")) {
					return filepath.SkipDir
				}
				return nil
			}
			if kind := DetectKind(sub, nil); kind == "" && !ambiguous(sub) {
				return nil // not a kind lbgen lints: do not read it
			}
			src, err := limits.ReadFile(sub)
			if err != nil {
				return err
			}
			if kind := DetectKind(sub, src); kind != "" {
				add(sub, kind, src)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	for _, f := range p.Files {
		if f.Kind == KindCompose && f.YAML != nil {
			p.Services = append(p.Services, composeServices(f, opts.Scale)...)
		}
	}
	p.followMounts(add)
	p.followIncludes(add)
	if len(p.Files) == 0 {
		return nil, fmt.Errorf("nothing to lint in %s: no spec, compose, nginx, HAProxy or Prometheus files", strings.Join(paths, ", "))
	}
	return p, nil
}

func kindList() string {
	var names []string
	for _, k := range Kinds {
		names = append(names, string(k))
	}
	return strings.Join(names, ", ")
}

// followMounts loads the configs compose services bind-mount, so each is
// linted knowing the service that runs it.
func (p *Project) followMounts(add func(string, Kind, []byte)) {
	for _, s := range p.Services {
		for _, m := range s.Mounts {
			if !m.Bind || m.Path == "" {
				continue
			}
			src, err := limits.ReadFile(m.Path)
			if err != nil {
				continue // a missing or unreadable mount source is not this file's finding
			}
			kind := DetectKind(m.Path, src)
			if kind == "" {
				kind = kindFromTarget(m.Target)
			}
			if kind == "" {
				continue
			}
			rel := m.Path
			if r, err := filepath.Rel(".", m.Path); err == nil && !strings.HasPrefix(r, "..") {
				rel = r
			}
			add(rel, kind, src)
			p.mounts[m.Path] = append(p.mounts[m.Path], MountRef{Service: s, Target: m.Target})
		}
	}
	sort.SliceStable(p.Files, func(i, j int) bool { return p.Files[i].Path < p.Files[j].Path })
}

// kindFromTarget guesses a mounted file's kind from where it is mounted.
func kindFromTarget(target string) Kind {
	switch {
	case strings.HasPrefix(target, "/etc/nginx/"):
		return KindNginx
	case strings.Contains(target, "haproxy"):
		return KindHAProxy
	case strings.HasSuffix(target, "prometheus.yml"):
		return KindPrometheus
	}
	return ""
}

// FilesOf returns the files of a kind.
func (p *Project) FilesOf(k Kind) []*File {
	var out []*File
	for _, f := range p.Files {
		if f.Kind == k && f.ParseErr == nil {
			out = append(out, f)
		}
	}
	return out
}

// MountedBy returns the services that mount a file.
func (p *Project) MountedBy(f *File) []MountRef { return p.mounts[f.Abs] }

// ServiceNamed finds a compose service by name as seen from a file: among
// the services of the compose files that mount the file, or, when none
// does, among all services.
func (p *Project) ServiceNamed(from *File, name string) *Service {
	candidates := p.Services
	if refs := p.MountedBy(from); len(refs) > 0 {
		candidates = nil
		for _, ref := range refs {
			for _, s := range p.Services {
				if s.File == ref.Service.File {
					candidates = append(candidates, s)
				}
			}
		}
	}
	var found *Service
	for _, s := range candidates {
		if s.Name == name && (found == nil || s.Replicas > found.Replicas) {
			found = s
		}
	}
	return found
}

// Service is one compose service, as its file writes it.
type Service struct {
	Name     string
	File     *File
	Key      *yaml.Node // the name in the services mapping
	Node     *yaml.Node // the service's mapping
	Image    string
	Replicas int
	Ports    []Port
	Mounts   []Mount
}

// Scaled reports whether the service runs more than one replica.
func (s *Service) Scaled() bool { return s.Replicas > 1 }

// Port is a published port.
type Port struct {
	HostIP    string
	Published string // a port or a range, "" when only the container port is given
	Target    string
	Node      *yaml.Node
}

// PublishedRange returns the published host port range, or ok=false.
func (p Port) PublishedRange() (from, to int, ok bool) {
	lo, hi, isRange := strings.Cut(p.Published, "-")
	from, err := strconv.Atoi(lo)
	if err != nil {
		return 0, 0, false
	}
	to = from
	if isRange {
		if to, err = strconv.Atoi(hi); err != nil {
			return 0, 0, false
		}
	}
	return from, to, true
}

// Mount is a volume or bind mount.
type Mount struct {
	Source   string
	Path     string // absolute host path of a bind mount
	Target   string
	ReadOnly bool
	Bind     bool
	Node     *yaml.Node
}

// composeServices reads the services of a compose file. Replicas come from
// scale overrides, then deploy.replicas, then scale.
func composeServices(f *File, scale map[string]int) []*Service {
	var out []*Service
	dir := filepath.Dir(f.Abs)
	Pairs(Get(f.YAML, "services"), func(k, v *yaml.Node) {
		s := &Service{Name: k.Value, File: f, Key: k, Node: v, Replicas: 1}
		if img := Get(v, "image"); img != nil {
			s.Image = img.Value
		}
		if n, err := strconv.Atoi(nodeValue(Get(v, "scale"))); err == nil {
			s.Replicas = n
		}
		if n, err := strconv.Atoi(nodeValue(Get(Get(v, "deploy"), "replicas"))); err == nil {
			s.Replicas = n
		}
		if n, ok := scale[s.Name]; ok {
			s.Replicas = n
		}
		for _, item := range Items(Get(v, "ports")) {
			s.Ports = append(s.Ports, parsePort(item))
		}
		for _, item := range Items(Get(v, "volumes")) {
			s.Mounts = append(s.Mounts, parseMount(item, dir))
		}
		out = append(out, s)
	})
	return out
}

func nodeValue(n *yaml.Node) string {
	if n == nil {
		return ""
	}
	return n.Value
}

// parsePort reads "[HOST_IP:][HOST:]CONTAINER[/PROTO]" or the long form.
func parsePort(n *yaml.Node) Port {
	p := Port{Node: n}
	if n.Kind == yaml.MappingNode {
		p.HostIP = nodeValue(Get(n, "host_ip"))
		p.Published = nodeValue(Get(n, "published"))
		p.Target = nodeValue(Get(n, "target"))
		return p
	}
	spec, _, _ := strings.Cut(n.Value, "/")
	parts := strings.Split(spec, ":")
	switch len(parts) {
	case 1:
		p.Target = parts[0]
	case 2:
		p.Published, p.Target = parts[0], parts[1]
	default:
		p.HostIP = strings.Join(parts[:len(parts)-2], ":")
		p.Published, p.Target = parts[len(parts)-2], parts[len(parts)-1]
	}
	return p
}

// parseMount reads "SOURCE:TARGET[:MODE]" or the long form; relative
// sources are bind mounts relative to the compose file.
func parseMount(n *yaml.Node, dir string) Mount {
	m := Mount{Node: n}
	if n.Kind == yaml.MappingNode {
		m.Source = nodeValue(Get(n, "source"))
		m.Target = nodeValue(Get(n, "target"))
		m.ReadOnly = nodeValue(Get(n, "read_only")) == "true"
		m.Bind = nodeValue(Get(n, "type")) == "bind"
	} else {
		parts := strings.Split(n.Value, ":")
		m.Source = parts[0]
		if len(parts) > 1 {
			m.Target = parts[1]
		}
		if len(parts) > 2 {
			for _, opt := range strings.Split(parts[2], ",") {
				m.ReadOnly = m.ReadOnly || opt == "ro"
			}
		}
		m.Bind = len(parts) > 1 && (strings.HasPrefix(m.Source, ".") || strings.HasPrefix(m.Source, "/") || strings.HasPrefix(m.Source, "~"))
	}
	if m.Bind && !strings.HasPrefix(m.Source, "~") {
		m.Path = m.Source
		if !filepath.IsAbs(m.Path) {
			m.Path = filepath.Join(dir, m.Path)
		}
	}
	return m
}

// followIncludes loads the files nginx configs include, so they are linted
// too. Relative paths are taken from the including file's directory, which
// is nginx's prefix when the config directory is mounted whole. Every file
// is loaded once, so include loops end.
func (p *Project) followIncludes(add func(string, Kind, []byte)) {
	for i := 0; i < len(p.Files); i++ { // p.Files grows as includes are added
		f := p.Files[i]
		if f.Kind != KindNginx || f.Nginx == nil || f.Abs == "" {
			continue
		}
		for _, path := range IncludedFiles(f) {
			if src, err := limits.ReadFile(path); err == nil {
				rel := path
				if r, err := filepath.Rel(".", path); err == nil && !strings.HasPrefix(r, "..") {
					rel = r
				}
				add(rel, KindNginx, src)
			}
		}
	}
	sort.SliceStable(p.Files, func(i, j int) bool { return p.Files[i].Path < p.Files[j].Path })
}

// IncludedFiles returns the files an nginx config's include directives
// match, as absolute paths.
func IncludedFiles(f *File) []string {
	var out []string
	nginxconf.Walk(f.Nginx.Directives, "", func(d *nginxconf.Directive, _ string) {
		if d.Name != "include" || len(d.Args) != 1 {
			return
		}
		matches, _ := filepath.Glob(IncludePattern(f, d.Args[0].Value))
		out = append(out, matches...)
	})
	return out
}

// IncludePattern resolves an include argument against the including file.
func IncludePattern(f *File, arg string) string {
	if filepath.IsAbs(arg) {
		return arg
	}
	return filepath.Join(filepath.Dir(f.Abs), arg)
}

// ambiguous reports whether a file's kind depends on its content (YAML
// and .cfg files), so it must be read to be told.
func ambiguous(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	return ext == ".yml" || ext == ".yaml" || ext == ".cfg"
}
