package component

import "strings"

// IsBalancerImage reports whether an image runs nginx or HAProxy.
func IsBalancerImage(image string) bool {
	name := image[strings.LastIndex(image, "/")+1:]
	name, _, _ = strings.Cut(name, ":")
	return name == "nginx" || name == "haproxy" || name == "nginx-unprivileged"
}

// Kinds of configuration file, by the component that reads them.
const (
	ConfigNginx      = "nginx"
	ConfigHAProxy    = "haproxy"
	ConfigPrometheus = "prometheus"
)

// ConfigAt tells which component reads a file mounted at a path inside a
// container, or "" when none of them does.
func ConfigAt(target string) string {
	switch {
	case strings.HasPrefix(target, NginxConfigDir+"/"):
		return ConfigNginx
	case strings.Contains(target, "haproxy"):
		return ConfigHAProxy
	case strings.HasSuffix(target, "prometheus.yml"):
		return ConfigPrometheus
	}
	return ""
}
