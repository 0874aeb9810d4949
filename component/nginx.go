package component

import (
	"fmt"
	"strings"
)

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

// nginxReleaseImages are the images whose tags are nginx releases: the
// official image and NGINX's unprivileged build of it. OpenResty, Angie and
// NGINX Plus number their releases their own way.
var nginxReleaseImages = map[string]bool{"nginx": true, "nginx-unprivileged": true}

// NginxImageVersion tells which nginx release an image runs, as far as its
// tag says: "nginx:1.27.3-alpine" is 1.27.3; "nginx:1.27" is taken as
// 1.27.0, the oldest release the tag has named; a tag that names no
// release ("latest", "alpine", "stable", "mainline", or none) is the
// current release. ok is false for other images, for images pinned only
// by digest and for interpolated names.
func NginxImageVersion(image string) (v Version, ok bool) {
	if strings.Contains(image, "$") {
		return Version{}, false // interpolated: the release is not known here
	}
	ref, digest, _ := strings.Cut(image[strings.LastIndex(image, "/")+1:], "@")
	name, tag, _ := strings.Cut(ref, ":")
	if !nginxReleaseImages[name] || (tag == "" && digest != "") {
		return Version{}, false
	}
	release, _, _ := strings.Cut(tag, "-")
	if release == "" || release[0] < '0' || release[0] > '9' {
		return DefaultNginxVersion, true
	}
	v, err := ParseVersion(release)
	return v, err == nil
}
