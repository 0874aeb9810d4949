package lint

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"go.yaml.in/yaml/v4"

	"github.com/lbgen/lbgen/internal/limits"
	"github.com/lbgen/lbgen/lint/nginxconf"
	"github.com/lbgen/lbgen/stack"
)

// Project is everything linted together: the files, and what the compose
// files say about services, replicas and the files each container sees.
type Project struct {
	Files []*File
	// Stacks are the compose files' stack models, Services their
	// workloads with the file each comes from.
	Stacks   []ComposeStack
	Services []*Service
	// Skipped are references lint did not follow because they lead
	// outside the linted paths; each is a note (LB004).
	Skipped []Skip
	// mounts maps a file's absolute path to the services whose
	// containers see it, and where.
	mounts map[string][]MountRef
	// refs holds the resolution of each nginx include directive and
	// Prometheus rule_files entry.
	refs map[any]*Ref
	// groups maps each nginx file to the files it runs with, computed
	// on first use.
	groups map[*File][]*File
}

// MountRef is a service whose containers see a file, and at which path.
type MountRef struct {
	Service *Service
	Target  string
}

// Ref is a file reference (an nginx include, a Prometheus rule_files
// entry) resolved as the containers that read it see it.
type Ref struct {
	// Files are the project's files it reaches.
	Files []*File
	// Shipped is true when it reaches files the image ships (nginx's
	// mime.types, ...), which exist and are never read.
	Shipped bool
	// Unknown is true when it names a path lint cannot see: inside an
	// image, a named volume, or behind a variable.
	Unknown bool
	// Outside is true when it leads outside the linted paths.
	Outside bool
	// Missing is true when, in every container that reads it, it names
	// a file that does not exist where it should.
	Missing bool
}

// Skip is a reference lint did not follow, and where it is written.
type Skip struct {
	File    *File
	Range   Range
	Message string
}

// LoadOptions say how to read the paths.
type LoadOptions struct {
	// Kind is the kind of standard input ("-").
	Kind Kind
	// Stdin is read for the path "-".
	Stdin io.Reader
	// Scale overrides replica counts, as `docker compose up --scale`.
	Scale map[string]int
	// Platform is where the compose files are deployed: "swarm" (read
	// every one as a stack file for docker stack deploy), "compose", or ""
	// to tell by each file's name and content.
	Platform string
}

// skipDirs are never walked into.
var skipDirs = map[string]bool{".git": true, "node_modules": true, "vendor": true}

// Load reads and parses the paths: files, directories (walked for every
// file of a known kind) or "-". Each compose service's mounts and configs
// are followed to the files its containers see, and nginx includes and
// Prometheus rule_files are resolved as those containers resolve them.
// Only regular files inside the linted paths are ever opened. Load fails
// only when a path given cannot be read or classified, or nothing lintable
// is found.
func Load(paths []string, opts LoadOptions) (*Project, error) {
	l := &loader{
		p:       &Project{mounts: map[string][]MountRef{}, refs: map[any]*Ref{}},
		fsys:    newFileSystem(paths),
		byAbs:   map[string]*File{},
		pending: map[string][]byte{},
	}
	for _, path := range paths {
		if err := l.loadPath(path, opts); err != nil {
			return nil, err
		}
	}
	l.loadStacks(opts.Scale, opts.Platform)
	l.followMounts()
	l.classifyRest()
	l.followRefs()
	l.routeBalancers()
	sort.SliceStable(l.p.Files, func(i, j int) bool { return l.p.Files[i].Path < l.p.Files[j].Path })
	if len(l.p.Files) == 0 {
		return nil, fmt.Errorf("nothing to lint in %s: no spec, compose, nginx, HAProxy, Prometheus or Kubernetes files", strings.Join(paths, ", "))
	}
	return l.p, nil
}

// loader builds a Project.
type loader struct {
	p     *Project
	fsys  *fileSystem
	byAbs map[string]*File
	// pending are files read from the walked directories whose kind is
	// decided once the mounts are known (a mount path decides a kind).
	pending      map[string][]byte
	pendingOrder []string
}

func (l *loader) loadPath(path string, opts LoadOptions) error {
	if path == "-" {
		if opts.Kind == "" {
			return fmt.Errorf("reading standard input needs --kind (one of %s)", kindList())
		}
		src, err := limits.Read(opts.Stdin, "standard input")
		if err != nil {
			return err
		}
		f := &File{Path: "<stdin>", Kind: opts.Kind, Src: src}
		f.parse()
		l.p.Files = append(l.p.Files, f)
		return nil
	}
	info, err := os.Stat(path)
	if err != nil {
		return err
	}
	if info.IsDir() {
		return l.walk(path)
	}
	src, err := l.fsys.ReadFile(path)
	if err != nil {
		return err
	}
	kind := opts.Kind
	if kind == "" {
		kind = DetectKind(path, src)
	}
	if kind == "" {
		return fmt.Errorf("%s: cannot tell what kind of file this is; name it like docker-compose.yml, nginx.conf, haproxy.cfg, prometheus.yml or lbgen.hcl, or pass --kind", path)
	}
	abs, _ := filepath.Abs(path)
	l.add(abs, kind, src)
	return nil
}

