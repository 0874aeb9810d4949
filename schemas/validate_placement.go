package schemas

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// constraintPattern is a Swarm placement constraint: an attribute, == or
// !=, and a value. The values are what Swarm's own parser accepts, without
// its glob and regular-expression characters, which lbgen cannot carry to
// other platforms.
var (
	constraintPattern = regexp.MustCompile(`^\s*([A-Za-z][A-Za-z0-9_.-]*)\s*(==|!=)\s*([A-Za-z0-9:_./-]+)\s*$`)
	// labelKeyPattern is what Swarm's parser takes after node.labels. or
	// engine.labels.: no '/' (so not Kubernetes' prefixed labels).
	labelKeyPattern = regexp.MustCompile(`^[A-Za-z0-9_][A-Za-z0-9_.-]*$`)
)

// constraintKeys are the node attributes Swarm constrains on, besides
// node and engine labels.
var constraintKeys = []string{"node.id", "node.hostname", "node.ip", "node.role", "node.platform.os", "node.platform.arch"}

// placement checks a workload's placement block: constraints Swarm
// parses, spread over node labels, and a positive per-node limit.
func (v *validator) placement(p *Placement) {
	if p == nil {
		return
	}
	p.Rules = nil
	for i, c := range p.Constraints {
		rng := at(p.ConstraintsRange, p.DefRange)
		if len(p.constraintAt) == len(p.Constraints) {
			rng = p.constraintAt[i]
		}
		if rule, ok := v.constraint(c, rng); ok {
			p.Rules = append(p.Rules, rule)
		}
	}
	for _, s := range p.Spread {
		if key, ok := strings.CutPrefix(s, NodeLabelPrefix); !ok || !labelKeyPattern.MatchString(key) {
			v.errorf(at(p.SpreadRange, p.DefRange), "Invalid spread",
				"spread %q must name a node label, such as \"node.labels.zone\": replicas are spread evenly over the label's values.", s)
		}
	}
	if p.MaxPerNode != nil && *p.MaxPerNode < 1 {
		v.errorf(at(p.MaxPerNodeRange, p.DefRange), "Invalid max_replicas_per_node",
			"max_replicas_per_node = %d: at least 1 replica must fit on a node. Leave it out for no limit.", *p.MaxPerNode)
	}
}

// constraint parses one constraint, reporting what is wrong with it.
func (v *validator) constraint(c string, rng hcl.Range) (Constraint, bool) {
	const example = "Write ATTRIBUTE == VALUE or ATTRIBUTE != VALUE, such as \"node.role == manager\" or \"node.labels.zone != a\"."
	m := constraintPattern.FindStringSubmatch(c)
	if m == nil {
		v.errorf(rng, "Invalid placement constraint", "%q is not a constraint. %s", c, example)
		return Constraint{}, false
	}
	rule := Constraint{Key: m[1], Equal: m[2] == "==", Value: m[3], Range: rng}
	label, isLabel := strings.CutPrefix(rule.Key, NodeLabelPrefix)
	if !isLabel {
		label, isLabel = strings.CutPrefix(rule.Key, "engine.labels.")
	}
	switch {
	case isLabel && !labelKeyPattern.MatchString(label):
		v.errorf(rng, "Invalid placement constraint", "%q names no label after %q. %s", c, strings.TrimSuffix(rule.Key, label), example)
		return Constraint{}, false
	case !isLabel && !slices.Contains(constraintKeys, rule.Key):
		detail := fmt.Sprintf("%q constrains %q, which is not a node attribute. Use one of %s, node.labels.NAME or engine.labels.NAME.", c, rule.Key, strings.Join(constraintKeys, ", "))
		if s := suggest(rule.Key, constraintKeys); s != "" {
			detail += fmt.Sprintf(" Did you mean %q?", s)
		}
		v.errorf(rng, "Invalid placement constraint", "%s", detail)
		return Constraint{}, false
	case rule.Key == "node.role" && rule.Value != "manager" && rule.Value != "worker":
		v.errorf(rng, "Invalid placement constraint", "%q: a node's role is manager or worker.", c)
		return Constraint{}, false
	}
	return rule, true
}

// preserveClientIP checks that a balancer asking to keep client
// addresses publishes a port whose traffic could carry them.
func (v *validator) preserveClientIP(b *Balancer) {
	if b.PreserveClientIP && b.Internal {
		v.errorf(b.PreserveIPRange, "preserve_client_ip on an internal balancer",
			"Balancer %q is internal: it publishes no port, and its clients are the stack's own containers, whose addresses it sees already. Remove preserve_client_ip.", b.Name)
	}
}

// placeConstraints finds where each placement constraint is written, so
// an error points at it rather than at the whole list: the elements of a
// list written literally (a list from a variable keeps the list's range).
func placeConstraints(t *Topology, files map[string]*hcl.File) {
	var blocks []*Placement
	for _, s := range t.Services {
		blocks = append(blocks, s.Placement)
	}
	for _, b := range t.Balancers {
		blocks = append(blocks, b.Placement)
	}
	for _, p := range blocks {
		if p == nil || files[p.ConstraintsRange.Filename] == nil {
			continue
		}
		src := p.ConstraintsRange.SliceBytes(files[p.ConstraintsRange.Filename].Bytes)
		expr, diags := hclsyntax.ParseExpression(src, p.ConstraintsRange.Filename, p.ConstraintsRange.Start)
		list, ok := expr.(*hclsyntax.TupleConsExpr)
		if diags.HasErrors() || !ok || len(list.Exprs) != len(p.Constraints) {
			continue
		}
		p.constraintAt = nil
		for _, e := range list.Exprs {
			p.constraintAt = append(p.constraintAt, e.Range())
		}
	}
}
