// Package benchdata generates large, realistic inputs for lbgen's
// benchmarks and for scripts/bench-compare.sh: specs with N services,
// compose files, and nginx, HAProxy and Prometheus configs of a given size.
package benchdata

import (
	"fmt"
	"strings"
)

// Spec is an lbgen spec with n services, each scaled and health-checked,
// behind one nginx and one HAProxy balancer, scraped by Prometheus.
func Spec(n int) []byte {
	var b strings.Builder
	b.WriteString("project = \"bench\"\n\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, `service "svc%d" {
  image        = "example/svc%d:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "%d"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

`, i, i, i)
	}
	for _, engine := range []string{"nginx", "haproxy"} {
		fmt.Fprintf(&b, "balancer %q {\n  engine = %q\n  listen = %d\n", engine, engine, map[string]int{"nginx": 80, "haproxy": 81}[engine])
		for i := 0; i < n; i++ {
			fmt.Fprintf(&b, "  route \"/svc%d\" {\n    service = \"svc%d\"\n  }\n", i, i)
		}
		b.WriteString("  stats {\n    port = " + map[string]string{"nginx": "8404", "haproxy": "8405"}[engine] + "\n  }\n}\n\n")
	}
	b.WriteString("monitoring {\n  prometheus {}\n  grafana {}\n  cadvisor {}\n  alerts {\n    error_ratio = 0.05\n    p95_latency = \"500ms\"\n  }\n}\n")
	return []byte(b.String())
}

// Compose is a compose file with n services, some of them scaled, with
// ports, volumes, health checks and dependencies.
func Compose(n int) []byte {
	var b strings.Builder
	b.WriteString("name: bench\nservices:\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, `  svc%d:
    image: example/svc%d:1.0
    expose:
      - "8000"
    environment:
      ID: "%d"
    volumes:
      - data%d:/data
    healthcheck:
      test: [CMD, wget, -q, -O, /dev/null, "http://127.0.0.1:8000/health"]
    deploy:
      replicas: %d
`, i, i, i, i, 1+i%3)
		if i > 0 {
			fmt.Fprintf(&b, "    depends_on:\n      svc%d:\n        condition: service_healthy\n", i-1)
		}
	}
	b.WriteString("volumes:\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "  data%d: {}\n", i)
	}
	return []byte(b.String())
}

// Nginx is an nginx conf.d file of about lines lines: upstreams and
// locations for many services.
func Nginx(lines int) []byte {
	var b strings.Builder
	b.WriteString("resolver 127.0.0.11 valid=10s ipv6=off;\n")
	n := lines / 11
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "upstream svc%d {\n    zone svc%d 64k;\n    least_conn;\n    server svc%d:8000 resolve max_fails=3 fail_timeout=10s;\n    keepalive 32;\n}\n", i, i, i)
	}
	b.WriteString("server {\n    listen 80 default_server;\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "    location /svc%d {\n        proxy_pass http://svc%d;\n        proxy_set_header Host $host;\n        proxy_read_timeout 60s;\n    }\n", i, i)
	}
	b.WriteString("}\n")
	return []byte(b.String())
}

// HAProxy is an HAProxy config of about lines lines: one backend per
// service with a server-template, and ACL routing.
func HAProxy(lines int) []byte {
	var b strings.Builder
	b.WriteString("global\n    log stdout format raw local0\ndefaults\n    mode http\n    timeout connect 5s\n    timeout client 1m\n    timeout server 1m\n")
	b.WriteString("    default-server init-addr none resolvers docker check inter 2s fall 3 rise 2\n")
	b.WriteString("resolvers docker\n    nameserver dns1 127.0.0.11:53\n    accepted_payload_size 8192\nfrontend web\n    bind :8080\n")
	n := lines / 7
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "    use_backend svc%d if { path_beg /svc%d }\n", i, i)
	}
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "backend svc%d\n    balance leastconn\n    option httpchk\n    http-check send meth GET uri /health ver HTTP/1.1 hdr Host svc%d\n    http-check expect status 200\n    server-template svc%d- 1-10 svc%d:8000\n", i, i, i, i)
	}
	return []byte(b.String())
}

// Prometheus is a Prometheus config with targets static targets in jobs
// of 20.
func Prometheus(targets int) []byte {
	var b strings.Builder
	b.WriteString("global:\n  scrape_interval: 15s\nscrape_configs:\n")
	for j := 0; j*20 < targets; j++ {
		fmt.Fprintf(&b, "  - job_name: job%d\n    static_configs:\n      - targets:\n", j)
		for i := j * 20; i < min(targets, (j+1)*20); i++ {
			fmt.Fprintf(&b, "          - host%d:9100\n", i)
		}
	}
	return []byte(b.String())
}
