package schemas

import (
	"fmt"
	"strings"
	"time"

	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"

	"github.com/lbgen/lbgen/component"
)

// The types below are both the shape gohcl decodes a spec into and the
// evaluated model every renderer reads. Fields with an `hcl` tag come from the
// spec; untagged fields are derived while the spec is validated (parsed
// durations, sizes, defaults) so renderers never re-parse user text.

// Topology is one evaluated, validated lbgen spec.
type Topology struct {
	Project   string      `hcl:"project"`
	Networks  []*Network  `hcl:"network,block"`
	Services  []*Service  `hcl:"service,block"`
	Balancers []*Balancer `hcl:"balancer,block"`
	// Monitoring is nil when the spec has no monitoring block.
	Monitoring *Monitoring `hcl:"monitoring,block"`
	LoadTests  []*LoadTest `hcl:"loadtest,block"`
	// Platform is where the stack runs ("" for the default, Docker
	// Compose; gen/targets lists them); `lbgen render --platform`
	// overrides it. Kubernetes holds that platform's settings.
	Platform   string      `hcl:"platform,optional"`
	Kubernetes *Kubernetes `hcl:"kubernetes,block"`
	// Autoscaler is the controller that scales services with an
	// autoscale block (defaults applied when the spec has none).
	Autoscaler *Autoscaler `hcl:"autoscaler,block"`

	ProjectRange  hcl.Range `hcl:"project,attr_value_range"`
	PlatformRange hcl.Range `hcl:"platform,attr_value_range"`

	// SpecFile is the spec's path as the user named it; renderers put its
	// base name in the generated-file header.
	SpecFile string
}

// Network is a user-declared compose network.
type Network struct {
	Name     string    `hcl:"name,label"`
	Internal bool      `hcl:"internal,optional"`
	DefRange hcl.Range `hcl:",def_range"`
}

// Service is one application service, possibly scaled to several replicas.
type Service struct {
	Name        string            `hcl:"name,label"`
	Image       string            `hcl:"image,optional"`
	Build       string            `hcl:"build,optional"`
	Dockerfile  string            `hcl:"dockerfile,optional"`
	Port        int               `hcl:"port,optional"`
	ExtraPorts  []int             `hcl:"extra_ports,optional"`
	Replicas    *int              `hcl:"replicas,optional"`
	MaxReplicas *int              `hcl:"max_replicas,optional"`
	Command     []string          `hcl:"command,optional"`
	Entrypoint  []string          `hcl:"entrypoint,optional"`
	Env         map[string]string `hcl:"env,optional"`
	EnvFiles    []string          `hcl:"env_file,optional"`
	Networks    []string          `hcl:"networks,optional"`
	DependsOn   []string          `hcl:"depends_on,optional"`
	Labels      map[string]string `hcl:"labels,optional"`
	Restart     string            `hcl:"restart,optional"`
	Volumes     []*Volume         `hcl:"volume,block"`
	Publish     []*Publish        `hcl:"publish,block"`
	Resources   *Resources        `hcl:"resources,block"`
	Health      *Health           `hcl:"health,block"`
	Metrics     *Metrics          `hcl:"metrics,block"`
	Autoscale   *Autoscale        `hcl:"autoscale,block"`
	Placement   *Placement        `hcl:"placement,block"`

	// Compose options passed through to the service.
	Profiles       []string       `hcl:"profiles,optional"`
	User           string         `hcl:"user,optional"`
	CapAdd         []string       `hcl:"cap_add,optional"`
	CapDrop        []string       `hcl:"cap_drop,optional"`
	ReadOnly       bool           `hcl:"read_only,optional"`
	Tmpfs          []string       `hcl:"tmpfs,optional"`
	StopGraceRaw   string         `hcl:"stop_grace_period,optional"`
	Ulimits        map[string]int `hcl:"ulimits,optional"`
	Logging        *Logging       `hcl:"logging,block"`
	ProfilesRange  hcl.Range      `hcl:"profiles,attr_value_range"`
	CapAddRange    hcl.Range      `hcl:"cap_add,attr_value_range"`
	CapDropRange   hcl.Range      `hcl:"cap_drop,attr_value_range"`
	TmpfsRange     hcl.Range      `hcl:"tmpfs,attr_value_range"`
	StopGraceRange hcl.Range      `hcl:"stop_grace_period,attr_value_range"`
	UlimitsRange   hcl.Range      `hcl:"ulimits,attr_value_range"`
	// StopGrace is stop_grace_period parsed; 0 for Docker's default.
	StopGrace time.Duration

	DefRange         hcl.Range `hcl:",def_range"`
	LabelRange       hcl.Range `hcl:"name,label_range"`
	ImageRange       hcl.Range `hcl:"image,attr_value_range"`
	PortRange        hcl.Range `hcl:"port,attr_value_range"`
	ExtraPortsRange  hcl.Range `hcl:"extra_ports,attr_value_range"`
	ReplicasRange    hcl.Range `hcl:"replicas,attr_value_range"`
	MaxReplicasRange hcl.Range `hcl:"max_replicas,attr_value_range"`
	NetworksRange    hcl.Range `hcl:"networks,attr_value_range"`
	DependsOnRange   hcl.Range `hcl:"depends_on,attr_value_range"`
	RestartRange     hcl.Range `hcl:"restart,attr_value_range"`
	EnvRange         hcl.Range `hcl:"env,attr_value_range"`

	// ReplicaCount and MaxReplicaCount are Replicas and MaxReplicas with
	// their defaults applied.
	ReplicaCount    int
	MaxReplicaCount int
}

