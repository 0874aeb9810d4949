# The same invariant as in compose files, reported on the spec: render
# refuses this spec with the same rule's message.
project = "demo"

service "app" {
  image    = "example/app:1.0"
  port     = 3000
  replicas = 3
  publish {
    host_port = 3000 # want LB102
  }
}

service "admin" {
  image = "example/admin:1.0"
  port  = 8080
  publish {
    host_port = 8080
    host_ip   = "127.0.0.1"
  }
}
