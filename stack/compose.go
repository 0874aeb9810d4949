package stack

import (
	"path/filepath"
	"strconv"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"go.yaml.in/yaml/v4"

	"github.com/lbgen/lbgen/component"
	"github.com/lbgen/lbgen/internal/yamlnode"
)

// FromCompose reads the workloads of a compose document, keeping the YAML
// nodes so findings point at the text. name is the file as diagnostics
// show it, dir the directory bind-mount paths are relative to. Replicas
// come from scale overrides (as `docker compose up --scale`), then
// deploy.replicas, then scale.
func FromCompose(name, dir string, doc *yaml.Node, scale map[string]int) *Stack {
	s := &Stack{}
	configs := configFiles(doc)
	yamlnode.Pairs(yamlnode.Get(doc, "services"), func(k, v *yaml.Node) {
		w := composeWorkload(name, dir, k, v, scale)
		w.Mounts = append(w.Mounts, configMounts(v, dir, configs)...)
		s.Workloads = append(s.Workloads, w)
	})
	s.linkComposeBalancers(name)
	return s
}

func composeWorkload(name, dir string, k, v *yaml.Node, scale map[string]int) *Workload {
	w := &Workload{Name: k.Value, Key: k, Node: v, Replicas: 1, Range: nodeRange(name, k),
		Image: yamlnode.Value(yamlnode.Get(v, "image")), Healthy: yamlnode.Get(v, "healthcheck") != nil}
	if n, err := strconv.Atoi(yamlnode.Value(yamlnode.Get(v, "scale"))); err == nil {
		w.Replicas = n
	}
	if n, err := strconv.Atoi(yamlnode.Value(yamlnode.Get(yamlnode.Get(v, "deploy"), "replicas"))); err == nil {
		w.Replicas = n
	}
	if n, ok := scale[w.Name]; ok {
		w.Replicas = n
	}
	w.MaxReplicas = w.Replicas
	w.Global = yamlnode.Value(yamlnode.Get(yamlnode.Get(v, "deploy"), "mode")) == "global"
	for _, item := range yamlnode.Items(yamlnode.Get(v, "ports")) {
		w.Ports = append(w.Ports, composePort(name, item))
	}
	for _, item := range yamlnode.Items(yamlnode.Get(v, "volumes")) {
		w.Mounts = append(w.Mounts, composeMount(item, dir))
	}
	return w
}

// linkComposeBalancers records which workloads each balancer sends
// traffic to: the services an nginx or HAProxy service depends on. The
// route is reported at the backend's name, where its health check belongs.
func (s *Stack) linkComposeBalancers(name string) {
	for _, lb := range s.Workloads {
		if !component.IsBalancerImage(lb.Image) {
			continue
		}
		for _, dep := range Dependencies(lb.Node) {
			backend := s.Workload(dep.Name)
			if backend == nil || component.IsBalancerImage(backend.Image) {
				continue
			}
			backend.BalancedBy = append(backend.BalancedBy, Balanced{Balancer: lb.Name, Range: nodeRange(name, backend.Key)})
		}
	}
}

// configFiles maps the names of a file's top-level configs to the files
// they are read from (configs with file:, as stack files write them).
func configFiles(doc *yaml.Node) map[string]string {
	files := map[string]string{}
	yamlnode.Pairs(yamlnode.Get(doc, "configs"), func(k, v *yaml.Node) {
		if f := yamlnode.Value(yamlnode.Get(v, "file")); f != "" {
			files[k.Value] = f
		}
	})
	return files
}

// configMounts are the files a service's configs put into its containers:
// like read-only bind mounts, they show a file of the project at a path.
func configMounts(service *yaml.Node, dir string, files map[string]string) []Mount {
	var out []Mount
	for _, item := range yamlnode.Items(yamlnode.Get(service, "configs")) {
		source, target := item.Value, ""
		if item.Kind == yaml.MappingNode {
			source = yamlnode.Value(yamlnode.Get(item, "source"))
			target = yamlnode.Value(yamlnode.Get(item, "target"))
		}
		file, ok := files[source]
		if !ok {
			continue
		}
		if target == "" {
			target = "/" + source // the engine's default
		}
		path := file
		if !filepath.IsAbs(path) {
			path = filepath.Join(dir, path)
		}
		out = append(out, Mount{Source: file, Path: path, Target: target, ReadOnly: true, Bind: true, Node: item})
	}
	return out
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

// composePort reads "[HOST_IP:][HOST:]CONTAINER[/PROTO]" or the long form.
func composePort(name string, n *yaml.Node) Port {
	p := Port{Node: n, Range: nodeRange(name, n)}
	if n.Kind == yaml.MappingNode {
		p.HostIP = yamlnode.Value(yamlnode.Get(n, "host_ip"))
		p.Published = yamlnode.Value(yamlnode.Get(n, "published"))
		p.Target = yamlnode.Value(yamlnode.Get(n, "target"))
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

// composeMount reads "SOURCE:TARGET[:MODE]" or the long form; relative
// sources are bind mounts relative to the compose file.
func composeMount(n *yaml.Node, dir string) Mount {
	m := Mount{Node: n}
	if n.Kind == yaml.MappingNode {
		m.Source = yamlnode.Value(yamlnode.Get(n, "source"))
		m.Target = yamlnode.Value(yamlnode.Get(n, "target"))
		m.ReadOnly = yamlnode.Value(yamlnode.Get(n, "read_only")) == "true"
		m.Bind = yamlnode.Value(yamlnode.Get(n, "type")) == "bind"
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