// Scaled reports whether the service may run more than one container, now or
// after `docker compose up --scale`, which is when fixed host ports and
// container names break.
func (s *Service) Scaled() bool { return s.MaxReplicaCount > 1 }

// Placement is where a multi-node platform runs a workload's replicas:
// Swarm's deploy.placement, Kubernetes' node selection and spread. One
// host (Compose) has nowhere to place them, so it is not rendered there.
type Placement struct {
	Constraints []string  `hcl:"constraints,optional"`
	Spread      []string  `hcl:"spread,optional"`
	MaxPerNode  *int      `hcl:"max_replicas_per_node,optional"`
	DefRange    hcl.Range `hcl:",def_range"`

	ConstraintsRange hcl.Range `hcl:"constraints,attr_value_range"`
	SpreadRange      hcl.Range `hcl:"spread,attr_value_range"`
	MaxPerNodeRange  hcl.Range `hcl:"max_replicas_per_node,attr_value_range"`

	// Rules are Constraints parsed, in the same order.
	Rules []Constraint
	// constraintAt is where each constraint is written, when the list is
	// written literally.
	constraintAt []hcl.Range
}

// Constraint is one placement constraint: a node attribute compared with
// a value, as Swarm writes it ("node.labels.zone == a").
type Constraint struct {
	// Key is the attribute: node.id, node.hostname, node.ip, node.role,
	// node.platform.os, node.platform.arch, node.labels.NAME or
	// engine.labels.NAME.
	Key string
	// Equal is true for ==, false for !=.
	Equal bool
	Value string
	// Range is where the constraint is written (the whole list when it
	// comes from a variable).
	Range hcl.Range
}

// NodeLabel returns the node label a constraint compares, if it is one.
func (c Constraint) NodeLabel() (string, bool) {
	return strings.CutPrefix(c.Key, NodeLabelPrefix)
}

// NodeLabelPrefix starts a constraint or spread key on a node label.
const NodeLabelPrefix = "node.labels."

// Logging is the service's Docker log driver and its options.
type Logging struct {
	Driver      string            `hcl:"driver"`
	Options     map[string]string `hcl:"options,optional"`
	DefRange    hcl.Range         `hcl:",def_range"`
	DriverRange hcl.Range         `hcl:"driver,attr_value_range"`
}

// Volume mounts a named volume or, when the label is a path, a bind mount.
type Volume struct {
	Source   string    `hcl:"source,label"`
	Target   string    `hcl:"target"`
	ReadOnly bool      `hcl:"read_only,optional"`
	DefRange hcl.Range `hcl:",def_range"`
	// Bind is true when Source is a host path rather than a volume name.
	Bind bool
}

// Publish maps a host port to a container port of a single-replica service.
type Publish struct {
	HostPort      int       `hcl:"host_port"`
	ContainerPort int       `hcl:"container_port,optional"`
	HostIP        string    `hcl:"host_ip,optional"`
	DefRange      hcl.Range `hcl:",def_range"`
	HostPortRange hcl.Range `hcl:"host_port,attr_value_range"`
	PortRange     hcl.Range `hcl:"container_port,attr_value_range"`
	HostIPRange   hcl.Range `hcl:"host_ip,attr_value_range"`
}

