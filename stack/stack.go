// Package stack is the one model of a running stack that render and lint
// share: its workloads, how many replicas each runs, the host ports it
// publishes, whether it has a health check and which balancers send it
// traffic. Render builds it from a spec (schemas.Topology.Stack), lint from
// hand-written compose files (FromCompose); the invariants both commands
// enforce (invariants.go) are written once, against this model.
package stack

import (
	"strconv"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"go.yaml.in/yaml/v4"
)

// Stack is the workloads of one stack.
type Stack struct {
	Workloads []*Workload
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
	// Range is where the host port is written.
	Range hcl.Range
	// Node is the compose entry the port was read from, nil from a spec.
	Node *yaml.Node
}

// PublishedRange returns the published host port range, or ok=false
// when no fixed host port is published.
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
	Source string
	// Path is the absolute host path of a bind mount.
	Path     string
	Target   string
	ReadOnly bool
	Bind     bool
	Node     *yaml.Node
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
