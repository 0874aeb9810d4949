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
	// Prometheus says who runs Prometheus: lbgen ("deployment", a
	// Deployment with its config and RBAC) or a Prometheus Operator the
	// cluster already has ("operator": ServiceMonitor and PrometheusRule
	// objects for it to pick up).
	Prometheus string `hcl:"prometheus,optional"`
	// MonitorLabels are extra labels on the ServiceMonitors and
	// PrometheusRules, for the Prometheus resource's selectors (such as
	// kube-prometheus-stack's release label).
	MonitorLabels map[string]string `hcl:"monitor_labels,optional"`

	DefRange            hcl.Range `hcl:",def_range"`
	NamespaceRange      hcl.Range `hcl:"namespace,attr_value_range"`
	ClusterDomainRange  hcl.Range `hcl:"cluster_domain,attr_value_range"`
	ServiceTypeRange    hcl.Range `hcl:"service_type,attr_value_range"`
	CPUUtilizationRange hcl.Range `hcl:"cpu_utilization,attr_value_range"`
	PrometheusRange     hcl.Range `hcl:"prometheus,attr_value_range"`
	MonitorLabelsRange  hcl.Range `hcl:"monitor_labels,attr_value_range"`

	// CPUTarget is CPUUtilization with its default applied.
	CPUTarget int
}

// Kubernetes defaults.
const (
	DefaultNamespace      = "default"
	DefaultClusterDomain  = "cluster.local"
	DefaultServiceType    = "LoadBalancer"
	DefaultCPUUtilization = 70
	// PrometheusDeployment and PrometheusOperator are the values of
	// kubernetes { prometheus }.
	PrometheusDeployment = "deployment"
	PrometheusOperator   = "operator"
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
	prometheuses = []string{PrometheusDeployment, PrometheusOperator}
	// labelValue is a Kubernetes label value (empty is allowed); labelKey
	// a label name with an optional DNS-subdomain prefix.
	labelValue = regexp.MustCompile(`^([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?$`)
	labelName  = regexp.MustCompile(`^[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$`)
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
	if k.Prometheus == "" {
		k.Prometheus = PrometheusDeployment
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
	if !slices.Contains(prometheuses, k.Prometheus) {
		v.errorf(k.PrometheusRange, "Invalid prometheus", "prometheus must be one of %q, not %q.", prometheuses, k.Prometheus)
	}
	for _, key := range sortedKeys(k.MonitorLabels) {
		if !validLabelKey(key) || !labelValue.MatchString(k.MonitorLabels[key]) {
			v.errorf(k.MonitorLabelsRange, "Invalid label", "monitor_labels %q = %q is not a Kubernetes label: names and values are at most 63 letters, digits, '-', '_' and '.', starting and ending with a letter or digit; a name may have a DNS prefix and '/'.", key, k.MonitorLabels[key])
		}
	}
}

// Operator reports whether a Prometheus Operator runs Prometheus.
func (k *Kubernetes) Operator() bool { return k.Prometheus == PrometheusOperator }

// validLabelKey reports whether key is a Kubernetes label key: a name,
// optionally after a DNS subdomain prefix and '/'.
func validLabelKey(key string) bool {
	prefix, name, ok := strings.Cut(key, "/")
	if !ok {
		return labelName.MatchString(key)
	}
	return len(prefix) <= 253 && dnsSubdomain.MatchString(prefix) && labelName.MatchString(name)
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

// IsDNSSubdomain reports whether name is a DNS subdomain, the form of
// most Kubernetes object names (Secrets, ConfigMaps).
func IsDNSSubdomain(name string) bool { return dnsSubdomain.MatchString(name) }

// IsDNSLabel reports whether name is a Kubernetes Service name: a DNS
// label that starts with a letter.
func IsDNSLabel(name string) bool { return dns1035.MatchString(name) }
