package schemas

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/hashicorp/hcl/v2"
)

// PlatformKubernetes is the Kubernetes platform's name, whose settings
// the kubernetes block holds.
const PlatformKubernetes = "kubernetes"

// Kubernetes settings, used when the stack is rendered for Kubernetes.
type Kubernetes struct {
	Namespace     string `hcl:"namespace,optional"`
	ClusterDomain string `hcl:"cluster_domain,optional"`
	// ServiceType is the type of the Service that exposes each balancer
	// outside the cluster: ClusterIP (none), NodePort or LoadBalancer.
	ServiceType string `hcl:"service_type,optional"`
	// CPUUtilization is the average CPU use, in percent of the requested
	// CPU, that a HorizontalPodAutoscaler keeps a scaled service at.
	CPUUtilization *int `hcl:"cpu_utilization,optional"`

	DefRange            hcl.Range `hcl:",def_range"`
	NamespaceRange      hcl.Range `hcl:"namespace,attr_value_range"`
	ClusterDomainRange  hcl.Range `hcl:"cluster_domain,attr_value_range"`
	ServiceTypeRange    hcl.Range `hcl:"service_type,attr_value_range"`
	CPUUtilizationRange hcl.Range `hcl:"cpu_utilization,attr_value_range"`

	// CPUTarget is CPUUtilization with its default applied.
	CPUTarget int
}

// Kubernetes defaults.
const (
	DefaultNamespace      = "default"
	DefaultClusterDomain  = "cluster.local"
	DefaultServiceType    = "LoadBalancer"
	DefaultCPUUtilization = 70
	// HeadlessSuffix names the headless Service of a balanced service:
	// its DNS name answers with every ready pod.
	HeadlessSuffix = "-headless"
)

var (
	// dns1035 is a Kubernetes Service name: a DNS label that starts with a
	// letter.
	dns1035      = regexp.MustCompile(`^[a-z]([-a-z0-9]*[a-z0-9])?$`)
	dnsSubdomain = regexp.MustCompile(`^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$`)
	serviceTypes = []string{"ClusterIP", "NodePort", "LoadBalancer"}
)

// platform applies the kubernetes block's defaults and checks its values.
// Whether the platform exists, and what it cannot do, is the platform's
// to say (gen/targets.Resolve), so that adding one touches no validation.
func (v *validator) platform() {
	t := v.topo
	if t.Kubernetes == nil {
		t.Kubernetes = &Kubernetes{}
	}
	v.kubernetes(t.Kubernetes)
}

func (v *validator) kubernetes(k *Kubernetes) {
	if k.Namespace == "" {
		k.Namespace = DefaultNamespace
	}
	if k.ClusterDomain == "" {
		k.ClusterDomain = DefaultClusterDomain
	}
	if k.ServiceType == "" {
		k.ServiceType = DefaultServiceType
	}
	k.CPUTarget = DefaultCPUUtilization
	if k.CPUUtilization != nil {
		k.CPUTarget = *k.CPUUtilization
	}
	if len(k.Namespace) > 63 || !dns1035.MatchString(k.Namespace) {
		v.errorf(k.NamespaceRange, "Invalid namespace", "namespace %q must be a DNS label: lowercase letters, digits and '-', at most 63 characters, starting with a letter.", k.Namespace)
	}
	if len(k.ClusterDomain) > 253 || !dnsSubdomain.MatchString(k.ClusterDomain) {
		v.errorf(k.ClusterDomainRange, "Invalid cluster domain", "cluster_domain %q must be a DNS name such as %q.", k.ClusterDomain, DefaultClusterDomain)
	}
	if !slices.Contains(serviceTypes, k.ServiceType) {
		v.errorf(k.ServiceTypeRange, "Invalid service type", "service_type must be one of %q, not %q.", serviceTypes, k.ServiceType)
	}
	if k.CPUTarget < 1 || k.CPUTarget > 1000 {
		v.errorf(k.CPUUtilizationRange, "Invalid CPU utilization", "cpu_utilization is a percentage of the requested CPU between 1 and 1000, not %d.", k.CPUTarget)
	}
}

// HeadlessService is the name of the headless Service of a service that a
// balancer sends traffic to.
func HeadlessService(service string) string { return service + HeadlessSuffix }

// ClusterName is the DNS name of a Service of the stack inside the
// cluster.
func (k *Kubernetes) ClusterName(service string) string {
	return fmt.Sprintf("%s.%s.svc.%s", service, k.Namespace, k.ClusterDomain)
}

// ClaimName is the PersistentVolumeClaim of a named volume: Compose's
// volume names allow '_', Kubernetes' names do not.
func ClaimName(volume string) string { return strings.ReplaceAll(volume, "_", "-") }

// IsDNSLabel reports whether name is a Kubernetes Service name: a DNS
// label that starts with a letter.
func IsDNSLabel(name string) bool { return dns1035.MatchString(name) }
