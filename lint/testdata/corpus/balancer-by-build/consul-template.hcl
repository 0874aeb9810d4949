consul {
  address = "consul:8500"
}
template {
  source      = "/templates/upstreams.ctmpl"
  destination = "/etc/nginx/conf.d/upstreams.conf"
}
