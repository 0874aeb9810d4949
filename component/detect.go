package component

import (
	"path"
	"strings"
)

// Components lint recognises in a container, by what it runs.
const (
	ConfigNginx      = "nginx"
	ConfigHAProxy    = "haproxy"
	ConfigPrometheus = "prometheus"
	// ConfigPrometheusRules is a Prometheus rule file.
	ConfigPrometheusRules = "prometheus-rules"
)

// imageComponents are the repositories (last path element of an image
// name) of the images that run each component. OpenResty is nginx.
var imageComponents = map[string]string{
	"nginx": ConfigNginx, "nginx-unprivileged": ConfigNginx, "openresty": ConfigNginx,
	"nginx-plus": ConfigNginx, "angie": ConfigNginx,
	"haproxy": ConfigHAProxy, "haproxy-ubuntu": ConfigHAProxy,
	"prometheus": ConfigPrometheus,
}

// ImageComponent tells which component an image runs ("nginx",
// "haproxy", "prometheus"), or "" for other images.
func ImageComponent(image string) string {
	name := image[strings.LastIndex(image, "/")+1:]
	name, _, _ = strings.Cut(name, ":")
	name, _, _ = strings.Cut(name, "@")
	return imageComponents[name]
}

// IsBalancerImage reports whether an image runs nginx or HAProxy.
func IsBalancerImage(image string) bool {
	c := ImageComponent(image)
	return c == ConfigNginx || c == ConfigHAProxy
}

// haproxyConfigDirs are where HAProxy images read haproxy.cfg: the
// official image and the Debian/Ubuntu packages.
var haproxyConfigDirs = []string{HAProxyConfigDir, "/etc/haproxy"}

// ConfigAt tells which component reads a file at a path inside a
// container, or "" when none of them does. Only the files the component
// parses as its configuration count: an HAProxy SPOE file, Lua script or
// error page under /usr/local/etc/haproxy is not haproxy.cfg, and an nginx
// template is nginx with placeholders (see NginxTemplate).
func ConfigAt(target string) string {
	target = path.Clean(target)
	switch {
	case strings.HasPrefix(target, NginxConfigDir+"/") || strings.HasPrefix(target, OpenRestyConfigDir+"/"):
		if NginxDataFile(target) {
			return ""
		}
		return ConfigNginx
	case target == PrometheusConfigDir+"/prometheus.yml" || strings.HasSuffix(target, "/prometheus.yml"):
		return ConfigPrometheus
	}
	for _, dir := range haproxyConfigDirs {
		if strings.HasPrefix(target, dir+"/") && strings.HasSuffix(target, ".cfg") {
			return ConfigHAProxy
		}
	}
	return ""
}

// IsMainConfig reports whether a path is where a component reads its
// whole configuration, so the listeners in it (and what it includes) are
// all there are.
func IsMainConfig(target string) bool {
	switch path.Clean(target) {
	case NginxConfigDir + "/nginx.conf", OpenRestyConfigDir + "/nginx.conf", HAProxyConfig, "/etc/haproxy/haproxy.cfg":
		return true
	}
	return false
}

// ConfigDirAt tells which component reads its configuration from a
// directory mounted whole at a path inside a container, or "".
func ConfigDirAt(dir string) string {
	switch path.Clean(dir) {
	case NginxConfigDir, OpenRestyConfigDir, NginxConfigDir + "/conf.d", NginxTemplateDir:
		return ConfigNginx
	case HAProxyConfigDir, "/etc/haproxy":
		return ConfigHAProxy
	case PrometheusConfigDir:
		return ConfigPrometheus
	}
	return ""
}
