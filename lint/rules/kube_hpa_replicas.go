package rules

import "github.com/lbgen/lbgen/lint"

// KubeHPAReplicas flags a workload that sets spec.replicas while an
// autoscaler owns its replica count.
var KubeHPAReplicas = &lint.Rule{
	ID: "LB605", Name: "kube-hpa-replicas", Severity: lint.Warning,
	Summary: "A workload scaled by a HorizontalPodAutoscaler (or a KEDA ScaledObject) also sets spec.replicas.",
	Doc: "The autoscaler owns the replica count. Every `kubectl apply` of a manifest with `spec.replicas` " +
		"resets it to that number, so a scaled-out service drops to it under load until the autoscaler scales " +
		"it back up. Remove `replicas` from the workload; the autoscaler's `minReplicas` is the floor.",
	Bad:   "kind: Deployment\nspec:\n  replicas: 3\n---\nkind: HorizontalPodAutoscaler\nspec: {scaleTargetRef: {kind: Deployment, name: app}, minReplicas: 3, maxReplicas: 10}",
	Good:  "kind: Deployment\nspec: {}   # no replicas\n---\nkind: HorizontalPodAutoscaler\nspec: {scaleTargetRef: {kind: Deployment, name: app}, minReplicas: 3, maxReplicas: 10}",
	Kinds: kubeKinds,
	Run: func(p *lint.Pass) {
		objs := p.Project.KubeObjects()
		for _, w := range workloads(objs) {
			n := w.Get("spec", "replicas")
			if hpas := autoscalers(objs, w); n != nil && len(hpas) > 0 {
				p.Report(w.File, lint.NodeRange(n), "%s %s sets replicas, but %s %s owns its replica count: every apply resets it to %s; remove replicas", w.Kind, w.Name, hpas[0].Kind, hpas[0].Name, n.Value)
			}
		}
	},
}