// Resources are the service's CPU and memory limits and reservations.
type Resources struct {
	CPUs           string    `hcl:"cpus,optional"`
	Memory         string    `hcl:"memory,optional"`
	ReservedCPUs   string    `hcl:"reserved_cpus,optional"`
	ReservedMemory string    `hcl:"reserved_memory,optional"`
	DefRange       hcl.Range `hcl:",def_range"`

	CPUsRange           hcl.Range `hcl:"cpus,attr_value_range"`
	MemoryRange         hcl.Range `hcl:"memory,attr_value_range"`
	ReservedCPUsRange   hcl.Range `hcl:"reserved_cpus,attr_value_range"`
	ReservedMemoryRange hcl.Range `hcl:"reserved_memory,attr_value_range"`

	// Parsed values; zero means unset.
	CPULimit          float64
	MemoryLimit       int64
	CPUReservation    float64
	MemoryReservation int64
}

// Health is a container health check: an HTTP path probed inside the
// container, or a command.
type Health struct {
	HTTP        string   `hcl:"http,optional"`
	HTTPTool    string   `hcl:"http_tool,optional"`
	Command     []string `hcl:"command,optional"`
	IntervalRaw string   `hcl:"interval,optional"`
	TimeoutRaw  string   `hcl:"timeout,optional"`
	Retries     *int     `hcl:"retries,optional"`
	StartRaw    string   `hcl:"start_period,optional"`

	DefRange      hcl.Range `hcl:",def_range"`
	HTTPRange     hcl.Range `hcl:"http,attr_value_range"`
	HTTPToolRange hcl.Range `hcl:"http_tool,attr_value_range"`
	CommandRange  hcl.Range `hcl:"command,attr_value_range"`
	IntervalRange hcl.Range `hcl:"interval,attr_value_range"`
	TimeoutRange  hcl.Range `hcl:"timeout,attr_value_range"`
	RetriesRange  hcl.Range `hcl:"retries,attr_value_range"`
	StartRange    hcl.Range `hcl:"start_period,attr_value_range"`

	Interval    time.Duration
	Timeout     time.Duration
	StartPeriod time.Duration
	RetryCount  int
}

// Metrics says where a service serves Prometheus metrics.
type Metrics struct {
	Path string `hcl:"path,optional"`
	Port int    `hcl:"port,optional"`
	// Histogram is the base name of the app's request-duration histogram
	// (such as http_request_duration_seconds), which latency and error
	// alerts are computed from; StatusLabel is its HTTP status label.
	Histogram   string    `hcl:"histogram,optional"`
	StatusLabel string    `hcl:"status_label,optional"`
	DefRange    hcl.Range `hcl:",def_range"`
	PortRange   hcl.Range `hcl:"port,attr_value_range"`
	PathRange   hcl.Range `hcl:"path,attr_value_range"`

	HistogramRange   hcl.Range `hcl:"histogram,attr_value_range"`
	StatusLabelRange hcl.Range `hcl:"status_label,attr_value_range"`
}

