package lint

import "testing"

// TestDetectKind: a file's kind is what it is, not its extension alone.
func TestDetectKind(t *testing.T) {
	for _, c := range []struct {
		path, src string
		want      Kind
	}{
		{"redis.conf", "# Redis\nbind 0.0.0.0\nport 6379\nappendonly yes\n", ""},
		{"supervisord.conf", "[supervisord]\nnodaemon=true\n", ""},
		{"site.conf", "server {\n    listen 80;\n}\n", KindNginx},
		{"upstreams.conf", "upstream app { server app:3000; }\n", KindNginx},
		{"default.conf.template", "server {\n    listen ${NGINX_PORT};\n}\n", KindNginx},
		{"nginx.conf", "", KindNginx},
		{"spoe-iprep.conf", "[iprep]\nspoe-agent iprep-agent\n    messages check\n", ""},
		{"haproxy-spoe.cfg", "[iprep]\nspoe-agent iprep-agent\n", ""},
		{"haproxy.cfg", "", KindHAProxy},
		{"lb.cfg", "frontend web\n    bind :80\n", KindHAProxy},
		{"consul.hcl", "consul {\n  address = \"consul:8500\"\n}\ntemplate {\n  source = \"a\"\n}\n", ""},
		{"app.hcl", "project = \"shop\"\nservice \"app\" {\n  image = \"app:1\"\n}\n", KindSpec},
		{"lbgen.hcl", "", KindSpec},
		{".lbgen.hcl", "lint {}\n", ""},
		{"docker-stack.yml", "version: \"3.8\"\nservices:\n  app: {image: a}\n", KindCompose},
		{"prometheus.yml", "global: {}\nscrape_configs: []\n", KindPrometheus},
		{"alerts.yml", "groups: []\n", KindPrometheusRules},
	} {
		if got := DetectKind(c.path, []byte(c.src)); got != c.want {
			t.Errorf("DetectKind(%s) = %q; want %q", c.path, got, c.want)
		}
	}
}

// TestNginxContext: a file not included by the project is read in the
// narrowest context its top-level directives need.
func TestNginxContext(t *testing.T) {
	for src, want := range map[string]string{
		"events {}\nhttp {}\n":               "main",
		"server { listen 80; }\n":            "http",
		"location /a { return 200; }\n":      "server",
		"proxy_set_header Host $host;\n":     "http",
		"alias /srv/static/;\nexpires 1d;\n": "location",
	} {
		f := &File{Path: "x.conf", Kind: KindNginx, Src: []byte(src)}
		f.parse()
		if got := f.NginxContext(); got != want {
			t.Errorf("NginxContext(%q) = %q; want %q", src, got, want)
		}
	}
}
