package schemas

import (
	"strconv"

	"github.com/hashicorp/hcl/v2"

	"github.com/lbgen/lbgen/stack"
)

// Stack is the spec as the shared stack model: one workload per service
// and per balancer, with the host ports each publishes and the balancers
// that route to it. Render checks the model's invariants on it, as lint
// does on compose files.
func (t *Topology) Stack() *stack.Stack {
	st := &stack.Stack{}
	for _, s := range t.Services {
		w := &stack.Workload{Name: s.Name, Image: s.Image, Replicas: s.ReplicaCount, MaxReplicas: s.MaxReplicaCount,
			Healthy: s.Health != nil, Range: s.LabelRange}
		for _, p := range s.Publish {
			w.Ports = append(w.Ports, modelPort(p.HostIP, p.HostPort, p.ContainerPort, p.HostPortRange))
		}
		st.Workloads = append(st.Workloads, w)
	}
	for _, b := range t.Balancers {
		w := &stack.Workload{Name: b.Name, Image: b.Image, Replicas: 1, MaxReplicas: 1, Healthy: true, Range: b.LabelRange}
		if !b.Internal {
			w.Ports = append(w.Ports, modelPort(b.ListenIP, b.Listen, b.TrafficPort(), b.ListenRange))
		}
		if b.Stats != nil {
			w.Ports = append(w.Ports, modelPort(b.Stats.HostIP, b.Stats.Port, b.Stats.Port, b.Stats.PortRange))
		}
		st.Workloads = append(st.Workloads, w)
		for _, r := range b.Routes {
			for _, be := range r.Backends {
				if s := st.Workload(be.Service); s != nil {
					s.BalancedBy = append(s.BalancedBy, stack.Balanced{Balancer: b.Name, Range: be.LabelRange})
				}
			}
		}
	}
	return st
}

func modelPort(hostIP string, host, container int, at hcl.Range) stack.Port {
	return stack.Port{HostIP: hostIP, Published: strconv.Itoa(host), Target: strconv.Itoa(container), Range: at}
}

// checkInvariants reports every violation of the stack model's invariants
// as a spec error. The diagnostic's Extra is the invariant, so lint files
// it under the invariant's rule ID.
func (v *validator) checkInvariants() {
	st := v.topo.Stack()
	for _, inv := range stack.Invariants() {
		for _, viol := range inv.Check(st) {
			v.diags = append(v.diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: inv.Title,
				Detail: viol.Detail, Subject: viol.Range.Ptr(), Extra: inv})
		}
	}
}
