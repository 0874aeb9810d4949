// Package kubernetes renders a stack for Kubernetes: kubernetes/ holds a
// kustomization.yaml and, per service and balancer, the Deployment,
// Services, PodDisruptionBudget, HorizontalPodAutoscaler and ConfigMaps it
// needs, plus Prometheus (with the RBAC its service discovery needs) and
// Grafana, or, for a Prometheus Operator, ServiceMonitors and a
// PrometheusRule. Balancers find every ready pod through the headless Service's
// DNS records, as they find every replica through Docker's DNS on Compose.
package kubernetes

import (
	"fmt"
	"time"

	"github.com/lbgen/lbgen/gen"
	"github.com/lbgen/lbgen/schemas"
)

// Dir is the directory every manifest is rendered into.
const Dir = "kubernetes"

// srvService is the SRV service and protocol of a headless Service's
// named port: _http._tcp.<service>.<namespace>.svc.<domain> answers with
// every ready pod and the port named "http".
func srvService(t *schemas.Topology) func(service string, port int) string {
	return func(service string, port int) string {
		name := "http"
		if s := t.Service(service); s != nil {
			name = portName(t, s, port)
		}
		return "_" + name + "._tcp"
	}
}

// Platform is Kubernetes. Its DNS names depend on the spec's namespace and
// cluster domain, so Bind fills them in; unbound, it assumes the defaults.
func Platform() gen.Platform {
	return bind(&schemas.Topology{Kubernetes: &schemas.Kubernetes{
		Namespace: schemas.DefaultNamespace, ClusterDomain: schemas.DefaultClusterDomain,
	}})
}

func bind(t *schemas.Topology) gen.Platform {
	k := t.Kubernetes
	return gen.Platform{
		Name: schemas.PlatformKubernetes,
		// The cluster DNS's address differs between clusters: balancers
		// read it from the pod's /etc/resolv.conf.
		ResolvConf: true,
		ManyHosts:  true,
		SRV:        srvService(t),
		DNSLabel:   "cluster",
		ReplicaHost: func(service string) string {
			return k.ClusterName(schemas.HeadlessService(service))
		},
		Discovery:       func(service string, _ int, _ time.Duration) (string, any) { return discovery(k, service) },
		DiscoveryFilter: func(service string, port int) []gen.Relabel { return portFilter(t, service, port) },
		// cAdvisor names a containerd container's Kubernetes container
		// (lbgen names it after the service) and namespace in these.
		ServiceLabel:      "container_label_io_kubernetes_container_name",
		ServiceLabelValue: func(_, service string) string { return service },
		ProjectLabel:      "container_label_io_kubernetes_pod_namespace",
		ProjectValue:      k.Namespace,
		ReplicaName:       func(_, service string, n int) string { return fmt.Sprintf("%s-%d", service, n) },
		// Pod networks are allocated from private ranges.
		PrivateRanges: []string{"10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"},
		Check:         Check,
		Stack:         gen.Target{Name: schemas.PlatformKubernetes, Dirs: []string{Dir}, Render: Render},
		Bind:          bind,
	}
}

// discovery finds every pod of a service through the EndpointSlices of
// its headless Service, in the stack's namespace only (which is all the
// Role lbgen renders for Prometheus allows).
func discovery(k *schemas.Kubernetes, service string) (string, any) {
	type selector struct {
		Role  string `yaml:"role"`
		Label string `yaml:"label"`
	}
	type namespaces struct {
		Names []string `yaml:"names"`
	}
	type kubernetesSD struct {
		Role       string     `yaml:"role"`
		Namespaces namespaces `yaml:"namespaces"`
		Selectors  []selector `yaml:"selectors"`
	}
	return "kubernetes_sd_configs", []kubernetesSD{{
		Role:       "endpointslice",
		Namespaces: namespaces{Names: []string{k.Namespace}},
		Selectors: []selector{{Role: "endpointslice",
			Label: "kubernetes.io/service-name=" + schemas.HeadlessService(service)}},
	}}
}

// portFilter keeps the targets of the service's metrics port: discovery
// yields one target per port of every endpoint.
func portFilter(t *schemas.Topology, service string, port int) []gen.Relabel {
	s := t.Service(service)
	if s == nil {
		return nil
	}
	return []gen.Relabel{
		{SourceLabels: []string{"__meta_kubernetes_service_name"}, Regex: schemas.HeadlessService(service), Action: "keep"},
		{SourceLabels: []string{"__meta_kubernetes_endpointslice_port_name"}, Regex: portName(t, s, port), Action: "keep"},
	}
}