// Balancer is a load balancer in front of one or more services.
type Balancer struct {
	Name       string    `hcl:"name,label"`
	Engine     string    `hcl:"engine"`
	Image      string    `hcl:"image,optional"`
	Listen     int       `hcl:"listen,optional"`
	Internal   bool      `hcl:"internal,optional"`
	Mode       string    `hcl:"mode,optional"`
	ListenIP   string    `hcl:"listen_ip,optional"`
	Algorithm  string    `hcl:"algorithm,optional"`
	HealthPath string    `hcl:"health_path,optional"`
	Version    string    `hcl:"version,optional"`
	Resolver   string    `hcl:"resolver,optional"`
	DNSRaw     string    `hcl:"dns_refresh,optional"`
	Keepalive  *int      `hcl:"keepalive,optional"`
	IdleRaw    string    `hcl:"keepalive_timeout,optional"`
	Trusted    []string  `hcl:"trusted_proxies,optional"`
	MaxFails   *int      `hcl:"max_fails,optional"`
	FailRaw    string    `hcl:"fail_timeout,optional"`
	Retries    *int      `hcl:"retries,optional"`
	RetryPOST  bool      `hcl:"retry_non_idempotent,optional"`
	MaxBody    string    `hcl:"max_body_size,optional"`
	Buffering  *bool     `hcl:"buffering,optional"`
	Timeouts   *Timeouts `hcl:"timeouts,block"`
	Routes     []*Route  `hcl:"route,block"`
	Sticky     *Sticky   `hcl:"sticky,block"`
	Stats      *Stats    `hcl:"stats,block"`
	TLS        *TLS      `hcl:"tls,block"`
	Gzip       bool      `hcl:"gzip,optional"`
	// PreserveClientIP publishes the traffic ports so the balancer sees
	// the client's own address (Swarm's host mode, Kubernetes'
	// externalTrafficPolicy Local) instead of a node's.
	PreserveClientIP bool       `hcl:"preserve_client_ip,optional"`
	Placement        *Placement `hcl:"placement,block"`
	// Extra and BackendExtra are raw engine directives, the escape hatch
	// for what the spec cannot say (see the spec documentation).
	Extra        []string  `hcl:"extra,optional"`
	BackendExtra []string  `hcl:"backend_extra,optional"`
	DefRange     hcl.Range `hcl:",def_range"`
	LabelRange   hcl.Range `hcl:"name,label_range"`

	EngineRange       hcl.Range `hcl:"engine,attr_value_range"`
	ListenRange       hcl.Range `hcl:"listen,attr_value_range"`
	ModeRange         hcl.Range `hcl:"mode,attr_value_range"`
	ListenIPRange     hcl.Range `hcl:"listen_ip,attr_value_range"`
	AlgorithmRange    hcl.Range `hcl:"algorithm,attr_value_range"`
	HealthPathRange   hcl.Range `hcl:"health_path,attr_value_range"`
	VersionRange      hcl.Range `hcl:"version,attr_value_range"`
	ResolverRange     hcl.Range `hcl:"resolver,attr_value_range"`
	DNSRange          hcl.Range `hcl:"dns_refresh,attr_value_range"`
	KeepaliveRange    hcl.Range `hcl:"keepalive,attr_value_range"`
	IdleRange         hcl.Range `hcl:"keepalive_timeout,attr_value_range"`
	TrustedRange      hcl.Range `hcl:"trusted_proxies,attr_value_range"`
	MaxFailsRange     hcl.Range `hcl:"max_fails,attr_value_range"`
	FailRange         hcl.Range `hcl:"fail_timeout,attr_value_range"`
	RetriesRange      hcl.Range `hcl:"retries,attr_value_range"`
	RetryPOSTRange    hcl.Range `hcl:"retry_non_idempotent,attr_value_range"`
	MaxBodyRange      hcl.Range `hcl:"max_body_size,attr_value_range"`
	BufferingRange    hcl.Range `hcl:"buffering,attr_value_range"`
	GzipRange         hcl.Range `hcl:"gzip,attr_value_range"`
	PreserveIPRange   hcl.Range `hcl:"preserve_client_ip,attr_value_range"`
	ExtraRange        hcl.Range `hcl:"extra,attr_value_range"`
	BackendExtraRange hcl.Range `hcl:"backend_extra,attr_value_range"`

	// StreamPort is where a TCP balancer takes connections in its
	// container: its service's port.
	StreamPort int
	// EngineVersion is Version parsed, or the engine's default.
	EngineVersion component.Version
	// ResolverAddr is the DNS server the spec names, as IP:port; "" for
	// the platform's own.
	ResolverAddr string
	// DNSRefresh is how long a DNS answer is used before the balancer asks
	// again: the most it takes for a scaled-out replica to get traffic.
	DNSRefresh time.Duration
	// Defaults applied; see the spec documentation.
	KeepaliveConns int
	MaxFailCount   int
	FailTimeout    time.Duration
	RetryCount     int
	MaxBodyBytes   int64
	Buffered       bool

	// KeepaliveIdle is how long an idle upstream connection is kept: below
	// the app's own idle timeout, so the balancer never reuses a
	// connection the app is closing.
	KeepaliveIdle time.Duration
	// TrustedProxies are the networks (CIDR) whose X-Forwarded-Proto the
	// balancer passes on: a TLS proxy in front of it.
	TrustedProxies []string
}

// TLS terminates HTTPS at the balancer. The certificate and key come from
// files or Docker secrets by reference; the spec never holds key material.
type TLS struct {
	Listen            int    `hcl:"listen,optional"`
	Certificate       string `hcl:"certificate,optional"`
	Key               string `hcl:"key,optional"`
	CertificateSecret string `hcl:"certificate_secret,optional"`
	KeySecret         string `hcl:"key_secret,optional"`
	Redirect          *bool  `hcl:"redirect,optional"`
	HTTP2             *bool  `hcl:"http2,optional"`
	HSTSRaw           string `hcl:"hsts,optional"`
	HSTSSubdomains    bool   `hcl:"hsts_include_subdomains,optional"`

	DefRange               hcl.Range `hcl:",def_range"`
	ListenRange            hcl.Range `hcl:"listen,attr_value_range"`
	CertificateRange       hcl.Range `hcl:"certificate,attr_value_range"`
	KeyRange               hcl.Range `hcl:"key,attr_value_range"`
	CertificateSecretRange hcl.Range `hcl:"certificate_secret,attr_value_range"`
	KeySecretRange         hcl.Range `hcl:"key_secret,attr_value_range"`
	HSTSRange              hcl.Range `hcl:"hsts,attr_value_range"`

	// RedirectHTTP and HTTP2On are Redirect and HTTP2 with their defaults
	// (both on); HSTS is the Strict-Transport-Security max-age, 0 for none.
	RedirectHTTP bool
	HTTP2On      bool
	HSTS         time.Duration
}

