package stack

import (
	"path"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"go.yaml.in/yaml/v4"

	"github.com/lbgen/lbgen/internal/yamlnode"
)

// ComposeSource is a compose document and what reading it as Compose does
// needs besides the document.
type ComposeSource struct {
	// Name is the file as diagnostics show it, Dir the absolute directory
	// relative paths (bind mounts, build contexts, configs) start from.
	Name, Dir string
	Doc       *yaml.Node
	// Scale overrides replica counts, as `docker compose up --scale`.
	Scale map[string]int
	// Env holds the variables ${VAR} is interpolated from: the project's
	// .env file. Variables not in it take their defaults.
	Env map[string]string
	// ReadFile reads a file of the project (a build context's Dockerfile),
	// nil to read nothing. Lint passes a reader that opens only regular
	// files inside the linted paths.
	ReadFile func(path string) ([]byte, error)
	// Platform is where the file is deployed: "swarm" or "compose" as the
	// user says (lbgen lint --platform), "" to tell by the file.
	Platform string
}

// FromCompose reads the workloads of a compose document, keeping the YAML
// nodes so findings point at the text. name is the file as diagnostics
// show it, dir the directory bind-mount paths are relative to. Replicas
// come from scale overrides (as `docker compose up --scale`), then
// deploy.replicas, then scale.
func FromCompose(name, dir string, doc *yaml.Node, scale map[string]int) *Stack {
	return ReadCompose(ComposeSource{Name: name, Dir: dir, Doc: doc, Scale: scale})
}

// ReadCompose reads a compose document as Compose does: YAML merge keys
// resolved, ${VAR} interpolated from src.Env, relative paths taken from
// src.Dir, top-level configs delivered as files, and a Swarm stack file
// (`docker stack deploy`) recognised as one.
func ReadCompose(src ComposeSource) *Stack {
	s := &Stack{Env: src.Env, Swarm: src.Platform == "swarm" || src.Platform == "" && isSwarmStack(src.Name, src.Doc),
		PlatformTold: src.Platform != ""}
	configs := topConfigs(src)
	yamlnode.Pairs(yamlnode.Get(src.Doc, "services"), func(k, v *yaml.Node) {
		s.Workloads = append(s.Workloads, composeWorkload(src, configs, k, v))
	})
	s.linkComposeBalancers(src.Name)
	return s
}

// isSwarmStack tells a stack file for `docker stack deploy` from a compose
// file: by its name (docker-stack.yml, stack.yml, app.stack.yml) or an
// overlay network, which only Swarm creates.
func isSwarmStack(name string, doc *yaml.Node) bool {
	if strings.Contains(strings.ToLower(filepath.Base(name)), "stack") {
		return true
	}
	overlay := false
	yamlnode.Pairs(yamlnode.Get(doc, "networks"), func(_, v *yaml.Node) {
		overlay = overlay || yamlnode.Value(yamlnode.Get(v, "driver")) == "overlay"
	})
	return overlay
}

func composeWorkload(src ComposeSource, configs map[string]string, k, v *yaml.Node) *Workload {
	value := func(n *yaml.Node) string {
		s, _ := Interpolate(yamlnode.Value(n), src.Env)
		return s
	}
	deploy := yamlnode.Get(v, "deploy")
	w := &Workload{Name: k.Value, Key: k, Node: v, Replicas: 1, Range: nodeRange(src.Name, k),
		Image: value(yamlnode.Get(v, "image")), Healthy: declaresHealth(yamlnode.Get(v, "healthcheck")),
		Global:      value(yamlnode.Get(deploy, "mode")) == "global",
		HostNetwork: value(yamlnode.Get(v, "network_mode")) == "host"}
	if n, err := strconv.Atoi(value(yamlnode.Get(v, "scale"))); err == nil {
		w.Replicas = n
	}
	if n, err := strconv.Atoi(value(yamlnode.Get(deploy, "replicas"))); err == nil {
		w.Replicas = n
	}
	if n, ok := src.Scale[w.Name]; ok {
		w.Replicas = n
	}
	w.MaxReplicas = w.Replicas
	for _, item := range yamlnode.Items(yamlnode.Get(v, "ports")) {
		w.Ports = append(w.Ports, composePort(src, item))
	}
	for _, item := range yamlnode.Items(yamlnode.Get(v, "volumes")) {
		w.Mounts = append(w.Mounts, composeMount(src, item))
	}
	for _, item := range yamlnode.Items(yamlnode.Get(v, "configs")) {
		if m, ok := configMount(configs, item); ok {
			w.Mounts = append(w.Mounts, m)
		}
	}
	if build := yamlnode.Get(v, "build"); build != nil {
		w.Built = true
		df := dockerfile(src, build)
		w.BaseImage = finalFrom(df)
		// The image's own HEALTHCHECK counts, unless the service turns it off.
		w.Healthy = w.Healthy || dockerfileHealthy(df)
	}
	return w
}

