package schemas

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/hashicorp/hcl/v2"
)

// Platforms a spec can be rendered for.
const (
	PlatformCompose    = "compose"
	PlatformKubernetes = "kubernetes"
)

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
	dns1035       = regexp.MustCompile(`^[a-z]([-a-z0-9]*[a-z0-9])?$`)
	dnsSubdomain  = regexp.MustCompile(`^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$`)
	serviceTypes  = []string{"ClusterIP", "NodePort", "LoadBalancer"}
	platformNames = []string{PlatformCompose, PlatformKubernetes}
)

// OnKubernetes reports whether the stack is rendered for Kubernetes.
func (t *Topology) OnKubernetes() bool { return t.Platform == PlatformKubernetes }

// platform checks the platform attribute and, for Kubernetes, its block
// and the names that become Kubernetes object names.
func (v *validator) platform() {
	t := v.topo
	if t.Platform == "" {
		t.Platform = PlatformCompose
	}
	if !slices.Contains(platformNames, t.Platform) {
		v.errorf(t.PlatformRange, "Unknown platform", "platform must be one of %q, not %q.", platformNames, t.Platform)
		return
	}
	if t.Kubernetes == nil {
		t.Kubernetes = &Kubernetes{}
	}
	v.kubernetes(t.Kubernetes)
	if t.OnKubernetes() {
		v.kubernetesNames()
	}
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

// kubernetesNames checks that every service, balancer and volume name is
// a valid Kubernetes object name, also with the suffixes lbgen adds.
func (v *validator) kubernetesNames() {
	check := func(kind, name string, at hcl.Range) {
		if len(name)+len(HeadlessSuffix) > 63 || !dns1035.MatchString(name) {
			v.errorf(at, "Invalid name for Kubernetes", "%s name %q becomes a Kubernetes Service name: lowercase letters, digits and '-', starting with a letter, at most %d characters.", kind, name, 63-len(HeadlessSuffix))
		}
	}
	for _, s := range v.topo.Services {
		check("service", s.Name, s.LabelRange)
		for _, vol := range s.Volumes {
			if vol.Bind {
				v.errorf(vol.DefRange, "Bind mount on Kubernetes", "volume %q is a host path; pods do not see the host running `lbgen render`. Use a named volume (a PersistentVolumeClaim) or bake the files into the image.", vol.Source)
			} else if c := ClaimName(vol.Source); len(c) > 63 || !dns1035.MatchString(c) {
				v.errorf(vol.DefRange, "Invalid name for Kubernetes", "volume %q becomes the PersistentVolumeClaim %q, which must be lowercase letters, digits and '-', starting with a letter, at most 63 characters.", vol.Source, c)
			}
		}
		if len(s.Publish) > 0 {
			v.errorf(s.Publish[0].DefRange, "Host port on Kubernetes", "service %q publishes a host port; on Kubernetes, put it behind a balancer, whose Service is exposed (kubernetes { service_type }).", s.Name)
		}
	}
	for _, b := range v.topo.Balancers {
		check("balancer", b.Name, b.LabelRange)
		if strings.HasPrefix(b.ResolverAddr, dockerDNS+":") {
			v.errorf(b.ResolverRange, "Docker's DNS on Kubernetes", "resolver %q is Docker's embedded DNS, which does not exist in a pod; leave resolver out to use the cluster DNS from the pod's /etc/resolv.conf.", b.Resolver)
		}
	}
}

// dockerDNS is the address of Docker's embedded DNS server, which a
// Compose spec may name as a balancer's resolver.
const dockerDNS = "127.0.0.11"

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