// Balancer modes: HTTP requests, or TCP connections (databases, gRPC
// without HTTP termination).
const (
	ModeHTTP = "http"
	ModeTCP  = "tcp"
)

// TCP reports whether the balancer forwards TCP connections.
func (b *Balancer) TCP() bool { return b.Mode == ModeTCP }

// TrafficPort is the container port the published listen port maps to.
func (b *Balancer) TrafficPort() int {
	if b.TCP() {
		return b.StreamPort
	}
	return b.ContainerPort()
}

// URL is where the other containers of the stack reach the balancer:
// its service name and the port it listens on inside its container, the
// value of balancer.NAME.url in the spec.
func (b *Balancer) URL() string {
	if b.TCP() {
		return fmt.Sprintf("tcp://%s:%d", b.Name, b.StreamPort)
	}
	return fmt.Sprintf("http://%s:%d", b.Name, b.ContainerPort())
}

// ContainerTLSPort is the port the balancer takes HTTPS on inside its
// container; like ContainerPort, above 1024 for HAProxy's non-root image.
func (b *Balancer) ContainerTLSPort() int {
	if b.Engine == EngineHAProxy {
		return 8443
	}
	return 443
}

// Timeouts bound each stage of a proxied request.
type Timeouts struct {
	ConnectRaw string    `hcl:"connect,optional"`
	ServerRaw  string    `hcl:"server,optional"`
	ClientRaw  string    `hcl:"client,optional"`
	DefRange   hcl.Range `hcl:",def_range"`

	ConnectRange hcl.Range `hcl:"connect,attr_value_range"`
	ServerRange  hcl.Range `hcl:"server,attr_value_range"`
	ClientRange  hcl.Range `hcl:"client,attr_value_range"`

	// Connect is how long to wait for a backend to accept a connection,
	// Server for it to answer (and between reads), Client for the client
	// to send its request.
	Connect time.Duration
	Server  time.Duration
	Client  time.Duration
}

// Balancer engines.
const (
	EngineNginx   = "nginx"
	EngineHAProxy = "haproxy"
)

// Route sends requests matching a path prefix (and optionally a host) to
// one service, or to weighted and backup services.
type Route struct {
	Path    string   `hcl:"path,label"`
	Host    string   `hcl:"host,optional"`
	Hosts   []string `hcl:"hosts,optional"`
	Service string   `hcl:"service,optional"`
	// Port is the service's container port the route sends to, with
	// service; backend blocks set their own.
	Port     int        `hcl:"port,optional"`
	Backends []*Backend `hcl:"backend,block"`

	StripPrefix     bool              `hcl:"strip_prefix,optional"`
	RewritePrefix   *string           `hcl:"rewrite_prefix,optional"`
	WebSocket       bool              `hcl:"websocket,optional"`
	TunnelRaw       string            `hcl:"tunnel_timeout,optional"`
	RequestHeaders  map[string]string `hcl:"request_headers,optional"`
	ResponseHeaders map[string]string `hcl:"response_headers,optional"`
	MaxBody         string            `hcl:"max_body_size,optional"`
	RateLimit       *RateLimit        `hcl:"rate_limit,block"`
	Extra           []string          `hcl:"extra,optional"`

	DefRange   hcl.Range `hcl:",def_range"`
	LabelRange hcl.Range `hcl:"path,label_range"`

	ServiceRange   hcl.Range `hcl:"service,attr_value_range"`
	PortRange      hcl.Range `hcl:"port,attr_value_range"`
	HostRange      hcl.Range `hcl:"host,attr_value_range"`
	HostsRange     hcl.Range `hcl:"hosts,attr_value_range"`
	StripRange     hcl.Range `hcl:"strip_prefix,attr_value_range"`
	RewriteRange   hcl.Range `hcl:"rewrite_prefix,attr_value_range"`
	WebSocketRange hcl.Range `hcl:"websocket,attr_value_range"`
	TunnelRange    hcl.Range `hcl:"tunnel_timeout,attr_value_range"`
	ReqHdrRange    hcl.Range `hcl:"request_headers,attr_value_range"`
	RespHdrRange   hcl.Range `hcl:"response_headers,attr_value_range"`
	MaxBodyRange   hcl.Range `hcl:"max_body_size,attr_value_range"`
	ExtraRange     hcl.Range `hcl:"extra,attr_value_range"`

	// ID names the route in rendered configs (rate-limit zones, HAProxy
	// route variables): "route" and its place in the spec, shared by the
	// copies a route with several hosts becomes.
	ID string
	// Rewrites is true when the route strips or rewrites its prefix;
	// NewPrefix is what replaces the path ("" to strip it).
	Rewrites  bool
	NewPrefix string
	// Tunnel is how long an upgraded (WebSocket) connection may idle.
	Tunnel       time.Duration
	MaxBodyBytes int64
}

