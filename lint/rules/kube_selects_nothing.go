package rules

import (
	"path/filepath"
	"strings"

	"github.com/lbgen/lbgen/lint"
)

// KubeSelectsNothing flags a Service or PodDisruptionBudget whose selector
// matches no pod template of the manifests, an autoscaler whose target is
// not among them, and a ServiceMonitor that selects no Service.
var KubeSelectsNothing = &lint.Rule{
	ID: "LB607", Name: "kube-selects-nothing", Severity: lint.Warning,
	Summary: "A Service, PodDisruptionBudget, HorizontalPodAutoscaler or ServiceMonitor selects nothing in the manifests.",
	Doc: "A Service whose selector matches no pod's labels has no endpoints: its name resolves, and every " +
		"connection is refused. A PodDisruptionBudget that selects nothing protects nothing, an autoscaler " +
		"whose target does not exist never scales, and a ServiceMonitor whose selector matches no Service's labels " +
		"scrapes nothing. Usually a label was renamed on one side only (kompose's " +
		"io.kompose.service against a hand-written app label). Make the selector match the pod template's labels. " +
		"Checked only in namespaces where the manifests have workloads and no custom resource that may run pods " +
		"of its own (a Prometheus Operator's Prometheus, an Argo Rollout), so a Service for pods deployed or run " +
		"elsewhere is not reported.",
	Bad:   "kind: Service\nspec:\n  selector: {app: web}\n---\nkind: Deployment\nspec:\n  template:\n    metadata: {labels: {app: frontend}}",
	Good:  "kind: Service\nspec:\n  selector: {app: web}\n---\nkind: Deployment\nspec:\n  template:\n    metadata: {labels: {app: web}}",
	Kinds: kubeKinds,
	Run: func(p *lint.Pass) {
		objs := p.Project.KubeObjects()
		for _, o := range objs {
			switch o.Kind {
			case "Service", "PodDisruptionBudget":
				selectsNoPods(p, objs, o)
			case "HorizontalPodAutoscaler":
				ref := o.Get("spec", "scaleTargetRef")
				kind, name := lint.Value(lint.Get(ref, "kind")), lint.Value(lint.Get(ref, "name"))
				if ref != nil && isWorkloadKind(kind) && holdsWorkloads(objs, o) && named(objs, o, kind, name) == nil {
					p.Report(o.File, lint.NodeRange(lint.Get(ref, "name")), "%s scales %s %s, which is not among the manifests", o.Name, kind, name)
				}
			case "ServiceMonitor":
				monitorsNothing(p, objs, o)
			}
		}
	},
}

// selectsNoPods reports a Service or PodDisruptionBudget whose selector
// matches no pod template.
func selectsNoPods(p *lint.Pass, objs []*lint.KubeObject, o *lint.KubeObject) {
	key, at := lint.GetPair(o.Get("spec"), "selector")
	sel, ok := selectorOf(at)
	if at == nil || !ok || len(sel) == 0 || !holdsWorkloads(objs, o) || len(selected(objs, o, sel)) > 0 {
		return
	}
	p.Report(o.File, lint.NodeRange(key), "%s %s selects %s, which no pod template of the manifests carries", o.Kind, o.Name, labelString(sel))
}

// monitorsNothing reports a ServiceMonitor of its own namespace (no
// namespaceSelector) whose selector matches no Service's labels, where
// the manifests hold the namespace's Services and no custom resource
// whose operator may create more.
func monitorsNothing(p *lint.Pass, objs []*lint.KubeObject, o *lint.KubeObject) {
	key, at := lint.GetPair(o.Get("spec"), "selector")
	sel, ok := selectorOf(at)
	if at == nil || !ok || len(sel) == 0 || o.Get("spec", "namespaceSelector") != nil {
		return
	}
	services := 0
	for _, x := range objs {
		if !lint.Related(o, x) || o.Namespace != x.Namespace {
			continue
		}
		// An operator (CloudNativePG's Cluster, Strimzi's Kafka) creates
		// Services lint does not see, and monitors select them.
		if mayRunPods(x) || pullsObjects(x) || x.Kind == "Service" && selects(sel, lint.Labels(x.Get("metadata", "labels"))) {
			return
		}
		if x.Kind == "Service" {
			services++
		}
	}
	if services > 0 {
		p.Report(o.File, lint.NodeRange(key), "ServiceMonitor %s selects Services labelled %s, and no Service of the manifests carries those labels: nothing is scraped", o.Name, labelString(sel))
	}
}

// holdsWorkloads reports whether o's directory holds the workloads of its
// namespace: some, no custom resource that may run pods itself (a
// Prometheus Operator's Prometheus, an Argo Rollout), and no kustomization
// that brings in objects from elsewhere.
func holdsWorkloads(objs []*lint.KubeObject, o *lint.KubeObject) bool {
	found := false
	for _, x := range objs {
		if lint.Related(o, x) && pullsObjects(x) {
			return false
		}
		if !lint.Related(o, x) || o.Namespace != x.Namespace {
			continue
		}
		if mayRunPods(x) {
			return false
		}
		found = found || x.PodTemplate() != nil
	}
	return found
}

// builtinGroups are the API groups of Kubernetes itself (and kustomize's
// file), whose kinds lint knows: only those with a pod template run pods.
var builtinGroups = map[string]bool{
	"": true, "apps": true, "batch": true, "autoscaling": true, "policy": true, "networking.k8s.io": true,
	"rbac.authorization.k8s.io": true, "storage.k8s.io": true, "apiextensions.k8s.io": true,
	"admissionregistration.k8s.io": true, "scheduling.k8s.io": true, "coordination.k8s.io": true,
	"discovery.k8s.io": true, "node.k8s.io": true, "certificates.k8s.io": true, "gateway.networking.k8s.io": true,
	"kustomize.config.k8s.io": true,
}

// podlessKinds are custom resources known to run no pods of their own.
var podlessKinds = map[string]bool{
	"ServiceMonitor": true, "PodMonitor": true, "PrometheusRule": true, "Probe": true, "ScrapeConfig": true,
	"AlertmanagerConfig": true, "ScaledObject": true, "ScaledJob": true, "TriggerAuthentication": true,
	"Certificate": true, "Issuer": true, "ClusterIssuer": true,
}

// mayRunPods reports whether an object is a custom resource whose
// operator may run pods that lint cannot see.
func mayRunPods(o *lint.KubeObject) bool {
	group, _, hasGroup := strings.Cut(o.APIVersion, "/")
	if !hasGroup {
		group = ""
	}
	return !builtinGroups[group] && !podlessKinds[o.Kind]
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

// pullsObjects reports whether an object is a kustomization that brings in
// objects from outside its directory: a base or a remote resource, a
// component, a Helm chart it inflates. An overlay's budget or Service
// selects the pods of its base's Deployment.
func pullsObjects(o *lint.KubeObject) bool {
	if o.Kind != "Kustomization" {
		return false
	}
	if len(lint.Items(o.Get("bases"))) > 0 || len(lint.Items(o.Get("components"))) > 0 || len(lint.Items(o.Get("helmCharts"))) > 0 {
		return true
	}
	for _, r := range lint.Items(o.Get("resources")) {
		path := lint.Value(r)
		switch strings.ToLower(filepath.Ext(path)) {
		case ".yaml", ".yml", ".json":
			if !strings.HasPrefix(path, "../") && !strings.Contains(path, "://") {
				continue
			}
		}
		return true
	}
	return false
}
