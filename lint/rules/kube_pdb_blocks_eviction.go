package rules

import (
	"strconv"
	"strings"

	"github.com/lbgen/lbgen/lint"
)

// KubePDBBlocksEviction flags a PodDisruptionBudget that lets no pod be
// evicted.
var KubePDBBlocksEviction = &lint.Rule{
	ID: "LB608", Name: "kube-pdb-blocks-eviction", Severity: lint.Error,
	Summary: "A PodDisruptionBudget allows no voluntary eviction.",
	Doc: "`maxUnavailable: 0`, `minAvailable: 100%`, or a `minAvailable` at least the pods of the workloads it selects (their " +
		"replicas, or their autoscaler's minimum) leaves no disruption allowed: `kubectl drain` and node upgrades wait forever on these pods. " +
		"Allow one pod at a time (`maxUnavailable: 1`), which keeps the rest serving.",
	Bad:   "kind: PodDisruptionBudget\nspec:\n  minAvailable: 3   # the Deployment runs 3\n  selector: {matchLabels: {app: web}}",
	Good:  "kind: PodDisruptionBudget\nspec:\n  maxUnavailable: 1\n  selector: {matchLabels: {app: web}}",
	Kinds: kubeKinds,
	Run: func(p *lint.Pass) {
		objs := p.Project.KubeObjects()
		for _, pdb := range ofKind(objs, "PodDisruptionBudget") {
			if n := pdb.Get("spec", "maxUnavailable"); n != nil && (n.Value == "0" || n.Value == "0%") {
				p.Report(pdb.File, lint.NodeRange(n), "maxUnavailable %s lets no pod be evicted: drains and node upgrades block; allow 1", n.Value)
			}
			n := pdb.Get("spec", "minAvailable")
			if n == nil {
				continue
			}
			if n.Value == "100%" {
				p.Report(pdb.File, lint.NodeRange(n), "minAvailable 100%% lets no pod be evicted: drains and node upgrades block; use maxUnavailable: 1")
				continue
			}
			min, err := strconv.Atoi(n.Value)
			sel, ok := selectorOf(pdb.Get("spec", "selector"))
			if err != nil || strings.HasSuffix(n.Value, "%") || !ok {
				continue
			}
			if total, names, ok := selectedPods(objs, pdb, sel); ok && total > 0 && min >= total {
				p.Report(pdb.File, lint.NodeRange(n), "minAvailable %d with %d pods of %s lets no pod be evicted: drains and node upgrades block; use maxUnavailable: 1", min, total, names)
			}
		}
	},
}

// selectedPods counts the pods of every workload a budget's selector
// selects (a stable and a canary Deployment share an app label), and names
// them; ok is false when it selects none, or one whose count lint cannot
// know.
func selectedPods(objs []*lint.KubeObject, pdb *lint.KubeObject, sel map[string]string) (total int, names string, ok bool) {
	var list []string
	for _, w := range selected(objs, pdb, sel) {
		count, fixed := podCount(objs, w)
		if !fixed {
			return 0, "", false
		}
		total += count
		list = append(list, w.Kind+" "+w.Name)
	}
	return total, strings.Join(list, ", "), len(list) > 0
}

// podCount is the number of pods a workload runs at its smallest: its
// autoscaler's minimum, or its replicas. fixed is false for workloads
// whose count lint cannot know (a DaemonSet runs one per node; a
// ScaledObject may scale to zero and back).
func podCount(objs []*lint.KubeObject, w *lint.KubeObject) (count int, fixed bool) {
	if w.Kind != "Deployment" && w.Kind != "StatefulSet" && w.Kind != "ReplicaSet" {
		return 0, false
	}
	for _, h := range autoscalers(objs, w) {
		lo, _ := replicaBounds(h)
		return lo, lo > 0
	}
	n, _ := replicas(w)
	return n, true
}
