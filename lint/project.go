package lint

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/lbgen/lbgen/component"
	"github.com/lbgen/lbgen/internal/limits"
	"github.com/lbgen/lbgen/lint/nginxconf"
	"github.com/lbgen/lbgen/stack"
)

// Project is everything linted together: the files, and what the compose
// files say about services, replicas and mounted configs.
type Project struct {
	Files []*File
	// Stacks are the compose files' stack models, Services their
	// workloads with the file each comes from.
	Stacks   []ComposeStack
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
		f := &File{Path: filepath.ToSlash(path), Abs: abs, Kind: kind, Src: src, Swarm: kind == KindCompose && IsStackFile(path)}
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
			st, services := composeServices(f, opts.Scale)
			p.Stacks = append(p.Stacks, ComposeStack{File: f, Stack: st})
			p.Services = append(p.Services, services...)
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
			if s.File.Swarm {
				p.markSwarm(m.Path)
			}
		}
	}
	sort.SliceStable(p.Files, func(i, j int) bool { return p.Files[i].Path < p.Files[j].Path })
}

// markSwarm marks the file at an absolute path as given to a Swarm service.
func (p *Project) markSwarm(abs string) {
	for _, f := range p.Files {
		if f.Abs == abs {
			f.Swarm = true
		}
	}
}

// kindFromTarget tells a mounted file's kind from where it is mounted.
func kindFromTarget(target string) Kind {
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

// ServiceNamed finds a compose service by name (or, from a Swarm file, by
// its tasks.NAME) as seen from a file: among
// the services of the compose files that mount the file, or, when none
// does, among all services.
func (p *Project) ServiceNamed(from *File, name string) *Service {
	if from.Swarm {
		// Swarm answers tasks.NAME with every task of service NAME.
		name = strings.TrimPrefix(name, "tasks.")
	}
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

// Service is one compose service: the workload of the shared stack model,
// and the file that declares it.
type Service struct {
	*stack.Workload
	File *File
}

// ComposeStack is the stack model read from one compose file.
type ComposeStack struct {
	File  *File
	Stack *stack.Stack
}

// composeServices reads the services of a compose file into the stack model.
func composeServices(f *File, scale map[string]int) (*stack.Stack, []*Service) {
	st := stack.FromCompose(f.Path, filepath.Dir(f.Abs), f.YAML, scale)
	out := make([]*Service, len(st.Workloads))
	for i, w := range st.Workloads {
		out[i] = &Service{Workload: w, File: f}
	}
	return st, out
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
