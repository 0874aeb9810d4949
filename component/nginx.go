package component

import "fmt"

// nginx releases that change what lbgen can render.
var (
	// NginxUpstreamResolve is the first open-source nginx whose upstream
	// servers take the resolve parameter, re-resolving names at run time.
	NginxUpstreamResolve = Version{1, 27, 3}
	// MinNginx has random two least_conn (1.15.1) and -e (1.19.5), and is
	// the oldest release lbgen renders for.
	MinNginx = Version{1, 20, 0}
	// DefaultNginxVersion is the current stable release.
	DefaultNginxVersion = Version{1, 30, 0}
)

// Where the official nginx image reads its configuration: nginx.conf, which
// includes every conf.d/*.conf inside its http block.
const (
	NginxConfigDir = "/etc/nginx"
	// NginxSiteConfig is the stock server config lbgen's config replaces.
	NginxSiteConfig = NginxConfigDir + "/conf.d/default.conf"
	// NginxMainConfig is the image's main config, which a TCP balancer's
	// config replaces: stream {} must be at the top level, and the image
	// includes conf.d inside http {}.
	NginxMainConfig = NginxConfigDir + "/nginx.conf"
)

// NginxImage is the official image of an nginx release.
func NginxImage(v Version) string { return fmt.Sprintf("nginx:%s-alpine", v) }

// The nginx Prometheus exporter reads stub_status, which is not in
// Prometheus's format, and serves it as metrics.
const (
	NginxExporterImage = "nginx/nginx-prometheus-exporter:1.4.2"
	NginxExporterPort  = 9113
)

// NginxExporterService is the service of a balancer's exporter.
func NginxExporterService(balancer string) string { return balancer + "-exporter" }
