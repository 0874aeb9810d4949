#!/usr/bin/env bash
# Installs the nginx, HAProxy and promtool binaries lbgen's tests validate
# rendered configs with, into a private cache, and prints the environment
# variables the tests read:
#
#   current   Debian sid's packages (nginx 1.30, HAProxy 3.2): the versions
#             the rendered compose files pin. They need a newer C library
#             than Debian 12 has, so they run through the loader and
#             libraries unpacked beside them.
#   debian12  Debian 12's own packages (nginx 1.22, HAProxy 2.6) from bookworm,
#             bookworm-updates and bookworm-security, for configs rendered
#             for those versions.
#   promtool  Debian sid's promtool (Prometheus 3.5), for `promtool check
#             config|rules` and `promtool test rules`.
#   amtool    Debian sid's amtool (prometheus-alertmanager, 0.33 at the time of writing), for
#             `amtool check-config`.
#   docker    the machine's docker client, for `docker stack config`
#   sarif     the SARIF 2.1.0 JSON schema (from the npm package
#             @microsoft/jest-sarif), to validate lint's SARIF output.
#
# Nothing is installed into the system and the system's apt setup is not
# touched: packages are fetched with `apt-get download` under a private apt
# configuration (with an empty dpkg status, so whatever nginx or HAProxy the
# machine has installed does not matter) and unpacked with `dpkg-deb -x`.
# The first step that fails stops the script with a message and exit status
# 1. A second run reuses the cache. Usage:
#
#   eval "$(scripts/test-tools.sh)"
set -euo pipefail

cache="${LBGEN_TOOLS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/lbgen-tools}"
arch_lib=usr/lib/x86_64-linux-gnu
debian=http://deb.debian.org/debian
security=http://security.debian.org/debian-security

log() { echo "test-tools: $*" >&2; }
die() {
  log "error: $*"
  exit 1
}

# apt_private NAME SOURCE...: apt options for a private sources list
# (one "deb" line per SOURCE, each "URI SUITE"), package lists, download
# cache and an empty dpkg status. The status must be empty, not the
# system's: otherwise apt picks the version installed on this machine (for
# example from Debian's security updates), which the private sources may
# not offer, and `apt-get download` fails.
apt_private() {
  local name=$1 dir="$cache/apt-$1" src
  shift
  mkdir -p "$dir/lists/partial" "$dir/archives/partial"
  : >"$dir/sources.list"
  for src in "$@"; do
    echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $src main" >>"$dir/sources.list"
  done
  : >"$dir/status"
  echo -o "Dir::Etc::SourceList=$dir/sources.list" -o Dir::Etc::SourceParts=/dev/null \
    -o "Dir::State::Lists=$dir/lists" -o "Dir::Cache=$dir" -o "Dir::Cache::archives=$dir/archives" \
    -o "Dir::State::status=$dir/status" -o Dir::Etc::Preferences=/dev/null \
    -o Dir::Etc::PreferencesParts=/dev/null -o APT::Sandbox::User=root
}

