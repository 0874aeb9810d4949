# A production-shaped stack: HTTPS at the edge (HTTP/2, HSTS, HTTP ->
# HTTPS), a WebSocket route, a rate-limited API with its prefix stripped,
# an internal HAProxy balancer the web tier calls the API through, and
# alerts delivered to Slack through Alertmanager.
#
# Render with: lbgen render -f examples/production/lbgen.hcl
#
# The certificate and key are not part of the repository: before
# `docker compose up`, put them at examples/production/certs/shop.crt and
# certs/shop.key (for a local test, `mkcert -cert-file certs/shop.crt
# -key-file certs/shop.key shop.localhost`; in production, your CA's or
# certbot's files). Compose mounts them as secrets; they are never written
# into the spec or the rendered configs.

project = "shop"

variable "nginx_version" {
  type        = string
  default     = "1.30"
  description = "The nginx release to render for, e.g. --var nginx_version=1.22 for Debian 12's."
}

variable "haproxy_version" {
  type        = string
  default     = "3.2"
  description = "The HAProxy release to render for, e.g. --var haproxy_version=2.6 for Debian 12's."
}

service "web" {
  build        = "../app"
  port         = 3000
  replicas     = 3
  max_replicas = 10
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds" # from ../app/server.js
  }
  env = {
    # The internal balancer's address inside the stack: http://apilb:8080.
    API_URL = balancer.apilb.url
  }
  depends_on = ["apilb"]
}

service "api" {
  image        = "ghcr.io/example/shop-api:2.4.1"
  port         = 8000
  replicas     = 3
  max_replicas = 12
  health {
    http = "/health"
  }
  resources {
    cpus   = "1"
    memory = "512M"
  }
}

service "chat" {
  image        = "ghcr.io/example/shop-chat:1.7.0"
  port         = 4000
  replicas     = 2
  max_replicas = 6
  health {
    http = "/health"
  }
}

# The public entry point.
balancer "edge" {
  engine  = "nginx"
  version = var.nginx_version
  listen = 80
  gzip   = true
  extra  = ["server_tokens off;"]

  route "/" {
    service          = "web"
    response_headers = { "X-Frame-Options" = "DENY", "X-Content-Type-Options" = "nosniff" }
  }

  route "/api" {
    service       = "api"
    strip_prefix  = true
    max_body_size = "5m"
    rate_limit {
      requests = 20
      burst    = 40
    }
  }

  route "/ws" {
    service        = "chat"
    websocket      = true
    tunnel_timeout = "30m"
  }

  tls {
    certificate = "certs/shop.crt"
    key         = "certs/shop.key"
    hsts        = "365d"
  }

  stats {
    port = 8404
  }
}

# The API as the web tier's server-side code calls it: no published port.
balancer "apilb" {
  engine    = "haproxy"
  version   = var.haproxy_version
  internal  = true
  algorithm = "least_conn"
  route "/" {
    service = "api"
  }
}

monitoring {
  prometheus {}
  grafana {}
  alerts {
    error_ratio = 0.05
    p95_latency = "500ms"
  }
  # Alerts go to Slack; set SLACK_WEBHOOK_URL for `docker compose up`.
  alertmanager {
    receiver "ops" {
      slack {
        channel     = "#ops"
        api_url_env = "SLACK_WEBHOOK_URL"
      }
    }
  }
}
