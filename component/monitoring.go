package component

import "strings"

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

// perNodeImages are the repositories (last path element) of agents that
// watch the node they run on: cAdvisor and the Prometheus node exporter.
var perNodeImages = map[string]string{"cadvisor": "cAdvisor", "node-exporter": "node-exporter"}

// PerNodeImage tells whether an image runs an agent that watches its node
// (its name, "cAdvisor" or "node-exporter"), so it belongs on every node.
func PerNodeImage(image string) (string, bool) {
	name := image[strings.LastIndex(image, "/")+1:]
	name, _, _ = strings.Cut(name, ":")
	name, _, _ = strings.Cut(name, "@")
	agent, ok := perNodeImages[name]
	return agent, ok
}
