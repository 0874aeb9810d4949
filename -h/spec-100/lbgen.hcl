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

service "svc10" {
  image        = "example/svc10:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "10"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc11" {
  image        = "example/svc11:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "11"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc12" {
  image        = "example/svc12:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "12"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc13" {
  image        = "example/svc13:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "13"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc14" {
  image        = "example/svc14:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "14"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc15" {
  image        = "example/svc15:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "15"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc16" {
  image        = "example/svc16:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "16"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc17" {
  image        = "example/svc17:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "17"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc18" {
  image        = "example/svc18:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "18"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc19" {
  image        = "example/svc19:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "19"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc20" {
  image        = "example/svc20:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "20"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc21" {
  image        = "example/svc21:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "21"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc22" {
  image        = "example/svc22:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "22"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc23" {
  image        = "example/svc23:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "23"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc24" {
  image        = "example/svc24:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "24"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc25" {
  image        = "example/svc25:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "25"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc26" {
  image        = "example/svc26:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "26"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc27" {
  image        = "example/svc27:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "27"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc28" {
  image        = "example/svc28:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "28"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc29" {
  image        = "example/svc29:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "29"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc30" {
  image        = "example/svc30:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "30"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc31" {
  image        = "example/svc31:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "31"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc32" {
  image        = "example/svc32:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "32"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc33" {
  image        = "example/svc33:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "33"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc34" {
  image        = "example/svc34:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "34"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc35" {
  image        = "example/svc35:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "35"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc36" {
  image        = "example/svc36:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "36"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc37" {
  image        = "example/svc37:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "37"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc38" {
  image        = "example/svc38:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "38"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc39" {
  image        = "example/svc39:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "39"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc40" {
  image        = "example/svc40:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "40"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc41" {
  image        = "example/svc41:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "41"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc42" {
  image        = "example/svc42:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "42"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc43" {
  image        = "example/svc43:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "43"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc44" {
  image        = "example/svc44:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "44"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc45" {
  image        = "example/svc45:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "45"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc46" {
  image        = "example/svc46:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "46"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc47" {
  image        = "example/svc47:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "47"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc48" {
  image        = "example/svc48:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "48"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc49" {
  image        = "example/svc49:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "49"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc50" {
  image        = "example/svc50:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "50"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc51" {
  image        = "example/svc51:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "51"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc52" {
  image        = "example/svc52:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "52"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc53" {
  image        = "example/svc53:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "53"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc54" {
  image        = "example/svc54:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "54"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc55" {
  image        = "example/svc55:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "55"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc56" {
  image        = "example/svc56:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "56"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc57" {
  image        = "example/svc57:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "57"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc58" {
  image        = "example/svc58:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "58"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc59" {
  image        = "example/svc59:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "59"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc60" {
  image        = "example/svc60:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "60"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc61" {
  image        = "example/svc61:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "61"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc62" {
  image        = "example/svc62:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "62"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc63" {
  image        = "example/svc63:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "63"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc64" {
  image        = "example/svc64:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "64"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc65" {
  image        = "example/svc65:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "65"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc66" {
  image        = "example/svc66:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "66"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc67" {
  image        = "example/svc67:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "67"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc68" {
  image        = "example/svc68:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "68"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc69" {
  image        = "example/svc69:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "69"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc70" {
  image        = "example/svc70:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "70"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc71" {
  image        = "example/svc71:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "71"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc72" {
  image        = "example/svc72:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "72"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc73" {
  image        = "example/svc73:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "73"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc74" {
  image        = "example/svc74:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "74"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc75" {
  image        = "example/svc75:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "75"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc76" {
  image        = "example/svc76:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "76"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc77" {
  image        = "example/svc77:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "77"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc78" {
  image        = "example/svc78:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "78"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc79" {
  image        = "example/svc79:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "79"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc80" {
  image        = "example/svc80:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "80"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc81" {
  image        = "example/svc81:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "81"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc82" {
  image        = "example/svc82:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "82"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc83" {
  image        = "example/svc83:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "83"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc84" {
  image        = "example/svc84:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "84"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc85" {
  image        = "example/svc85:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "85"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc86" {
  image        = "example/svc86:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "86"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc87" {
  image        = "example/svc87:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "87"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc88" {
  image        = "example/svc88:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "88"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc89" {
  image        = "example/svc89:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "89"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc90" {
  image        = "example/svc90:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "90"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc91" {
  image        = "example/svc91:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "91"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc92" {
  image        = "example/svc92:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "92"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc93" {
  image        = "example/svc93:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "93"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc94" {
  image        = "example/svc94:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "94"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc95" {
  image        = "example/svc95:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "95"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc96" {
  image        = "example/svc96:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "96"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc97" {
  image        = "example/svc97:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "97"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc98" {
  image        = "example/svc98:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "98"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc99" {
  image        = "example/svc99:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "99"
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
  route "/svc10" {
    service = "svc10"
  }
  route "/svc11" {
    service = "svc11"
  }
  route "/svc12" {
    service = "svc12"
  }
  route "/svc13" {
    service = "svc13"
  }
  route "/svc14" {
    service = "svc14"
  }
  route "/svc15" {
    service = "svc15"
  }
  route "/svc16" {
    service = "svc16"
  }
  route "/svc17" {
    service = "svc17"
  }
  route "/svc18" {
    service = "svc18"
  }
  route "/svc19" {
    service = "svc19"
  }
  route "/svc20" {
    service = "svc20"
  }
  route "/svc21" {
    service = "svc21"
  }
  route "/svc22" {
    service = "svc22"
  }
  route "/svc23" {
    service = "svc23"
  }
  route "/svc24" {
    service = "svc24"
  }
  route "/svc25" {
    service = "svc25"
  }
  route "/svc26" {
    service = "svc26"
  }
  route "/svc27" {
    service = "svc27"
  }
  route "/svc28" {
    service = "svc28"
  }
  route "/svc29" {
    service = "svc29"
  }
  route "/svc30" {
    service = "svc30"
  }
  route "/svc31" {
    service = "svc31"
  }
  route "/svc32" {
    service = "svc32"
  }
  route "/svc33" {
    service = "svc33"
  }
  route "/svc34" {
    service = "svc34"
  }
  route "/svc35" {
    service = "svc35"
  }
  route "/svc36" {
    service = "svc36"
  }
  route "/svc37" {
    service = "svc37"
  }
  route "/svc38" {
    service = "svc38"
  }
  route "/svc39" {
    service = "svc39"
  }
  route "/svc40" {
    service = "svc40"
  }
  route "/svc41" {
    service = "svc41"
  }
  route "/svc42" {
    service = "svc42"
  }
  route "/svc43" {
    service = "svc43"
  }
  route "/svc44" {
    service = "svc44"
  }
  route "/svc45" {
    service = "svc45"
  }
  route "/svc46" {
    service = "svc46"
  }
  route "/svc47" {
    service = "svc47"
  }
  route "/svc48" {
    service = "svc48"
  }
  route "/svc49" {
    service = "svc49"
  }
  route "/svc50" {
    service = "svc50"
  }
  route "/svc51" {
    service = "svc51"
  }
  route "/svc52" {
    service = "svc52"
  }
  route "/svc53" {
    service = "svc53"
  }
  route "/svc54" {
    service = "svc54"
  }
  route "/svc55" {
    service = "svc55"
  }
  route "/svc56" {
    service = "svc56"
  }
  route "/svc57" {
    service = "svc57"
  }
  route "/svc58" {
    service = "svc58"
  }
  route "/svc59" {
    service = "svc59"
  }
  route "/svc60" {
    service = "svc60"
  }
  route "/svc61" {
    service = "svc61"
  }
  route "/svc62" {
    service = "svc62"
  }
  route "/svc63" {
    service = "svc63"
  }
  route "/svc64" {
    service = "svc64"
  }
  route "/svc65" {
    service = "svc65"
  }
  route "/svc66" {
    service = "svc66"
  }
  route "/svc67" {
    service = "svc67"
  }
  route "/svc68" {
    service = "svc68"
  }
  route "/svc69" {
    service = "svc69"
  }
  route "/svc70" {
    service = "svc70"
  }
  route "/svc71" {
    service = "svc71"
  }
  route "/svc72" {
    service = "svc72"
  }
  route "/svc73" {
    service = "svc73"
  }
  route "/svc74" {
    service = "svc74"
  }
  route "/svc75" {
    service = "svc75"
  }
  route "/svc76" {
    service = "svc76"
  }
  route "/svc77" {
    service = "svc77"
  }
  route "/svc78" {
    service = "svc78"
  }
  route "/svc79" {
    service = "svc79"
  }
  route "/svc80" {
    service = "svc80"
  }
  route "/svc81" {
    service = "svc81"
  }
  route "/svc82" {
    service = "svc82"
  }
  route "/svc83" {
    service = "svc83"
  }
  route "/svc84" {
    service = "svc84"
  }
  route "/svc85" {
    service = "svc85"
  }
  route "/svc86" {
    service = "svc86"
  }
  route "/svc87" {
    service = "svc87"
  }
  route "/svc88" {
    service = "svc88"
  }
  route "/svc89" {
    service = "svc89"
  }
  route "/svc90" {
    service = "svc90"
  }
  route "/svc91" {
    service = "svc91"
  }
  route "/svc92" {
    service = "svc92"
  }
  route "/svc93" {
    service = "svc93"
  }
  route "/svc94" {
    service = "svc94"
  }
  route "/svc95" {
    service = "svc95"
  }
  route "/svc96" {
    service = "svc96"
  }
  route "/svc97" {
    service = "svc97"
  }
  route "/svc98" {
    service = "svc98"
  }
  route "/svc99" {
    service = "svc99"
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
  route "/svc10" {
    service = "svc10"
  }
  route "/svc11" {
    service = "svc11"
  }
  route "/svc12" {
    service = "svc12"
  }
  route "/svc13" {
    service = "svc13"
  }
  route "/svc14" {
    service = "svc14"
  }
  route "/svc15" {
    service = "svc15"
  }
  route "/svc16" {
    service = "svc16"
  }
  route "/svc17" {
    service = "svc17"
  }
  route "/svc18" {
    service = "svc18"
  }
  route "/svc19" {
    service = "svc19"
  }
  route "/svc20" {
    service = "svc20"
  }
  route "/svc21" {
    service = "svc21"
  }
  route "/svc22" {
    service = "svc22"
  }
  route "/svc23" {
    service = "svc23"
  }
  route "/svc24" {
    service = "svc24"
  }
  route "/svc25" {
    service = "svc25"
  }
  route "/svc26" {
    service = "svc26"
  }
  route "/svc27" {
    service = "svc27"
  }
  route "/svc28" {
    service = "svc28"
  }
  route "/svc29" {
    service = "svc29"
  }
  route "/svc30" {
    service = "svc30"
  }
  route "/svc31" {
    service = "svc31"
  }
  route "/svc32" {
    service = "svc32"
  }
  route "/svc33" {
    service = "svc33"
  }
  route "/svc34" {
    service = "svc34"
  }
  route "/svc35" {
    service = "svc35"
  }
  route "/svc36" {
    service = "svc36"
  }
  route "/svc37" {
    service = "svc37"
  }
  route "/svc38" {
    service = "svc38"
  }
  route "/svc39" {
    service = "svc39"
  }
  route "/svc40" {
    service = "svc40"
  }
  route "/svc41" {
    service = "svc41"
  }
  route "/svc42" {
    service = "svc42"
  }
  route "/svc43" {
    service = "svc43"
  }
  route "/svc44" {
    service = "svc44"
  }
  route "/svc45" {
    service = "svc45"
  }
  route "/svc46" {
    service = "svc46"
  }
  route "/svc47" {
    service = "svc47"
  }
  route "/svc48" {
    service = "svc48"
  }
  route "/svc49" {
    service = "svc49"
  }
  route "/svc50" {
    service = "svc50"
  }
  route "/svc51" {
    service = "svc51"
  }
  route "/svc52" {
    service = "svc52"
  }
  route "/svc53" {
    service = "svc53"
  }
  route "/svc54" {
    service = "svc54"
  }
  route "/svc55" {
    service = "svc55"
  }
  route "/svc56" {
    service = "svc56"
  }
  route "/svc57" {
    service = "svc57"
  }
  route "/svc58" {
    service = "svc58"
  }
  route "/svc59" {
    service = "svc59"
  }
  route "/svc60" {
    service = "svc60"
  }
  route "/svc61" {
    service = "svc61"
  }
  route "/svc62" {
    service = "svc62"
  }
  route "/svc63" {
    service = "svc63"
  }
  route "/svc64" {
    service = "svc64"
  }
  route "/svc65" {
    service = "svc65"
  }
  route "/svc66" {
    service = "svc66"
  }
  route "/svc67" {
    service = "svc67"
  }
  route "/svc68" {
    service = "svc68"
  }
  route "/svc69" {
    service = "svc69"
  }
  route "/svc70" {
    service = "svc70"
  }
  route "/svc71" {
    service = "svc71"
  }
  route "/svc72" {
    service = "svc72"
  }
  route "/svc73" {
    service = "svc73"
  }
  route "/svc74" {
    service = "svc74"
  }
  route "/svc75" {
    service = "svc75"
  }
  route "/svc76" {
    service = "svc76"
  }
  route "/svc77" {
    service = "svc77"
  }
  route "/svc78" {
    service = "svc78"
  }
  route "/svc79" {
    service = "svc79"
  }
  route "/svc80" {
    service = "svc80"
  }
  route "/svc81" {
    service = "svc81"
  }
  route "/svc82" {
    service = "svc82"
  }
  route "/svc83" {
    service = "svc83"
  }
  route "/svc84" {
    service = "svc84"
  }
  route "/svc85" {
    service = "svc85"
  }
  route "/svc86" {
    service = "svc86"
  }
  route "/svc87" {
    service = "svc87"
  }
  route "/svc88" {
    service = "svc88"
  }
  route "/svc89" {
    service = "svc89"
  }
  route "/svc90" {
    service = "svc90"
  }
  route "/svc91" {
    service = "svc91"
  }
  route "/svc92" {
    service = "svc92"
  }
  route "/svc93" {
    service = "svc93"
  }
  route "/svc94" {
    service = "svc94"
  }
  route "/svc95" {
    service = "svc95"
  }
  route "/svc96" {
    service = "svc96"
  }
  route "/svc97" {
    service = "svc97"
  }
  route "/svc98" {
    service = "svc98"
  }
  route "/svc99" {
    service = "svc99"
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
