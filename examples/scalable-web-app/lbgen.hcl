# Lab 1 of the lesson: the app scaled to three replicas behind nginx.
# Render with: lbgen render -f examples/scalable-web-app/lbgen.hcl

project = "scalable-web-app"

variable "nginx_version" {
  type        = string
  default     = "1.30"
  description = "The nginx release to render for, e.g. --var nginx_version=1.22 for Debian 12's."
}

variable "app_replicas" {
  type        = number
  default     = 3
  description = "How many app containers `docker compose up` starts."
}

network "app-network" {}

service "app" {
  build        = "../app"
  port         = 3000
  replicas     = var.app_replicas
  max_replicas = 10
  networks     = ["app-network"]

  health {
    http         = "/health"
    interval     = "30s"
    timeout      = "10s"
    retries      = 3
    start_period = "40s"
  }
}

balancer "lb" {
  engine  = "nginx"
  version = var.nginx_version
  listen  = 80

  route "/" {
    service = "app"
  }

  # nginx's stub_status, on its own port, published on 127.0.0.1 only.
  stats {
    port = 8404
  }
}
