# The same invariant as in compose files, reported on the spec.
project = "demo"

service "app" {
  image    = "example/app:1.0"
  port     = 3000
  replicas = 3
}

service "api" {
  image = "example/api:1.0"
  port  = 8080
  health {
    http = "/health"
  }
}

balancer "web" {
  engine = "nginx"
  listen = 80
  route "/" { service = "app" } # want LB105
  route "/api" { service = "api" }
}