# fetch NAME PREFIX SOURCES PACKAGE...: download the packages from the
# sources (a space-separated list of "URI SUITE" pairs joined by commas)
# and unpack them into PREFIX.
fetch() {
  local name=$1 prefix=$2 sources=$3
  shift 3
  local opts debs deb
  local -a srcs
  IFS=, read -r -a srcs <<<"$sources"
  opts=$(apt_private "$name" "${srcs[@]}")
  debs="$cache/debs-$name"
  mkdir -p "$debs" "$prefix"
  # shellcheck disable=SC2086 # opts is a list of options
  apt-get -qq $opts update >&2 || die "apt-get update for $name failed"
  # shellcheck disable=SC2086
  (cd "$debs" && apt-get -qq $opts download "$@" >&2) || die "apt-get download from $name failed: $*"
  for deb in "$debs"/*.deb; do
    [ -e "$deb" ] || die "no package downloaded from $name"
    dpkg-deb -x "$deb" "$prefix" || die "dpkg-deb -x $deb failed"
  done
}

# wrapper NAME PREFIX BINARY LOADER: a script that runs BINARY with the
# libraries unpacked in PREFIX, found first.
wrapper() {
  local name=$1 prefix=$2 binary=$3 loader=$4
  mkdir -p "$cache/bin"
  cat >"$cache/bin/$name" <<WRAP
#!/bin/sh
exec $loader --library-path $prefix/$arch_lib:/$arch_lib $prefix/$binary "\$@"
WRAP
  chmod +x "$cache/bin/$name"
}

works() { [ -x "$cache/bin/$1" ] && "$cache/bin/$1" -v >/dev/null 2>&1; }

if ! works nginx-current || ! works haproxy-current || ! "$cache/bin/promtool" --version >/dev/null 2>&1; then
  log "fetching Debian sid's nginx and haproxy into $cache"
  rm -rf "$cache/sid" "$cache/debs-sid"
  fetch sid "$cache/sid" "$debian sid" nginx nginx-common haproxy promtool \
    libc6 libcrypt1 libpcre2-8-0 libssl3t64 zlib1g libzstd1 libjemalloc2 liblua5.4-0 \
    libopentracing-c-wrapper0t64 libopentracing1 libstdc++6 libgcc-s1
  loader="$cache/sid/$arch_lib/ld-linux-x86-64.so.2"
  wrapper nginx-current "$cache/sid" usr/sbin/nginx "$loader"
  wrapper haproxy-current "$cache/sid" usr/sbin/haproxy "$loader"
  wrapper promtool "$cache/sid" usr/bin/promtool "$loader"
fi

# amtool, from Debian sid's prometheus-alertmanager,
# unpacked beside the sid libraries it may need.
if ! "$cache/bin/amtool" --version >/dev/null 2>&1; then
  log "fetching Debian sid's prometheus-alertmanager (amtool) into $cache"
  rm -rf "$cache/debs-sid-alertmanager"
  fetch sid-alertmanager "$cache/sid" "$debian sid" prometheus-alertmanager
  wrapper amtool "$cache/sid" usr/bin/amtool "$cache/sid/$arch_lib/ld-linux-x86-64.so.2"
fi

# Debian builds nginx's stream module as a dynamic module (the official
# image has it built in): the tests load it for TCP balancers' configs.
stream_module="$cache/sid/usr/lib/nginx/modules/ngx_stream_module.so"
if [ ! -e "$stream_module" ]; then
  log "fetching Debian sid's nginx stream module into $cache"
  rm -rf "$cache/debs-sid-stream"
  fetch sid-stream "$cache/sid" "$debian sid" libnginx-mod-stream
fi

if ! works nginx-debian12 || ! works haproxy-debian12; then
  log "fetching Debian 12's nginx and haproxy into $cache"
  rm -rf "$cache/bookworm" "$cache/debs-bookworm"
  # Debian 12 as installed today: the point release plus its security
  # and updates suites, so the versions match what `apt-get install`
  # gives a Debian 12 machine.
  fetch bookworm "$cache/bookworm" "$debian bookworm,$debian bookworm-updates,$security bookworm-security" nginx nginx-common haproxy \
    liblua5.3-0 libopentracing-c-wrapper0 libopentracing1
  loader="/$arch_lib/ld-linux-x86-64.so.2"
  wrapper nginx-debian12 "$cache/bookworm" usr/sbin/nginx "$loader"
  wrapper haproxy-debian12 "$cache/bookworm" usr/sbin/haproxy "$loader"
fi

sarif_schema="$cache/sarif-2.1.0-rtm.5.json"
if [ ! -s "$sarif_schema" ]; then
  log "fetching the SARIF 2.1.0 schema into $cache"
  tmp=$(mktemp -d)
  (cd "$tmp" && npm pack --silent @microsoft/jest-sarif@1.0.0-beta.0 >/dev/null && tar xzf ./*.tgz) ||
    die "npm pack @microsoft/jest-sarif failed"
  cp "$tmp/package/lib/schemas/sarif-2.1.0-rtm.5.json" "$sarif_schema" || die "the SARIF schema is not in the package"
  rm -rf "$tmp"
fi

for tool in nginx-current nginx-debian12 haproxy-current haproxy-debian12; do
  works "$tool" || die "$tool does not run; remove $cache and try again"
done
"$cache/bin/promtool" --version >/dev/null 2>&1 || die "promtool does not run; remove $cache and try again"
"$cache/bin/amtool" --version >/dev/null 2>&1 || die "amtool does not run; remove $cache and try again"

echo "export LBGEN_NGINX=$cache/bin/nginx-current"
echo "export LBGEN_NGINX_STREAM_MODULE=$stream_module"
echo "export LBGEN_NGINX_DEBIAN12=$cache/bin/nginx-debian12"
echo "export LBGEN_HAPROXY=$cache/bin/haproxy-current"
echo "export LBGEN_HAPROXY_DEBIAN12=$cache/bin/haproxy-debian12"
echo "export LBGEN_PROMTOOL=$cache/bin/promtool"
echo "export LBGEN_AMTOOL=$cache/bin/amtool"
echo "export LBGEN_SARIF_SCHEMA=$sarif_schema"
# The docker client checks rendered Swarm stack files offline with
# docker/cli's own loader (`docker stack config`); this machine kind ships
# a current client at /usr/local/bin/docker.
if docker_cli=$(command -v docker) && "$docker_cli" stack config --help >/dev/null 2>&1; then
  echo "export LBGEN_DOCKER=$docker_cli"
else
  log "no docker client with 'stack config': Swarm stack files are not checked"
fi