// RateLimit limits the requests one client address sends to a route.
type RateLimit struct {
	Requests int       `hcl:"requests"`
	Per      string    `hcl:"per,optional"`
	Burst    int       `hcl:"burst,optional"`
	DefRange hcl.Range `hcl:",def_range"`

	RequestsRange hcl.Range `hcl:"requests,attr_value_range"`
	PerRange      hcl.Range `hcl:"per,attr_value_range"`
	BurstRange    hcl.Range `hcl:"burst,attr_value_range"`
}

// Rate-limit periods.
const (
	PerSecond = "second"
	PerMinute = "minute"
)

// Backend is one service behind a route, with its share of the traffic.
type Backend struct {
	Service string `hcl:"service,label"`
	// Port is the container port traffic goes to: one of the service's
	// ports. Validation fills in the service's main port when the spec
	// names none, so renderers always read it here.
	Port       int       `hcl:"port,optional"`
	Weight     *int      `hcl:"weight,optional"`
	Backup     bool      `hcl:"backup,optional"`
	DefRange   hcl.Range `hcl:",def_range"`
	LabelRange hcl.Range `hcl:"service,label_range"`

	PortRange   hcl.Range `hcl:"port,attr_value_range"`
	WeightRange hcl.Range `hcl:"weight,attr_value_range"`
	BackupRange hcl.Range `hcl:"backup,attr_value_range"`
}

// Sticky pins a client to one replica.
type Sticky struct {
	By        string    `hcl:"by"`
	Name      string    `hcl:"name,optional"`
	DefRange  hcl.Range `hcl:",def_range"`
	ByRange   hcl.Range `hcl:"by,attr_value_range"`
	NameRange hcl.Range `hcl:"name,attr_value_range"`
}

// Stats configures the balancer's status endpoint on its own port.
type Stats struct {
	Port        int       `hcl:"port"`
	HostIP      string    `hcl:"host_ip,optional"`
	Admin       bool      `hcl:"admin,optional"`
	DefRange    hcl.Range `hcl:",def_range"`
	PortRange   hcl.Range `hcl:"port,attr_value_range"`
	HostIPRange hcl.Range `hcl:"host_ip,attr_value_range"`
}

// Monitoring configures Prometheus, Grafana, cAdvisor and alerts.
type Monitoring struct {
	ScrapeIntervalRaw string        `hcl:"scrape_interval,optional"`
	ScrapeTimeoutRaw  string        `hcl:"scrape_timeout,optional"`
	Scrape            []string      `hcl:"scrape,optional"`
	Prometheus        *Prometheus   `hcl:"prometheus,block"`
	Grafana           *Grafana      `hcl:"grafana,block"`
	CAdvisor          *CAdvisor     `hcl:"cadvisor,block"`
	Alerts            *Alerts       `hcl:"alerts,block"`
	Alertmanager      *Alertmanager `hcl:"alertmanager,block"`
	DefRange          hcl.Range     `hcl:",def_range"`

	ScrapeIntervalRange hcl.Range `hcl:"scrape_interval,attr_value_range"`
	ScrapeTimeoutRange  hcl.Range `hcl:"scrape_timeout,attr_value_range"`
	ScrapeRange         hcl.Range `hcl:"scrape,attr_value_range"`

	ScrapeInterval time.Duration
	ScrapeTimeout  time.Duration
}

