package rules

import (
	"strconv"
	"strings"

	"go.yaml.in/yaml/v4"

	"github.com/lbgen/lbgen/lint"
)

// KubeProbePort flags a probe that names a port the container does not
// declare.
var KubeProbePort = &lint.Rule{
	ID: "LB604", Name: "kube-probe-port", Severity: lint.Error,
	Summary: "A probe names a port the container does not declare.",
	Doc: "A probe's `port: NAME` must be the name of one of the container's `ports`. Kubernetes accepts the " +
		"manifest, but the kubelet cannot resolve the name: the probe fails on every try, so the pod never becomes " +
		"ready (readiness), is restarted forever (liveness) or never starts (startup). Declare the port with that " +
		"name, or use the number.",
	Bad:   "ports: [{name: web, containerPort: 3000}]\nreadinessProbe:\n  httpGet: {path: /health, port: http}",
	Good:  "ports: [{name: http, containerPort: 3000}]\nreadinessProbe:\n  httpGet: {path: /health, port: http}",
	Kinds: kubeKinds,
	Run: func(p *lint.Pass) {
		for _, w := range workloads(p.Project.KubeObjects()) {
			for _, c := range containers(w) {
				declared := map[string]bool{}
				for _, port := range lint.Items(lint.Get(c, "ports")) {
					declared[lint.Value(lint.Get(port, "name"))] = true
				}
				for _, probe := range []string{"startupProbe", "readinessProbe", "livenessProbe"} {
					for _, action := range []string{"httpGet", "tcpSocket"} {
						port := lint.Get(lint.Get(lint.Get(c, probe), action), "port")
						name := lint.Value(port)
						if _, err := strconv.Atoi(name); port == nil || port.Kind != yaml.ScalarNode || err == nil || declared[name] {
							continue
						}
						p.Report(w.File, lint.NodeRange(port), "the %s of container %q in %s %s names port %q, which the container does not declare (%s): name the port, or probe its number", probe, lint.Value(lint.Get(c, "name")), w.Kind, w.Name, name, declaredNames(declared))
					}
				}
			}
		}
	},
}

// declaredNames says which port names a container declares.
func declaredNames(declared map[string]bool) string {
	var names []string
	for k := range declared {
		if k != "" {
			names = append(names, strconv.Quote(k))
		}
	}
	if len(names) == 0 {
		return "it names none of its ports"
	}
	return "its ports are named " + strings.Join(sortStrings(names), ", ")
}