// walk reads every file of the tree whose name lint may lint. Links are
// followed only to files inside the linted paths; FIFOs, sockets and
// devices are never opened.
func (l *loader) walk(root string) error {
	return filepath.WalkDir(root, func(sub string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if sub != root && (skipDirs[d.Name()] || strings.HasPrefix(d.Name(), ".")) {
				return filepath.SkipDir
			}
			return nil
		}
		if !candidateName(d.Name()) && d.Name() != ".env" {
			return nil
		}
		abs, _ := filepath.Abs(sub)
		if d.Type()&fs.ModeSymlink != 0 {
			if info, err := l.fsys.Stat(abs); errors.Is(err, errOutside) {
				l.skip(&File{Path: l.fsys.Display(abs), Abs: abs}, Range{Pos{1, 1}, Pos{1, 1}},
					"this link leads outside the linted paths: lbgen does not follow it, so the file it names is not linted")
				return nil
			} else if err != nil || !info.Mode().IsRegular() {
				return nil
			}
		} else if !d.Type().IsRegular() {
			return nil // a FIFO, socket or device: never opened
		}
		if d.Name() == ".env" {
			return nil // read with its compose file
		}
		src, err := l.fsys.ReadFile(abs)
		if err != nil {
			return nil // vanished or unreadable: not this lint's finding
		}
		l.pending[abs] = src
		l.pendingOrder = append(l.pendingOrder, abs)
		return nil
	})
}

// candidateName reports whether a file name may be of a kind lint reads.
func candidateName(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".yml", ".yaml", ".conf", ".cfg", ".hcl", ".template":
		return true
	}
	return false
}

// add loads a file as a kind, once; the first kind given wins.
func (l *loader) add(abs string, kind Kind, src []byte) *File {
	if f, ok := l.byAbs[abs]; ok {
		return f
	}
	delete(l.pending, abs)
	f := &File{Path: l.fsys.Display(abs), Abs: abs, Kind: kind, Src: src}
	f.parse()
	l.byAbs[abs] = f
	l.p.Files = append(l.p.Files, f)
	return f
}

// load adds a file reached through a mount or reference, reading it if
// it was not walked. It returns nil when the file cannot be read.
func (l *loader) load(abs string, kind Kind) *File {
	if f, ok := l.byAbs[abs]; ok {
		return f
	}
	src, ok := l.pending[abs]
	if !ok {
		var err error
		if src, err = l.fsys.ReadFile(abs); err != nil {
			return nil
		}
	}
	return l.add(abs, kind, src)
}

func (l *loader) skip(f *File, r Range, format string, args ...any) {
	l.p.Skipped = append(l.p.Skipped, Skip{File: f, Range: r, Message: fmt.Sprintf(format, args...)})
}

// loadStacks reads the compose files among the walked ones, and builds
// each one's stack model.
func (l *loader) loadStacks(scale map[string]int, platform string) {
	for _, abs := range l.pendingOrder {
		if src, ok := l.pending[abs]; ok && DetectKind(abs, src) == KindCompose {
			l.add(abs, KindCompose, src)
		}
	}
	for _, f := range append([]*File(nil), l.p.Files...) {
		if f.Kind != KindCompose || f.YAML == nil {
			continue
		}
		st := l.readStack(f, scale, platform)
		l.p.Stacks = append(l.p.Stacks, ComposeStack{File: f, Stack: st})
		for _, w := range st.Workloads {
			l.p.Services = append(l.p.Services, &Service{Workload: w, File: f, Stack: st})
		}
	}
}

func (l *loader) readStack(f *File, scale map[string]int, platform string) *stack.Stack {
	src := stack.ComposeSource{Name: f.Path, Dir: filepath.Dir(f.Abs), Doc: f.YAML, Scale: scale, Platform: platform}
	if f.Abs == "" {
		return stack.ReadCompose(src)
	}
	src.ReadFile = l.fsys.ReadFile
	src.Env = map[string]string{}
	if env, err := l.fsys.ReadFile(filepath.Join(src.Dir, ".env")); err == nil {
		src.Env = stack.ParseDotEnv(env)
	}
	if _, ok := src.Env["PWD"]; !ok {
		// ${PWD}/nginx.conf: Compose runs where its file is.
		src.Env["PWD"] = src.Dir
	}
	return stack.ReadCompose(src)
}

func kindList() string {
	var names []string
	for _, k := range Kinds {
		names = append(names, string(k))
	}
	return strings.Join(names, ", ")
}

