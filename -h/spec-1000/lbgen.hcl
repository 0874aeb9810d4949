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

service "svc100" {
  image        = "example/svc100:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "100"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc101" {
  image        = "example/svc101:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "101"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc102" {
  image        = "example/svc102:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "102"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc103" {
  image        = "example/svc103:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "103"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc104" {
  image        = "example/svc104:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "104"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc105" {
  image        = "example/svc105:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "105"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc106" {
  image        = "example/svc106:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "106"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc107" {
  image        = "example/svc107:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "107"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc108" {
  image        = "example/svc108:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "108"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc109" {
  image        = "example/svc109:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "109"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc110" {
  image        = "example/svc110:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "110"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc111" {
  image        = "example/svc111:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "111"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc112" {
  image        = "example/svc112:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "112"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc113" {
  image        = "example/svc113:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "113"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc114" {
  image        = "example/svc114:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "114"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc115" {
  image        = "example/svc115:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "115"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc116" {
  image        = "example/svc116:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "116"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc117" {
  image        = "example/svc117:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "117"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc118" {
  image        = "example/svc118:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "118"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc119" {
  image        = "example/svc119:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "119"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc120" {
  image        = "example/svc120:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "120"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc121" {
  image        = "example/svc121:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "121"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc122" {
  image        = "example/svc122:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "122"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc123" {
  image        = "example/svc123:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "123"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc124" {
  image        = "example/svc124:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "124"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc125" {
  image        = "example/svc125:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "125"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc126" {
  image        = "example/svc126:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "126"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc127" {
  image        = "example/svc127:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "127"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc128" {
  image        = "example/svc128:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "128"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc129" {
  image        = "example/svc129:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "129"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc130" {
  image        = "example/svc130:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "130"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc131" {
  image        = "example/svc131:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "131"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc132" {
  image        = "example/svc132:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "132"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc133" {
  image        = "example/svc133:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "133"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc134" {
  image        = "example/svc134:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "134"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc135" {
  image        = "example/svc135:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "135"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc136" {
  image        = "example/svc136:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "136"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc137" {
  image        = "example/svc137:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "137"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc138" {
  image        = "example/svc138:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "138"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc139" {
  image        = "example/svc139:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "139"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc140" {
  image        = "example/svc140:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "140"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc141" {
  image        = "example/svc141:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "141"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc142" {
  image        = "example/svc142:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "142"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc143" {
  image        = "example/svc143:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "143"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc144" {
  image        = "example/svc144:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "144"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc145" {
  image        = "example/svc145:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "145"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc146" {
  image        = "example/svc146:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "146"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc147" {
  image        = "example/svc147:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "147"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc148" {
  image        = "example/svc148:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "148"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc149" {
  image        = "example/svc149:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "149"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc150" {
  image        = "example/svc150:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "150"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc151" {
  image        = "example/svc151:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "151"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc152" {
  image        = "example/svc152:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "152"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc153" {
  image        = "example/svc153:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "153"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc154" {
  image        = "example/svc154:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "154"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc155" {
  image        = "example/svc155:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "155"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc156" {
  image        = "example/svc156:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "156"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc157" {
  image        = "example/svc157:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "157"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc158" {
  image        = "example/svc158:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "158"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc159" {
  image        = "example/svc159:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "159"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc160" {
  image        = "example/svc160:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "160"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc161" {
  image        = "example/svc161:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "161"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc162" {
  image        = "example/svc162:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "162"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc163" {
  image        = "example/svc163:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "163"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc164" {
  image        = "example/svc164:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "164"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc165" {
  image        = "example/svc165:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "165"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc166" {
  image        = "example/svc166:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "166"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc167" {
  image        = "example/svc167:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "167"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc168" {
  image        = "example/svc168:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "168"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc169" {
  image        = "example/svc169:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "169"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc170" {
  image        = "example/svc170:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "170"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc171" {
  image        = "example/svc171:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "171"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc172" {
  image        = "example/svc172:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "172"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc173" {
  image        = "example/svc173:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "173"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc174" {
  image        = "example/svc174:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "174"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc175" {
  image        = "example/svc175:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "175"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc176" {
  image        = "example/svc176:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "176"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc177" {
  image        = "example/svc177:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "177"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc178" {
  image        = "example/svc178:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "178"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc179" {
  image        = "example/svc179:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "179"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc180" {
  image        = "example/svc180:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "180"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc181" {
  image        = "example/svc181:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "181"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc182" {
  image        = "example/svc182:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "182"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc183" {
  image        = "example/svc183:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "183"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc184" {
  image        = "example/svc184:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "184"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc185" {
  image        = "example/svc185:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "185"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc186" {
  image        = "example/svc186:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "186"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc187" {
  image        = "example/svc187:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "187"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc188" {
  image        = "example/svc188:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "188"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc189" {
  image        = "example/svc189:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "189"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc190" {
  image        = "example/svc190:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "190"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc191" {
  image        = "example/svc191:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "191"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc192" {
  image        = "example/svc192:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "192"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc193" {
  image        = "example/svc193:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "193"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc194" {
  image        = "example/svc194:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "194"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc195" {
  image        = "example/svc195:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "195"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc196" {
  image        = "example/svc196:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "196"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc197" {
  image        = "example/svc197:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "197"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc198" {
  image        = "example/svc198:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "198"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc199" {
  image        = "example/svc199:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "199"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc200" {
  image        = "example/svc200:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "200"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc201" {
  image        = "example/svc201:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "201"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc202" {
  image        = "example/svc202:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "202"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc203" {
  image        = "example/svc203:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "203"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc204" {
  image        = "example/svc204:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "204"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc205" {
  image        = "example/svc205:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "205"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc206" {
  image        = "example/svc206:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "206"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc207" {
  image        = "example/svc207:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "207"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc208" {
  image        = "example/svc208:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "208"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc209" {
  image        = "example/svc209:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "209"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc210" {
  image        = "example/svc210:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "210"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc211" {
  image        = "example/svc211:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "211"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc212" {
  image        = "example/svc212:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "212"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc213" {
  image        = "example/svc213:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "213"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc214" {
  image        = "example/svc214:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "214"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc215" {
  image        = "example/svc215:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "215"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc216" {
  image        = "example/svc216:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "216"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc217" {
  image        = "example/svc217:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "217"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc218" {
  image        = "example/svc218:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "218"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc219" {
  image        = "example/svc219:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "219"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc220" {
  image        = "example/svc220:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "220"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc221" {
  image        = "example/svc221:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "221"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc222" {
  image        = "example/svc222:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "222"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc223" {
  image        = "example/svc223:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "223"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc224" {
  image        = "example/svc224:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "224"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc225" {
  image        = "example/svc225:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "225"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc226" {
  image        = "example/svc226:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "226"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc227" {
  image        = "example/svc227:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "227"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc228" {
  image        = "example/svc228:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "228"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc229" {
  image        = "example/svc229:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "229"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc230" {
  image        = "example/svc230:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "230"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc231" {
  image        = "example/svc231:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "231"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc232" {
  image        = "example/svc232:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "232"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc233" {
  image        = "example/svc233:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "233"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc234" {
  image        = "example/svc234:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "234"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc235" {
  image        = "example/svc235:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "235"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc236" {
  image        = "example/svc236:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "236"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc237" {
  image        = "example/svc237:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "237"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc238" {
  image        = "example/svc238:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "238"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc239" {
  image        = "example/svc239:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "239"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc240" {
  image        = "example/svc240:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "240"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc241" {
  image        = "example/svc241:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "241"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc242" {
  image        = "example/svc242:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "242"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc243" {
  image        = "example/svc243:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "243"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc244" {
  image        = "example/svc244:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "244"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc245" {
  image        = "example/svc245:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "245"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc246" {
  image        = "example/svc246:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "246"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc247" {
  image        = "example/svc247:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "247"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc248" {
  image        = "example/svc248:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "248"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc249" {
  image        = "example/svc249:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "249"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc250" {
  image        = "example/svc250:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "250"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc251" {
  image        = "example/svc251:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "251"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc252" {
  image        = "example/svc252:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "252"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc253" {
  image        = "example/svc253:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "253"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc254" {
  image        = "example/svc254:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "254"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc255" {
  image        = "example/svc255:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "255"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc256" {
  image        = "example/svc256:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "256"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc257" {
  image        = "example/svc257:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "257"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc258" {
  image        = "example/svc258:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "258"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc259" {
  image        = "example/svc259:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "259"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc260" {
  image        = "example/svc260:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "260"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc261" {
  image        = "example/svc261:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "261"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc262" {
  image        = "example/svc262:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "262"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc263" {
  image        = "example/svc263:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "263"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc264" {
  image        = "example/svc264:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "264"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc265" {
  image        = "example/svc265:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "265"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc266" {
  image        = "example/svc266:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "266"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc267" {
  image        = "example/svc267:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "267"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc268" {
  image        = "example/svc268:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "268"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc269" {
  image        = "example/svc269:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "269"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc270" {
  image        = "example/svc270:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "270"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc271" {
  image        = "example/svc271:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "271"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc272" {
  image        = "example/svc272:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "272"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc273" {
  image        = "example/svc273:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "273"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc274" {
  image        = "example/svc274:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "274"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc275" {
  image        = "example/svc275:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "275"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc276" {
  image        = "example/svc276:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "276"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc277" {
  image        = "example/svc277:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "277"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc278" {
  image        = "example/svc278:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "278"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc279" {
  image        = "example/svc279:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "279"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc280" {
  image        = "example/svc280:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "280"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc281" {
  image        = "example/svc281:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "281"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc282" {
  image        = "example/svc282:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "282"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc283" {
  image        = "example/svc283:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "283"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc284" {
  image        = "example/svc284:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "284"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc285" {
  image        = "example/svc285:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "285"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc286" {
  image        = "example/svc286:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "286"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc287" {
  image        = "example/svc287:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "287"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc288" {
  image        = "example/svc288:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "288"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc289" {
  image        = "example/svc289:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "289"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc290" {
  image        = "example/svc290:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "290"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc291" {
  image        = "example/svc291:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "291"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc292" {
  image        = "example/svc292:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "292"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc293" {
  image        = "example/svc293:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "293"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc294" {
  image        = "example/svc294:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "294"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc295" {
  image        = "example/svc295:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "295"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc296" {
  image        = "example/svc296:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "296"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc297" {
  image        = "example/svc297:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "297"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc298" {
  image        = "example/svc298:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "298"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc299" {
  image        = "example/svc299:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "299"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc300" {
  image        = "example/svc300:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "300"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc301" {
  image        = "example/svc301:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "301"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc302" {
  image        = "example/svc302:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "302"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc303" {
  image        = "example/svc303:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "303"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc304" {
  image        = "example/svc304:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "304"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc305" {
  image        = "example/svc305:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "305"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc306" {
  image        = "example/svc306:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "306"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc307" {
  image        = "example/svc307:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "307"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc308" {
  image        = "example/svc308:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "308"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc309" {
  image        = "example/svc309:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "309"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc310" {
  image        = "example/svc310:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "310"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc311" {
  image        = "example/svc311:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "311"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc312" {
  image        = "example/svc312:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "312"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc313" {
  image        = "example/svc313:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "313"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc314" {
  image        = "example/svc314:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "314"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc315" {
  image        = "example/svc315:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "315"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc316" {
  image        = "example/svc316:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "316"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc317" {
  image        = "example/svc317:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "317"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc318" {
  image        = "example/svc318:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "318"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc319" {
  image        = "example/svc319:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "319"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc320" {
  image        = "example/svc320:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "320"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc321" {
  image        = "example/svc321:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "321"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc322" {
  image        = "example/svc322:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "322"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc323" {
  image        = "example/svc323:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "323"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc324" {
  image        = "example/svc324:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "324"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc325" {
  image        = "example/svc325:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "325"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc326" {
  image        = "example/svc326:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "326"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc327" {
  image        = "example/svc327:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "327"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc328" {
  image        = "example/svc328:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "328"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc329" {
  image        = "example/svc329:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "329"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc330" {
  image        = "example/svc330:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "330"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc331" {
  image        = "example/svc331:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "331"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc332" {
  image        = "example/svc332:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "332"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc333" {
  image        = "example/svc333:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "333"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc334" {
  image        = "example/svc334:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "334"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc335" {
  image        = "example/svc335:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "335"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc336" {
  image        = "example/svc336:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "336"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc337" {
  image        = "example/svc337:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "337"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc338" {
  image        = "example/svc338:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "338"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc339" {
  image        = "example/svc339:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "339"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc340" {
  image        = "example/svc340:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "340"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc341" {
  image        = "example/svc341:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "341"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc342" {
  image        = "example/svc342:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "342"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc343" {
  image        = "example/svc343:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "343"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc344" {
  image        = "example/svc344:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "344"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc345" {
  image        = "example/svc345:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "345"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc346" {
  image        = "example/svc346:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "346"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc347" {
  image        = "example/svc347:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "347"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc348" {
  image        = "example/svc348:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "348"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc349" {
  image        = "example/svc349:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "349"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc350" {
  image        = "example/svc350:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "350"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc351" {
  image        = "example/svc351:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "351"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc352" {
  image        = "example/svc352:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "352"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc353" {
  image        = "example/svc353:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "353"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc354" {
  image        = "example/svc354:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "354"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc355" {
  image        = "example/svc355:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "355"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc356" {
  image        = "example/svc356:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "356"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc357" {
  image        = "example/svc357:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "357"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc358" {
  image        = "example/svc358:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "358"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc359" {
  image        = "example/svc359:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "359"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc360" {
  image        = "example/svc360:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "360"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc361" {
  image        = "example/svc361:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "361"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc362" {
  image        = "example/svc362:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "362"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc363" {
  image        = "example/svc363:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "363"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc364" {
  image        = "example/svc364:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "364"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc365" {
  image        = "example/svc365:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "365"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc366" {
  image        = "example/svc366:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "366"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc367" {
  image        = "example/svc367:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "367"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc368" {
  image        = "example/svc368:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "368"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc369" {
  image        = "example/svc369:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "369"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc370" {
  image        = "example/svc370:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "370"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc371" {
  image        = "example/svc371:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "371"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc372" {
  image        = "example/svc372:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "372"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc373" {
  image        = "example/svc373:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "373"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc374" {
  image        = "example/svc374:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "374"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc375" {
  image        = "example/svc375:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "375"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc376" {
  image        = "example/svc376:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "376"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc377" {
  image        = "example/svc377:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "377"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc378" {
  image        = "example/svc378:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "378"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc379" {
  image        = "example/svc379:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "379"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc380" {
  image        = "example/svc380:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "380"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc381" {
  image        = "example/svc381:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "381"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc382" {
  image        = "example/svc382:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "382"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc383" {
  image        = "example/svc383:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "383"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc384" {
  image        = "example/svc384:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "384"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc385" {
  image        = "example/svc385:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "385"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc386" {
  image        = "example/svc386:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "386"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc387" {
  image        = "example/svc387:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "387"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc388" {
  image        = "example/svc388:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "388"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc389" {
  image        = "example/svc389:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "389"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc390" {
  image        = "example/svc390:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "390"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc391" {
  image        = "example/svc391:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "391"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc392" {
  image        = "example/svc392:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "392"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc393" {
  image        = "example/svc393:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "393"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc394" {
  image        = "example/svc394:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "394"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc395" {
  image        = "example/svc395:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "395"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc396" {
  image        = "example/svc396:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "396"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc397" {
  image        = "example/svc397:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "397"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc398" {
  image        = "example/svc398:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "398"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc399" {
  image        = "example/svc399:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "399"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc400" {
  image        = "example/svc400:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "400"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc401" {
  image        = "example/svc401:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "401"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc402" {
  image        = "example/svc402:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "402"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc403" {
  image        = "example/svc403:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "403"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc404" {
  image        = "example/svc404:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "404"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc405" {
  image        = "example/svc405:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "405"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc406" {
  image        = "example/svc406:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "406"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc407" {
  image        = "example/svc407:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "407"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc408" {
  image        = "example/svc408:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "408"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc409" {
  image        = "example/svc409:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "409"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc410" {
  image        = "example/svc410:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "410"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc411" {
  image        = "example/svc411:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "411"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc412" {
  image        = "example/svc412:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "412"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc413" {
  image        = "example/svc413:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "413"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc414" {
  image        = "example/svc414:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "414"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc415" {
  image        = "example/svc415:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "415"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc416" {
  image        = "example/svc416:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "416"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc417" {
  image        = "example/svc417:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "417"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc418" {
  image        = "example/svc418:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "418"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc419" {
  image        = "example/svc419:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "419"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc420" {
  image        = "example/svc420:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "420"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc421" {
  image        = "example/svc421:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "421"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc422" {
  image        = "example/svc422:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "422"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc423" {
  image        = "example/svc423:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "423"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc424" {
  image        = "example/svc424:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "424"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc425" {
  image        = "example/svc425:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "425"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc426" {
  image        = "example/svc426:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "426"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc427" {
  image        = "example/svc427:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "427"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc428" {
  image        = "example/svc428:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "428"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc429" {
  image        = "example/svc429:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "429"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc430" {
  image        = "example/svc430:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "430"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc431" {
  image        = "example/svc431:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "431"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc432" {
  image        = "example/svc432:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "432"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc433" {
  image        = "example/svc433:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "433"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc434" {
  image        = "example/svc434:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "434"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc435" {
  image        = "example/svc435:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "435"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc436" {
  image        = "example/svc436:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "436"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc437" {
  image        = "example/svc437:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "437"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc438" {
  image        = "example/svc438:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "438"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc439" {
  image        = "example/svc439:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "439"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc440" {
  image        = "example/svc440:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "440"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc441" {
  image        = "example/svc441:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "441"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc442" {
  image        = "example/svc442:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "442"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc443" {
  image        = "example/svc443:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "443"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc444" {
  image        = "example/svc444:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "444"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc445" {
  image        = "example/svc445:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "445"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc446" {
  image        = "example/svc446:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "446"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc447" {
  image        = "example/svc447:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "447"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc448" {
  image        = "example/svc448:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "448"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc449" {
  image        = "example/svc449:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "449"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc450" {
  image        = "example/svc450:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "450"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc451" {
  image        = "example/svc451:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "451"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc452" {
  image        = "example/svc452:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "452"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc453" {
  image        = "example/svc453:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "453"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc454" {
  image        = "example/svc454:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "454"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc455" {
  image        = "example/svc455:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "455"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc456" {
  image        = "example/svc456:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "456"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc457" {
  image        = "example/svc457:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "457"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc458" {
  image        = "example/svc458:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "458"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc459" {
  image        = "example/svc459:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "459"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc460" {
  image        = "example/svc460:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "460"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc461" {
  image        = "example/svc461:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "461"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc462" {
  image        = "example/svc462:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "462"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc463" {
  image        = "example/svc463:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "463"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc464" {
  image        = "example/svc464:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "464"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc465" {
  image        = "example/svc465:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "465"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc466" {
  image        = "example/svc466:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "466"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc467" {
  image        = "example/svc467:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "467"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc468" {
  image        = "example/svc468:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "468"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc469" {
  image        = "example/svc469:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "469"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc470" {
  image        = "example/svc470:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "470"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc471" {
  image        = "example/svc471:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "471"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc472" {
  image        = "example/svc472:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "472"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc473" {
  image        = "example/svc473:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "473"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc474" {
  image        = "example/svc474:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "474"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc475" {
  image        = "example/svc475:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "475"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc476" {
  image        = "example/svc476:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "476"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc477" {
  image        = "example/svc477:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "477"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc478" {
  image        = "example/svc478:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "478"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc479" {
  image        = "example/svc479:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "479"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc480" {
  image        = "example/svc480:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "480"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc481" {
  image        = "example/svc481:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "481"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc482" {
  image        = "example/svc482:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "482"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc483" {
  image        = "example/svc483:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "483"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc484" {
  image        = "example/svc484:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "484"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc485" {
  image        = "example/svc485:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "485"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc486" {
  image        = "example/svc486:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "486"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc487" {
  image        = "example/svc487:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "487"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc488" {
  image        = "example/svc488:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "488"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc489" {
  image        = "example/svc489:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "489"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc490" {
  image        = "example/svc490:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "490"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc491" {
  image        = "example/svc491:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "491"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc492" {
  image        = "example/svc492:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "492"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc493" {
  image        = "example/svc493:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "493"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc494" {
  image        = "example/svc494:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "494"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc495" {
  image        = "example/svc495:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "495"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc496" {
  image        = "example/svc496:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "496"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc497" {
  image        = "example/svc497:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "497"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc498" {
  image        = "example/svc498:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "498"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc499" {
  image        = "example/svc499:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "499"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc500" {
  image        = "example/svc500:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "500"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc501" {
  image        = "example/svc501:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "501"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc502" {
  image        = "example/svc502:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "502"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc503" {
  image        = "example/svc503:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "503"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc504" {
  image        = "example/svc504:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "504"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc505" {
  image        = "example/svc505:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "505"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc506" {
  image        = "example/svc506:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "506"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc507" {
  image        = "example/svc507:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "507"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc508" {
  image        = "example/svc508:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "508"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc509" {
  image        = "example/svc509:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "509"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc510" {
  image        = "example/svc510:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "510"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc511" {
  image        = "example/svc511:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "511"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc512" {
  image        = "example/svc512:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "512"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc513" {
  image        = "example/svc513:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "513"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc514" {
  image        = "example/svc514:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "514"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc515" {
  image        = "example/svc515:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "515"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc516" {
  image        = "example/svc516:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "516"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc517" {
  image        = "example/svc517:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "517"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc518" {
  image        = "example/svc518:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "518"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc519" {
  image        = "example/svc519:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "519"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc520" {
  image        = "example/svc520:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "520"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc521" {
  image        = "example/svc521:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "521"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc522" {
  image        = "example/svc522:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "522"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc523" {
  image        = "example/svc523:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "523"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc524" {
  image        = "example/svc524:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "524"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc525" {
  image        = "example/svc525:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "525"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc526" {
  image        = "example/svc526:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "526"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc527" {
  image        = "example/svc527:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "527"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc528" {
  image        = "example/svc528:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "528"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc529" {
  image        = "example/svc529:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "529"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc530" {
  image        = "example/svc530:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "530"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc531" {
  image        = "example/svc531:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "531"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc532" {
  image        = "example/svc532:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "532"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc533" {
  image        = "example/svc533:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "533"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc534" {
  image        = "example/svc534:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "534"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc535" {
  image        = "example/svc535:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "535"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc536" {
  image        = "example/svc536:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "536"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc537" {
  image        = "example/svc537:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "537"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc538" {
  image        = "example/svc538:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "538"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc539" {
  image        = "example/svc539:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "539"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc540" {
  image        = "example/svc540:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "540"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc541" {
  image        = "example/svc541:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "541"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc542" {
  image        = "example/svc542:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "542"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc543" {
  image        = "example/svc543:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "543"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc544" {
  image        = "example/svc544:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "544"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc545" {
  image        = "example/svc545:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "545"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc546" {
  image        = "example/svc546:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "546"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc547" {
  image        = "example/svc547:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "547"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc548" {
  image        = "example/svc548:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "548"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc549" {
  image        = "example/svc549:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "549"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc550" {
  image        = "example/svc550:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "550"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc551" {
  image        = "example/svc551:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "551"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc552" {
  image        = "example/svc552:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "552"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc553" {
  image        = "example/svc553:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "553"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc554" {
  image        = "example/svc554:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "554"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc555" {
  image        = "example/svc555:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "555"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc556" {
  image        = "example/svc556:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "556"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc557" {
  image        = "example/svc557:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "557"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc558" {
  image        = "example/svc558:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "558"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc559" {
  image        = "example/svc559:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "559"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc560" {
  image        = "example/svc560:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "560"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc561" {
  image        = "example/svc561:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "561"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc562" {
  image        = "example/svc562:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "562"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc563" {
  image        = "example/svc563:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "563"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc564" {
  image        = "example/svc564:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "564"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc565" {
  image        = "example/svc565:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "565"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc566" {
  image        = "example/svc566:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "566"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc567" {
  image        = "example/svc567:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "567"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc568" {
  image        = "example/svc568:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "568"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc569" {
  image        = "example/svc569:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "569"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc570" {
  image        = "example/svc570:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "570"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc571" {
  image        = "example/svc571:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "571"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc572" {
  image        = "example/svc572:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "572"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc573" {
  image        = "example/svc573:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "573"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc574" {
  image        = "example/svc574:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "574"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc575" {
  image        = "example/svc575:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "575"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc576" {
  image        = "example/svc576:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "576"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc577" {
  image        = "example/svc577:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "577"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc578" {
  image        = "example/svc578:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "578"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc579" {
  image        = "example/svc579:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "579"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc580" {
  image        = "example/svc580:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "580"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc581" {
  image        = "example/svc581:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "581"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc582" {
  image        = "example/svc582:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "582"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc583" {
  image        = "example/svc583:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "583"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc584" {
  image        = "example/svc584:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "584"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc585" {
  image        = "example/svc585:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "585"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc586" {
  image        = "example/svc586:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "586"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc587" {
  image        = "example/svc587:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "587"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc588" {
  image        = "example/svc588:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "588"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc589" {
  image        = "example/svc589:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "589"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc590" {
  image        = "example/svc590:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "590"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc591" {
  image        = "example/svc591:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "591"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc592" {
  image        = "example/svc592:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "592"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc593" {
  image        = "example/svc593:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "593"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc594" {
  image        = "example/svc594:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "594"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc595" {
  image        = "example/svc595:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "595"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc596" {
  image        = "example/svc596:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "596"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc597" {
  image        = "example/svc597:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "597"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc598" {
  image        = "example/svc598:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "598"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc599" {
  image        = "example/svc599:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "599"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc600" {
  image        = "example/svc600:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "600"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc601" {
  image        = "example/svc601:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "601"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc602" {
  image        = "example/svc602:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "602"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc603" {
  image        = "example/svc603:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "603"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc604" {
  image        = "example/svc604:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "604"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc605" {
  image        = "example/svc605:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "605"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc606" {
  image        = "example/svc606:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "606"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc607" {
  image        = "example/svc607:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "607"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc608" {
  image        = "example/svc608:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "608"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc609" {
  image        = "example/svc609:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "609"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc610" {
  image        = "example/svc610:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "610"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc611" {
  image        = "example/svc611:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "611"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc612" {
  image        = "example/svc612:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "612"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc613" {
  image        = "example/svc613:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "613"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc614" {
  image        = "example/svc614:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "614"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc615" {
  image        = "example/svc615:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "615"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc616" {
  image        = "example/svc616:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "616"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc617" {
  image        = "example/svc617:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "617"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc618" {
  image        = "example/svc618:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "618"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc619" {
  image        = "example/svc619:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "619"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc620" {
  image        = "example/svc620:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "620"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc621" {
  image        = "example/svc621:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "621"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc622" {
  image        = "example/svc622:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "622"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc623" {
  image        = "example/svc623:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "623"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc624" {
  image        = "example/svc624:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "624"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc625" {
  image        = "example/svc625:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "625"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc626" {
  image        = "example/svc626:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "626"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc627" {
  image        = "example/svc627:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "627"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc628" {
  image        = "example/svc628:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "628"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc629" {
  image        = "example/svc629:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "629"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc630" {
  image        = "example/svc630:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "630"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc631" {
  image        = "example/svc631:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "631"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc632" {
  image        = "example/svc632:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "632"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc633" {
  image        = "example/svc633:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "633"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc634" {
  image        = "example/svc634:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "634"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc635" {
  image        = "example/svc635:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "635"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc636" {
  image        = "example/svc636:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "636"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc637" {
  image        = "example/svc637:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "637"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc638" {
  image        = "example/svc638:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "638"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc639" {
  image        = "example/svc639:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "639"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc640" {
  image        = "example/svc640:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "640"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc641" {
  image        = "example/svc641:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "641"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc642" {
  image        = "example/svc642:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "642"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc643" {
  image        = "example/svc643:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "643"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc644" {
  image        = "example/svc644:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "644"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc645" {
  image        = "example/svc645:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "645"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc646" {
  image        = "example/svc646:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "646"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc647" {
  image        = "example/svc647:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "647"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc648" {
  image        = "example/svc648:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "648"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc649" {
  image        = "example/svc649:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "649"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc650" {
  image        = "example/svc650:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "650"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc651" {
  image        = "example/svc651:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "651"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc652" {
  image        = "example/svc652:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "652"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc653" {
  image        = "example/svc653:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "653"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc654" {
  image        = "example/svc654:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "654"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc655" {
  image        = "example/svc655:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "655"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc656" {
  image        = "example/svc656:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "656"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc657" {
  image        = "example/svc657:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "657"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc658" {
  image        = "example/svc658:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "658"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc659" {
  image        = "example/svc659:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "659"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc660" {
  image        = "example/svc660:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "660"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc661" {
  image        = "example/svc661:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "661"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc662" {
  image        = "example/svc662:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "662"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc663" {
  image        = "example/svc663:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "663"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc664" {
  image        = "example/svc664:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "664"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc665" {
  image        = "example/svc665:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "665"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc666" {
  image        = "example/svc666:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "666"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc667" {
  image        = "example/svc667:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "667"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc668" {
  image        = "example/svc668:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "668"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc669" {
  image        = "example/svc669:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "669"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc670" {
  image        = "example/svc670:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "670"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc671" {
  image        = "example/svc671:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "671"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc672" {
  image        = "example/svc672:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "672"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc673" {
  image        = "example/svc673:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "673"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc674" {
  image        = "example/svc674:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "674"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc675" {
  image        = "example/svc675:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "675"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc676" {
  image        = "example/svc676:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "676"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc677" {
  image        = "example/svc677:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "677"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc678" {
  image        = "example/svc678:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "678"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc679" {
  image        = "example/svc679:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "679"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc680" {
  image        = "example/svc680:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "680"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc681" {
  image        = "example/svc681:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "681"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc682" {
  image        = "example/svc682:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "682"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc683" {
  image        = "example/svc683:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "683"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc684" {
  image        = "example/svc684:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "684"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc685" {
  image        = "example/svc685:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "685"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc686" {
  image        = "example/svc686:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "686"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc687" {
  image        = "example/svc687:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "687"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc688" {
  image        = "example/svc688:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "688"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc689" {
  image        = "example/svc689:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "689"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc690" {
  image        = "example/svc690:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "690"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc691" {
  image        = "example/svc691:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "691"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc692" {
  image        = "example/svc692:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "692"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc693" {
  image        = "example/svc693:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "693"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc694" {
  image        = "example/svc694:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "694"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc695" {
  image        = "example/svc695:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "695"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc696" {
  image        = "example/svc696:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "696"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc697" {
  image        = "example/svc697:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "697"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc698" {
  image        = "example/svc698:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "698"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc699" {
  image        = "example/svc699:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "699"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc700" {
  image        = "example/svc700:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "700"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc701" {
  image        = "example/svc701:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "701"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc702" {
  image        = "example/svc702:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "702"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc703" {
  image        = "example/svc703:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "703"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc704" {
  image        = "example/svc704:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "704"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc705" {
  image        = "example/svc705:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "705"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc706" {
  image        = "example/svc706:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "706"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc707" {
  image        = "example/svc707:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "707"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc708" {
  image        = "example/svc708:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "708"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc709" {
  image        = "example/svc709:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "709"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc710" {
  image        = "example/svc710:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "710"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc711" {
  image        = "example/svc711:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "711"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc712" {
  image        = "example/svc712:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "712"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc713" {
  image        = "example/svc713:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "713"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc714" {
  image        = "example/svc714:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "714"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc715" {
  image        = "example/svc715:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "715"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc716" {
  image        = "example/svc716:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "716"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc717" {
  image        = "example/svc717:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "717"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc718" {
  image        = "example/svc718:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "718"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc719" {
  image        = "example/svc719:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "719"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc720" {
  image        = "example/svc720:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "720"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc721" {
  image        = "example/svc721:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "721"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc722" {
  image        = "example/svc722:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "722"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc723" {
  image        = "example/svc723:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "723"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc724" {
  image        = "example/svc724:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "724"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc725" {
  image        = "example/svc725:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "725"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc726" {
  image        = "example/svc726:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "726"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc727" {
  image        = "example/svc727:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "727"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc728" {
  image        = "example/svc728:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "728"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc729" {
  image        = "example/svc729:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "729"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc730" {
  image        = "example/svc730:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "730"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc731" {
  image        = "example/svc731:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "731"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc732" {
  image        = "example/svc732:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "732"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc733" {
  image        = "example/svc733:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "733"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc734" {
  image        = "example/svc734:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "734"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc735" {
  image        = "example/svc735:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "735"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc736" {
  image        = "example/svc736:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "736"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc737" {
  image        = "example/svc737:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "737"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc738" {
  image        = "example/svc738:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "738"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc739" {
  image        = "example/svc739:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "739"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc740" {
  image        = "example/svc740:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "740"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc741" {
  image        = "example/svc741:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "741"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc742" {
  image        = "example/svc742:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "742"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc743" {
  image        = "example/svc743:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "743"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc744" {
  image        = "example/svc744:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "744"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc745" {
  image        = "example/svc745:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "745"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc746" {
  image        = "example/svc746:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "746"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc747" {
  image        = "example/svc747:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "747"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc748" {
  image        = "example/svc748:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "748"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc749" {
  image        = "example/svc749:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "749"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc750" {
  image        = "example/svc750:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "750"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc751" {
  image        = "example/svc751:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "751"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc752" {
  image        = "example/svc752:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "752"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc753" {
  image        = "example/svc753:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "753"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc754" {
  image        = "example/svc754:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "754"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc755" {
  image        = "example/svc755:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "755"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc756" {
  image        = "example/svc756:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "756"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc757" {
  image        = "example/svc757:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "757"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc758" {
  image        = "example/svc758:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "758"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc759" {
  image        = "example/svc759:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "759"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc760" {
  image        = "example/svc760:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "760"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc761" {
  image        = "example/svc761:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "761"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc762" {
  image        = "example/svc762:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "762"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc763" {
  image        = "example/svc763:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "763"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc764" {
  image        = "example/svc764:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "764"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc765" {
  image        = "example/svc765:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "765"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc766" {
  image        = "example/svc766:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "766"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc767" {
  image        = "example/svc767:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "767"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc768" {
  image        = "example/svc768:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "768"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc769" {
  image        = "example/svc769:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "769"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc770" {
  image        = "example/svc770:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "770"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc771" {
  image        = "example/svc771:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "771"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc772" {
  image        = "example/svc772:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "772"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc773" {
  image        = "example/svc773:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "773"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc774" {
  image        = "example/svc774:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "774"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc775" {
  image        = "example/svc775:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "775"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc776" {
  image        = "example/svc776:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "776"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc777" {
  image        = "example/svc777:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "777"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc778" {
  image        = "example/svc778:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "778"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc779" {
  image        = "example/svc779:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "779"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc780" {
  image        = "example/svc780:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "780"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc781" {
  image        = "example/svc781:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "781"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc782" {
  image        = "example/svc782:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "782"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc783" {
  image        = "example/svc783:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "783"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc784" {
  image        = "example/svc784:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "784"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc785" {
  image        = "example/svc785:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "785"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc786" {
  image        = "example/svc786:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "786"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc787" {
  image        = "example/svc787:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "787"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc788" {
  image        = "example/svc788:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "788"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc789" {
  image        = "example/svc789:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "789"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc790" {
  image        = "example/svc790:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "790"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc791" {
  image        = "example/svc791:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "791"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc792" {
  image        = "example/svc792:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "792"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc793" {
  image        = "example/svc793:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "793"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc794" {
  image        = "example/svc794:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "794"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc795" {
  image        = "example/svc795:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "795"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc796" {
  image        = "example/svc796:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "796"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc797" {
  image        = "example/svc797:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "797"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc798" {
  image        = "example/svc798:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "798"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc799" {
  image        = "example/svc799:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "799"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc800" {
  image        = "example/svc800:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "800"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc801" {
  image        = "example/svc801:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "801"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc802" {
  image        = "example/svc802:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "802"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc803" {
  image        = "example/svc803:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "803"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc804" {
  image        = "example/svc804:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "804"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc805" {
  image        = "example/svc805:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "805"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc806" {
  image        = "example/svc806:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "806"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc807" {
  image        = "example/svc807:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "807"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc808" {
  image        = "example/svc808:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "808"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc809" {
  image        = "example/svc809:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "809"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc810" {
  image        = "example/svc810:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "810"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc811" {
  image        = "example/svc811:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "811"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc812" {
  image        = "example/svc812:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "812"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc813" {
  image        = "example/svc813:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "813"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc814" {
  image        = "example/svc814:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "814"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc815" {
  image        = "example/svc815:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "815"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc816" {
  image        = "example/svc816:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "816"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc817" {
  image        = "example/svc817:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "817"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc818" {
  image        = "example/svc818:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "818"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc819" {
  image        = "example/svc819:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "819"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc820" {
  image        = "example/svc820:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "820"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc821" {
  image        = "example/svc821:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "821"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc822" {
  image        = "example/svc822:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "822"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc823" {
  image        = "example/svc823:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "823"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc824" {
  image        = "example/svc824:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "824"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc825" {
  image        = "example/svc825:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "825"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc826" {
  image        = "example/svc826:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "826"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc827" {
  image        = "example/svc827:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "827"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc828" {
  image        = "example/svc828:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "828"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc829" {
  image        = "example/svc829:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "829"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc830" {
  image        = "example/svc830:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "830"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc831" {
  image        = "example/svc831:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "831"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc832" {
  image        = "example/svc832:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "832"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc833" {
  image        = "example/svc833:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "833"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc834" {
  image        = "example/svc834:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "834"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc835" {
  image        = "example/svc835:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "835"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc836" {
  image        = "example/svc836:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "836"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc837" {
  image        = "example/svc837:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "837"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc838" {
  image        = "example/svc838:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "838"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc839" {
  image        = "example/svc839:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "839"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc840" {
  image        = "example/svc840:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "840"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc841" {
  image        = "example/svc841:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "841"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc842" {
  image        = "example/svc842:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "842"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc843" {
  image        = "example/svc843:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "843"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc844" {
  image        = "example/svc844:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "844"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc845" {
  image        = "example/svc845:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "845"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc846" {
  image        = "example/svc846:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "846"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc847" {
  image        = "example/svc847:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "847"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc848" {
  image        = "example/svc848:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "848"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc849" {
  image        = "example/svc849:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "849"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc850" {
  image        = "example/svc850:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "850"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc851" {
  image        = "example/svc851:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "851"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc852" {
  image        = "example/svc852:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "852"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc853" {
  image        = "example/svc853:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "853"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc854" {
  image        = "example/svc854:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "854"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc855" {
  image        = "example/svc855:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "855"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc856" {
  image        = "example/svc856:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "856"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc857" {
  image        = "example/svc857:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "857"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc858" {
  image        = "example/svc858:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "858"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc859" {
  image        = "example/svc859:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "859"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc860" {
  image        = "example/svc860:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "860"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc861" {
  image        = "example/svc861:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "861"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc862" {
  image        = "example/svc862:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "862"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc863" {
  image        = "example/svc863:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "863"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc864" {
  image        = "example/svc864:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "864"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc865" {
  image        = "example/svc865:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "865"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc866" {
  image        = "example/svc866:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "866"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc867" {
  image        = "example/svc867:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "867"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc868" {
  image        = "example/svc868:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "868"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc869" {
  image        = "example/svc869:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "869"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc870" {
  image        = "example/svc870:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "870"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc871" {
  image        = "example/svc871:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "871"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc872" {
  image        = "example/svc872:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "872"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc873" {
  image        = "example/svc873:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "873"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc874" {
  image        = "example/svc874:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "874"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc875" {
  image        = "example/svc875:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "875"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc876" {
  image        = "example/svc876:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "876"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc877" {
  image        = "example/svc877:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "877"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc878" {
  image        = "example/svc878:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "878"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc879" {
  image        = "example/svc879:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "879"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc880" {
  image        = "example/svc880:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "880"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc881" {
  image        = "example/svc881:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "881"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc882" {
  image        = "example/svc882:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "882"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc883" {
  image        = "example/svc883:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "883"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc884" {
  image        = "example/svc884:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "884"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc885" {
  image        = "example/svc885:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "885"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc886" {
  image        = "example/svc886:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "886"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc887" {
  image        = "example/svc887:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "887"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc888" {
  image        = "example/svc888:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "888"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc889" {
  image        = "example/svc889:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "889"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc890" {
  image        = "example/svc890:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "890"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc891" {
  image        = "example/svc891:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "891"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc892" {
  image        = "example/svc892:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "892"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc893" {
  image        = "example/svc893:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "893"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc894" {
  image        = "example/svc894:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "894"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc895" {
  image        = "example/svc895:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "895"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc896" {
  image        = "example/svc896:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "896"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc897" {
  image        = "example/svc897:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "897"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc898" {
  image        = "example/svc898:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "898"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc899" {
  image        = "example/svc899:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "899"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc900" {
  image        = "example/svc900:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "900"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc901" {
  image        = "example/svc901:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "901"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc902" {
  image        = "example/svc902:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "902"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc903" {
  image        = "example/svc903:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "903"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc904" {
  image        = "example/svc904:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "904"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc905" {
  image        = "example/svc905:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "905"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc906" {
  image        = "example/svc906:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "906"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc907" {
  image        = "example/svc907:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "907"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc908" {
  image        = "example/svc908:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "908"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc909" {
  image        = "example/svc909:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "909"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc910" {
  image        = "example/svc910:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "910"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc911" {
  image        = "example/svc911:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "911"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc912" {
  image        = "example/svc912:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "912"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc913" {
  image        = "example/svc913:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "913"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc914" {
  image        = "example/svc914:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "914"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc915" {
  image        = "example/svc915:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "915"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc916" {
  image        = "example/svc916:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "916"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc917" {
  image        = "example/svc917:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "917"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc918" {
  image        = "example/svc918:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "918"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc919" {
  image        = "example/svc919:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "919"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc920" {
  image        = "example/svc920:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "920"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc921" {
  image        = "example/svc921:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "921"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc922" {
  image        = "example/svc922:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "922"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc923" {
  image        = "example/svc923:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "923"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc924" {
  image        = "example/svc924:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "924"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc925" {
  image        = "example/svc925:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "925"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc926" {
  image        = "example/svc926:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "926"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc927" {
  image        = "example/svc927:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "927"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc928" {
  image        = "example/svc928:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "928"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc929" {
  image        = "example/svc929:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "929"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc930" {
  image        = "example/svc930:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "930"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc931" {
  image        = "example/svc931:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "931"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc932" {
  image        = "example/svc932:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "932"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc933" {
  image        = "example/svc933:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "933"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc934" {
  image        = "example/svc934:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "934"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc935" {
  image        = "example/svc935:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "935"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc936" {
  image        = "example/svc936:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "936"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc937" {
  image        = "example/svc937:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "937"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc938" {
  image        = "example/svc938:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "938"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc939" {
  image        = "example/svc939:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "939"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc940" {
  image        = "example/svc940:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "940"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc941" {
  image        = "example/svc941:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "941"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc942" {
  image        = "example/svc942:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "942"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc943" {
  image        = "example/svc943:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "943"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc944" {
  image        = "example/svc944:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "944"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc945" {
  image        = "example/svc945:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "945"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc946" {
  image        = "example/svc946:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "946"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc947" {
  image        = "example/svc947:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "947"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc948" {
  image        = "example/svc948:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "948"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc949" {
  image        = "example/svc949:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "949"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc950" {
  image        = "example/svc950:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "950"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc951" {
  image        = "example/svc951:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "951"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc952" {
  image        = "example/svc952:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "952"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc953" {
  image        = "example/svc953:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "953"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc954" {
  image        = "example/svc954:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "954"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc955" {
  image        = "example/svc955:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "955"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc956" {
  image        = "example/svc956:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "956"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc957" {
  image        = "example/svc957:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "957"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc958" {
  image        = "example/svc958:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "958"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc959" {
  image        = "example/svc959:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "959"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc960" {
  image        = "example/svc960:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "960"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc961" {
  image        = "example/svc961:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "961"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc962" {
  image        = "example/svc962:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "962"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc963" {
  image        = "example/svc963:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "963"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc964" {
  image        = "example/svc964:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "964"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc965" {
  image        = "example/svc965:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "965"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc966" {
  image        = "example/svc966:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "966"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc967" {
  image        = "example/svc967:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "967"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc968" {
  image        = "example/svc968:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "968"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc969" {
  image        = "example/svc969:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "969"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc970" {
  image        = "example/svc970:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "970"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc971" {
  image        = "example/svc971:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "971"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc972" {
  image        = "example/svc972:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "972"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc973" {
  image        = "example/svc973:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "973"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc974" {
  image        = "example/svc974:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "974"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc975" {
  image        = "example/svc975:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "975"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc976" {
  image        = "example/svc976:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "976"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc977" {
  image        = "example/svc977:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "977"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc978" {
  image        = "example/svc978:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "978"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc979" {
  image        = "example/svc979:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "979"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc980" {
  image        = "example/svc980:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "980"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc981" {
  image        = "example/svc981:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "981"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc982" {
  image        = "example/svc982:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "982"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc983" {
  image        = "example/svc983:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "983"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc984" {
  image        = "example/svc984:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "984"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc985" {
  image        = "example/svc985:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "985"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc986" {
  image        = "example/svc986:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "986"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc987" {
  image        = "example/svc987:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "987"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc988" {
  image        = "example/svc988:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "988"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc989" {
  image        = "example/svc989:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "989"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc990" {
  image        = "example/svc990:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "990"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc991" {
  image        = "example/svc991:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "991"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc992" {
  image        = "example/svc992:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "992"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc993" {
  image        = "example/svc993:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "993"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc994" {
  image        = "example/svc994:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "994"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc995" {
  image        = "example/svc995:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "995"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc996" {
  image        = "example/svc996:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "996"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc997" {
  image        = "example/svc997:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "997"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc998" {
  image        = "example/svc998:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "998"
  }
  health {
    http = "/health"
  }
  metrics {
    histogram = "http_request_duration_seconds"
  }
}

service "svc999" {
  image        = "example/svc999:1.0"
  port         = 8000
  replicas     = 2
  max_replicas = 6
  env = {
    ID = "999"
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
  route "/svc100" {
    service = "svc100"
  }
  route "/svc101" {
    service = "svc101"
  }
  route "/svc102" {
    service = "svc102"
  }
  route "/svc103" {
    service = "svc103"
  }
  route "/svc104" {
    service = "svc104"
  }
  route "/svc105" {
    service = "svc105"
  }
  route "/svc106" {
    service = "svc106"
  }
  route "/svc107" {
    service = "svc107"
  }
  route "/svc108" {
    service = "svc108"
  }
  route "/svc109" {
    service = "svc109"
  }
  route "/svc110" {
    service = "svc110"
  }
  route "/svc111" {
    service = "svc111"
  }
  route "/svc112" {
    service = "svc112"
  }
  route "/svc113" {
    service = "svc113"
  }
  route "/svc114" {
    service = "svc114"
  }
  route "/svc115" {
    service = "svc115"
  }
  route "/svc116" {
    service = "svc116"
  }
  route "/svc117" {
    service = "svc117"
  }
  route "/svc118" {
    service = "svc118"
  }
  route "/svc119" {
    service = "svc119"
  }
  route "/svc120" {
    service = "svc120"
  }
  route "/svc121" {
    service = "svc121"
  }
  route "/svc122" {
    service = "svc122"
  }
  route "/svc123" {
    service = "svc123"
  }
  route "/svc124" {
    service = "svc124"
  }
  route "/svc125" {
    service = "svc125"
  }
  route "/svc126" {
    service = "svc126"
  }
  route "/svc127" {
    service = "svc127"
  }
  route "/svc128" {
    service = "svc128"
  }
  route "/svc129" {
    service = "svc129"
  }
  route "/svc130" {
    service = "svc130"
  }
  route "/svc131" {
    service = "svc131"
  }
  route "/svc132" {
    service = "svc132"
  }
  route "/svc133" {
    service = "svc133"
  }
  route "/svc134" {
    service = "svc134"
  }
  route "/svc135" {
    service = "svc135"
  }
  route "/svc136" {
    service = "svc136"
  }
  route "/svc137" {
    service = "svc137"
  }
  route "/svc138" {
    service = "svc138"
  }
  route "/svc139" {
    service = "svc139"
  }
  route "/svc140" {
    service = "svc140"
  }
  route "/svc141" {
    service = "svc141"
  }
  route "/svc142" {
    service = "svc142"
  }
  route "/svc143" {
    service = "svc143"
  }
  route "/svc144" {
    service = "svc144"
  }
  route "/svc145" {
    service = "svc145"
  }
  route "/svc146" {
    service = "svc146"
  }
  route "/svc147" {
    service = "svc147"
  }
  route "/svc148" {
    service = "svc148"
  }
  route "/svc149" {
    service = "svc149"
  }
  route "/svc150" {
    service = "svc150"
  }
  route "/svc151" {
    service = "svc151"
  }
  route "/svc152" {
    service = "svc152"
  }
  route "/svc153" {
    service = "svc153"
  }
  route "/svc154" {
    service = "svc154"
  }
  route "/svc155" {
    service = "svc155"
  }
  route "/svc156" {
    service = "svc156"
  }
  route "/svc157" {
    service = "svc157"
  }
  route "/svc158" {
    service = "svc158"
  }
  route "/svc159" {
    service = "svc159"
  }
  route "/svc160" {
    service = "svc160"
  }
  route "/svc161" {
    service = "svc161"
  }
  route "/svc162" {
    service = "svc162"
  }
  route "/svc163" {
    service = "svc163"
  }
  route "/svc164" {
    service = "svc164"
  }
  route "/svc165" {
    service = "svc165"
  }
  route "/svc166" {
    service = "svc166"
  }
  route "/svc167" {
    service = "svc167"
  }
  route "/svc168" {
    service = "svc168"
  }
  route "/svc169" {
    service = "svc169"
  }
  route "/svc170" {
    service = "svc170"
  }
  route "/svc171" {
    service = "svc171"
  }
  route "/svc172" {
    service = "svc172"
  }
  route "/svc173" {
    service = "svc173"
  }
  route "/svc174" {
    service = "svc174"
  }
  route "/svc175" {
    service = "svc175"
  }
  route "/svc176" {
    service = "svc176"
  }
  route "/svc177" {
    service = "svc177"
  }
  route "/svc178" {
    service = "svc178"
  }
  route "/svc179" {
    service = "svc179"
  }
  route "/svc180" {
    service = "svc180"
  }
  route "/svc181" {
    service = "svc181"
  }
  route "/svc182" {
    service = "svc182"
  }
  route "/svc183" {
    service = "svc183"
  }
  route "/svc184" {
    service = "svc184"
  }
  route "/svc185" {
    service = "svc185"
  }
  route "/svc186" {
    service = "svc186"
  }
  route "/svc187" {
    service = "svc187"
  }
  route "/svc188" {
    service = "svc188"
  }
  route "/svc189" {
    service = "svc189"
  }
  route "/svc190" {
    service = "svc190"
  }
  route "/svc191" {
    service = "svc191"
  }
  route "/svc192" {
    service = "svc192"
  }
  route "/svc193" {
    service = "svc193"
  }
  route "/svc194" {
    service = "svc194"
  }
  route "/svc195" {
    service = "svc195"
  }
  route "/svc196" {
    service = "svc196"
  }
  route "/svc197" {
    service = "svc197"
  }
  route "/svc198" {
    service = "svc198"
  }
  route "/svc199" {
    service = "svc199"
  }
  route "/svc200" {
    service = "svc200"
  }
  route "/svc201" {
    service = "svc201"
  }
  route "/svc202" {
    service = "svc202"
  }
  route "/svc203" {
    service = "svc203"
  }
  route "/svc204" {
    service = "svc204"
  }
  route "/svc205" {
    service = "svc205"
  }
  route "/svc206" {
    service = "svc206"
  }
  route "/svc207" {
    service = "svc207"
  }
  route "/svc208" {
    service = "svc208"
  }
  route "/svc209" {
    service = "svc209"
  }
  route "/svc210" {
    service = "svc210"
  }
  route "/svc211" {
    service = "svc211"
  }
  route "/svc212" {
    service = "svc212"
  }
  route "/svc213" {
    service = "svc213"
  }
  route "/svc214" {
    service = "svc214"
  }
  route "/svc215" {
    service = "svc215"
  }
  route "/svc216" {
    service = "svc216"
  }
  route "/svc217" {
    service = "svc217"
  }
  route "/svc218" {
    service = "svc218"
  }
  route "/svc219" {
    service = "svc219"
  }
  route "/svc220" {
    service = "svc220"
  }
  route "/svc221" {
    service = "svc221"
  }
  route "/svc222" {
    service = "svc222"
  }
  route "/svc223" {
    service = "svc223"
  }
  route "/svc224" {
    service = "svc224"
  }
  route "/svc225" {
    service = "svc225"
  }
  route "/svc226" {
    service = "svc226"
  }
  route "/svc227" {
    service = "svc227"
  }
  route "/svc228" {
    service = "svc228"
  }
  route "/svc229" {
    service = "svc229"
  }
  route "/svc230" {
    service = "svc230"
  }
  route "/svc231" {
    service = "svc231"
  }
  route "/svc232" {
    service = "svc232"
  }
  route "/svc233" {
    service = "svc233"
  }
  route "/svc234" {
    service = "svc234"
  }
  route "/svc235" {
    service = "svc235"
  }
  route "/svc236" {
    service = "svc236"
  }
  route "/svc237" {
    service = "svc237"
  }
  route "/svc238" {
    service = "svc238"
  }
  route "/svc239" {
    service = "svc239"
  }
  route "/svc240" {
    service = "svc240"
  }
  route "/svc241" {
    service = "svc241"
  }
  route "/svc242" {
    service = "svc242"
  }
  route "/svc243" {
    service = "svc243"
  }
  route "/svc244" {
    service = "svc244"
  }
  route "/svc245" {
    service = "svc245"
  }
  route "/svc246" {
    service = "svc246"
  }
  route "/svc247" {
    service = "svc247"
  }
  route "/svc248" {
    service = "svc248"
  }
  route "/svc249" {
    service = "svc249"
  }
  route "/svc250" {
    service = "svc250"
  }
  route "/svc251" {
    service = "svc251"
  }
  route "/svc252" {
    service = "svc252"
  }
  route "/svc253" {
    service = "svc253"
  }
  route "/svc254" {
    service = "svc254"
  }
  route "/svc255" {
    service = "svc255"
  }
  route "/svc256" {
    service = "svc256"
  }
  route "/svc257" {
    service = "svc257"
  }
  route "/svc258" {
    service = "svc258"
  }
  route "/svc259" {
    service = "svc259"
  }
  route "/svc260" {
    service = "svc260"
  }
  route "/svc261" {
    service = "svc261"
  }
  route "/svc262" {
    service = "svc262"
  }
  route "/svc263" {
    service = "svc263"
  }
  route "/svc264" {
    service = "svc264"
  }
  route "/svc265" {
    service = "svc265"
  }
  route "/svc266" {
    service = "svc266"
  }
  route "/svc267" {
    service = "svc267"
  }
  route "/svc268" {
    service = "svc268"
  }
  route "/svc269" {
    service = "svc269"
  }
  route "/svc270" {
    service = "svc270"
  }
  route "/svc271" {
    service = "svc271"
  }
  route "/svc272" {
    service = "svc272"
  }
  route "/svc273" {
    service = "svc273"
  }
  route "/svc274" {
    service = "svc274"
  }
  route "/svc275" {
    service = "svc275"
  }
  route "/svc276" {
    service = "svc276"
  }
  route "/svc277" {
    service = "svc277"
  }
  route "/svc278" {
    service = "svc278"
  }
  route "/svc279" {
    service = "svc279"
  }
  route "/svc280" {
    service = "svc280"
  }
  route "/svc281" {
    service = "svc281"
  }
  route "/svc282" {
    service = "svc282"
  }
  route "/svc283" {
    service = "svc283"
  }
  route "/svc284" {
    service = "svc284"
  }
  route "/svc285" {
    service = "svc285"
  }
  route "/svc286" {
    service = "svc286"
  }
  route "/svc287" {
    service = "svc287"
  }
  route "/svc288" {
    service = "svc288"
  }
  route "/svc289" {
    service = "svc289"
  }
  route "/svc290" {
    service = "svc290"
  }
  route "/svc291" {
    service = "svc291"
  }
  route "/svc292" {
    service = "svc292"
  }
  route "/svc293" {
    service = "svc293"
  }
  route "/svc294" {
    service = "svc294"
  }
  route "/svc295" {
    service = "svc295"
  }
  route "/svc296" {
    service = "svc296"
  }
  route "/svc297" {
    service = "svc297"
  }
  route "/svc298" {
    service = "svc298"
  }
  route "/svc299" {
    service = "svc299"
  }
  route "/svc300" {
    service = "svc300"
  }
  route "/svc301" {
    service = "svc301"
  }
  route "/svc302" {
    service = "svc302"
  }
  route "/svc303" {
    service = "svc303"
  }
  route "/svc304" {
    service = "svc304"
  }
  route "/svc305" {
    service = "svc305"
  }
  route "/svc306" {
    service = "svc306"
  }
  route "/svc307" {
    service = "svc307"
  }
  route "/svc308" {
    service = "svc308"
  }
  route "/svc309" {
    service = "svc309"
  }
  route "/svc310" {
    service = "svc310"
  }
  route "/svc311" {
    service = "svc311"
  }
  route "/svc312" {
    service = "svc312"
  }
  route "/svc313" {
    service = "svc313"
  }
  route "/svc314" {
    service = "svc314"
  }
  route "/svc315" {
    service = "svc315"
  }
  route "/svc316" {
    service = "svc316"
  }
  route "/svc317" {
    service = "svc317"
  }
  route "/svc318" {
    service = "svc318"
  }
  route "/svc319" {
    service = "svc319"
  }
  route "/svc320" {
    service = "svc320"
  }
  route "/svc321" {
    service = "svc321"
  }
  route "/svc322" {
    service = "svc322"
  }
  route "/svc323" {
    service = "svc323"
  }
  route "/svc324" {
    service = "svc324"
  }
  route "/svc325" {
    service = "svc325"
  }
  route "/svc326" {
    service = "svc326"
  }
  route "/svc327" {
    service = "svc327"
  }
  route "/svc328" {
    service = "svc328"
  }
  route "/svc329" {
    service = "svc329"
  }
  route "/svc330" {
    service = "svc330"
  }
  route "/svc331" {
    service = "svc331"
  }
  route "/svc332" {
    service = "svc332"
  }
  route "/svc333" {
    service = "svc333"
  }
  route "/svc334" {
    service = "svc334"
  }
  route "/svc335" {
    service = "svc335"
  }
  route "/svc336" {
    service = "svc336"
  }
  route "/svc337" {
    service = "svc337"
  }
  route "/svc338" {
    service = "svc338"
  }
  route "/svc339" {
    service = "svc339"
  }
  route "/svc340" {
    service = "svc340"
  }
  route "/svc341" {
    service = "svc341"
  }
  route "/svc342" {
    service = "svc342"
  }
  route "/svc343" {
    service = "svc343"
  }
  route "/svc344" {
    service = "svc344"
  }
  route "/svc345" {
    service = "svc345"
  }
  route "/svc346" {
    service = "svc346"
  }
  route "/svc347" {
    service = "svc347"
  }
  route "/svc348" {
    service = "svc348"
  }
  route "/svc349" {
    service = "svc349"
  }
  route "/svc350" {
    service = "svc350"
  }
  route "/svc351" {
    service = "svc351"
  }
  route "/svc352" {
    service = "svc352"
  }
  route "/svc353" {
    service = "svc353"
  }
  route "/svc354" {
    service = "svc354"
  }
  route "/svc355" {
    service = "svc355"
  }
  route "/svc356" {
    service = "svc356"
  }
  route "/svc357" {
    service = "svc357"
  }
  route "/svc358" {
    service = "svc358"
  }
  route "/svc359" {
    service = "svc359"
  }
  route "/svc360" {
    service = "svc360"
  }
  route "/svc361" {
    service = "svc361"
  }
  route "/svc362" {
    service = "svc362"
  }
  route "/svc363" {
    service = "svc363"
  }
  route "/svc364" {
    service = "svc364"
  }
  route "/svc365" {
    service = "svc365"
  }
  route "/svc366" {
    service = "svc366"
  }
  route "/svc367" {
    service = "svc367"
  }
  route "/svc368" {
    service = "svc368"
  }
  route "/svc369" {
    service = "svc369"
  }
  route "/svc370" {
    service = "svc370"
  }
  route "/svc371" {
    service = "svc371"
  }
  route "/svc372" {
    service = "svc372"
  }
  route "/svc373" {
    service = "svc373"
  }
  route "/svc374" {
    service = "svc374"
  }
  route "/svc375" {
    service = "svc375"
  }
  route "/svc376" {
    service = "svc376"
  }
  route "/svc377" {
    service = "svc377"
  }
  route "/svc378" {
    service = "svc378"
  }
  route "/svc379" {
    service = "svc379"
  }
  route "/svc380" {
    service = "svc380"
  }
  route "/svc381" {
    service = "svc381"
  }
  route "/svc382" {
    service = "svc382"
  }
  route "/svc383" {
    service = "svc383"
  }
  route "/svc384" {
    service = "svc384"
  }
  route "/svc385" {
    service = "svc385"
  }
  route "/svc386" {
    service = "svc386"
  }
  route "/svc387" {
    service = "svc387"
  }
  route "/svc388" {
    service = "svc388"
  }
  route "/svc389" {
    service = "svc389"
  }
  route "/svc390" {
    service = "svc390"
  }
  route "/svc391" {
    service = "svc391"
  }
  route "/svc392" {
    service = "svc392"
  }
  route "/svc393" {
    service = "svc393"
  }
  route "/svc394" {
    service = "svc394"
  }
  route "/svc395" {
    service = "svc395"
  }
  route "/svc396" {
    service = "svc396"
  }
  route "/svc397" {
    service = "svc397"
  }
  route "/svc398" {
    service = "svc398"
  }
  route "/svc399" {
    service = "svc399"
  }
  route "/svc400" {
    service = "svc400"
  }
  route "/svc401" {
    service = "svc401"
  }
  route "/svc402" {
    service = "svc402"
  }
  route "/svc403" {
    service = "svc403"
  }
  route "/svc404" {
    service = "svc404"
  }
  route "/svc405" {
    service = "svc405"
  }
  route "/svc406" {
    service = "svc406"
  }
  route "/svc407" {
    service = "svc407"
  }
  route "/svc408" {
    service = "svc408"
  }
  route "/svc409" {
    service = "svc409"
  }
  route "/svc410" {
    service = "svc410"
  }
  route "/svc411" {
    service = "svc411"
  }
  route "/svc412" {
    service = "svc412"
  }
  route "/svc413" {
    service = "svc413"
  }
  route "/svc414" {
    service = "svc414"
  }
  route "/svc415" {
    service = "svc415"
  }
  route "/svc416" {
    service = "svc416"
  }
  route "/svc417" {
    service = "svc417"
  }
  route "/svc418" {
    service = "svc418"
  }
  route "/svc419" {
    service = "svc419"
  }
  route "/svc420" {
    service = "svc420"
  }
  route "/svc421" {
    service = "svc421"
  }
  route "/svc422" {
    service = "svc422"
  }
  route "/svc423" {
    service = "svc423"
  }
  route "/svc424" {
    service = "svc424"
  }
  route "/svc425" {
    service = "svc425"
  }
  route "/svc426" {
    service = "svc426"
  }
  route "/svc427" {
    service = "svc427"
  }
  route "/svc428" {
    service = "svc428"
  }
  route "/svc429" {
    service = "svc429"
  }
  route "/svc430" {
    service = "svc430"
  }
  route "/svc431" {
    service = "svc431"
  }
  route "/svc432" {
    service = "svc432"
  }
  route "/svc433" {
    service = "svc433"
  }
  route "/svc434" {
    service = "svc434"
  }
  route "/svc435" {
    service = "svc435"
  }
  route "/svc436" {
    service = "svc436"
  }
  route "/svc437" {
    service = "svc437"
  }
  route "/svc438" {
    service = "svc438"
  }
  route "/svc439" {
    service = "svc439"
  }
  route "/svc440" {
    service = "svc440"
  }
  route "/svc441" {
    service = "svc441"
  }
  route "/svc442" {
    service = "svc442"
  }
  route "/svc443" {
    service = "svc443"
  }
  route "/svc444" {
    service = "svc444"
  }
  route "/svc445" {
    service = "svc445"
  }
  route "/svc446" {
    service = "svc446"
  }
  route "/svc447" {
    service = "svc447"
  }
  route "/svc448" {
    service = "svc448"
  }
  route "/svc449" {
    service = "svc449"
  }
  route "/svc450" {
    service = "svc450"
  }
  route "/svc451" {
    service = "svc451"
  }
  route "/svc452" {
    service = "svc452"
  }
  route "/svc453" {
    service = "svc453"
  }
  route "/svc454" {
    service = "svc454"
  }
  route "/svc455" {
    service = "svc455"
  }
  route "/svc456" {
    service = "svc456"
  }
  route "/svc457" {
    service = "svc457"
  }
  route "/svc458" {
    service = "svc458"
  }
  route "/svc459" {
    service = "svc459"
  }
  route "/svc460" {
    service = "svc460"
  }
  route "/svc461" {
    service = "svc461"
  }
  route "/svc462" {
    service = "svc462"
  }
  route "/svc463" {
    service = "svc463"
  }
  route "/svc464" {
    service = "svc464"
  }
  route "/svc465" {
    service = "svc465"
  }
  route "/svc466" {
    service = "svc466"
  }
  route "/svc467" {
    service = "svc467"
  }
  route "/svc468" {
    service = "svc468"
  }
  route "/svc469" {
    service = "svc469"
  }
  route "/svc470" {
    service = "svc470"
  }
  route "/svc471" {
    service = "svc471"
  }
  route "/svc472" {
    service = "svc472"
  }
  route "/svc473" {
    service = "svc473"
  }
  route "/svc474" {
    service = "svc474"
  }
  route "/svc475" {
    service = "svc475"
  }
  route "/svc476" {
    service = "svc476"
  }
  route "/svc477" {
    service = "svc477"
  }
  route "/svc478" {
    service = "svc478"
  }
  route "/svc479" {
    service = "svc479"
  }
  route "/svc480" {
    service = "svc480"
  }
  route "/svc481" {
    service = "svc481"
  }
  route "/svc482" {
    service = "svc482"
  }
  route "/svc483" {
    service = "svc483"
  }
  route "/svc484" {
    service = "svc484"
  }
  route "/svc485" {
    service = "svc485"
  }
  route "/svc486" {
    service = "svc486"
  }
  route "/svc487" {
    service = "svc487"
  }
  route "/svc488" {
    service = "svc488"
  }
  route "/svc489" {
    service = "svc489"
  }
  route "/svc490" {
    service = "svc490"
  }
  route "/svc491" {
    service = "svc491"
  }
  route "/svc492" {
    service = "svc492"
  }
  route "/svc493" {
    service = "svc493"
  }
  route "/svc494" {
    service = "svc494"
  }
  route "/svc495" {
    service = "svc495"
  }
  route "/svc496" {
    service = "svc496"
  }
  route "/svc497" {
    service = "svc497"
  }
  route "/svc498" {
    service = "svc498"
  }
  route "/svc499" {
    service = "svc499"
  }
  route "/svc500" {
    service = "svc500"
  }
  route "/svc501" {
    service = "svc501"
  }
  route "/svc502" {
    service = "svc502"
  }
  route "/svc503" {
    service = "svc503"
  }
  route "/svc504" {
    service = "svc504"
  }
  route "/svc505" {
    service = "svc505"
  }
  route "/svc506" {
    service = "svc506"
  }
  route "/svc507" {
    service = "svc507"
  }
  route "/svc508" {
    service = "svc508"
  }
  route "/svc509" {
    service = "svc509"
  }
  route "/svc510" {
    service = "svc510"
  }
  route "/svc511" {
    service = "svc511"
  }
  route "/svc512" {
    service = "svc512"
  }
  route "/svc513" {
    service = "svc513"
  }
  route "/svc514" {
    service = "svc514"
  }
  route "/svc515" {
    service = "svc515"
  }
  route "/svc516" {
    service = "svc516"
  }
  route "/svc517" {
    service = "svc517"
  }
  route "/svc518" {
    service = "svc518"
  }
  route "/svc519" {
    service = "svc519"
  }
  route "/svc520" {
    service = "svc520"
  }
  route "/svc521" {
    service = "svc521"
  }
  route "/svc522" {
    service = "svc522"
  }
  route "/svc523" {
    service = "svc523"
  }
  route "/svc524" {
    service = "svc524"
  }
  route "/svc525" {
    service = "svc525"
  }
  route "/svc526" {
    service = "svc526"
  }
  route "/svc527" {
    service = "svc527"
  }
  route "/svc528" {
    service = "svc528"
  }
  route "/svc529" {
    service = "svc529"
  }
  route "/svc530" {
    service = "svc530"
  }
  route "/svc531" {
    service = "svc531"
  }
  route "/svc532" {
    service = "svc532"
  }
  route "/svc533" {
    service = "svc533"
  }
  route "/svc534" {
    service = "svc534"
  }
  route "/svc535" {
    service = "svc535"
  }
  route "/svc536" {
    service = "svc536"
  }
  route "/svc537" {
    service = "svc537"
  }
  route "/svc538" {
    service = "svc538"
  }
  route "/svc539" {
    service = "svc539"
  }
  route "/svc540" {
    service = "svc540"
  }
  route "/svc541" {
    service = "svc541"
  }
  route "/svc542" {
    service = "svc542"
  }
  route "/svc543" {
    service = "svc543"
  }
  route "/svc544" {
    service = "svc544"
  }
  route "/svc545" {
    service = "svc545"
  }
  route "/svc546" {
    service = "svc546"
  }
  route "/svc547" {
    service = "svc547"
  }
  route "/svc548" {
    service = "svc548"
  }
  route "/svc549" {
    service = "svc549"
  }
  route "/svc550" {
    service = "svc550"
  }
  route "/svc551" {
    service = "svc551"
  }
  route "/svc552" {
    service = "svc552"
  }
  route "/svc553" {
    service = "svc553"
  }
  route "/svc554" {
    service = "svc554"
  }
  route "/svc555" {
    service = "svc555"
  }
  route "/svc556" {
    service = "svc556"
  }
  route "/svc557" {
    service = "svc557"
  }
  route "/svc558" {
    service = "svc558"
  }
  route "/svc559" {
    service = "svc559"
  }
  route "/svc560" {
    service = "svc560"
  }
  route "/svc561" {
    service = "svc561"
  }
  route "/svc562" {
    service = "svc562"
  }
  route "/svc563" {
    service = "svc563"
  }
  route "/svc564" {
    service = "svc564"
  }
  route "/svc565" {
    service = "svc565"
  }
  route "/svc566" {
    service = "svc566"
  }
  route "/svc567" {
    service = "svc567"
  }
  route "/svc568" {
    service = "svc568"
  }
  route "/svc569" {
    service = "svc569"
  }
  route "/svc570" {
    service = "svc570"
  }
  route "/svc571" {
    service = "svc571"
  }
  route "/svc572" {
    service = "svc572"
  }
  route "/svc573" {
    service = "svc573"
  }
  route "/svc574" {
    service = "svc574"
  }
  route "/svc575" {
    service = "svc575"
  }
  route "/svc576" {
    service = "svc576"
  }
  route "/svc577" {
    service = "svc577"
  }
  route "/svc578" {
    service = "svc578"
  }
  route "/svc579" {
    service = "svc579"
  }
  route "/svc580" {
    service = "svc580"
  }
  route "/svc581" {
    service = "svc581"
  }
  route "/svc582" {
    service = "svc582"
  }
  route "/svc583" {
    service = "svc583"
  }
  route "/svc584" {
    service = "svc584"
  }
  route "/svc585" {
    service = "svc585"
  }
  route "/svc586" {
    service = "svc586"
  }
  route "/svc587" {
    service = "svc587"
  }
  route "/svc588" {
    service = "svc588"
  }
  route "/svc589" {
    service = "svc589"
  }
  route "/svc590" {
    service = "svc590"
  }
  route "/svc591" {
    service = "svc591"
  }
  route "/svc592" {
    service = "svc592"
  }
  route "/svc593" {
    service = "svc593"
  }
  route "/svc594" {
    service = "svc594"
  }
  route "/svc595" {
    service = "svc595"
  }
  route "/svc596" {
    service = "svc596"
  }
  route "/svc597" {
    service = "svc597"
  }
  route "/svc598" {
    service = "svc598"
  }
  route "/svc599" {
    service = "svc599"
  }
  route "/svc600" {
    service = "svc600"
  }
  route "/svc601" {
    service = "svc601"
  }
  route "/svc602" {
    service = "svc602"
  }
  route "/svc603" {
    service = "svc603"
  }
  route "/svc604" {
    service = "svc604"
  }
  route "/svc605" {
    service = "svc605"
  }
  route "/svc606" {
    service = "svc606"
  }
  route "/svc607" {
    service = "svc607"
  }
  route "/svc608" {
    service = "svc608"
  }
  route "/svc609" {
    service = "svc609"
  }
  route "/svc610" {
    service = "svc610"
  }
  route "/svc611" {
    service = "svc611"
  }
  route "/svc612" {
    service = "svc612"
  }
  route "/svc613" {
    service = "svc613"
  }
  route "/svc614" {
    service = "svc614"
  }
  route "/svc615" {
    service = "svc615"
  }
  route "/svc616" {
    service = "svc616"
  }
  route "/svc617" {
    service = "svc617"
  }
  route "/svc618" {
    service = "svc618"
  }
  route "/svc619" {
    service = "svc619"
  }
  route "/svc620" {
    service = "svc620"
  }
  route "/svc621" {
    service = "svc621"
  }
  route "/svc622" {
    service = "svc622"
  }
  route "/svc623" {
    service = "svc623"
  }
  route "/svc624" {
    service = "svc624"
  }
  route "/svc625" {
    service = "svc625"
  }
  route "/svc626" {
    service = "svc626"
  }
  route "/svc627" {
    service = "svc627"
  }
  route "/svc628" {
    service = "svc628"
  }
  route "/svc629" {
    service = "svc629"
  }
  route "/svc630" {
    service = "svc630"
  }
  route "/svc631" {
    service = "svc631"
  }
  route "/svc632" {
    service = "svc632"
  }
  route "/svc633" {
    service = "svc633"
  }
  route "/svc634" {
    service = "svc634"
  }
  route "/svc635" {
    service = "svc635"
  }
  route "/svc636" {
    service = "svc636"
  }
  route "/svc637" {
    service = "svc637"
  }
  route "/svc638" {
    service = "svc638"
  }
  route "/svc639" {
    service = "svc639"
  }
  route "/svc640" {
    service = "svc640"
  }
  route "/svc641" {
    service = "svc641"
  }
  route "/svc642" {
    service = "svc642"
  }
  route "/svc643" {
    service = "svc643"
  }
  route "/svc644" {
    service = "svc644"
  }
  route "/svc645" {
    service = "svc645"
  }
  route "/svc646" {
    service = "svc646"
  }
  route "/svc647" {
    service = "svc647"
  }
  route "/svc648" {
    service = "svc648"
  }
  route "/svc649" {
    service = "svc649"
  }
  route "/svc650" {
    service = "svc650"
  }
  route "/svc651" {
    service = "svc651"
  }
  route "/svc652" {
    service = "svc652"
  }
  route "/svc653" {
    service = "svc653"
  }
  route "/svc654" {
    service = "svc654"
  }
  route "/svc655" {
    service = "svc655"
  }
  route "/svc656" {
    service = "svc656"
  }
  route "/svc657" {
    service = "svc657"
  }
  route "/svc658" {
    service = "svc658"
  }
  route "/svc659" {
    service = "svc659"
  }
  route "/svc660" {
    service = "svc660"
  }
  route "/svc661" {
    service = "svc661"
  }
  route "/svc662" {
    service = "svc662"
  }
  route "/svc663" {
    service = "svc663"
  }
  route "/svc664" {
    service = "svc664"
  }
  route "/svc665" {
    service = "svc665"
  }
  route "/svc666" {
    service = "svc666"
  }
  route "/svc667" {
    service = "svc667"
  }
  route "/svc668" {
    service = "svc668"
  }
  route "/svc669" {
    service = "svc669"
  }
  route "/svc670" {
    service = "svc670"
  }
  route "/svc671" {
    service = "svc671"
  }
  route "/svc672" {
    service = "svc672"
  }
  route "/svc673" {
    service = "svc673"
  }
  route "/svc674" {
    service = "svc674"
  }
  route "/svc675" {
    service = "svc675"
  }
  route "/svc676" {
    service = "svc676"
  }
  route "/svc677" {
    service = "svc677"
  }
  route "/svc678" {
    service = "svc678"
  }
  route "/svc679" {
    service = "svc679"
  }
  route "/svc680" {
    service = "svc680"
  }
  route "/svc681" {
    service = "svc681"
  }
  route "/svc682" {
    service = "svc682"
  }
  route "/svc683" {
    service = "svc683"
  }
  route "/svc684" {
    service = "svc684"
  }
  route "/svc685" {
    service = "svc685"
  }
  route "/svc686" {
    service = "svc686"
  }
  route "/svc687" {
    service = "svc687"
  }
  route "/svc688" {
    service = "svc688"
  }
  route "/svc689" {
    service = "svc689"
  }
  route "/svc690" {
    service = "svc690"
  }
  route "/svc691" {
    service = "svc691"
  }
  route "/svc692" {
    service = "svc692"
  }
  route "/svc693" {
    service = "svc693"
  }
  route "/svc694" {
    service = "svc694"
  }
  route "/svc695" {
    service = "svc695"
  }
  route "/svc696" {
    service = "svc696"
  }
  route "/svc697" {
    service = "svc697"
  }
  route "/svc698" {
    service = "svc698"
  }
  route "/svc699" {
    service = "svc699"
  }
  route "/svc700" {
    service = "svc700"
  }
  route "/svc701" {
    service = "svc701"
  }
  route "/svc702" {
    service = "svc702"
  }
  route "/svc703" {
    service = "svc703"
  }
  route "/svc704" {
    service = "svc704"
  }
  route "/svc705" {
    service = "svc705"
  }
  route "/svc706" {
    service = "svc706"
  }
  route "/svc707" {
    service = "svc707"
  }
  route "/svc708" {
    service = "svc708"
  }
  route "/svc709" {
    service = "svc709"
  }
  route "/svc710" {
    service = "svc710"
  }
  route "/svc711" {
    service = "svc711"
  }
  route "/svc712" {
    service = "svc712"
  }
  route "/svc713" {
    service = "svc713"
  }
  route "/svc714" {
    service = "svc714"
  }
  route "/svc715" {
    service = "svc715"
  }
  route "/svc716" {
    service = "svc716"
  }
  route "/svc717" {
    service = "svc717"
  }
  route "/svc718" {
    service = "svc718"
  }
  route "/svc719" {
    service = "svc719"
  }
  route "/svc720" {
    service = "svc720"
  }
  route "/svc721" {
    service = "svc721"
  }
  route "/svc722" {
    service = "svc722"
  }
  route "/svc723" {
    service = "svc723"
  }
  route "/svc724" {
    service = "svc724"
  }
  route "/svc725" {
    service = "svc725"
  }
  route "/svc726" {
    service = "svc726"
  }
  route "/svc727" {
    service = "svc727"
  }
  route "/svc728" {
    service = "svc728"
  }
  route "/svc729" {
    service = "svc729"
  }
  route "/svc730" {
    service = "svc730"
  }
  route "/svc731" {
    service = "svc731"
  }
  route "/svc732" {
    service = "svc732"
  }
  route "/svc733" {
    service = "svc733"
  }
  route "/svc734" {
    service = "svc734"
  }
  route "/svc735" {
    service = "svc735"
  }
  route "/svc736" {
    service = "svc736"
  }
  route "/svc737" {
    service = "svc737"
  }
  route "/svc738" {
    service = "svc738"
  }
  route "/svc739" {
    service = "svc739"
  }
  route "/svc740" {
    service = "svc740"
  }
  route "/svc741" {
    service = "svc741"
  }
  route "/svc742" {
    service = "svc742"
  }
  route "/svc743" {
    service = "svc743"
  }
  route "/svc744" {
    service = "svc744"
  }
  route "/svc745" {
    service = "svc745"
  }
  route "/svc746" {
    service = "svc746"
  }
  route "/svc747" {
    service = "svc747"
  }
  route "/svc748" {
    service = "svc748"
  }
  route "/svc749" {
    service = "svc749"
  }
  route "/svc750" {
    service = "svc750"
  }
  route "/svc751" {
    service = "svc751"
  }
  route "/svc752" {
    service = "svc752"
  }
  route "/svc753" {
    service = "svc753"
  }
  route "/svc754" {
    service = "svc754"
  }
  route "/svc755" {
    service = "svc755"
  }
  route "/svc756" {
    service = "svc756"
  }
  route "/svc757" {
    service = "svc757"
  }
  route "/svc758" {
    service = "svc758"
  }
  route "/svc759" {
    service = "svc759"
  }
  route "/svc760" {
    service = "svc760"
  }
  route "/svc761" {
    service = "svc761"
  }
  route "/svc762" {
    service = "svc762"
  }
  route "/svc763" {
    service = "svc763"
  }
  route "/svc764" {
    service = "svc764"
  }
  route "/svc765" {
    service = "svc765"
  }
  route "/svc766" {
    service = "svc766"
  }
  route "/svc767" {
    service = "svc767"
  }
  route "/svc768" {
    service = "svc768"
  }
  route "/svc769" {
    service = "svc769"
  }
  route "/svc770" {
    service = "svc770"
  }
  route "/svc771" {
    service = "svc771"
  }
  route "/svc772" {
    service = "svc772"
  }
  route "/svc773" {
    service = "svc773"
  }
  route "/svc774" {
    service = "svc774"
  }
  route "/svc775" {
    service = "svc775"
  }
  route "/svc776" {
    service = "svc776"
  }
  route "/svc777" {
    service = "svc777"
  }
  route "/svc778" {
    service = "svc778"
  }
  route "/svc779" {
    service = "svc779"
  }
  route "/svc780" {
    service = "svc780"
  }
  route "/svc781" {
    service = "svc781"
  }
  route "/svc782" {
    service = "svc782"
  }
  route "/svc783" {
    service = "svc783"
  }
  route "/svc784" {
    service = "svc784"
  }
  route "/svc785" {
    service = "svc785"
  }
  route "/svc786" {
    service = "svc786"
  }
  route "/svc787" {
    service = "svc787"
  }
  route "/svc788" {
    service = "svc788"
  }
  route "/svc789" {
    service = "svc789"
  }
  route "/svc790" {
    service = "svc790"
  }
  route "/svc791" {
    service = "svc791"
  }
  route "/svc792" {
    service = "svc792"
  }
  route "/svc793" {
    service = "svc793"
  }
  route "/svc794" {
    service = "svc794"
  }
  route "/svc795" {
    service = "svc795"
  }
  route "/svc796" {
    service = "svc796"
  }
  route "/svc797" {
    service = "svc797"
  }
  route "/svc798" {
    service = "svc798"
  }
  route "/svc799" {
    service = "svc799"
  }
  route "/svc800" {
    service = "svc800"
  }
  route "/svc801" {
    service = "svc801"
  }
  route "/svc802" {
    service = "svc802"
  }
  route "/svc803" {
    service = "svc803"
  }
  route "/svc804" {
    service = "svc804"
  }
  route "/svc805" {
    service = "svc805"
  }
  route "/svc806" {
    service = "svc806"
  }
  route "/svc807" {
    service = "svc807"
  }
  route "/svc808" {
    service = "svc808"
  }
  route "/svc809" {
    service = "svc809"
  }
  route "/svc810" {
    service = "svc810"
  }
  route "/svc811" {
    service = "svc811"
  }
  route "/svc812" {
    service = "svc812"
  }
  route "/svc813" {
    service = "svc813"
  }
  route "/svc814" {
    service = "svc814"
  }
  route "/svc815" {
    service = "svc815"
  }
  route "/svc816" {
    service = "svc816"
  }
  route "/svc817" {
    service = "svc817"
  }
  route "/svc818" {
    service = "svc818"
  }
  route "/svc819" {
    service = "svc819"
  }
  route "/svc820" {
    service = "svc820"
  }
  route "/svc821" {
    service = "svc821"
  }
  route "/svc822" {
    service = "svc822"
  }
  route "/svc823" {
    service = "svc823"
  }
  route "/svc824" {
    service = "svc824"
  }
  route "/svc825" {
    service = "svc825"
  }
  route "/svc826" {
    service = "svc826"
  }
  route "/svc827" {
    service = "svc827"
  }
  route "/svc828" {
    service = "svc828"
  }
  route "/svc829" {
    service = "svc829"
  }
  route "/svc830" {
    service = "svc830"
  }
  route "/svc831" {
    service = "svc831"
  }
  route "/svc832" {
    service = "svc832"
  }
  route "/svc833" {
    service = "svc833"
  }
  route "/svc834" {
    service = "svc834"
  }
  route "/svc835" {
    service = "svc835"
  }
  route "/svc836" {
    service = "svc836"
  }
  route "/svc837" {
    service = "svc837"
  }
  route "/svc838" {
    service = "svc838"
  }
  route "/svc839" {
    service = "svc839"
  }
  route "/svc840" {
    service = "svc840"
  }
  route "/svc841" {
    service = "svc841"
  }
  route "/svc842" {
    service = "svc842"
  }
  route "/svc843" {
    service = "svc843"
  }
  route "/svc844" {
    service = "svc844"
  }
  route "/svc845" {
    service = "svc845"
  }
  route "/svc846" {
    service = "svc846"
  }
  route "/svc847" {
    service = "svc847"
  }
  route "/svc848" {
    service = "svc848"
  }
  route "/svc849" {
    service = "svc849"
  }
  route "/svc850" {
    service = "svc850"
  }
  route "/svc851" {
    service = "svc851"
  }
  route "/svc852" {
    service = "svc852"
  }
  route "/svc853" {
    service = "svc853"
  }
  route "/svc854" {
    service = "svc854"
  }
  route "/svc855" {
    service = "svc855"
  }
  route "/svc856" {
    service = "svc856"
  }
  route "/svc857" {
    service = "svc857"
  }
  route "/svc858" {
    service = "svc858"
  }
  route "/svc859" {
    service = "svc859"
  }
  route "/svc860" {
    service = "svc860"
  }
  route "/svc861" {
    service = "svc861"
  }
  route "/svc862" {
    service = "svc862"
  }
  route "/svc863" {
    service = "svc863"
  }
  route "/svc864" {
    service = "svc864"
  }
  route "/svc865" {
    service = "svc865"
  }
  route "/svc866" {
    service = "svc866"
  }
  route "/svc867" {
    service = "svc867"
  }
  route "/svc868" {
    service = "svc868"
  }
  route "/svc869" {
    service = "svc869"
  }
  route "/svc870" {
    service = "svc870"
  }
  route "/svc871" {
    service = "svc871"
  }
  route "/svc872" {
    service = "svc872"
  }
  route "/svc873" {
    service = "svc873"
  }
  route "/svc874" {
    service = "svc874"
  }
  route "/svc875" {
    service = "svc875"
  }
  route "/svc876" {
    service = "svc876"
  }
  route "/svc877" {
    service = "svc877"
  }
  route "/svc878" {
    service = "svc878"
  }
  route "/svc879" {
    service = "svc879"
  }
  route "/svc880" {
    service = "svc880"
  }
  route "/svc881" {
    service = "svc881"
  }
  route "/svc882" {
    service = "svc882"
  }
  route "/svc883" {
    service = "svc883"
  }
  route "/svc884" {
    service = "svc884"
  }
  route "/svc885" {
    service = "svc885"
  }
  route "/svc886" {
    service = "svc886"
  }
  route "/svc887" {
    service = "svc887"
  }
  route "/svc888" {
    service = "svc888"
  }
  route "/svc889" {
    service = "svc889"
  }
  route "/svc890" {
    service = "svc890"
  }
  route "/svc891" {
    service = "svc891"
  }
  route "/svc892" {
    service = "svc892"
  }
  route "/svc893" {
    service = "svc893"
  }
  route "/svc894" {
    service = "svc894"
  }
  route "/svc895" {
    service = "svc895"
  }
  route "/svc896" {
    service = "svc896"
  }
  route "/svc897" {
    service = "svc897"
  }
  route "/svc898" {
    service = "svc898"
  }
  route "/svc899" {
    service = "svc899"
  }
  route "/svc900" {
    service = "svc900"
  }
  route "/svc901" {
    service = "svc901"
  }
  route "/svc902" {
    service = "svc902"
  }
  route "/svc903" {
    service = "svc903"
  }
  route "/svc904" {
    service = "svc904"
  }
  route "/svc905" {
    service = "svc905"
  }
  route "/svc906" {
    service = "svc906"
  }
  route "/svc907" {
    service = "svc907"
  }
  route "/svc908" {
    service = "svc908"
  }
  route "/svc909" {
    service = "svc909"
  }
  route "/svc910" {
    service = "svc910"
  }
  route "/svc911" {
    service = "svc911"
  }
  route "/svc912" {
    service = "svc912"
  }
  route "/svc913" {
    service = "svc913"
  }
  route "/svc914" {
    service = "svc914"
  }
  route "/svc915" {
    service = "svc915"
  }
  route "/svc916" {
    service = "svc916"
  }
  route "/svc917" {
    service = "svc917"
  }
  route "/svc918" {
    service = "svc918"
  }
  route "/svc919" {
    service = "svc919"
  }
  route "/svc920" {
    service = "svc920"
  }
  route "/svc921" {
    service = "svc921"
  }
  route "/svc922" {
    service = "svc922"
  }
  route "/svc923" {
    service = "svc923"
  }
  route "/svc924" {
    service = "svc924"
  }
  route "/svc925" {
    service = "svc925"
  }
  route "/svc926" {
    service = "svc926"
  }
  route "/svc927" {
    service = "svc927"
  }
  route "/svc928" {
    service = "svc928"
  }
  route "/svc929" {
    service = "svc929"
  }
  route "/svc930" {
    service = "svc930"
  }
  route "/svc931" {
    service = "svc931"
  }
  route "/svc932" {
    service = "svc932"
  }
  route "/svc933" {
    service = "svc933"
  }
  route "/svc934" {
    service = "svc934"
  }
  route "/svc935" {
    service = "svc935"
  }
  route "/svc936" {
    service = "svc936"
  }
  route "/svc937" {
    service = "svc937"
  }
  route "/svc938" {
    service = "svc938"
  }
  route "/svc939" {
    service = "svc939"
  }
  route "/svc940" {
    service = "svc940"
  }
  route "/svc941" {
    service = "svc941"
  }
  route "/svc942" {
    service = "svc942"
  }
  route "/svc943" {
    service = "svc943"
  }
  route "/svc944" {
    service = "svc944"
  }
  route "/svc945" {
    service = "svc945"
  }
  route "/svc946" {
    service = "svc946"
  }
  route "/svc947" {
    service = "svc947"
  }
  route "/svc948" {
    service = "svc948"
  }
  route "/svc949" {
    service = "svc949"
  }
  route "/svc950" {
    service = "svc950"
  }
  route "/svc951" {
    service = "svc951"
  }
  route "/svc952" {
    service = "svc952"
  }
  route "/svc953" {
    service = "svc953"
  }
  route "/svc954" {
    service = "svc954"
  }
  route "/svc955" {
    service = "svc955"
  }
  route "/svc956" {
    service = "svc956"
  }
  route "/svc957" {
    service = "svc957"
  }
  route "/svc958" {
    service = "svc958"
  }
  route "/svc959" {
    service = "svc959"
  }
  route "/svc960" {
    service = "svc960"
  }
  route "/svc961" {
    service = "svc961"
  }
  route "/svc962" {
    service = "svc962"
  }
  route "/svc963" {
    service = "svc963"
  }
  route "/svc964" {
    service = "svc964"
  }
  route "/svc965" {
    service = "svc965"
  }
  route "/svc966" {
    service = "svc966"
  }
  route "/svc967" {
    service = "svc967"
  }
  route "/svc968" {
    service = "svc968"
  }
  route "/svc969" {
    service = "svc969"
  }
  route "/svc970" {
    service = "svc970"
  }
  route "/svc971" {
    service = "svc971"
  }
  route "/svc972" {
    service = "svc972"
  }
  route "/svc973" {
    service = "svc973"
  }
  route "/svc974" {
    service = "svc974"
  }
  route "/svc975" {
    service = "svc975"
  }
  route "/svc976" {
    service = "svc976"
  }
  route "/svc977" {
    service = "svc977"
  }
  route "/svc978" {
    service = "svc978"
  }
  route "/svc979" {
    service = "svc979"
  }
  route "/svc980" {
    service = "svc980"
  }
  route "/svc981" {
    service = "svc981"
  }
  route "/svc982" {
    service = "svc982"
  }
  route "/svc983" {
    service = "svc983"
  }
  route "/svc984" {
    service = "svc984"
  }
  route "/svc985" {
    service = "svc985"
  }
  route "/svc986" {
    service = "svc986"
  }
  route "/svc987" {
    service = "svc987"
  }
  route "/svc988" {
    service = "svc988"
  }
  route "/svc989" {
    service = "svc989"
  }
  route "/svc990" {
    service = "svc990"
  }
  route "/svc991" {
    service = "svc991"
  }
  route "/svc992" {
    service = "svc992"
  }
  route "/svc993" {
    service = "svc993"
  }
  route "/svc994" {
    service = "svc994"
  }
  route "/svc995" {
    service = "svc995"
  }
  route "/svc996" {
    service = "svc996"
  }
  route "/svc997" {
    service = "svc997"
  }
  route "/svc998" {
    service = "svc998"
  }
  route "/svc999" {
    service = "svc999"
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
  route "/svc100" {
    service = "svc100"
  }
  route "/svc101" {
    service = "svc101"
  }
  route "/svc102" {
    service = "svc102"
  }
  route "/svc103" {
    service = "svc103"
  }
  route "/svc104" {
    service = "svc104"
  }
  route "/svc105" {
    service = "svc105"
  }
  route "/svc106" {
    service = "svc106"
  }
  route "/svc107" {
    service = "svc107"
  }
  route "/svc108" {
    service = "svc108"
  }
  route "/svc109" {
    service = "svc109"
  }
  route "/svc110" {
    service = "svc110"
  }
  route "/svc111" {
    service = "svc111"
  }
  route "/svc112" {
    service = "svc112"
  }
  route "/svc113" {
    service = "svc113"
  }
  route "/svc114" {
    service = "svc114"
  }
  route "/svc115" {
    service = "svc115"
  }
  route "/svc116" {
    service = "svc116"
  }
  route "/svc117" {
    service = "svc117"
  }
  route "/svc118" {
    service = "svc118"
  }
  route "/svc119" {
    service = "svc119"
  }
  route "/svc120" {
    service = "svc120"
  }
  route "/svc121" {
    service = "svc121"
  }
  route "/svc122" {
    service = "svc122"
  }
  route "/svc123" {
    service = "svc123"
  }
  route "/svc124" {
    service = "svc124"
  }
  route "/svc125" {
    service = "svc125"
  }
  route "/svc126" {
    service = "svc126"
  }
  route "/svc127" {
    service = "svc127"
  }
  route "/svc128" {
    service = "svc128"
  }
  route "/svc129" {
    service = "svc129"
  }
  route "/svc130" {
    service = "svc130"
  }
  route "/svc131" {
    service = "svc131"
  }
  route "/svc132" {
    service = "svc132"
  }
  route "/svc133" {
    service = "svc133"
  }
  route "/svc134" {
    service = "svc134"
  }
  route "/svc135" {
    service = "svc135"
  }
  route "/svc136" {
    service = "svc136"
  }
  route "/svc137" {
    service = "svc137"
  }
  route "/svc138" {
    service = "svc138"
  }
  route "/svc139" {
    service = "svc139"
  }
  route "/svc140" {
    service = "svc140"
  }
  route "/svc141" {
    service = "svc141"
  }
  route "/svc142" {
    service = "svc142"
  }
  route "/svc143" {
    service = "svc143"
  }
  route "/svc144" {
    service = "svc144"
  }
  route "/svc145" {
    service = "svc145"
  }
  route "/svc146" {
    service = "svc146"
  }
  route "/svc147" {
    service = "svc147"
  }
  route "/svc148" {
    service = "svc148"
  }
  route "/svc149" {
    service = "svc149"
  }
  route "/svc150" {
    service = "svc150"
  }
  route "/svc151" {
    service = "svc151"
  }
  route "/svc152" {
    service = "svc152"
  }
  route "/svc153" {
    service = "svc153"
  }
  route "/svc154" {
    service = "svc154"
  }
  route "/svc155" {
    service = "svc155"
  }
  route "/svc156" {
    service = "svc156"
  }
  route "/svc157" {
    service = "svc157"
  }
  route "/svc158" {
    service = "svc158"
  }
  route "/svc159" {
    service = "svc159"
  }
  route "/svc160" {
    service = "svc160"
  }
  route "/svc161" {
    service = "svc161"
  }
  route "/svc162" {
    service = "svc162"
  }
  route "/svc163" {
    service = "svc163"
  }
  route "/svc164" {
    service = "svc164"
  }
  route "/svc165" {
    service = "svc165"
  }
  route "/svc166" {
    service = "svc166"
  }
  route "/svc167" {
    service = "svc167"
  }
  route "/svc168" {
    service = "svc168"
  }
  route "/svc169" {
    service = "svc169"
  }
  route "/svc170" {
    service = "svc170"
  }
  route "/svc171" {
    service = "svc171"
  }
  route "/svc172" {
    service = "svc172"
  }
  route "/svc173" {
    service = "svc173"
  }
  route "/svc174" {
    service = "svc174"
  }
  route "/svc175" {
    service = "svc175"
  }
  route "/svc176" {
    service = "svc176"
  }
  route "/svc177" {
    service = "svc177"
  }
  route "/svc178" {
    service = "svc178"
  }
  route "/svc179" {
    service = "svc179"
  }
  route "/svc180" {
    service = "svc180"
  }
  route "/svc181" {
    service = "svc181"
  }
  route "/svc182" {
    service = "svc182"
  }
  route "/svc183" {
    service = "svc183"
  }
  route "/svc184" {
    service = "svc184"
  }
  route "/svc185" {
    service = "svc185"
  }
  route "/svc186" {
    service = "svc186"
  }
  route "/svc187" {
    service = "svc187"
  }
  route "/svc188" {
    service = "svc188"
  }
  route "/svc189" {
    service = "svc189"
  }
  route "/svc190" {
    service = "svc190"
  }
  route "/svc191" {
    service = "svc191"
  }
  route "/svc192" {
    service = "svc192"
  }
  route "/svc193" {
    service = "svc193"
  }
  route "/svc194" {
    service = "svc194"
  }
  route "/svc195" {
    service = "svc195"
  }
  route "/svc196" {
    service = "svc196"
  }
  route "/svc197" {
    service = "svc197"
  }
  route "/svc198" {
    service = "svc198"
  }
  route "/svc199" {
    service = "svc199"
  }
  route "/svc200" {
    service = "svc200"
  }
  route "/svc201" {
    service = "svc201"
  }
  route "/svc202" {
    service = "svc202"
  }
  route "/svc203" {
    service = "svc203"
  }
  route "/svc204" {
    service = "svc204"
  }
  route "/svc205" {
    service = "svc205"
  }
  route "/svc206" {
    service = "svc206"
  }
  route "/svc207" {
    service = "svc207"
  }
  route "/svc208" {
    service = "svc208"
  }
  route "/svc209" {
    service = "svc209"
  }
  route "/svc210" {
    service = "svc210"
  }
  route "/svc211" {
    service = "svc211"
  }
  route "/svc212" {
    service = "svc212"
  }
  route "/svc213" {
    service = "svc213"
  }
  route "/svc214" {
    service = "svc214"
  }
  route "/svc215" {
    service = "svc215"
  }
  route "/svc216" {
    service = "svc216"
  }
  route "/svc217" {
    service = "svc217"
  }
  route "/svc218" {
    service = "svc218"
  }
  route "/svc219" {
    service = "svc219"
  }
  route "/svc220" {
    service = "svc220"
  }
  route "/svc221" {
    service = "svc221"
  }
  route "/svc222" {
    service = "svc222"
  }
  route "/svc223" {
    service = "svc223"
  }
  route "/svc224" {
    service = "svc224"
  }
  route "/svc225" {
    service = "svc225"
  }
  route "/svc226" {
    service = "svc226"
  }
  route "/svc227" {
    service = "svc227"
  }
  route "/svc228" {
    service = "svc228"
  }
  route "/svc229" {
    service = "svc229"
  }
  route "/svc230" {
    service = "svc230"
  }
  route "/svc231" {
    service = "svc231"
  }
  route "/svc232" {
    service = "svc232"
  }
  route "/svc233" {
    service = "svc233"
  }
  route "/svc234" {
    service = "svc234"
  }
  route "/svc235" {
    service = "svc235"
  }
  route "/svc236" {
    service = "svc236"
  }
  route "/svc237" {
    service = "svc237"
  }
  route "/svc238" {
    service = "svc238"
  }
  route "/svc239" {
    service = "svc239"
  }
  route "/svc240" {
    service = "svc240"
  }
  route "/svc241" {
    service = "svc241"
  }
  route "/svc242" {
    service = "svc242"
  }
  route "/svc243" {
    service = "svc243"
  }
  route "/svc244" {
    service = "svc244"
  }
  route "/svc245" {
    service = "svc245"
  }
  route "/svc246" {
    service = "svc246"
  }
  route "/svc247" {
    service = "svc247"
  }
  route "/svc248" {
    service = "svc248"
  }
  route "/svc249" {
    service = "svc249"
  }
  route "/svc250" {
    service = "svc250"
  }
  route "/svc251" {
    service = "svc251"
  }
  route "/svc252" {
    service = "svc252"
  }
  route "/svc253" {
    service = "svc253"
  }
  route "/svc254" {
    service = "svc254"
  }
  route "/svc255" {
    service = "svc255"
  }
  route "/svc256" {
    service = "svc256"
  }
  route "/svc257" {
    service = "svc257"
  }
  route "/svc258" {
    service = "svc258"
  }
  route "/svc259" {
    service = "svc259"
  }
  route "/svc260" {
    service = "svc260"
  }
  route "/svc261" {
    service = "svc261"
  }
  route "/svc262" {
    service = "svc262"
  }
  route "/svc263" {
    service = "svc263"
  }
  route "/svc264" {
    service = "svc264"
  }
  route "/svc265" {
    service = "svc265"
  }
  route "/svc266" {
    service = "svc266"
  }
  route "/svc267" {
    service = "svc267"
  }
  route "/svc268" {
    service = "svc268"
  }
  route "/svc269" {
    service = "svc269"
  }
  route "/svc270" {
    service = "svc270"
  }
  route "/svc271" {
    service = "svc271"
  }
  route "/svc272" {
    service = "svc272"
  }
  route "/svc273" {
    service = "svc273"
  }
  route "/svc274" {
    service = "svc274"
  }
  route "/svc275" {
    service = "svc275"
  }
  route "/svc276" {
    service = "svc276"
  }
  route "/svc277" {
    service = "svc277"
  }
  route "/svc278" {
    service = "svc278"
  }
  route "/svc279" {
    service = "svc279"
  }
  route "/svc280" {
    service = "svc280"
  }
  route "/svc281" {
    service = "svc281"
  }
  route "/svc282" {
    service = "svc282"
  }
  route "/svc283" {
    service = "svc283"
  }
  route "/svc284" {
    service = "svc284"
  }
  route "/svc285" {
    service = "svc285"
  }
  route "/svc286" {
    service = "svc286"
  }
  route "/svc287" {
    service = "svc287"
  }
  route "/svc288" {
    service = "svc288"
  }
  route "/svc289" {
    service = "svc289"
  }
  route "/svc290" {
    service = "svc290"
  }
  route "/svc291" {
    service = "svc291"
  }
  route "/svc292" {
    service = "svc292"
  }
  route "/svc293" {
    service = "svc293"
  }
  route "/svc294" {
    service = "svc294"
  }
  route "/svc295" {
    service = "svc295"
  }
  route "/svc296" {
    service = "svc296"
  }
  route "/svc297" {
    service = "svc297"
  }
  route "/svc298" {
    service = "svc298"
  }
  route "/svc299" {
    service = "svc299"
  }
  route "/svc300" {
    service = "svc300"
  }
  route "/svc301" {
    service = "svc301"
  }
  route "/svc302" {
    service = "svc302"
  }
  route "/svc303" {
    service = "svc303"
  }
  route "/svc304" {
    service = "svc304"
  }
  route "/svc305" {
    service = "svc305"
  }
  route "/svc306" {
    service = "svc306"
  }
  route "/svc307" {
    service = "svc307"
  }
  route "/svc308" {
    service = "svc308"
  }
  route "/svc309" {
    service = "svc309"
  }
  route "/svc310" {
    service = "svc310"
  }
  route "/svc311" {
    service = "svc311"
  }
  route "/svc312" {
    service = "svc312"
  }
  route "/svc313" {
    service = "svc313"
  }
  route "/svc314" {
    service = "svc314"
  }
  route "/svc315" {
    service = "svc315"
  }
  route "/svc316" {
    service = "svc316"
  }
  route "/svc317" {
    service = "svc317"
  }
  route "/svc318" {
    service = "svc318"
  }
  route "/svc319" {
    service = "svc319"
  }
  route "/svc320" {
    service = "svc320"
  }
  route "/svc321" {
    service = "svc321"
  }
  route "/svc322" {
    service = "svc322"
  }
  route "/svc323" {
    service = "svc323"
  }
  route "/svc324" {
    service = "svc324"
  }
  route "/svc325" {
    service = "svc325"
  }
  route "/svc326" {
    service = "svc326"
  }
  route "/svc327" {
    service = "svc327"
  }
  route "/svc328" {
    service = "svc328"
  }
  route "/svc329" {
    service = "svc329"
  }
  route "/svc330" {
    service = "svc330"
  }
  route "/svc331" {
    service = "svc331"
  }
  route "/svc332" {
    service = "svc332"
  }
  route "/svc333" {
    service = "svc333"
  }
  route "/svc334" {
    service = "svc334"
  }
  route "/svc335" {
    service = "svc335"
  }
  route "/svc336" {
    service = "svc336"
  }
  route "/svc337" {
    service = "svc337"
  }
  route "/svc338" {
    service = "svc338"
  }
  route "/svc339" {
    service = "svc339"
  }
  route "/svc340" {
    service = "svc340"
  }
  route "/svc341" {
    service = "svc341"
  }
  route "/svc342" {
    service = "svc342"
  }
  route "/svc343" {
    service = "svc343"
  }
  route "/svc344" {
    service = "svc344"
  }
  route "/svc345" {
    service = "svc345"
  }
  route "/svc346" {
    service = "svc346"
  }
  route "/svc347" {
    service = "svc347"
  }
  route "/svc348" {
    service = "svc348"
  }
  route "/svc349" {
    service = "svc349"
  }
  route "/svc350" {
    service = "svc350"
  }
  route "/svc351" {
    service = "svc351"
  }
  route "/svc352" {
    service = "svc352"
  }
  route "/svc353" {
    service = "svc353"
  }
  route "/svc354" {
    service = "svc354"
  }
  route "/svc355" {
    service = "svc355"
  }
  route "/svc356" {
    service = "svc356"
  }
  route "/svc357" {
    service = "svc357"
  }
  route "/svc358" {
    service = "svc358"
  }
  route "/svc359" {
    service = "svc359"
  }
  route "/svc360" {
    service = "svc360"
  }
  route "/svc361" {
    service = "svc361"
  }
  route "/svc362" {
    service = "svc362"
  }
  route "/svc363" {
    service = "svc363"
  }
  route "/svc364" {
    service = "svc364"
  }
  route "/svc365" {
    service = "svc365"
  }
  route "/svc366" {
    service = "svc366"
  }
  route "/svc367" {
    service = "svc367"
  }
  route "/svc368" {
    service = "svc368"
  }
  route "/svc369" {
    service = "svc369"
  }
  route "/svc370" {
    service = "svc370"
  }
  route "/svc371" {
    service = "svc371"
  }
  route "/svc372" {
    service = "svc372"
  }
  route "/svc373" {
    service = "svc373"
  }
  route "/svc374" {
    service = "svc374"
  }
  route "/svc375" {
    service = "svc375"
  }
  route "/svc376" {
    service = "svc376"
  }
  route "/svc377" {
    service = "svc377"
  }
  route "/svc378" {
    service = "svc378"
  }
  route "/svc379" {
    service = "svc379"
  }
  route "/svc380" {
    service = "svc380"
  }
  route "/svc381" {
    service = "svc381"
  }
  route "/svc382" {
    service = "svc382"
  }
  route "/svc383" {
    service = "svc383"
  }
  route "/svc384" {
    service = "svc384"
  }
  route "/svc385" {
    service = "svc385"
  }
  route "/svc386" {
    service = "svc386"
  }
  route "/svc387" {
    service = "svc387"
  }
  route "/svc388" {
    service = "svc388"
  }
  route "/svc389" {
    service = "svc389"
  }
  route "/svc390" {
    service = "svc390"
  }
  route "/svc391" {
    service = "svc391"
  }
  route "/svc392" {
    service = "svc392"
  }
  route "/svc393" {
    service = "svc393"
  }
  route "/svc394" {
    service = "svc394"
  }
  route "/svc395" {
    service = "svc395"
  }
  route "/svc396" {
    service = "svc396"
  }
  route "/svc397" {
    service = "svc397"
  }
  route "/svc398" {
    service = "svc398"
  }
  route "/svc399" {
    service = "svc399"
  }
  route "/svc400" {
    service = "svc400"
  }
  route "/svc401" {
    service = "svc401"
  }
  route "/svc402" {
    service = "svc402"
  }
  route "/svc403" {
    service = "svc403"
  }
  route "/svc404" {
    service = "svc404"
  }
  route "/svc405" {
    service = "svc405"
  }
  route "/svc406" {
    service = "svc406"
  }
  route "/svc407" {
    service = "svc407"
  }
  route "/svc408" {
    service = "svc408"
  }
  route "/svc409" {
    service = "svc409"
  }
  route "/svc410" {
    service = "svc410"
  }
  route "/svc411" {
    service = "svc411"
  }
  route "/svc412" {
    service = "svc412"
  }
  route "/svc413" {
    service = "svc413"
  }
  route "/svc414" {
    service = "svc414"
  }
  route "/svc415" {
    service = "svc415"
  }
  route "/svc416" {
    service = "svc416"
  }
  route "/svc417" {
    service = "svc417"
  }
  route "/svc418" {
    service = "svc418"
  }
  route "/svc419" {
    service = "svc419"
  }
  route "/svc420" {
    service = "svc420"
  }
  route "/svc421" {
    service = "svc421"
  }
  route "/svc422" {
    service = "svc422"
  }
  route "/svc423" {
    service = "svc423"
  }
  route "/svc424" {
    service = "svc424"
  }
  route "/svc425" {
    service = "svc425"
  }
  route "/svc426" {
    service = "svc426"
  }
  route "/svc427" {
    service = "svc427"
  }
  route "/svc428" {
    service = "svc428"
  }
  route "/svc429" {
    service = "svc429"
  }
  route "/svc430" {
    service = "svc430"
  }
  route "/svc431" {
    service = "svc431"
  }
  route "/svc432" {
    service = "svc432"
  }
  route "/svc433" {
    service = "svc433"
  }
  route "/svc434" {
    service = "svc434"
  }
  route "/svc435" {
    service = "svc435"
  }
  route "/svc436" {
    service = "svc436"
  }
  route "/svc437" {
    service = "svc437"
  }
  route "/svc438" {
    service = "svc438"
  }
  route "/svc439" {
    service = "svc439"
  }
  route "/svc440" {
    service = "svc440"
  }
  route "/svc441" {
    service = "svc441"
  }
  route "/svc442" {
    service = "svc442"
  }
  route "/svc443" {
    service = "svc443"
  }
  route "/svc444" {
    service = "svc444"
  }
  route "/svc445" {
    service = "svc445"
  }
  route "/svc446" {
    service = "svc446"
  }
  route "/svc447" {
    service = "svc447"
  }
  route "/svc448" {
    service = "svc448"
  }
  route "/svc449" {
    service = "svc449"
  }
  route "/svc450" {
    service = "svc450"
  }
  route "/svc451" {
    service = "svc451"
  }
  route "/svc452" {
    service = "svc452"
  }
  route "/svc453" {
    service = "svc453"
  }
  route "/svc454" {
    service = "svc454"
  }
  route "/svc455" {
    service = "svc455"
  }
  route "/svc456" {
    service = "svc456"
  }
  route "/svc457" {
    service = "svc457"
  }
  route "/svc458" {
    service = "svc458"
  }
  route "/svc459" {
    service = "svc459"
  }
  route "/svc460" {
    service = "svc460"
  }
  route "/svc461" {
    service = "svc461"
  }
  route "/svc462" {
    service = "svc462"
  }
  route "/svc463" {
    service = "svc463"
  }
  route "/svc464" {
    service = "svc464"
  }
  route "/svc465" {
    service = "svc465"
  }
  route "/svc466" {
    service = "svc466"
  }
  route "/svc467" {
    service = "svc467"
  }
  route "/svc468" {
    service = "svc468"
  }
  route "/svc469" {
    service = "svc469"
  }
  route "/svc470" {
    service = "svc470"
  }
  route "/svc471" {
    service = "svc471"
  }
  route "/svc472" {
    service = "svc472"
  }
  route "/svc473" {
    service = "svc473"
  }
  route "/svc474" {
    service = "svc474"
  }
  route "/svc475" {
    service = "svc475"
  }
  route "/svc476" {
    service = "svc476"
  }
  route "/svc477" {
    service = "svc477"
  }
  route "/svc478" {
    service = "svc478"
  }
  route "/svc479" {
    service = "svc479"
  }
  route "/svc480" {
    service = "svc480"
  }
  route "/svc481" {
    service = "svc481"
  }
  route "/svc482" {
    service = "svc482"
  }
  route "/svc483" {
    service = "svc483"
  }
  route "/svc484" {
    service = "svc484"
  }
  route "/svc485" {
    service = "svc485"
  }
  route "/svc486" {
    service = "svc486"
  }
  route "/svc487" {
    service = "svc487"
  }
  route "/svc488" {
    service = "svc488"
  }
  route "/svc489" {
    service = "svc489"
  }
  route "/svc490" {
    service = "svc490"
  }
  route "/svc491" {
    service = "svc491"
  }
  route "/svc492" {
    service = "svc492"
  }
  route "/svc493" {
    service = "svc493"
  }
  route "/svc494" {
    service = "svc494"
  }
  route "/svc495" {
    service = "svc495"
  }
  route "/svc496" {
    service = "svc496"
  }
  route "/svc497" {
    service = "svc497"
  }
  route "/svc498" {
    service = "svc498"
  }
  route "/svc499" {
    service = "svc499"
  }
  route "/svc500" {
    service = "svc500"
  }
  route "/svc501" {
    service = "svc501"
  }
  route "/svc502" {
    service = "svc502"
  }
  route "/svc503" {
    service = "svc503"
  }
  route "/svc504" {
    service = "svc504"
  }
  route "/svc505" {
    service = "svc505"
  }
  route "/svc506" {
    service = "svc506"
  }
  route "/svc507" {
    service = "svc507"
  }
  route "/svc508" {
    service = "svc508"
  }
  route "/svc509" {
    service = "svc509"
  }
  route "/svc510" {
    service = "svc510"
  }
  route "/svc511" {
    service = "svc511"
  }
  route "/svc512" {
    service = "svc512"
  }
  route "/svc513" {
    service = "svc513"
  }
  route "/svc514" {
    service = "svc514"
  }
  route "/svc515" {
    service = "svc515"
  }
  route "/svc516" {
    service = "svc516"
  }
  route "/svc517" {
    service = "svc517"
  }
  route "/svc518" {
    service = "svc518"
  }
  route "/svc519" {
    service = "svc519"
  }
  route "/svc520" {
    service = "svc520"
  }
  route "/svc521" {
    service = "svc521"
  }
  route "/svc522" {
    service = "svc522"
  }
  route "/svc523" {
    service = "svc523"
  }
  route "/svc524" {
    service = "svc524"
  }
  route "/svc525" {
    service = "svc525"
  }
  route "/svc526" {
    service = "svc526"
  }
  route "/svc527" {
    service = "svc527"
  }
  route "/svc528" {
    service = "svc528"
  }
  route "/svc529" {
    service = "svc529"
  }
  route "/svc530" {
    service = "svc530"
  }
  route "/svc531" {
    service = "svc531"
  }
  route "/svc532" {
    service = "svc532"
  }
  route "/svc533" {
    service = "svc533"
  }
  route "/svc534" {
    service = "svc534"
  }
  route "/svc535" {
    service = "svc535"
  }
  route "/svc536" {
    service = "svc536"
  }
  route "/svc537" {
    service = "svc537"
  }
  route "/svc538" {
    service = "svc538"
  }
  route "/svc539" {
    service = "svc539"
  }
  route "/svc540" {
    service = "svc540"
  }
  route "/svc541" {
    service = "svc541"
  }
  route "/svc542" {
    service = "svc542"
  }
  route "/svc543" {
    service = "svc543"
  }
  route "/svc544" {
    service = "svc544"
  }
  route "/svc545" {
    service = "svc545"
  }
  route "/svc546" {
    service = "svc546"
  }
  route "/svc547" {
    service = "svc547"
  }
  route "/svc548" {
    service = "svc548"
  }
  route "/svc549" {
    service = "svc549"
  }
  route "/svc550" {
    service = "svc550"
  }
  route "/svc551" {
    service = "svc551"
  }
  route "/svc552" {
    service = "svc552"
  }
  route "/svc553" {
    service = "svc553"
  }
  route "/svc554" {
    service = "svc554"
  }
  route "/svc555" {
    service = "svc555"
  }
  route "/svc556" {
    service = "svc556"
  }
  route "/svc557" {
    service = "svc557"
  }
  route "/svc558" {
    service = "svc558"
  }
  route "/svc559" {
    service = "svc559"
  }
  route "/svc560" {
    service = "svc560"
  }
  route "/svc561" {
    service = "svc561"
  }
  route "/svc562" {
    service = "svc562"
  }
  route "/svc563" {
    service = "svc563"
  }
  route "/svc564" {
    service = "svc564"
  }
  route "/svc565" {
    service = "svc565"
  }
  route "/svc566" {
    service = "svc566"
  }
  route "/svc567" {
    service = "svc567"
  }
  route "/svc568" {
    service = "svc568"
  }
  route "/svc569" {
    service = "svc569"
  }
  route "/svc570" {
    service = "svc570"
  }
  route "/svc571" {
    service = "svc571"
  }
  route "/svc572" {
    service = "svc572"
  }
  route "/svc573" {
    service = "svc573"
  }
  route "/svc574" {
    service = "svc574"
  }
  route "/svc575" {
    service = "svc575"
  }
  route "/svc576" {
    service = "svc576"
  }
  route "/svc577" {
    service = "svc577"
  }
  route "/svc578" {
    service = "svc578"
  }
  route "/svc579" {
    service = "svc579"
  }
  route "/svc580" {
    service = "svc580"
  }
  route "/svc581" {
    service = "svc581"
  }
  route "/svc582" {
    service = "svc582"
  }
  route "/svc583" {
    service = "svc583"
  }
  route "/svc584" {
    service = "svc584"
  }
  route "/svc585" {
    service = "svc585"
  }
  route "/svc586" {
    service = "svc586"
  }
  route "/svc587" {
    service = "svc587"
  }
  route "/svc588" {
    service = "svc588"
  }
  route "/svc589" {
    service = "svc589"
  }
  route "/svc590" {
    service = "svc590"
  }
  route "/svc591" {
    service = "svc591"
  }
  route "/svc592" {
    service = "svc592"
  }
  route "/svc593" {
    service = "svc593"
  }
  route "/svc594" {
    service = "svc594"
  }
  route "/svc595" {
    service = "svc595"
  }
  route "/svc596" {
    service = "svc596"
  }
  route "/svc597" {
    service = "svc597"
  }
  route "/svc598" {
    service = "svc598"
  }
  route "/svc599" {
    service = "svc599"
  }
  route "/svc600" {
    service = "svc600"
  }
  route "/svc601" {
    service = "svc601"
  }
  route "/svc602" {
    service = "svc602"
  }
  route "/svc603" {
    service = "svc603"
  }
  route "/svc604" {
    service = "svc604"
  }
  route "/svc605" {
    service = "svc605"
  }
  route "/svc606" {
    service = "svc606"
  }
  route "/svc607" {
    service = "svc607"
  }
  route "/svc608" {
    service = "svc608"
  }
  route "/svc609" {
    service = "svc609"
  }
  route "/svc610" {
    service = "svc610"
  }
  route "/svc611" {
    service = "svc611"
  }
  route "/svc612" {
    service = "svc612"
  }
  route "/svc613" {
    service = "svc613"
  }
  route "/svc614" {
    service = "svc614"
  }
  route "/svc615" {
    service = "svc615"
  }
  route "/svc616" {
    service = "svc616"
  }
  route "/svc617" {
    service = "svc617"
  }
  route "/svc618" {
    service = "svc618"
  }
  route "/svc619" {
    service = "svc619"
  }
  route "/svc620" {
    service = "svc620"
  }
  route "/svc621" {
    service = "svc621"
  }
  route "/svc622" {
    service = "svc622"
  }
  route "/svc623" {
    service = "svc623"
  }
  route "/svc624" {
    service = "svc624"
  }
  route "/svc625" {
    service = "svc625"
  }
  route "/svc626" {
    service = "svc626"
  }
  route "/svc627" {
    service = "svc627"
  }
  route "/svc628" {
    service = "svc628"
  }
  route "/svc629" {
    service = "svc629"
  }
  route "/svc630" {
    service = "svc630"
  }
  route "/svc631" {
    service = "svc631"
  }
  route "/svc632" {
    service = "svc632"
  }
  route "/svc633" {
    service = "svc633"
  }
  route "/svc634" {
    service = "svc634"
  }
  route "/svc635" {
    service = "svc635"
  }
  route "/svc636" {
    service = "svc636"
  }
  route "/svc637" {
    service = "svc637"
  }
  route "/svc638" {
    service = "svc638"
  }
  route "/svc639" {
    service = "svc639"
  }
  route "/svc640" {
    service = "svc640"
  }
  route "/svc641" {
    service = "svc641"
  }
  route "/svc642" {
    service = "svc642"
  }
  route "/svc643" {
    service = "svc643"
  }
  route "/svc644" {
    service = "svc644"
  }
  route "/svc645" {
    service = "svc645"
  }
  route "/svc646" {
    service = "svc646"
  }
  route "/svc647" {
    service = "svc647"
  }
  route "/svc648" {
    service = "svc648"
  }
  route "/svc649" {
    service = "svc649"
  }
  route "/svc650" {
    service = "svc650"
  }
  route "/svc651" {
    service = "svc651"
  }
  route "/svc652" {
    service = "svc652"
  }
  route "/svc653" {
    service = "svc653"
  }
  route "/svc654" {
    service = "svc654"
  }
  route "/svc655" {
    service = "svc655"
  }
  route "/svc656" {
    service = "svc656"
  }
  route "/svc657" {
    service = "svc657"
  }
  route "/svc658" {
    service = "svc658"
  }
  route "/svc659" {
    service = "svc659"
  }
  route "/svc660" {
    service = "svc660"
  }
  route "/svc661" {
    service = "svc661"
  }
  route "/svc662" {
    service = "svc662"
  }
  route "/svc663" {
    service = "svc663"
  }
  route "/svc664" {
    service = "svc664"
  }
  route "/svc665" {
    service = "svc665"
  }
  route "/svc666" {
    service = "svc666"
  }
  route "/svc667" {
    service = "svc667"
  }
  route "/svc668" {
    service = "svc668"
  }
  route "/svc669" {
    service = "svc669"
  }
  route "/svc670" {
    service = "svc670"
  }
  route "/svc671" {
    service = "svc671"
  }
  route "/svc672" {
    service = "svc672"
  }
  route "/svc673" {
    service = "svc673"
  }
  route "/svc674" {
    service = "svc674"
  }
  route "/svc675" {
    service = "svc675"
  }
  route "/svc676" {
    service = "svc676"
  }
  route "/svc677" {
    service = "svc677"
  }
  route "/svc678" {
    service = "svc678"
  }
  route "/svc679" {
    service = "svc679"
  }
  route "/svc680" {
    service = "svc680"
  }
  route "/svc681" {
    service = "svc681"
  }
  route "/svc682" {
    service = "svc682"
  }
  route "/svc683" {
    service = "svc683"
  }
  route "/svc684" {
    service = "svc684"
  }
  route "/svc685" {
    service = "svc685"
  }
  route "/svc686" {
    service = "svc686"
  }
  route "/svc687" {
    service = "svc687"
  }
  route "/svc688" {
    service = "svc688"
  }
  route "/svc689" {
    service = "svc689"
  }
  route "/svc690" {
    service = "svc690"
  }
  route "/svc691" {
    service = "svc691"
  }
  route "/svc692" {
    service = "svc692"
  }
  route "/svc693" {
    service = "svc693"
  }
  route "/svc694" {
    service = "svc694"
  }
  route "/svc695" {
    service = "svc695"
  }
  route "/svc696" {
    service = "svc696"
  }
  route "/svc697" {
    service = "svc697"
  }
  route "/svc698" {
    service = "svc698"
  }
  route "/svc699" {
    service = "svc699"
  }
  route "/svc700" {
    service = "svc700"
  }
  route "/svc701" {
    service = "svc701"
  }
  route "/svc702" {
    service = "svc702"
  }
  route "/svc703" {
    service = "svc703"
  }
  route "/svc704" {
    service = "svc704"
  }
  route "/svc705" {
    service = "svc705"
  }
  route "/svc706" {
    service = "svc706"
  }
  route "/svc707" {
    service = "svc707"
  }
  route "/svc708" {
    service = "svc708"
  }
  route "/svc709" {
    service = "svc709"
  }
  route "/svc710" {
    service = "svc710"
  }
  route "/svc711" {
    service = "svc711"
  }
  route "/svc712" {
    service = "svc712"
  }
  route "/svc713" {
    service = "svc713"
  }
  route "/svc714" {
    service = "svc714"
  }
  route "/svc715" {
    service = "svc715"
  }
  route "/svc716" {
    service = "svc716"
  }
  route "/svc717" {
    service = "svc717"
  }
  route "/svc718" {
    service = "svc718"
  }
  route "/svc719" {
    service = "svc719"
  }
  route "/svc720" {
    service = "svc720"
  }
  route "/svc721" {
    service = "svc721"
  }
  route "/svc722" {
    service = "svc722"
  }
  route "/svc723" {
    service = "svc723"
  }
  route "/svc724" {
    service = "svc724"
  }
  route "/svc725" {
    service = "svc725"
  }
  route "/svc726" {
    service = "svc726"
  }
  route "/svc727" {
    service = "svc727"
  }
  route "/svc728" {
    service = "svc728"
  }
  route "/svc729" {
    service = "svc729"
  }
  route "/svc730" {
    service = "svc730"
  }
  route "/svc731" {
    service = "svc731"
  }
  route "/svc732" {
    service = "svc732"
  }
  route "/svc733" {
    service = "svc733"
  }
  route "/svc734" {
    service = "svc734"
  }
  route "/svc735" {
    service = "svc735"
  }
  route "/svc736" {
    service = "svc736"
  }
  route "/svc737" {
    service = "svc737"
  }
  route "/svc738" {
    service = "svc738"
  }
  route "/svc739" {
    service = "svc739"
  }
  route "/svc740" {
    service = "svc740"
  }
  route "/svc741" {
    service = "svc741"
  }
  route "/svc742" {
    service = "svc742"
  }
  route "/svc743" {
    service = "svc743"
  }
  route "/svc744" {
    service = "svc744"
  }
  route "/svc745" {
    service = "svc745"
  }
  route "/svc746" {
    service = "svc746"
  }
  route "/svc747" {
    service = "svc747"
  }
  route "/svc748" {
    service = "svc748"
  }
  route "/svc749" {
    service = "svc749"
  }
  route "/svc750" {
    service = "svc750"
  }
  route "/svc751" {
    service = "svc751"
  }
  route "/svc752" {
    service = "svc752"
  }
  route "/svc753" {
    service = "svc753"
  }
  route "/svc754" {
    service = "svc754"
  }
  route "/svc755" {
    service = "svc755"
  }
  route "/svc756" {
    service = "svc756"
  }
  route "/svc757" {
    service = "svc757"
  }
  route "/svc758" {
    service = "svc758"
  }
  route "/svc759" {
    service = "svc759"
  }
  route "/svc760" {
    service = "svc760"
  }
  route "/svc761" {
    service = "svc761"
  }
  route "/svc762" {
    service = "svc762"
  }
  route "/svc763" {
    service = "svc763"
  }
  route "/svc764" {
    service = "svc764"
  }
  route "/svc765" {
    service = "svc765"
  }
  route "/svc766" {
    service = "svc766"
  }
  route "/svc767" {
    service = "svc767"
  }
  route "/svc768" {
    service = "svc768"
  }
  route "/svc769" {
    service = "svc769"
  }
  route "/svc770" {
    service = "svc770"
  }
  route "/svc771" {
    service = "svc771"
  }
  route "/svc772" {
    service = "svc772"
  }
  route "/svc773" {
    service = "svc773"
  }
  route "/svc774" {
    service = "svc774"
  }
  route "/svc775" {
    service = "svc775"
  }
  route "/svc776" {
    service = "svc776"
  }
  route "/svc777" {
    service = "svc777"
  }
  route "/svc778" {
    service = "svc778"
  }
  route "/svc779" {
    service = "svc779"
  }
  route "/svc780" {
    service = "svc780"
  }
  route "/svc781" {
    service = "svc781"
  }
  route "/svc782" {
    service = "svc782"
  }
  route "/svc783" {
    service = "svc783"
  }
  route "/svc784" {
    service = "svc784"
  }
  route "/svc785" {
    service = "svc785"
  }
  route "/svc786" {
    service = "svc786"
  }
  route "/svc787" {
    service = "svc787"
  }
  route "/svc788" {
    service = "svc788"
  }
  route "/svc789" {
    service = "svc789"
  }
  route "/svc790" {
    service = "svc790"
  }
  route "/svc791" {
    service = "svc791"
  }
  route "/svc792" {
    service = "svc792"
  }
  route "/svc793" {
    service = "svc793"
  }
  route "/svc794" {
    service = "svc794"
  }
  route "/svc795" {
    service = "svc795"
  }
  route "/svc796" {
    service = "svc796"
  }
  route "/svc797" {
    service = "svc797"
  }
  route "/svc798" {
    service = "svc798"
  }
  route "/svc799" {
    service = "svc799"
  }
  route "/svc800" {
    service = "svc800"
  }
  route "/svc801" {
    service = "svc801"
  }
  route "/svc802" {
    service = "svc802"
  }
  route "/svc803" {
    service = "svc803"
  }
  route "/svc804" {
    service = "svc804"
  }
  route "/svc805" {
    service = "svc805"
  }
  route "/svc806" {
    service = "svc806"
  }
  route "/svc807" {
    service = "svc807"
  }
  route "/svc808" {
    service = "svc808"
  }
  route "/svc809" {
    service = "svc809"
  }
  route "/svc810" {
    service = "svc810"
  }
  route "/svc811" {
    service = "svc811"
  }
  route "/svc812" {
    service = "svc812"
  }
  route "/svc813" {
    service = "svc813"
  }
  route "/svc814" {
    service = "svc814"
  }
  route "/svc815" {
    service = "svc815"
  }
  route "/svc816" {
    service = "svc816"
  }
  route "/svc817" {
    service = "svc817"
  }
  route "/svc818" {
    service = "svc818"
  }
  route "/svc819" {
    service = "svc819"
  }
  route "/svc820" {
    service = "svc820"
  }
  route "/svc821" {
    service = "svc821"
  }
  route "/svc822" {
    service = "svc822"
  }
  route "/svc823" {
    service = "svc823"
  }
  route "/svc824" {
    service = "svc824"
  }
  route "/svc825" {
    service = "svc825"
  }
  route "/svc826" {
    service = "svc826"
  }
  route "/svc827" {
    service = "svc827"
  }
  route "/svc828" {
    service = "svc828"
  }
  route "/svc829" {
    service = "svc829"
  }
  route "/svc830" {
    service = "svc830"
  }
  route "/svc831" {
    service = "svc831"
  }
  route "/svc832" {
    service = "svc832"
  }
  route "/svc833" {
    service = "svc833"
  }
  route "/svc834" {
    service = "svc834"
  }
  route "/svc835" {
    service = "svc835"
  }
  route "/svc836" {
    service = "svc836"
  }
  route "/svc837" {
    service = "svc837"
  }
  route "/svc838" {
    service = "svc838"
  }
  route "/svc839" {
    service = "svc839"
  }
  route "/svc840" {
    service = "svc840"
  }
  route "/svc841" {
    service = "svc841"
  }
  route "/svc842" {
    service = "svc842"
  }
  route "/svc843" {
    service = "svc843"
  }
  route "/svc844" {
    service = "svc844"
  }
  route "/svc845" {
    service = "svc845"
  }
  route "/svc846" {
    service = "svc846"
  }
  route "/svc847" {
    service = "svc847"
  }
  route "/svc848" {
    service = "svc848"
  }
  route "/svc849" {
    service = "svc849"
  }
  route "/svc850" {
    service = "svc850"
  }
  route "/svc851" {
    service = "svc851"
  }
  route "/svc852" {
    service = "svc852"
  }
  route "/svc853" {
    service = "svc853"
  }
  route "/svc854" {
    service = "svc854"
  }
  route "/svc855" {
    service = "svc855"
  }
  route "/svc856" {
    service = "svc856"
  }
  route "/svc857" {
    service = "svc857"
  }
  route "/svc858" {
    service = "svc858"
  }
  route "/svc859" {
    service = "svc859"
  }
  route "/svc860" {
    service = "svc860"
  }
  route "/svc861" {
    service = "svc861"
  }
  route "/svc862" {
    service = "svc862"
  }
  route "/svc863" {
    service = "svc863"
  }
  route "/svc864" {
    service = "svc864"
  }
  route "/svc865" {
    service = "svc865"
  }
  route "/svc866" {
    service = "svc866"
  }
  route "/svc867" {
    service = "svc867"
  }
  route "/svc868" {
    service = "svc868"
  }
  route "/svc869" {
    service = "svc869"
  }
  route "/svc870" {
    service = "svc870"
  }
  route "/svc871" {
    service = "svc871"
  }
  route "/svc872" {
    service = "svc872"
  }
  route "/svc873" {
    service = "svc873"
  }
  route "/svc874" {
    service = "svc874"
  }
  route "/svc875" {
    service = "svc875"
  }
  route "/svc876" {
    service = "svc876"
  }
  route "/svc877" {
    service = "svc877"
  }
  route "/svc878" {
    service = "svc878"
  }
  route "/svc879" {
    service = "svc879"
  }
  route "/svc880" {
    service = "svc880"
  }
  route "/svc881" {
    service = "svc881"
  }
  route "/svc882" {
    service = "svc882"
  }
  route "/svc883" {
    service = "svc883"
  }
  route "/svc884" {
    service = "svc884"
  }
  route "/svc885" {
    service = "svc885"
  }
  route "/svc886" {
    service = "svc886"
  }
  route "/svc887" {
    service = "svc887"
  }
  route "/svc888" {
    service = "svc888"
  }
  route "/svc889" {
    service = "svc889"
  }
  route "/svc890" {
    service = "svc890"
  }
  route "/svc891" {
    service = "svc891"
  }
  route "/svc892" {
    service = "svc892"
  }
  route "/svc893" {
    service = "svc893"
  }
  route "/svc894" {
    service = "svc894"
  }
  route "/svc895" {
    service = "svc895"
  }
  route "/svc896" {
    service = "svc896"
  }
  route "/svc897" {
    service = "svc897"
  }
  route "/svc898" {
    service = "svc898"
  }
  route "/svc899" {
    service = "svc899"
  }
  route "/svc900" {
    service = "svc900"
  }
  route "/svc901" {
    service = "svc901"
  }
  route "/svc902" {
    service = "svc902"
  }
  route "/svc903" {
    service = "svc903"
  }
  route "/svc904" {
    service = "svc904"
  }
  route "/svc905" {
    service = "svc905"
  }
  route "/svc906" {
    service = "svc906"
  }
  route "/svc907" {
    service = "svc907"
  }
  route "/svc908" {
    service = "svc908"
  }
  route "/svc909" {
    service = "svc909"
  }
  route "/svc910" {
    service = "svc910"
  }
  route "/svc911" {
    service = "svc911"
  }
  route "/svc912" {
    service = "svc912"
  }
  route "/svc913" {
    service = "svc913"
  }
  route "/svc914" {
    service = "svc914"
  }
  route "/svc915" {
    service = "svc915"
  }
  route "/svc916" {
    service = "svc916"
  }
  route "/svc917" {
    service = "svc917"
  }
  route "/svc918" {
    service = "svc918"
  }
  route "/svc919" {
    service = "svc919"
  }
  route "/svc920" {
    service = "svc920"
  }
  route "/svc921" {
    service = "svc921"
  }
  route "/svc922" {
    service = "svc922"
  }
  route "/svc923" {
    service = "svc923"
  }
  route "/svc924" {
    service = "svc924"
  }
  route "/svc925" {
    service = "svc925"
  }
  route "/svc926" {
    service = "svc926"
  }
  route "/svc927" {
    service = "svc927"
  }
  route "/svc928" {
    service = "svc928"
  }
  route "/svc929" {
    service = "svc929"
  }
  route "/svc930" {
    service = "svc930"
  }
  route "/svc931" {
    service = "svc931"
  }
  route "/svc932" {
    service = "svc932"
  }
  route "/svc933" {
    service = "svc933"
  }
  route "/svc934" {
    service = "svc934"
  }
  route "/svc935" {
    service = "svc935"
  }
  route "/svc936" {
    service = "svc936"
  }
  route "/svc937" {
    service = "svc937"
  }
  route "/svc938" {
    service = "svc938"
  }
  route "/svc939" {
    service = "svc939"
  }
  route "/svc940" {
    service = "svc940"
  }
  route "/svc941" {
    service = "svc941"
  }
  route "/svc942" {
    service = "svc942"
  }
  route "/svc943" {
    service = "svc943"
  }
  route "/svc944" {
    service = "svc944"
  }
  route "/svc945" {
    service = "svc945"
  }
  route "/svc946" {
    service = "svc946"
  }
  route "/svc947" {
    service = "svc947"
  }
  route "/svc948" {
    service = "svc948"
  }
  route "/svc949" {
    service = "svc949"
  }
  route "/svc950" {
    service = "svc950"
  }
  route "/svc951" {
    service = "svc951"
  }
  route "/svc952" {
    service = "svc952"
  }
  route "/svc953" {
    service = "svc953"
  }
  route "/svc954" {
    service = "svc954"
  }
  route "/svc955" {
    service = "svc955"
  }
  route "/svc956" {
    service = "svc956"
  }
  route "/svc957" {
    service = "svc957"
  }
  route "/svc958" {
    service = "svc958"
  }
  route "/svc959" {
    service = "svc959"
  }
  route "/svc960" {
    service = "svc960"
  }
  route "/svc961" {
    service = "svc961"
  }
  route "/svc962" {
    service = "svc962"
  }
  route "/svc963" {
    service = "svc963"
  }
  route "/svc964" {
    service = "svc964"
  }
  route "/svc965" {
    service = "svc965"
  }
  route "/svc966" {
    service = "svc966"
  }
  route "/svc967" {
    service = "svc967"
  }
  route "/svc968" {
    service = "svc968"
  }
  route "/svc969" {
    service = "svc969"
  }
  route "/svc970" {
    service = "svc970"
  }
  route "/svc971" {
    service = "svc971"
  }
  route "/svc972" {
    service = "svc972"
  }
  route "/svc973" {
    service = "svc973"
  }
  route "/svc974" {
    service = "svc974"
  }
  route "/svc975" {
    service = "svc975"
  }
  route "/svc976" {
    service = "svc976"
  }
  route "/svc977" {
    service = "svc977"
  }
  route "/svc978" {
    service = "svc978"
  }
  route "/svc979" {
    service = "svc979"
  }
  route "/svc980" {
    service = "svc980"
  }
  route "/svc981" {
    service = "svc981"
  }
  route "/svc982" {
    service = "svc982"
  }
  route "/svc983" {
    service = "svc983"
  }
  route "/svc984" {
    service = "svc984"
  }
  route "/svc985" {
    service = "svc985"
  }
  route "/svc986" {
    service = "svc986"
  }
  route "/svc987" {
    service = "svc987"
  }
  route "/svc988" {
    service = "svc988"
  }
  route "/svc989" {
    service = "svc989"
  }
  route "/svc990" {
    service = "svc990"
  }
  route "/svc991" {
    service = "svc991"
  }
  route "/svc992" {
    service = "svc992"
  }
  route "/svc993" {
    service = "svc993"
  }
  route "/svc994" {
    service = "svc994"
  }
  route "/svc995" {
    service = "svc995"
  }
  route "/svc996" {
    service = "svc996"
  }
  route "/svc997" {
    service = "svc997"
  }
  route "/svc998" {
    service = "svc998"
  }
  route "/svc999" {
    service = "svc999"
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
