# The lesson's HAProxy variant: the same app behind HAProxy, with a stats
# page on its own port.
# Render with: lbgen render -f examples/haproxy/lbgen.hcl

project = "scalable-web-app-haproxy"

variable "haproxy_version" {
  type        = string
  default     = "3.2"
  description = "The haproxy release to render for, e.g. --var haproxy_version=2.6 for Debian 12's."
}

network "app-network" {}

service "app" {
  build        = "../app"
  port         = 3000
  replicas     = 5
  max_replicas = 10 # HAProxy keeps this many server slots filled from DNS
  networks     = ["app-network"]

  health {
    http         = "/health"
    interval     = "30s"
    timeout      = "10s"
    start_period = "40s"
  }
}

balancer "haproxy" {
  engine    = "haproxy"
  version   = var.haproxy_version
  listen    = 80
  algorithm = "least_conn"

  route "/" {
    service = "app"
  }

  # Published on 127.0.0.1. Its credentials come from the environment:
  # STATS_USER=... STATS_PASSWORD=... docker compose up (Compose refuses
  # to start without them).
  stats {
    port = 8404
  }
}
