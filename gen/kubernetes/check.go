package kubernetes

import (
	"fmt"
	"strings"

	"github.com/hashicorp/hcl/v2"

	"github.com/lbgen/lbgen/schemas"
)

// dockerDNS is the address of Docker's embedded DNS server, which a
// Compose spec may name as a balancer's resolver.
const dockerDNS = "127.0.0.11"

// Check reports what a spec asks that Kubernetes cannot do: names that are
// not valid Kubernetes object names (also with the suffixes lbgen adds),
// bind mounts (pods do not see the host that rendered them), host ports,
// and Grafana or Alertmanager when a Prometheus Operator runs Prometheus.
func Check(t *schemas.Topology) hcl.Diagnostics {
	var diags hcl.Diagnostics
	errorf := func(at hcl.Range, summary, format string, args ...any) {
		diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: summary,
			Detail: fmt.Sprintf(format, args...), Subject: at.Ptr()})
	}
	check := func(kind, name string, at hcl.Range) {
		if len(name)+len(schemas.HeadlessSuffix) > 63 || !schemas.IsDNSLabel(name) {
			errorf(at, "Invalid name for Kubernetes", "%s name %q becomes a Kubernetes Service name: lowercase letters, digits and '-', starting with a letter, at most %d characters.", kind, name, 63-len(schemas.HeadlessSuffix))
		}
	}
	for _, s := range t.Services {
		check("service", s.Name, s.LabelRange)
		for _, vol := range s.Volumes {
			if vol.Bind {
				errorf(vol.DefRange, "Bind mount on Kubernetes", "volume %q is a host path; pods do not see the host running `lbgen render`. Use a named volume (a PersistentVolumeClaim) or bake the files into the image.", vol.Source)
			} else if c := schemas.ClaimName(vol.Source); len(c) > 63 || !schemas.IsDNSLabel(c) {
				errorf(vol.DefRange, "Invalid name for Kubernetes", "volume %q becomes the PersistentVolumeClaim %q, which must be lowercase letters, digits and '-', starting with a letter, at most 63 characters.", vol.Source, c)
			}
		}
		checkPlacement(s.Placement, errorf)
		if len(s.Publish) > 0 {
			errorf(s.Publish[0].DefRange, "Host port on Kubernetes", "service %q publishes a host port; on Kubernetes, put it behind a balancer, whose Service is exposed (kubernetes { service_type }).", s.Name)
		}
	}
	for _, b := range t.Balancers {
		check("balancer", b.Name, b.LabelRange)
		if t := b.TLS; t != nil {
			// The Secrets' names are Kubernetes object names.
			for _, s := range []struct {
				name string
				at   hcl.Range
			}{{t.CertificateSecret, t.CertificateSecretRange}, {t.KeySecret, t.KeySecretRange}} {
				if s.name != "" && (len(s.name) > 253 || !schemas.IsDNSSubdomain(s.name)) {
					errorf(s.at, "Invalid Secret name for Kubernetes", "%q names the Kubernetes Secret (type kubernetes.io/tls) that holds the balancer's certificate and key: lowercase letters, digits, '-' and '.', starting and ending with a letter or digit.", s.name)
				}
			}
		}
		checkPlacement(b.Placement, errorf)
		checkClientIP(t, b, errorf)
		if strings.HasPrefix(b.ResolverAddr, dockerDNS+":") {
			errorf(b.ResolverRange, "Docker's DNS on Kubernetes", "resolver %q is Docker's embedded DNS, which does not exist in a pod; leave resolver out to use the cluster DNS from the pod's /etc/resolv.conf.", b.Resolver)
		}
	}
	if m := t.Monitoring; m != nil && t.Kubernetes != nil && t.Kubernetes.Operator() {
		// The operator's stack runs its own Grafana and Alertmanager,
		// configured through its own resources, which lbgen does not
		// render.
		if m.Grafana != nil {
			errorf(m.Grafana.DefRange, "Grafana with the Prometheus Operator", "kubernetes { prometheus = %q } leaves Prometheus to the operator, whose stack runs Grafana; remove the grafana block, or render Prometheus with lbgen (prometheus = %q).", schemas.PrometheusOperator, schemas.PrometheusDeployment)
		}
		if m.Alertmanager != nil {
			errorf(m.Alertmanager.DefRange, "Alertmanager with the Prometheus Operator", "kubernetes { prometheus = %q } leaves alerting to the operator's Alertmanager, configured through its own resources; remove the alertmanager block, or render Prometheus with lbgen (prometheus = %q).", schemas.PrometheusOperator, schemas.PrometheusDeployment)
		}
	}
	return diags
}
