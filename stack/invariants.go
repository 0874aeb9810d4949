package stack

import (
	"fmt"

	"github.com/hashicorp/hcl/v2"
)

// Invariant is a rule every stack must keep, whichever input it came from.
// Render reports a violation as a spec error and refuses to write; lint
// reports it as a finding under the same ID. Its ID is the lint rule's.
type Invariant struct {
	ID, Name string
	// Title is the short statement of a violation, Summary the rule's
	// one-line description.
	Title, Summary string
	Check          func(*Stack) []Violation
}

// Violation is one place a stack breaks an invariant.
type Violation struct {
	Workload *Workload
	// Range is where to report it.
	Range  hcl.Range
	Detail string
}

// Invariants lists every invariant, in ID order.
func Invariants() []*Invariant { return []*Invariant{ScaledHostPort, BalancedWithoutHealth} }

// ScaledHostPort: a scaled workload publishing a fixed host port, or a
// range smaller than its replicas, fails to start all but the first
// replicas ("port is already allocated").
var ScaledHostPort = &Invariant{
	ID: "LB102", Name: "compose-scaled-host-port",
	Title:   "Fixed host port on a scaled service",
	Summary: "A scaled service publishes a fixed host port, or a range smaller than its replicas.",
	Check: func(s *Stack) []Violation {
		var out []Violation
		for _, w := range s.Workloads {
			// A global workload runs one container per node, so each
			// binds its host port once.
			if w.Global || w.MaxReplicas <= 1 {
				continue
			}
			for _, p := range w.Ports {
				if s.Swarm && p.Mode != "host" {
					continue // Swarm's routing mesh publishes the port once for every task
				}
				if d, bad := hostPortClash(w, p); bad {
					out = append(out, Violation{Workload: w, Range: p.Range, Detail: d})
				}
			}
		}
		return out
	},
}

func hostPortClash(w *Workload, p Port) (string, bool) {
	from, to, ok := p.PublishedRange()
	if !ok {
		return "", false // no host port: the engine picks a free one per replica
	}
	size := to - from + 1
	if size >= w.MaxReplicas {
		return "", false
	}
	runs := fmt.Sprintf("Service %q runs up to %d replicas", w.Name, w.MaxReplicas)
	fix := "Publish ports only on a balancer and reach the service through it, or run one replica."
	if size == 1 {
		return fmt.Sprintf("%s, and every replica would try to bind host port %s: all but one fail to start. %s", runs, p.Published, fix), true
	}
	return fmt.Sprintf("%s but publishes only the %d host ports %s: the replicas beyond them fail to start. %s", runs, size, p.Published, fix), true
}

// BalancedWithoutHealth: a balancer cannot wait for a backend without a
// health check, and nothing notices its stuck replicas.
var BalancedWithoutHealth = &Invariant{
	ID: "LB105", Name: "compose-backend-without-healthcheck",
	Title:   "Routed service without a health check",
	Summary: "A load-balanced backend has no health check.",
	Check: func(s *Stack) []Violation {
		var out []Violation
		for _, w := range s.Workloads {
			if w.Healthy {
				continue
			}
			for _, b := range w.BalancedBy {
				out = append(out, Violation{Workload: w, Range: b.Range, Detail: fmt.Sprintf(
					"Balancer %q routes to service %q, which has no health check: the balancer cannot wait for it to be ready, "+
						"and nothing notices a stuck replica. Give %q a health check (health { http = \"/health\" } in an lbgen spec, healthcheck: in a compose file).",
					b.Balancer, w.Name, w.Name)})
			}
		}
		return out
	},
}
