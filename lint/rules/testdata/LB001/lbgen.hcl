project = "demo"
service "app" {
  image    = "example/app:1.0"
  port     = 3000
  replicas = 0 # want LB001
}
