# lbgen topology spec. Edit it, then run `lbgen render`.
# Every attribute is described in docs/spec.md.

project = "my-stack"

# Override with --var app_replicas=5 or LBGEN_VAR_app_replicas=5.
variable "app_replicas" {
  type    = number
  default = 3
}

service "app" {
  image        = "ghcr.io/example/app:1.0.0" # or build = "./app"
  port         = 3000                        # where the app listens in its container
  replicas     = var.app_replicas
  max_replicas = 10 # the most replicas you will scale to

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

  env = {
    # $${...} passes Compose's own interpolation through: Compose fills it in
    # from the environment when you run `docker compose up`.
    LOG_LEVEL = "$${LOG_LEVEL:-info}"
  }
}

# The only service that publishes a host port: it spreads traffic over every
# replica of app, including replicas added later with --scale.
balancer "web" {
  engine    = "nginx" # or "haproxy"
  listen    = 8080
  algorithm = "least_conn"

  route "/" {
    service = "app"
  }
}