// Prometheus is the metrics server.
type Prometheus struct {
	Image        string    `hcl:"image,optional"`
	Port         int       `hcl:"port,optional"`
	HostIP       string    `hcl:"host_ip,optional"`
	RetentionRaw string    `hcl:"retention,optional"`
	DefRange     hcl.Range `hcl:",def_range"`

	PortRange      hcl.Range `hcl:"port,attr_value_range"`
	HostIPRange    hcl.Range `hcl:"host_ip,attr_value_range"`
	RetentionRange hcl.Range `hcl:"retention,attr_value_range"`

	Retention time.Duration
}

// Grafana is the dashboard server. Its admin password is never written into
// the spec or the output: it comes from the environment variable
// AdminPasswordEnv at `docker compose up` time.
type Grafana struct {
	Image            string    `hcl:"image,optional"`
	Port             int       `hcl:"port,optional"`
	HostIP           string    `hcl:"host_ip,optional"`
	AdminPasswordEnv string    `hcl:"admin_password_env,optional"`
	DefRange         hcl.Range `hcl:",def_range"`

	PortRange   hcl.Range `hcl:"port,attr_value_range"`
	HostIPRange hcl.Range `hcl:"host_ip,attr_value_range"`
}

// Alertmanager receives the alerts Prometheus fires and notifies the
// receivers. Their credentials (webhook URLs, passwords) are secrets, read
// from environment variables at `docker compose up`, never in the spec.
type Alertmanager struct {
	Image     string      `hcl:"image,optional"`
	Port      int         `hcl:"port,optional"`
	HostIP    string      `hcl:"host_ip,optional"`
	Receivers []*Receiver `hcl:"receiver,block"`
	DefRange  hcl.Range   `hcl:",def_range"`

	PortRange   hcl.Range `hcl:"port,attr_value_range"`
	HostIPRange hcl.Range `hcl:"host_ip,attr_value_range"`
}

// Receiver is where Alertmanager sends notifications: one of Slack, a
// webhook or email. The first receiver takes every alert.
type Receiver struct {
	Name       string           `hcl:"name,label"`
	Slack      *SlackReceiver   `hcl:"slack,block"`
	Webhook    *WebhookReceiver `hcl:"webhook,block"`
	Email      *EmailReceiver   `hcl:"email,block"`
	DefRange   hcl.Range        `hcl:",def_range"`
	LabelRange hcl.Range        `hcl:"name,label_range"`
}

// SlackReceiver posts to a Slack incoming webhook, whose URL is a secret.
type SlackReceiver struct {
	Channel  string    `hcl:"channel,optional"`
	URLEnv   string    `hcl:"api_url_env"`
	URLRange hcl.Range `hcl:"api_url_env,attr_value_range"`
	DefRange hcl.Range `hcl:",def_range"`
}

// WebhookReceiver posts alerts as JSON to a URL, which is a secret.
type WebhookReceiver struct {
	URLEnv   string    `hcl:"url_env"`
	URLRange hcl.Range `hcl:"url_env,attr_value_range"`
	DefRange hcl.Range `hcl:",def_range"`
}

// EmailReceiver sends mail through an SMTP server; the password is a secret.
type EmailReceiver struct {
	To             string    `hcl:"to"`
	From           string    `hcl:"from"`
	Smarthost      string    `hcl:"smarthost"`
	Username       string    `hcl:"username,optional"`
	PasswordEnv    string    `hcl:"password_env,optional"`
	PasswordRange  hcl.Range `hcl:"password_env,attr_value_range"`
	SmarthostRange hcl.Range `hcl:"smarthost,attr_value_range"`
	DefRange       hcl.Range `hcl:",def_range"`
}

// AlertSecret is a receiver credential: the compose secret that carries
// it and the environment variable it is read from.
type AlertSecret struct{ Name, Env string }

// Secrets are the receiver's credentials.
func (r *Receiver) Secrets() []AlertSecret {
	var out []AlertSecret
	add := func(kind, env string) {
		if env != "" {
			out = append(out, AlertSecret{Name: "alertmanager_" + r.Name + "_" + kind, Env: env})
		}
	}
	if r.Slack != nil {
		add("slack", r.Slack.URLEnv)
	}
	if r.Webhook != nil {
		add("webhook", r.Webhook.URLEnv)
	}
	if r.Email != nil {
		add("email", r.Email.PasswordEnv)
	}
	return out
}

// CAdvisor exports per-container CPU and memory metrics.
type CAdvisor struct {
	Image    string    `hcl:"image,optional"`
	DefRange hcl.Range `hcl:",def_range"`
}

