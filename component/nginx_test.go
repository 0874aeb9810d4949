package component

import "testing"

func TestNginxImageVersion(t *testing.T) {
	for image, want := range map[string]string{
		"nginx:1.27.3-alpine":                         "1.27.3",
		"nginx:1.27-alpine":                           "1.27", // the oldest release the tag named
		"nginx:1.25.5":                                "1.25.5",
		"nginx":                                       DefaultNginxVersion.String(),
		"nginx:alpine":                                DefaultNginxVersion.String(),
		"nginx:stable-alpine-slim":                    DefaultNginxVersion.String(),
		"docker.io/library/nginx:mainline":            DefaultNginxVersion.String(),
		"nginxinc/nginx-unprivileged:1.29.1-alpine":   "1.29.1",
		"registry.local:5000/nginx:1.28.1@sha256:abc": "1.28.1",
		"nginx@sha256:abc":                            "",
		"openresty/openresty:1.27.1.2-alpine":         "",
		"nginx:${NGINX_TAG:-1.30}":                    "",
		"haproxy:3.2":                                 "",
	} {
		v, ok := NginxImageVersion(image)
		got := ""
		if ok {
			got = v.String()
		}
		if got != want {
			t.Errorf("NginxImageVersion(%q) = %q, %v; want %q", image, got, ok, want)
		}
	}
}

// Certificates and keys mounted beside the nginx config are TLS
// material, not configuration to parse.
func TestConfigAtSkipsTLSMaterial(t *testing.T) {
	for target, want := range map[string]string{
		"/etc/nginx/certs/site.crt":      "",
		"/etc/nginx/ssl/site.key":        "",
		"/etc/nginx/certs/chain.pem":     "",
		"/etc/nginx/conf.d/default.conf": ConfigNginx,
		"/etc/nginx/mime.types":          "",
	} {
		if got := ConfigAt(target); got != want {
			t.Errorf("ConfigAt(%s) = %q, want %q", target, got, want)
		}
	}
}
