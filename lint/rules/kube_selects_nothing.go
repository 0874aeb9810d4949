package rules

import (
	"strings"

	"github.com/lbgen/lbgen/lint"
)

// KubeSelectsNothing flags a Service or PodDisruptionBudget whose selector
// matches no pod template of the manifests, and an autoscaler whose
// target is not among them.
var KubeSelectsNothing = &lint.Rule{
	ID: "LB607", Name: "kube-selects-nothing", Severity: lint.Warning,
	Summary: "A Service, PodDisruptionBudget or HorizontalPodAutoscaler selects no workload of the manifests.",
	Doc: "A Service whose selector matches no pod's labels has no endpoints: its name resolves, and every " +
		"connection is refused. A PodDisruptionBudget that selects nothing protects nothing, and an autoscaler " +
		"whose target does not exist never scales. Usually a label was renamed on one side only (kompose's " +
		"io.kompose.service against a hand-written app label). Make the selector match the pod template's labels. " +
		"Checked only in namespaces where the manifests have workloads, so a Service for pods deployed elsewhere " +
		"is not reported.",
	Bad:   "kind: Service\nspec:\n  selector: {app: web}\n---\nkind: Deployment\nspec:\n  template:\n    metadata: {labels: {app: frontend}}",
	Good:  "kind: Service\nspec:\n  selector: {app: web}\n---\nkind: Deployment\nspec:\n  template:\n    metadata: {labels: {app: web}}",
	Kinds: kubeKinds,
	Run: func(p *lint.Pass) {
		objs := p.Project.KubeObjects()
		hasWorkloads := func(o *lint.KubeObject) bool {
			for _, w := range workloads(objs) {
				if lint.Related(o, w) && o.Namespace == w.Namespace {
					return true
				}
			}
			return false
		}
		for _, o := range objs {
			key, at := lint.GetPair(o.Get("spec"), "selector")
			switch o.Kind {
			case "Service":
			case "PodDisruptionBudget":
			case "HorizontalPodAutoscaler":
				ref := o.Get("spec", "scaleTargetRef")
				kind, name := lint.Value(lint.Get(ref, "kind")), lint.Value(lint.Get(ref, "name"))
				if ref != nil && isWorkloadKind(kind) && hasWorkloads(o) && named(objs, o, kind, name) == nil {
					p.Report(o.File, lint.NodeRange(lint.Get(ref, "name")), "%s scales %s %s, which is not among the manifests", o.Name, kind, name)
				}
				continue
			default:
				continue
			}
			sel, ok := selectorOf(at)
			if at == nil || !ok || len(sel) == 0 || !hasWorkloads(o) || len(selected(objs, o, sel)) > 0 {
				continue
			}
			p.Report(o.File, lint.NodeRange(key), "%s %s selects %s, which no pod template of the manifests carries", o.Kind, o.Name, labelString(sel))
		}
	},
}

// isWorkloadKind reports whether an autoscaler's target is a workload
// kind the manifests would hold (not a custom resource's scale
// subresource).
func isWorkloadKind(kind string) bool {
	return kind == "Deployment" || kind == "StatefulSet" || kind == "ReplicaSet"
}

// labelString writes labels as a selector is written on the command line.
func labelString(labels map[string]string) string {
	var parts []string
	for k, v := range labels {
		parts = append(parts, k+"="+v)
	}
	return strings.Join(sortStrings(parts), ",")
}