// linkComposeBalancers records which workloads each balancer sends
// traffic to: the services an nginx or HAProxy service depends on. The
// route is reported at the backend's name, where its health check belongs.
// Lint adds the backends a balancer's config names (Route).
func (s *Stack) linkComposeBalancers(name string) {
	for _, lb := range s.Workloads {
		if !lb.IsBalancer() {
			continue
		}
		for _, dep := range Dependencies(lb.Node) {
			if backend := s.Workload(dep.Name); backend != nil {
				s.Route(lb, backend, nodeRange(name, backend.Key))
			}
		}
	}
}

// Route records that a balancer sends traffic to a backend, once; a
// balancer in front of another balancer is no backend of it.
func (s *Stack) Route(lb, backend *Workload, r hcl.Range) {
	if backend == lb || backend.IsBalancer() {
		return
	}
	for _, b := range backend.BalancedBy {
		if b.Balancer == lb.Name {
			return
		}
	}
	backend.BalancedBy = append(backend.BalancedBy, Balanced{Balancer: lb.Name, Range: r})
}

// Dependency is one entry of a compose service's depends_on.
type Dependency struct {
	Name string
	// Condition is the long form's condition node, nil in the short form.
	Condition *yaml.Node
}

// Dependencies reads depends_on in its list or map form.
func Dependencies(service *yaml.Node) []Dependency {
	deps := yamlnode.Get(service, "depends_on")
	var out []Dependency
	for _, item := range yamlnode.Items(deps) {
		out = append(out, Dependency{Name: item.Value})
	}
	yamlnode.Pairs(deps, func(k, v *yaml.Node) {
		out = append(out, Dependency{Name: k.Value, Condition: yamlnode.Get(v, "condition")})
	})
	return out
}

// composePort reads "[HOST_IP:][HOST:]CONTAINER[/PROTO]" or the long form,
// after interpolation.
func composePort(src ComposeSource, n *yaml.Node) Port {
	p := Port{Node: n, Range: nodeRange(src.Name, n)}
	value := func(s string) string {
		v, ok := Interpolate(s, src.Env)
		if !ok {
			p.Unresolved = true
		}
		return v
	}
	if n.Kind == yaml.MappingNode {
		p.HostIP = value(yamlnode.Value(yamlnode.Get(n, "host_ip")))
		p.Published = value(yamlnode.Value(yamlnode.Get(n, "published")))
		p.Target = value(yamlnode.Value(yamlnode.Get(n, "target")))
		p.Mode = yamlnode.Value(yamlnode.Get(n, "mode"))
		return p
	}
	spec, _, _ := strings.Cut(value(n.Value), "/")
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
	p.HostIP = strings.Trim(p.HostIP, "[]")
	return p
}