// classifyRest loads the walked files no mount claimed, by what they are.
func (l *loader) classifyRest() {
	for _, abs := range l.pendingOrder {
		if src, ok := l.pending[abs]; ok {
			if kind := DetectKind(abs, src); kind != "" {
				l.add(abs, kind, src)
			}
		}
	}
}

// FilesOf returns the files of a kind that parsed.
func (p *Project) FilesOf(k Kind) []*File {
	var out []*File
	for _, f := range p.Files {
		if f.Kind == k && f.ParseErr == nil {
			out = append(out, f)
		}
	}
	return out
}

// MountedBy returns the services whose containers see a file, and where.
func (p *Project) MountedBy(f *File) []MountRef { return p.mounts[f.Abs] }

// Include returns how an nginx include directive resolves, or nil.
func (p *Project) Include(d *nginxconf.Directive) *Ref { return p.refs[d] }

// RuleFile returns how a Prometheus rule_files entry resolves, or nil.
func (p *Project) RuleFile(n *yaml.Node) *Ref { return p.refs[n] }

// ServiceNamed finds a compose service by name (or, from a file a Swarm
// service is given, by tasks.NAME) as seen from a file: among
// the services of the compose files that mount the file (and of their
// override files, which Compose merges in: docker-compose.override.yml),
// or, when none does, among all services.
func (p *Project) ServiceNamed(from *File, name string) *Service {
	for _, ref := range p.MountedBy(from) {
		if ref.Service.Stack != nil && ref.Service.Stack.Swarm {
			// Swarm answers tasks.NAME with every task of service NAME.
			name = strings.TrimPrefix(name, "tasks.")
			break
		}
	}
	candidates := p.Services
	if refs := p.MountedBy(from); len(refs) > 0 {
		candidates = nil
		for _, ref := range refs {
			for _, s := range p.Services {
				if s.File == ref.Service.File || isOverride(s.File, ref.Service.File) {
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

// Summary says what was checked: "checked 5 files: 1 compose, 2 nginx, ...".
func (p *Project) Summary() string {
	count := map[Kind]int{}
	for _, f := range p.Files {
		count[f.Kind]++
	}
	var parts []string
	for _, k := range Kinds {
		if count[k] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", count[k], k))
		}
	}
	noun := "files"
	if len(p.Files) == 1 {
		noun = "file"
	}
	return fmt.Sprintf("checked %d %s: %s", len(p.Files), noun, strings.Join(parts, ", "))
}

// Service is one compose service: the workload of the shared stack model,
// the file that declares it and the stack it belongs to.
type Service struct {
	*stack.Workload
	File  *File
	Stack *stack.Stack
}

// ComposeStack is the stack model read from one compose file.
type ComposeStack struct {
	File  *File
	Stack *stack.Stack
}

// isOverride reports whether f is the override file Compose merges into
// base by default: docker-compose.override.yml beside docker-compose.yml.
func isOverride(f, base *File) bool {
	if f.Abs == "" || base.Abs == "" || filepath.Dir(f.Abs) != filepath.Dir(base.Abs) {
		return false
	}
	stem := strings.TrimSuffix(filepath.Base(base.Abs), filepath.Ext(base.Abs))
	name := filepath.Base(f.Abs)
	return name == stem+".override.yml" || name == stem+".override.yaml"
}

// NginxGroup returns the nginx files that run together with f, f first:
// those connected to it by includes (either way) or by being seen by the
// same service's containers. An upstream or resolver in nginx.conf serves
// every conf.d file it includes, and conf.d files see each other's.
func (p *Project) NginxGroup(f *File) []*File {
	if p.groups == nil {
		p.groups = p.nginxGroups()
	}
	group := []*File{f}
	for _, g := range p.groups[f] {
		if g != f {
			group = append(group, g)
		}
	}
	return group
}

// nginxGroups finds the connected groups of nginx files (union-find).
func (p *Project) nginxGroups() map[*File][]*File {
	parent := map[*File]*File{}
	var find func(f *File) *File
	find = func(f *File) *File {
		if parent[f] == nil || parent[f] == f {
			parent[f] = f
			return f
		}
		parent[f] = find(parent[f])
		return parent[f]
	}
	union := func(a, b *File) { parent[find(a)] = find(b) }
	byService := map[*Service]*File{}
	for _, f := range p.FilesOf(KindNginx) {
		find(f)
		for _, r := range p.MountedBy(f) {
			if first, ok := byService[r.Service]; ok {
				union(f, first)
			} else {
				byService[r.Service] = f
			}
		}
		nginxconf.Walk(f.Nginx.Directives, "", func(d *nginxconf.Directive, _ string) {
			if ref := p.refs[d]; ref != nil {
				for _, g := range ref.Files {
					if g.Nginx != nil {
						union(f, g)
					}
				}
			}
		})
	}
	groups := map[*File][]*File{}
	members := map[*File][]*File{}
	for f := range parent {
		root := find(f)
		members[root] = append(members[root], f)
	}
	for f := range parent {
		groups[f] = members[find(f)]
	}
	return groups
}
