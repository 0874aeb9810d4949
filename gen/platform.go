package gen

import (
	"time"

	"github.com/hashicorp/hcl/v2"

	"github.com/lbgen/lbgen/schemas"
)

// Platform is what differs between the places a stack runs: Docker Compose
// on one host today, Swarm and Kubernetes next. The balancer and
// monitoring renderers ask it how replicas are found and labelled; they
// never name Docker's DNS or Compose's labels themselves. A platform is one
// package under gen/ that returns its Platform, registered by one line in
// gen/targets.
type Platform struct {
	Name string
	// Resolver is the DNS server, as IP:port, that answers from inside a
	// container with the address of every replica of a service. It is
	// empty when ResolvConf is set.
	Resolver string
	// ResolvConf means the DNS server has no fixed address: containers
	// find it in their /etc/resolv.conf (Kubernetes' cluster DNS), so
	// balancer configs read it from there when they start.
	ResolvConf bool
	// SRV, when set, means a service's replicas are also published as SRV
	// records: SRV(service, port) + "." + ReplicaHost(service) (such as
	// "_http._tcp.app-headless...") names every replica with that port,
	// so balancers need not know the port.
	SRV func(service string, port int) string
	// DNSLabel names the platform's DNS in balancer configs (HAProxy's
	// resolvers section).
	DNSLabel string
	// DNSRefresh, when set, is how long balancers use a DNS answer on this
	// platform unless the spec says (dns_refresh), and DNSRefreshWhy the
	// comment that says why in their configs.
	DNSRefresh    time.Duration
	DNSRefreshWhy []string
	// ReplicaHost is the DNS name that resolves to every replica of a
	// service (on Compose, the service's name).
	ReplicaHost func(service string) string
	// Discovery is how Prometheus finds every replica of a scaled service:
	// a scrape config key (such as dns_sd_configs) and its value.
	Discovery func(service string, port int, refresh time.Duration) (key string, value any)
	// ManyHosts means the stack spans hosts: per-host agents
	// (component.PerNode: cAdvisor) run on each, and Prometheus discovers
	// every instance.
	ManyHosts bool
	// DiscoveryFilter, when set, is the relabelling that keeps only the
	// discovered targets of the service's metrics port (Kubernetes'
	// discovery finds every port of every endpoint).
	DiscoveryFilter func(service string, port int) []Relabel
	// ServiceLabel and ProjectLabel are the labels cAdvisor's container
	// metrics carry naming a container's service and its stack;
	// ServiceLabelValue is the service label's value for a service.
	ServiceLabel, ProjectLabel string
	ServiceLabelValue          func(project, service string) string
	// ProjectValue is the value of ProjectLabel on the stack's containers
	// when it is not the project's name (Kubernetes' namespace).
	ProjectValue string
	// ReplicaName is a replica's container name as cAdvisor reports it,
	// for rule tests.
	ReplicaName func(project, service string, n int) string
	// PrivateRanges are the networks containers talk over, from which
	// stats pages are served.
	PrivateRanges []string
	// Autoscaler means the platform has no autoscaler of its own, so a
	// stack that autoscales runs lbgen's controller (`lbgen autoscale`),
	// whose configuration names the platform.
	Autoscaler bool
	// Check reports what the spec asks that the platform cannot do, at
	// the spec's positions; nil when it can do everything a valid spec
	// says.
	Check func(*schemas.Topology) hcl.Diagnostics
	// Stack renders the platform's own description of the stack (such as
	// docker-compose.yml). It runs after the shared targets and finds
	// their files in Context.Rendered, to deliver configs to containers.
	Stack Target
	// Bind, when set, returns the platform as a spec configures it (such
	// as Kubernetes' namespace and cluster domain, which are part of every
	// replica's DNS name); gen/targets calls it before rendering.
	Bind func(*schemas.Topology) Platform
}

// Relabel is one Prometheus relabelling step.
type Relabel struct {
	SourceLabels []string `yaml:"source_labels,omitempty"`
	Regex        string   `yaml:"regex,omitempty"`
	Action       string   `yaml:"action,omitempty"`
}

// Target is one renderer: the files it writes and the directories it
// writes them into, so render --check can find generated files the spec
// no longer produces.
type Target struct {
	Name string
	// Dirs are the output directories the target owns ("" for files at
	// the top of the output directory).
	Dirs   []string
	Render func(*schemas.Topology, Context) ([]File, error)
}

// BalancerDNSRefresh is how long a balancer uses a DNS answer on the
// platform when the spec does not say (dns_refresh): the platform's own
// refresh, or lbgen's default. lint --fix writes the same.
func (p Platform) BalancerDNSRefresh() time.Duration {
	if p.DNSRefresh > 0 {
		return p.DNSRefresh
	}
	return schemas.DefaultDNSRefresh
}