// composeMount reads "SOURCE:TARGET[:MODE]" or the long form, after
// interpolation; relative sources are bind mounts relative to the compose
// file.
func composeMount(src ComposeSource, n *yaml.Node) Mount {
	m := Mount{Node: n}
	value := func(s string) string {
		v, _ := Interpolate(s, src.Env)
		return v
	}
	if n.Kind == yaml.MappingNode {
		m.Source = value(yamlnode.Value(yamlnode.Get(n, "source")))
		m.Target = value(yamlnode.Value(yamlnode.Get(n, "target")))
		m.ReadOnly = yamlnode.Value(yamlnode.Get(n, "read_only")) == "true"
		m.Bind = yamlnode.Value(yamlnode.Get(n, "type")) == "bind"
	} else {
		parts := strings.Split(value(n.Value), ":")
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
	if m.Bind && !strings.HasPrefix(m.Source, "~") && m.Source != "" {
		m.Path = hostPath(src.Dir, m.Source)
	}
	return m
}

// hostPath makes a path from a compose file absolute.
func hostPath(dir, p string) string {
	if filepath.IsAbs(p) {
		return filepath.Clean(p)
	}
	return filepath.Join(dir, p)
}

// topConfigs maps each top-level config that has a file to its absolute
// host path.
func topConfigs(src ComposeSource) map[string]string {
	out := map[string]string{}
	yamlnode.Pairs(yamlnode.Get(src.Doc, "configs"), func(k, v *yaml.Node) {
		if f, ok := Interpolate(yamlnode.Value(yamlnode.Get(v, "file")), src.Env); ok && f != "" {
			out[k.Value] = hostPath(src.Dir, f)
		}
	})
	return out
}

// configMount is a service's configs entry as the file it puts in the
// container: short form "NAME" (at /NAME) or long form {source, target}.
// Configs are read-only.
func configMount(configs map[string]string, n *yaml.Node) (Mount, bool) {
	name, target := n.Value, ""
	if n.Kind == yaml.MappingNode {
		name = yamlnode.Value(yamlnode.Get(n, "source"))
		target = yamlnode.Value(yamlnode.Get(n, "target"))
	}
	file, ok := configs[name]
	if !ok {
		return Mount{}, false
	}
	if target == "" {
		target = "/" + name
	}
	return Mount{Source: name, Path: file, Target: target, ReadOnly: true, Bind: true, Config: true, Node: n}, true
}

// dockerfile reads a build's Dockerfile, or "" when it cannot be read.
func dockerfile(src ComposeSource, build *yaml.Node) string {
	if src.ReadFile == nil {
		return ""
	}
	context, name := yamlnode.Value(build), "Dockerfile"
	if build.Kind == yaml.MappingNode {
		context = yamlnode.Value(yamlnode.Get(build, "context"))
		if d := yamlnode.Value(yamlnode.Get(build, "dockerfile")); d != "" {
			name = d
		}
	}
	context, _ = Interpolate(context, src.Env)
	if context == "" {
		context = "."
	}
	if strings.Contains(context, "://") || strings.HasPrefix(context, "git@") {
		return "" // a remote context
	}
	data, err := src.ReadFile(filepath.Join(hostPath(src.Dir, context), filepath.FromSlash(path.Clean(name))))
	if err != nil {
		return ""
	}
	return string(data)
}

// dockerfileHealthy reports whether the last stage of a Dockerfile
// declares a HEALTHCHECK (other than HEALTHCHECK NONE).
func dockerfileHealthy(dockerfile string) bool {
	healthy := false
	for _, line := range strings.Split(dockerfile, "\n") {
		f := strings.Fields(line)
		switch {
		case len(f) == 0:
		case strings.EqualFold(f[0], "FROM"):
			healthy = false // a new stage starts without it
		case strings.EqualFold(f[0], "HEALTHCHECK"):
			healthy = len(f) > 1 && !strings.EqualFold(f[1], "NONE")
		}
	}
	return healthy
}

// finalFrom returns the image the last stage of a Dockerfile starts from.
func finalFrom(dockerfile string) string {
	stages := map[string]string{}
	last := ""
	for _, line := range strings.Split(dockerfile, "\n") {
		f := strings.Fields(line)
		if len(f) < 2 || !strings.EqualFold(f[0], "FROM") {
			continue
		}
		var image string
		for _, w := range f[1:] {
			if !strings.HasPrefix(w, "--") {
				image = w
				break
			}
		}
		if base, ok := stages[strings.ToLower(image)]; ok {
			image = base
		}
		if len(f) >= 4 && strings.EqualFold(f[len(f)-2], "AS") {
			stages[strings.ToLower(f[len(f)-1])] = image
		}
		last = image
	}
	return last
}

// nodeRange is the span of a node's text on its first line, in the
// positions HCL diagnostics use. Quoted scalars include their quotes.
func nodeRange(name string, n *yaml.Node) hcl.Range {
	length := len(n.Value)
	switch n.Style {
	case yaml.DoubleQuotedStyle, yaml.SingleQuotedStyle:
		length += 2
	}
	if n.Kind != yaml.ScalarNode || length == 0 {
		length = 1
	}
	return hcl.Range{Filename: name,
		Start: hcl.Pos{Line: n.Line, Column: n.Column},
		End:   hcl.Pos{Line: n.Line, Column: n.Column + length}}
}

// NodeRange is nodeRange for lint, which adds routes from configs.
func NodeRange(name string, n *yaml.Node) hcl.Range { return nodeRange(name, n) }

// declaresHealth reports whether a service's healthcheck checks anything
// (disable: true and test: [NONE] turn the image's check off).
func declaresHealth(hc *yaml.Node) bool {
	if hc == nil || yamlnode.Value(yamlnode.Get(hc, "disable")) == "true" {
		return false
	}
	test := yamlnode.Items(yamlnode.Get(hc, "test"))
	return len(test) == 0 || test[0].Value != "NONE"
}
