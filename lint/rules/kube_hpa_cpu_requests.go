package rules

import (
	"go.yaml.in/yaml/v4"

	"github.com/lbgen/lbgen/lint"
)

// KubeHPACPURequests flags an autoscaler on CPU utilisation whose pods do
// not request CPU.
var KubeHPACPURequests = &lint.Rule{
	ID: "LB606", Name: "kube-hpa-cpu-requests", Severity: lint.Error,
	Summary: "A HorizontalPodAutoscaler scales on CPU utilisation, but a container requests no CPU.",
	Doc: "Utilisation is usage divided by the pods' CPU requests: when a container requests no CPU (and sets " +
		"no limit, which would be its request), the autoscaler cannot compute it and never scales " +
		"(FailedGetResourceMetric). Set `resources.requests.cpu` on every container of the target, or scale on " +
		"`AverageValue`.",
	Bad:   "containers: [{name: app, image: app:1.0}]   # no resources\n# HPA: metrics: [{type: Resource, resource: {name: cpu, target: {type: Utilization, averageUtilization: 70}}}]",
	Good:  "containers: [{name: app, image: app:1.0, resources: {requests: {cpu: 250m}}}]",
	Kinds: kubeKinds,
	Run: func(p *lint.Pass) {
		objs := p.Project.KubeObjects()
		for _, h := range ofKind(objs, "HorizontalPodAutoscaler") {
			at, only := cpuUtilization(h)
			if at == nil || defaultCPURequest(objs, h) {
				continue
			}
			ref := h.Get("spec", "scaleTargetRef")
			w := named(objs, h, lint.Value(lint.Get(ref, "kind")), lint.Value(lint.Get(ref, "name")))
			if w == nil || patched(p.Project.KubePatches(), w) {
				continue // an overlay may set the requests the base leaves out
			}
			for _, c := range containers(w) {
				name := lint.Value(lint.Get(c, "name"))
				res := lint.Get(c, "resources")
				if (only == "" || only == name) && lint.Get(lint.Get(res, "requests"), "cpu") == nil && lint.Get(lint.Get(res, "limits"), "cpu") == nil {
					p.Report(h.File, lint.NodeRange(at), "%s scales %s %s on CPU utilisation, but its container %q requests no CPU: the utilisation cannot be computed; set resources.requests.cpu", h.Name, w.Kind, w.Name, name)
				}
			}
		}
	},
}

// cpuUtilization is where an autoscaler asks for CPU utilisation: a
// Resource or ContainerResource metric on cpu with a Utilization target,
// autoscaling/v1's targetCPUUtilizationPercentage, or no metrics at all
// (which defaults to 80% CPU). It returns nil otherwise. container is the
// one container a ContainerResource metric measures ("" for all).
func cpuUtilization(h *lint.KubeObject) (at *yaml.Node, container string) {
	spec := h.Get("spec")
	if n := lint.Get(spec, "targetCPUUtilizationPercentage"); n != nil {
		return n, ""
	}
	metrics := lint.Get(spec, "metrics")
	if metrics == nil {
		if _, k := lint.GetPair(h.Node, "kind"); k != nil {
			return k, ""
		}
		return spec, ""
	}
	var whole, one *yaml.Node
	for _, m := range lint.Items(metrics) {
		for _, typ := range []string{"resource", "containerResource"} {
			r := lint.Get(m, typ)
			if lint.Value(lint.Get(r, "name")) != "cpu" || lint.Value(lint.Get(lint.Get(r, "target"), "type")) != "Utilization" {
				continue
			}
			if typ == "resource" && whole == nil {
				whole = lint.Get(r, "name")
			}
			if typ == "containerResource" && one == nil {
				one, container = lint.Get(r, "name"), lint.Value(lint.Get(r, "container"))
			}
		}
	}
	if whole != nil {
		return whole, ""
	}
	return one, container
}

// defaultCPURequest reports whether a LimitRange of the autoscaler's
// namespace gives containers that request no CPU a default request (or a
// default limit, which becomes the request).
func defaultCPURequest(objs []*lint.KubeObject, h *lint.KubeObject) bool {
	for _, lr := range ofKind(objs, "LimitRange") {
		if !lint.Related(h, lr) {
			continue
		}
		for _, l := range lint.Items(lr.Get("spec", "limits")) {
			if lint.Value(lint.Get(l, "type")) != "Container" {
				continue
			}
			if lint.Get(lint.Get(l, "defaultRequest"), "cpu") != nil || lint.Get(lint.Get(l, "default"), "cpu") != nil {
				return true
			}
		}
	}
	return false
}

// patched reports whether a kustomize overlay of the project patches an
// object: what lint reads of it is not all it is when applied.
func patched(patches []*lint.KubeObject, o *lint.KubeObject) bool {
	for _, x := range patches {
		if x.Kind == o.Kind && x.Name == o.Name {
			return true
		}
	}
	return false
}
