project = "bench"

service "svc0" {
  image        = "example/svc0:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "0"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc1" {
  image        = "example/svc1:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "1"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc2" {
  image        = "example/svc2:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "2"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc3" {
  image        = "example/svc3:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "3"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc4" {
  image        = "example/svc4:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "4"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc5" {
  image        = "example/svc5:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "5"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc6" {
  image        = "example/svc6:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "6"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc7" {
  image        = "example/svc7:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "7"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc8" {
  image        = "example/svc8:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "8"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc9" {
  image        = "example/svc9:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "9"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

balancer "nginx" {
  engine = "nginx"
  listen = 80
  route "/svc0" {
    service = "svc0"
  }
  route "/svc1" {
    service = "svc1"
  }
  route "/svc2" {
    service = "svc2"
  }
  route "/svc3" {
    service = "svc3"
  }
  route "/svc4" {
    service = "svc4"
  }
  route "/svc5" {
    service = "svc5"
  }
  route "/svc6" {
    service = "svc6"
  }
  route "/svc7" {
    service = "svc7"
  }
  route "/svc8" {
    service = "svc8"
  }
  route "/svc9" {
    service = "svc9"
  }
  stats {
    port = 8404
  }
}

balancer "haproxy" {
  engine = "haproxy"
  listen = 81
  route "/svc0" {
    service = "svc0"
  }
  route "/svc1" {
    service = "svc1"
  }
  route "/svc2" {
    service = "svc2"
  }
  route "/svc3" {
    service = "svc3"
  }
  route "/svc4" {
    service = "svc4"
  }
  route "/svc5" {
    service = "svc5"
  }
  route "/svc6" {
    service = "svc6"
  }
  route "/svc7" {
    service = "svc7"
  }
  route "/svc8" {
    service = "svc8"
  }
  route "/svc9" {
    service = "svc9"
  }
  stats {
    port = 8405
  }
}

monitoring {
  prometheus {}
  grafana {}
  cadvisor {}
  alerts {
    error_ratio = 0.05
    p95_latency = "500ms"
  }
}
