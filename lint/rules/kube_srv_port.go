package rules

import (
	"strings"

	"github.com/lbgen/lbgen/gen/kubernetes"
	"github.com/lbgen/lbgen/lint"
)

// KubeSRVPort flags an SRV name whose port name the Service lacks.
var KubeSRVPort = &lint.Rule{
	ID: "LB603", Name: "kube-srv-port", Severity: lint.Error,
	Summary: "A balancer looks up an SRV name whose port the Service does not name.",
	Doc: "The cluster DNS publishes _NAME._PROTO.SERVICE SRV records only for the Service's named ports: " +
		"for a port without that name the lookup answers NXDOMAIN and the balancer has no server. Name the " +
		"Service's port (`name: http`), or look up the name it has.",
	Bad:   "server-template app- 1-10 _http._tcp.app-headless.shop.svc.cluster.local resolvers cluster init-addr none\n# the Service's port has no name, or is named web",
	Good:  "server-template app- 1-10 _http._tcp.app-headless.shop.svc.cluster.local resolvers cluster init-addr none\n# ports: [{name: http, port: 3000}]",
	Kinds: kubeKinds,
	Run: func(p *lint.Pass) {
		forUpstreams(p.Project.KubeObjects(), func(cm *lint.KubeObject, u upstreamHost, svc *lint.KubeObject, h kubernetes.ServiceHost) {
			if svc != nil && h.PortName != "" && !hasServicePort(svc, h.PortName, h.Protocol) {
				p.Report(cm.File, u.Range, "Service %s has no %s port named %q, so the cluster DNS has no SRV record %s: name the Service's port %q", svc.Name, strings.ToUpper(h.Protocol), h.PortName, u.Host, h.PortName)
			}
		})
	},
}

// hasServicePort reports whether a Service has a port of that name and
// protocol (TCP when not written).
func hasServicePort(svc *lint.KubeObject, name, protocol string) bool {
	for _, port := range lint.Items(svc.Get("spec", "ports")) {
		proto := lint.Value(lint.Get(port, "protocol"))
		if proto == "" {
			proto = "TCP"
		}
		if lint.Value(lint.Get(port, "name")) == name && strings.EqualFold(proto, protocol) {
			return true
		}
	}
	return false
}
