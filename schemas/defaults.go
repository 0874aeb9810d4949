package schemas

import "time"

// Images lbgen pins when the spec names none. Pinned minor versions keep a
// rendered stack reproducible; the spec's image attribute overrides each.
const (
	DefaultPrometheusImage = "prom/prometheus:v3.5.0"
	DefaultGrafanaImage    = "grafana/grafana:12.1.1"
	DefaultCAdvisorImage   = "gcr.io/cadvisor/cadvisor:v0.52.1"
	DefaultArtilleryImage  = "artilleryio/artillery:2.0.23"
)

// Names of the compose services lbgen adds for the monitoring block.
const (
	PrometheusServiceName = "prometheus"
	GrafanaServiceName    = "grafana"
	CAdvisorServiceName   = "cadvisor"
	// MonitoringNetwork joins the monitoring services with what they
	// scrape; a spec may declare it to set its options.
	MonitoringNetwork = "monitoring"
)

// DefaultNginxExporterImage reads nginx's stub_status and serves it as
// Prometheus metrics, which stub_status itself is not.
const DefaultNginxExporterImage = "nginx/nginx-prometheus-exporter:1.4.2"

// ExporterServiceName is the compose service of an nginx balancer's
// Prometheus exporter.
func (b *Balancer) ExporterServiceName() string { return b.Name + "-exporter" }

// Defaults applied to settings the spec leaves out.
const (
	DefaultHealthInterval   = 10 * time.Second
	DefaultHealthTimeout    = 3 * time.Second
	DefaultHealthRetries    = 3
	DefaultHealthTool       = "wget"
	DefaultRestart          = "unless-stopped"
	DefaultAlgorithm        = "round_robin"
	DefaultLBHealthPath     = "/lb-health"
	DefaultAdminHostIP      = "127.0.0.1"
	DefaultMetricsPath      = "/metrics"
	DefaultStatusLabel      = "code"
	DefaultScrapeInterval   = 15 * time.Second
	DefaultScrapeTimeout    = 10 * time.Second
	DefaultRetention        = 15 * 24 * time.Hour
	DefaultPrometheusPort   = 9090
	DefaultGrafanaPort      = 3000
	DefaultGrafanaSecretEnv = "GRAFANA_ADMIN_PASSWORD"

	// DockerDNS is Docker's embedded DNS server, which answers with the
	// addresses of every replica of a compose service.
	DockerDNS         = "127.0.0.11"
	DefaultDNSRefresh = 10 * time.Second
	DefaultKeepalive  = 32
	// DefaultKeepaliveIdle is below Node.js's keep-alive timeout of 5s, the
	// most common app server's, so nginx closes an idle upstream connection
	// before the app does (apps that close sooner, such as Gunicorn at 2s,
	// need a lower keepalive_timeout in the spec).
	DefaultKeepaliveIdle  = 4 * time.Second
	DefaultMaxFails       = 3
	DefaultFailTimeout    = 10 * time.Second
	DefaultRetries        = 2
	DefaultConnectTimeout = 5 * time.Second
	DefaultServerTimeout  = 60 * time.Second
	DefaultClientTimeout  = 60 * time.Second
)

// ServiceName is the compose service that runs this load test.
func (l *LoadTest) ServiceName() string { return "loadtest-" + l.Name }
