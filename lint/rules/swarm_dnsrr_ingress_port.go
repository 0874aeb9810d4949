package rules

import (
	"github.com/lbgen/lbgen/lint"
)

// SwarmDNSRRIngressPort flags dnsrr services published through the
// routing mesh.
var SwarmDNSRRIngressPort = &lint.Rule{
	ID: "LB123", Name: "swarm-dnsrr-ingress-port", Severity: lint.Error,
	Summary: "A dnsrr service publishes a port through the routing mesh.",
	Doc: "The routing mesh (ports in mode ingress, the default) balances with IPVS over the service's virtual " +
		"IP, which a service in endpoint_mode dnsrr does not have: the daemon refuses the service (\"port " +
		"published with ingress mode can't be used with dnsrr mode\"). Publish the port in mode: host, or keep " +
		"the default endpoint_mode (vip) and let balancers reach the tasks through tasks.NAME.",
	Bad: "services:\n  lb:\n    image: nginx:1.27\n    ports:\n      - \"80:80\"\n    deploy:\n      endpoint_mode: dnsrr",
	Good: "services:\n  lb:\n    image: nginx:1.27\n    ports:\n      - target: 80\n        published: 80\n        mode: host\n" +
		"    deploy:\n      endpoint_mode: dnsrr",
	Kinds: composeKinds,
	Run: func(p *lint.Pass) {
		forSwarmServices(p, func(s *lint.Service) {
			if lint.Value(lint.Get(lint.Get(s.Node, "deploy"), "endpoint_mode")) != "dnsrr" {
				return
			}
			for _, item := range lint.Items(lint.Get(s.Node, "ports")) {
				if lint.Value(lint.Get(item, "mode")) != "host" {
					p.Report(s.File, at(item), "docker stack deploy: EndpointSpec: port published with ingress mode can't be used with dnsrr mode; publish it with mode: host, or drop endpoint_mode: dnsrr")
				}
			}
		})
	},
}
