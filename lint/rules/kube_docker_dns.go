package rules

import (
	"strings"

	"github.com/lbgen/lbgen/gen/compose"
	"github.com/lbgen/lbgen/lint"
	"github.com/lbgen/lbgen/lint/nginxconf"
)

// KubeDockerDNS flags Docker's embedded DNS as the resolver of a balancer
// that runs on Kubernetes.
var KubeDockerDNS = &lint.Rule{
	ID: "LB602", Name: "kube-docker-dns", Severity: lint.Error,
	Summary: "A balancer config in a ConfigMap uses Docker's DNS (127.0.0.11), which no pod has.",
	Doc: "127.0.0.11 is the DNS server Docker runs inside each container on a user-defined network. " +
		"A pod has none there: every lookup times out and the balancer finds no server. Use the cluster DNS " +
		"from the pod's /etc/resolv.conf: HAProxy's `parse-resolv-conf` in the resolvers section; for nginx, the " +
		"official image's NGINX_ENTRYPOINT_LOCAL_RESOLVERS=1 with `resolver ${NGINX_LOCAL_RESOLVERS}` in a template, " +
		"or the kube-dns Service's address.",
	Bad:   "resolver 127.0.0.11 valid=10s ipv6=off;",
	Good:  "resolver ${NGINX_LOCAL_RESOLVERS} valid=10s ipv6=off;   # default.conf.template, NGINX_ENTRYPOINT_LOCAL_RESOLVERS=1",
	Kinds: kubeKinds,
	Run: func(p *lint.Pass) {
		docker, _ := hostPort(compose.Platform().Resolver)
		isDocker := func(addr string) bool {
			host, _ := hostPort(addr)
			return host == docker
		}
		for _, cm := range p.Project.KubeObjects() {
			for _, c := range cm.Configs {
				if c.Nginx != nil {
					nginxconf.Walk(c.Nginx.Directives, "main", func(d *nginxconf.Directive, _ string) {
						if d.Name != "resolver" {
							return
						}
						for _, a := range d.Args {
							if !strings.Contains(a.Value, "=") && isDocker(a.Value) {
								p.Report(cm.File, c.At(a.Line, a.Col, a.Len), "%s is Docker's embedded DNS, which a pod does not have: use the cluster DNS from the pod's resolv.conf", a.Value)
							}
						}
					})
				}
				if c.HAProxy != nil {
					for _, s := range sectionsOf(c.HAProxy, "resolvers") {
						for _, l := range lines(s, "nameserver") {
							if len(l.Words) >= 3 && isDocker(l.Words[2].Value) {
								w := l.Words[2]
								p.Report(cm.File, c.At(l.No, w.Col, w.Len), "%s is Docker's embedded DNS, which a pod does not have: use parse-resolv-conf", w.Value)
							}
						}
					}
				}
			}
		}
	},
}
