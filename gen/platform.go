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
	// container with the address of every replica of a service.
	Resolver string
	// ReplicaHost is the DNS name that resolves to every replica of a
	// service (on Compose, the service's name).
	ReplicaHost func(service string) string
	// Discovery is how Prometheus finds every replica of a scaled service:
	// a scrape config key (such as dns_sd_configs) and its value.
	Discovery func(service string, port int, refresh time.Duration) (key string, value any)
	// ServiceLabel and ProjectLabel are the labels cAdvisor's container
	// metrics carry naming a container's service and its stack;
	// ServiceLabelValue is the service label's value for a service.
	ServiceLabel, ProjectLabel string
	ServiceLabelValue          func(project, service string) string
	// ReplicaName is a replica's container name as cAdvisor reports it,
	// for rule tests.
	ReplicaName func(project, service string, n int) string
	// PerNode is true when the platform runs per-node agents (see
	// component.PerNode) on every node of several, so each is a target.
	PerNode bool
	// PrivateRanges are the networks containers talk over, from which
	// stats pages are served.
	PrivateRanges []string
	// Check reports what the spec asks that the platform cannot do, at
	// the spec's positions; nil when it can do everything a valid spec
	// says.
	Check func(*schemas.Topology) hcl.Diagnostics
	// Stack renders the platform's own description of the stack (such as
	// docker-compose.yml). It runs after the other targets and finds
	// their files in Context.Rendered.
	Stack Target
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
