// Package stack is the one model of a running stack that render and lint
// share: its workloads, how many replicas each runs, the host ports it
// publishes, whether it has a health check and which balancers send it
// traffic. Render builds it from a spec (schemas.Topology.Stack), lint from
// hand-written compose files (FromCompose); the invariants both commands
// enforce (invariants.go) are written once, against this model.
package stack

import (
	"path"
	"strconv"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"go.yaml.in/yaml/v4"

	"github.com/lbgen/lbgen/component"
)

// Stack is the workloads of one stack.
type Stack struct {
	Workloads []*Workload
	// Swarm is true for a stack file deployed with `docker stack deploy`:
	// its published ports go through the ingress routing mesh and its
	// service names resolve to a virtual IP, so the single-host rules of
	// Compose do not apply.
	Swarm bool
	// PlatformTold is true when the user said where the file is deployed
	// (lint --platform) rather than lbgen telling by its name and content.
	PlatformTold bool
	// Env holds the variables the compose file was interpolated with.
	Env map[string]string
}

// Workload is one service: a set of identical containers.
type Workload struct {
	Name  string
	Image string
	// Replicas is how many containers run; MaxReplicas how many may run
	// (after `docker compose up --scale` or an autoscaler), never fewer.
	Replicas, MaxReplicas int
	// Global workloads run one container per node (Swarm's mode: global).
	Global bool
	// HostNetwork is network_mode: host: the containers share the host's
	// network namespace, and its sysctls.
	HostNetwork bool
	// Built is true when the image is built from a build context, and
	// BaseImage the image its Dockerfile starts from ("" if unknown).
	Built     bool
	BaseImage string
	// Ports are the host ports the workload publishes.
	Ports []Port
	// Mounts are its volumes and bind mounts.
	Mounts []Mount
	// Healthy is true when the workload declares a health check.
	Healthy bool
	// BalancedBy lists the balancers that send it traffic.
	BalancedBy []Balanced
	// Range is where the workload is declared.
	Range hcl.Range

	// Key and Node are the compose mapping the workload was read from
	// (its name and its body); nil when it comes from a spec. Lint rules
	// read keys the model does not carry from Node.
	Key, Node *yaml.Node
}

// Scaled reports whether the workload may run more than one container,
// which is when fixed host ports and container names break.
func (w *Workload) Scaled() bool { return w.Global || w.MaxReplicas > 1 }

// Balanced is a balancer that routes to a workload.
type Balanced struct {
	Balancer string
	// Range is where the route to the workload is written.
	Range hcl.Range
}

// Port is a published port: host IP, host port or range, container port.
type Port struct {
	HostIP string
	// Published is a port or a range ("8000-8002"), "" when only the
	// container port is given and the engine picks a free host port.
	Published string
	Target    string
	// Mode is the long syntax's mode: "host", or "ingress" (Swarm's
	// routing mesh, the default there).
	Mode string
	// Unresolved is true when a variable in the entry has no value and no
	// default in the project: ${PORT} is still one fixed host port.
	Unresolved bool
	// Range is where the host port is written.
	Range hcl.Range
	// Node is the compose entry the port was read from, nil from a spec.
	Node *yaml.Node
}

// PublishedRange returns the published host port range, or ok=false
// when no fixed host port is published.
func (p Port) PublishedRange() (from, to int, ok bool) {
	if p.Unresolved && strings.Contains(p.Published, "$") && !strings.Contains(p.Published, "-") {
		return 0, 0, true // one host port, whichever number the variable holds
	}
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
	Source string
	// Path is the absolute host path of a bind mount.
	Path     string
	Target   string
	ReadOnly bool
	Bind     bool
	// Config is true for a top-level config delivered as a file.
	Config bool
	Node   *yaml.Node
}

// Workload returns the workload with the given name, or nil.
func (s *Stack) Workload(name string) *Workload {
	for _, w := range s.Workloads {
		if w.Name == name {
			return w
		}
	}
	return nil
}

// Component tells what the workload runs ("nginx", "haproxy",
// "prometheus", or ""): by its image, the image its build starts from, or
// the configuration it mounts where one of them reads it.
func (w *Workload) Component() string {
	if c := component.ImageComponent(w.Image); c != "" {
		return c
	}
	if c := component.ImageComponent(w.BaseImage); c != "" {
		return c
	}
	for _, m := range w.Mounts {
		if c := component.ConfigAt(m.Target); c != "" {
			return c
		}
		if c := component.ConfigDirAt(m.Target); c != "" {
			return c
		}
	}
	return ""
}

// IsBalancer reports whether the workload runs nginx or HAProxy.
func (w *Workload) IsBalancer() bool {
	c := w.Component()
	return c == component.ConfigNginx || c == component.ConfigHAProxy
}

// HostPath maps a path inside the workload's containers to the host path
// a bind mount or config puts there: the mount whose target is the path or
// its nearest parent directory wins, as in the container. ok is false
// when no mount covers the path (it is the image's, or nothing).
func (w *Workload) HostPath(file string) (host string, m *Mount, ok bool) {
	file = path.Clean(file)
	best := -1
	for i := range w.Mounts {
		t := path.Clean(w.Mounts[i].Target)
		if w.Mounts[i].Target == "" || (t != file && !strings.HasPrefix(file, strings.TrimSuffix(t, "/")+"/")) {
			continue
		}
		if best < 0 || len(t) >= len(path.Clean(w.Mounts[best].Target)) {
			best = i
		}
	}
	if best < 0 {
		return "", nil, false
	}
	m = &w.Mounts[best]
	if m.Path == "" {
		return "", m, true // a named volume or tmpfs: covered, but not from the host
	}
	rest := strings.TrimPrefix(file, path.Clean(m.Target))
	return m.Path + rest, m, true
}