// Alerts holds the thresholds alert rules are rendered from.
type Alerts struct {
	ErrorRatio    *float64  `hcl:"error_ratio,optional"`
	P95LatencyRaw string    `hcl:"p95_latency,optional"`
	DefRange      hcl.Range `hcl:",def_range"`

	ErrorRatioRange hcl.Range `hcl:"error_ratio,attr_value_range"`
	P95LatencyRange hcl.Range `hcl:"p95_latency,attr_value_range"`

	P95Latency time.Duration
}

// LoadTest is an Artillery load-test profile aimed at one balancer.
type LoadTest struct {
	Name       string         `hcl:"name,label"`
	TargetExpr hcl.Expression `hcl:"target"`
	Image      string         `hcl:"image,optional"`
	Phases     []*Phase       `hcl:"phase,block"`
	Scenarios  []*Scenario    `hcl:"scenario,block"`
	DefRange   hcl.Range      `hcl:",def_range"`
	LabelRange hcl.Range      `hcl:"name,label_range"`

	// Target is the name of the balancer the test sends traffic to.
	Target      string
	TargetRange hcl.Range
}

// Phase is a period of constant arrival rate.
type Phase struct {
	Name        string    `hcl:"name,label"`
	DurationRaw string    `hcl:"duration"`
	ArrivalRate int       `hcl:"arrival_rate"`
	RampTo      *int      `hcl:"ramp_to,optional"`
	DefRange    hcl.Range `hcl:",def_range"`
	RampToRange hcl.Range `hcl:"ramp_to,attr_value_range"`

	DurationRange    hcl.Range `hcl:"duration,attr_value_range"`
	ArrivalRateRange hcl.Range `hcl:"arrival_rate,attr_value_range"`

	Duration time.Duration
}

// Scenario is a weighted sequence of requests a virtual user makes.
type Scenario struct {
	Name     string    `hcl:"name,label"`
	Weight   int       `hcl:"weight,optional"`
	Steps    []*Step   `hcl:"step,block"`
	DefRange hcl.Range `hcl:",def_range"`

	WeightRange hcl.Range `hcl:"weight,attr_value_range"`
}

// Step is one request, followed by an optional think time.
type Step struct {
	Get      string            `hcl:"get,optional"`
	Post     string            `hcl:"post,optional"`
	Put      string            `hcl:"put,optional"`
	Patch    string            `hcl:"patch,optional"`
	Delete   string            `hcl:"delete,optional"`
	JSON     cty.Value         `hcl:"json,optional"`
	Body     string            `hcl:"body,optional"`
	Headers  map[string]string `hcl:"headers,optional"`
	ThinkRaw string            `hcl:"think,optional"`
	DefRange hcl.Range         `hcl:",def_range"`

	GetRange    hcl.Range `hcl:"get,attr_value_range"`
	PostRange   hcl.Range `hcl:"post,attr_value_range"`
	PutRange    hcl.Range `hcl:"put,attr_value_range"`
	PatchRange  hcl.Range `hcl:"patch,attr_value_range"`
	DeleteRange hcl.Range `hcl:"delete,attr_value_range"`
	JSONRange   hcl.Range `hcl:"json,attr_value_range"`
	BodyRange   hcl.Range `hcl:"body,attr_value_range"`
	ThinkRange  hcl.Range `hcl:"think,attr_value_range"`

	Think time.Duration
	// Method and URL are the request the step sends: one of get, post,
	// put, patch and delete.
	Method, URL string
}

// Service returns the service with the given name, or nil.
func (t *Topology) Service(name string) *Service {
	for _, s := range t.Services {
		if s.Name == name {
			return s
		}
	}
	return nil
}

// Balancer returns the balancer with the given name, or nil.
func (t *Topology) Balancer(name string) *Balancer {
	for _, b := range t.Balancers {
		if b.Name == name {
			return b
		}
	}
	return nil
}

// RoutedServices returns the names of the services a balancer sends traffic
// to, in the order the spec first names them.
func (b *Balancer) RoutedServices() []string {
	var names []string
	seen := map[string]bool{}
	for _, r := range b.Routes {
		for _, be := range r.Backends {
			if !seen[be.Service] {
				seen[be.Service] = true
				names = append(names, be.Service)
			}
		}
	}
	return names
}

// HasNginxExporter reports whether lbgen adds an nginx-prometheus-exporter
// for the balancer: nginx's stub_status is not in Prometheus format.
func (t *Topology) HasNginxExporter(b *Balancer) bool {
	return t.Monitoring != nil && t.Monitoring.Prometheus != nil && b.Engine == EngineNginx && b.Stats != nil
}
