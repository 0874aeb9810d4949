package component

// Prometheus, as the official image runs it.
const (
	PrometheusImage   = "prom/prometheus:v3.5.0"
	PrometheusService = "prometheus"
	PrometheusPort    = 9090
	// PrometheusConfigDir holds prometheus.yml; rule_files paths in it are
	// relative to this directory.
	PrometheusConfigDir = "/etc/prometheus"
	PrometheusDataDir   = "/prometheus"
)

// Grafana, as the official image runs it.
const (
	GrafanaImage           = "grafana/grafana:12.1.1"
	GrafanaService         = "grafana"
	GrafanaPort            = 3000
	GrafanaProvisioningDir = "/etc/grafana/provisioning"
	GrafanaDataDir         = "/var/lib/grafana"
)

// Alertmanager, as the official image runs it: it reads
// alertmanager.yml from its config directory.
const (
	AlertmanagerImage     = "prom/alertmanager:v0.28.1"
	AlertmanagerService   = "alertmanager"
	AlertmanagerPort      = 9093
	AlertmanagerConfigDir = "/etc/alertmanager"
)

// cAdvisor exports per-container CPU and memory metrics: one agent per
// node (see PerNode).
const (
	CAdvisorImage   = "gcr.io/cadvisor/cadvisor:v0.52.1"
	CAdvisorService = "cadvisor"
	CAdvisorPort    = 8080
)

// ArtilleryImage runs load tests.
const ArtilleryImage = "artilleryio/artillery:2.0.23"

// PerNode reports whether a service lbgen adds watches the node it runs on,
// so a platform with several nodes runs it once on each (Swarm's mode:
// global) and Prometheus scrapes each of them.
func PerNode(service string) bool { return service == CAdvisorService }
