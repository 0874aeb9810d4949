# The web app on Docker Swarm: the same stack as examples/monitoring, for
# `docker stack deploy` across several machines. Every node pulls the
# app's image, so it names one instead of building it.
# Render with: lbgen render -f examples/swarm/lbgen.hcl
# Deploy with: docker stack deploy -c examples/swarm/docker-stack.yml web

project  = "web"
platform = "swarm"

variable "nginx_version" {
  type        = string
  default     = "1.30"
  description = "The nginx release to render for, e.g. --var nginx_version=1.22 for Debian 12's."
}

variable "app_image" {
  type        = string
  default     = "lbgen-example/app:1.0"
  description = "The app's image, pushed to a registry every node reaches."
}

variable "app_replicas" {
  type    = number
  default = 3
}

network "app-network" {}

service "app" {
  image        = var.app_image
  port         = 3000
  replicas     = var.app_replicas
  max_replicas = 10
  networks     = ["app-network"]
  depends_on   = ["redis"]

  env = {
    REDIS_URL = "redis://redis:6379"
  }

  health {
    http         = "/health"
    interval     = "10s"
    timeout      = "3s"
    retries      = 3
    start_period = "20s"
  }

  resources {
    cpus   = "0.5"
    memory = "512M"
  }

  metrics {
    path = "/metrics"
  }
}

service "redis" {
  image    = "redis:7.4-alpine"
  port     = 6379
  command  = ["redis-server", "--appendonly", "yes"]
  networks = ["app-network"]

  volume "redis_data" {
    target = "/data"
  }

  health {
    command = ["redis-cli", "ping"]
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
    port = 8080
  }
}

monitoring {
  scrape = ["app"]
  prometheus {}
  cadvisor {}
}
