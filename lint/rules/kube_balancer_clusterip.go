package rules

import (
	"strings"

	"github.com/lbgen/lbgen/component"
	"github.com/lbgen/lbgen/gen/kubernetes"
	"github.com/lbgen/lbgen/lint"
)

// KubeBalancerClusterIP flags a balancer config that sends traffic to the
// virtual IP of a scaled workload's Service.
var KubeBalancerClusterIP = &lint.Rule{
	ID: "LB601", Name: "kube-balancer-clusterip", Severity: lint.Warning,
	Summary: "A balancer in a ConfigMap proxies to the ClusterIP Service of a scaled workload.",
	Doc: "A ClusterIP Service's name resolves to one virtual IP: nginx or HAProxy sees one server, " +
		"kube-proxy picks a pod per connection (so keep-alive connections stick to one pod), and the balancer's " +
		"algorithm, retries and health checks never see the pods. Point the balancer at a headless Service " +
		"(`clusterIP: None`) selecting the same pods: its name answers with every ready pod, and its SRV " +
		"records (_PORT._tcp.NAME) with their ports. Not reported for a Service in front of proxies (nginx, HAProxy, an " +
		"ingress controller): a tier of identical proxies behind one virtual IP is the usual way to chain them.",
	Bad: "# a Deployment app with replicas: 3, and a Service app with a cluster IP\n" +
		"upstream app { zone app 64k; server app.shop.svc.cluster.local:3000 resolve; }",
	Good: "# a Service app-headless with clusterIP: None and a port named http\n" +
		"upstream app { zone app 64k; server app-headless.shop.svc.cluster.local service=_http._tcp resolve; }",
	Kinds: kubeKinds,
	Run: func(p *lint.Pass) {
		objs := p.Project.KubeObjects()
		forUpstreams(objs, func(cm *lint.KubeObject, u upstreamHost, svc *lint.KubeObject, _ kubernetes.ServiceHost) {
			if svc == nil || headless(svc) || lint.Value(svc.Get("spec", "type")) == "ExternalName" {
				return
			}
			sel, ok := selectorOf(svc.Get("spec", "selector"))
			if !ok || onePod(sel) {
				return // a Service per pod fronts one pod
			}
			for _, w := range selected(objs, svc, sel) {
				if scaledWorkload(objs, w) && !runsProxy(w) {
					p.Report(cm.File, u.Range, "%s is the virtual IP of Service %s, in front of the scaled %s %s: the balancer sees one server; point it at a headless Service (clusterIP: None) selecting the same pods", u.Host, svc.Name, w.Kind, w.Name)
					return
				}
			}
		})
	},
}

// proxyImages are the repositories (the image name's last path elements)
// of ingress controllers and proxies beyond nginx and HAProxy.
var proxyImages = []string{"ingress-nginx/controller", "traefik", "envoy", "kubernetes-ingress", "haproxy-ingress", "kong", "contour"}

// runsProxy reports whether a workload's pods are themselves balancers (an
// nginx, an ingress controller): a tier of identical proxies behind one
// virtual IP is the usual way to chain them, and each balances its own
// backends.
func runsProxy(w *lint.KubeObject) bool {
	for _, c := range containers(w) {
		image := lint.Value(lint.Get(c, "image"))
		if component.IsBalancerImage(image) {
			return true
		}
		repo, _, _ := strings.Cut(image, "@")
		if i := strings.LastIndex(repo, ":"); i > strings.LastIndex(repo, "/") {
			repo = repo[:i] // the tag, not a registry's port
		}
		for _, p := range proxyImages {
			if repo == p || strings.HasSuffix(repo, "/"+p) {
				return true
			}
		}
	}
	return false
}
