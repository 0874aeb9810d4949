package component

import (
	"path"
	"strings"
)

// Where nginx and OpenResty images keep their configuration.
const (
	// OpenRestyConfigDir is nginx's prefix in the openresty images.
	OpenRestyConfigDir = "/usr/local/openresty/nginx/conf"
	// NginxTemplateDir holds envsubst templates that the official image's
	// entrypoint renders, at start-up, into NginxTemplateOutputDir: a file
	// templates/NAME.template becomes conf.d/NAME.
	NginxTemplateDir       = NginxConfigDir + "/templates"
	NginxTemplateSuffix    = ".template"
	NginxTemplateOutputDir = NginxConfigDir + "/conf.d"
	// HAProxyConfigDir holds haproxy.cfg in the official image.
	HAProxyConfigDir = "/usr/local/etc/haproxy"
)

// shipped are the files each official image has at its config paths
// before anything is mounted: an include of one is not missing, and lint
// never reads them from anywhere.
var shipped = map[string][]string{
	ConfigNginx: {
		NginxConfigDir + "/nginx.conf", NginxConfigDir + "/mime.types", NginxConfigDir + "/fastcgi_params",
		NginxConfigDir + "/fastcgi.conf", NginxConfigDir + "/scgi_params", NginxConfigDir + "/uwsgi_params",
		NginxConfigDir + "/koi-utf", NginxConfigDir + "/koi-win", NginxConfigDir + "/win-utf",
		NginxSiteConfig,
		OpenRestyConfigDir + "/nginx.conf", OpenRestyConfigDir + "/mime.types", OpenRestyConfigDir + "/fastcgi_params",
		OpenRestyConfigDir + "/fastcgi.conf", OpenRestyConfigDir + "/scgi_params", OpenRestyConfigDir + "/uwsgi_params",
		OpenRestyConfigDir + "/koi-utf", OpenRestyConfigDir + "/koi-win", OpenRestyConfigDir + "/win-utf",
	},
	ConfigHAProxy: {
		HAProxyConfig, "/usr/local/etc/haproxy/errors/400.http", "/usr/local/etc/haproxy/errors/403.http",
		"/usr/local/etc/haproxy/errors/408.http", "/usr/local/etc/haproxy/errors/500.http",
		"/usr/local/etc/haproxy/errors/502.http", "/usr/local/etc/haproxy/errors/503.http",
		"/usr/local/etc/haproxy/errors/504.http",
	},
	ConfigPrometheus: {
		PrometheusConfigDir + "/prometheus.yml",
	},
}

// nginxDataNames are the files nginx ships that hold data (MIME types,
// charset maps, CGI parameters), not configuration to lint on their own.
var nginxDataNames = map[string]bool{
	"mime.types": true, "fastcgi_params": true, "fastcgi.conf": true, "scgi_params": true,
	"uwsgi_params": true, "koi-utf": true, "koi-win": true, "win-utf": true,
}

// Shipped reports whether the official image of a component has a file at
// a path inside the container.
func Shipped(component, file string) bool {
	file = path.Clean(file)
	for _, f := range shipped[component] {
		if f == file {
			return true
		}
	}
	return false
}

// ShippedMatching returns the component's shipped files that a glob
// pattern (as nginx's include takes) matches.
func ShippedMatching(component, pattern string) []string {
	var out []string
	for _, f := range shipped[component] {
		if ok, _ := path.Match(pattern, f); ok {
			out = append(out, f)
		}
	}
	return out
}

// NginxDataFile reports whether a path names one of nginx's data files
// (mime.types, fastcgi_params, ...), whichever directory it is in, or
// TLS material (certificates, keys, DH parameters) kept beside the
// config, which nginx reads as PEM, never as configuration.
func NginxDataFile(file string) bool {
	return nginxDataNames[path.Base(file)] || tlsMaterial[path.Ext(file)]
}

// tlsMaterial are the extensions of certificate and key files.
var tlsMaterial = map[string]bool{".crt": true, ".key": true, ".pem": true, ".cer": true, ".der": true, ".csr": true, ".p12": true}

// NginxPrefix is the directory nginx resolves relative paths against,
// for a config at the given path inside the container.
func NginxPrefix(file string) string {
	if strings.HasPrefix(file, OpenRestyConfigDir+"/") {
		return OpenRestyConfigDir
	}
	return NginxConfigDir
}

// NginxTemplateOutput is where the official image's entrypoint writes a
// template found at a path inside the container, or "" when the path is
// no template it renders.
func NginxTemplateOutput(file string) string {
	dir, name := path.Split(path.Clean(file))
	if path.Clean(dir) != NginxTemplateDir || !strings.HasSuffix(name, NginxTemplateSuffix) {
		return ""
	}
	return NginxTemplateOutputDir + "/" + strings.TrimSuffix(name, NginxTemplateSuffix)
}
