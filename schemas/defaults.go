package schemas

import "time"

// MonitoringNetwork joins the monitoring services with what they scrape;
// a spec may declare it to set its options.
const MonitoringNetwork = "monitoring"

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
	DefaultGrafanaSecretEnv = "GRAFANA_ADMIN_PASSWORD"

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
