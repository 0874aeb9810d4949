package kubernetes

import (
	"regexp"
	"strings"

	"github.com/hashicorp/hcl/v2"

	"github.com/lbgen/lbgen/schemas"
)

// hostnameLabel is the node label the kubelet sets to its hostname.
const hostnameLabel = "kubernetes.io/hostname"

// labelValuePattern is a Kubernetes label value.
var labelValuePattern = regexp.MustCompile(`^([A-Za-z0-9]([A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?)?$`)

// nodeLabel is the node label that carries what a Swarm constraint
// compares, where both say the same: a node label, the hostname and the
// operating system. Swarm's architecture is uname's (x86_64, aarch64),
// Kubernetes' Go's (amd64, arm64); roles, IDs, addresses and engine labels
// have no node label.
func nodeLabel(c schemas.Constraint) (string, bool) {
	if l, ok := c.NodeLabel(); ok {
		return l, true
	}
	switch c.Key {
	case "node.hostname":
		return hostnameLabel, true
	case "node.platform.os":
		return "kubernetes.io/os", true
	}
	return "", false
}

// checkPlacement reports what of a placement block Kubernetes cannot say
// exactly.
func checkPlacement(p *schemas.Placement, errorf func(hcl.Range, string, string, ...any)) {
	if p == nil {
		return
	}
	for _, c := range p.Rules {
		rng := c.Range
		if _, ok := nodeLabel(c); !ok {
			errorf(rng, "Placement constraint on Kubernetes", "constraint on %q has no Kubernetes node label to select on; label the nodes (kubectl label node NAME KEY=VALUE) and constrain on node.labels.KEY.", c.Key)
		} else if !labelValuePattern.MatchString(c.Value) {
			errorf(rng, "Placement constraint on Kubernetes", "%q is not a Kubernetes label value: at most 63 letters, digits, '-', '_' and '.', starting and ending with a letter or digit.", c.Value)
		}
	}
	if p.MaxPerNode != nil && *p.MaxPerNode > 1 {
		errorf(p.MaxPerNodeRange, "max_replicas_per_node on Kubernetes", "Kubernetes can keep pods apart (max_replicas_per_node = 1, a pod anti-affinity) but cannot cap them at %d per node; use 1, or spread them over a node label.", *p.MaxPerNode)
	}
}

// place selects the nodes a workload's pods run on: == constraints as a
// nodeSelector, != as a node affinity (NotIn, which like Swarm's != also
// matches nodes without the label), spread as topology spread constraints
// that prefer but do not require balance (Swarm's spread is a preference),
// and one pod per node as a pod anti-affinity on the hostname.
func (b *builder) place(name string, p *schemas.Placement, pod *podSpec) {
	if p == nil {
		return
	}
	var exprs []nodeSelectorRequirement
	for _, c := range p.Rules {
		key, _ := nodeLabel(c) // Check refused the others
		switch {
		case c.Equal && pod.NodeSelector[key] == "":
			if pod.NodeSelector == nil {
				pod.NodeSelector = map[string]string{}
			}
			pod.NodeSelector[key] = c.Value
		case c.Equal:
			exprs = append(exprs, nodeSelectorRequirement{Key: key, Operator: "In", Values: []string{c.Value}})
		default:
			exprs = append(exprs, nodeSelectorRequirement{Key: key, Operator: "NotIn", Values: []string{c.Value}})
		}
	}
	if len(exprs) > 0 {
		pod.affinity().NodeAffinity = &nodeAffinity{Required: &nodeSelector{Terms: []nodeSelectorTerm{{MatchExpressions: exprs}}}}
	}
	for _, s := range p.Spread {
		pod.TopologySpreadConstraints = append(pod.TopologySpreadConstraints, topologySpread{
			MaxSkew: 1, TopologyKey: strings.TrimPrefix(s, schemas.NodeLabelPrefix), WhenUnsatisfiable: "ScheduleAnyway",
			LabelSelector: labelSelector{MatchLabels: b.selector(name)}})
	}
	if p.MaxPerNode != nil && *p.MaxPerNode == 1 {
		pod.affinity().PodAntiAffinity = &podAntiAffinity{Required: []podAffinityTerm{
			{LabelSelector: labelSelector{MatchLabels: b.selector(name)}, TopologyKey: hostnameLabel}}}
	}
}

func (p *podSpec) affinity() *affinity {
	if p.Affinity == nil {
		p.Affinity = &affinity{}
	}
	return p.Affinity
}

// checkClientIP reports a balancer that keeps client addresses without a
// Service outside the cluster to keep them on.
func checkClientIP(t *schemas.Topology, b *schemas.Balancer, errorf func(hcl.Range, string, string, ...any)) {
	if b.PreserveClientIP && t.Kubernetes != nil && t.Kubernetes.ServiceType == "ClusterIP" {
		errorf(b.PreserveIPRange, "preserve_client_ip on Kubernetes", "balancer %q keeps client addresses with its external Service's externalTrafficPolicy: Local, but service_type = %q renders no external Service; use NodePort or LoadBalancer, or remove preserve_client_ip.", b.Name, "ClusterIP")
	}
}

// withoutSurge rolls a Deployment whose pods keep one per node by
// replacing a pod rather than adding one first: a surge pod could find
// every node taken and wait forever (Swarm's updates stop first for the
// same reason). A Deployment that recreates its pods keeps doing so.
func withoutSurge(d object, p *schemas.Placement) object {
	spec, ok := d.Spec.(deploymentSpec)
	if !ok || p == nil || p.MaxPerNode == nil || *p.MaxPerNode != 1 || spec.Strategy != nil {
		return d
	}
	spec.Strategy = &strategy{Type: "RollingUpdate", RollingUpdate: &rollingUpdate{MaxSurge: 0, MaxUnavailable: 1}}
	d.Spec = spec
	return d
}
