#!/usr/bin/env bash
# Times lbgen as a whole process beside the tools people use for the same
# files, on the same inputs, with hyperfine (Debian's package):
#   lbgen lint on a 100-service compose file   vs dclint (npm)
#   lbgen lint on a 2,000-target Prometheus config vs promtool check config
#   lbgen lint on a 5,000-line haproxy.cfg     vs haproxy -c
#   lbgen lint on a 20,000-line nginx config   vs nginx -t
#   lbgen render of the 100- and 1000-service specs and of examples/monitoring
# Writes the tables to $OUT (default bench-results.md) and prints them.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${OUT:-bench-results.md}
cache="${LBGEN_TOOLS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/lbgen-tools}"
command -v hyperfine >/dev/null || { apt-get update -qq && apt-get install -y -qq hyperfine; }
eval "$(scripts/test-tools.sh)"
if [ ! -x "$cache/dclint/node_modules/.bin/dclint" ]; then
  mkdir -p "$cache/dclint"
  (cd "$cache/dclint" && npm install --silent --no-audit --no-fund dclint@3.1.0 >/dev/null)
fi
dclint="$cache/dclint/node_modules/.bin/dclint"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/lbgen" ./cmd/lbgen
go run ./cmd/benchdata "$work/data"
d="$work/data"
# nginx -t needs a main config around the conf.d file, as the image has.
{
  printf 'pid %s/nginx.pid;\nevents {}\nhttp {\n  access_log off;\n' "$d"
  for t in client_body proxy fastcgi uwsgi scgi; do printf '  %s_temp_path %s/%s;\n' "$t" "$d" "$t"; done
  printf '  include %s/nginx/nginx.conf;\n}\n' "$d"
} >"$d/nginx-main.conf"

run() { hyperfine -N -i --warmup 3 --runs "${RUNS:-20}" --export-markdown "$work/$1.md" "${@:2}" >/dev/null; cat "$work/$1.md"; echo; }
{
  echo "## compose (100 services)"; run compose "$work/lbgen lint $d/compose/docker-compose.yml" "$dclint $d/compose/docker-compose.yml"
  echo "## Prometheus (2,000 targets)"; run prometheus "$work/lbgen lint $d/prometheus/prometheus.yml" "$LBGEN_PROMTOOL check config $d/prometheus/prometheus.yml"
  echo "## HAProxy (5,000 lines)"; run haproxy "$work/lbgen lint $d/haproxy/haproxy.cfg" "$LBGEN_HAPROXY -c -f $d/haproxy/haproxy.cfg"
  echo "## nginx (20,000 lines)"; run nginx "$work/lbgen lint $d/nginx/nginx.conf" "$LBGEN_NGINX -t -q -p $d -c $d/nginx-main.conf -e stderr"
  echo "## render"; run render "$work/lbgen render -f $d/spec-100/lbgen.hcl -o $work/out100" "$work/lbgen render -f $d/spec-1000/lbgen.hcl -o $work/out1000" "$work/lbgen render -f examples/monitoring/lbgen.hcl -o $work/outmon"
} | tee "$out"
