# Lab 2 of the lesson: the scaled app with a Redis session store, nginx in
# front, Prometheus, Grafana and cAdvisor watching, and an Artillery load
# test under the "testing" profile.
# Render with: lbgen render -f examples/monitoring/lbgen.hcl

project = "scalable-web-app-monitoring"

variable "nginx_version" {
  type        = string
  default     = "1.30"
  description = "The nginx release to render for, e.g. --var nginx_version=1.22 for Debian 12's."
}

variable "app_replicas" {
  type    = number
  default = 3
}

locals {
  redis_port = 6379
}

# lbgen adds a "monitoring" network for Prometheus and what it scrapes.
network "app-network" {}

service "app" {
  build        = "../app"
  port         = 3000
  replicas     = var.app_replicas
  max_replicas = 10
  networks     = ["app-network"]
  depends_on   = ["redis"]

  env = {
    REDIS_URL     = "redis://redis:${local.redis_port}"
    SESSION_STORE = "redis"
    # Compose fills this in from the environment at `docker compose up`.
    LOG_LEVEL = "$${LOG_LEVEL:-info}"
  }

  health {
    http         = "/health"
    interval     = "30s"
    timeout      = "10s"
    retries      = 3
    start_period = "40s"
  }

  resources {
    cpus            = "0.5"
    memory          = "512M"
    reserved_cpus   = "0.25"
    reserved_memory = "256M"
  }

  metrics {
    path         = "/metrics"
    histogram    = "http_request_duration_seconds" # from server.js
    status_label = "status_code"
  }
}

service "redis" {
  image    = "redis:7.4-alpine"
  port     = local.redis_port
  command  = ["redis-server", "--appendonly", "yes"]
  networks = ["app-network"]

  volume "redis_data" {
    target = "/data"
  }

  health {
    command  = ["redis-cli", "ping"]
    interval = "10s"
    timeout  = "3s"
  }
}

balancer "lb" {
  engine  = "nginx"
  version = var.nginx_version
  listen  = 80

  route "/" {
    service = "app"
  }

  stats {
    port = 8404
  }
}

monitoring {
  scrape_interval = "15s"

  prometheus {
    retention = "200h"
  }

  grafana {
    port = 3001
  }

  cadvisor {}

  alerts {
    error_ratio = 0.05
    p95_latency = "500ms"
  }
}

loadtest "basic" {
  target = balancer.lb

  phase "Warm up" {
    duration     = "60s"
    arrival_rate = 5
  }
  phase "Ramp up load" {
    duration     = "120s"
    arrival_rate = 10
  }
  phase "Sustained load" {
    duration     = "300s"
    arrival_rate = 20
  }

  scenario "Basic load test" {
    weight = 70
    step {
      get   = "/"
      think = "1s"
    }
  }
  scenario "Health check" {
    weight = 20
    step {
      get = "/health"
    }
  }
  scenario "Work simulation" {
    weight = 10
    step {
      get   = "/work?duration=1000"
      think = "2s"
    }
  }
}
