project = "fine"
service "app" {
  image = "example/app:1.0"
}
