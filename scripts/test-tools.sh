#!/usr/bin/env bash
# Installs the nginx, HAProxy and promtool binaries lbgen's tests validate
# rendered configs with, into a private cache, and prints the environment
# variables the tests read:
#
#   current   Debian sid's packages (nginx 1.30, HAProxy 3.2): the versions
#             the rendered compose files pin. They need a newer C library
#             than Debian 12 has, so they run through the loader and
#             libraries unpacked beside them.
#   debian12  Debian 12's own packages (nginx 1.22, HAProxy 2.6), for configs
#             rendered for those versions.
#   promtool  Debian sid's promtool (Prometheus 3.5), for `promtool check
#             config|rules` and `promtool test rules`.
#   sarif     the SARIF 2.1.0 JSON schema (from the npm package
#             @microsoft/jest-sarif), to validate lint's SARIF output.
#
# Nothing is installed into the system and the system's apt setup is not
# touched: packages are fetched with `apt-get download` under a private apt
# configuration and unpacked with `dpkg-deb -x`. A second run reuses the
# cache. Usage:
#
#   eval "$(scripts/test-tools.sh)"
set -euo pipefail

cache="${LBGEN_TOOLS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/lbgen-tools}"
arch_lib=usr/lib/x86_64-linux-gnu

log() { echo "test-tools: $*" >&2; }

# apt_private SUITE: apt options for a private sources list, package lists
# and download cache for one Debian suite.
apt_private() {
  local suite=$1 dir="$cache/apt-$1"
  mkdir -p "$dir/lists/partial" "$dir/archives/partial"
  echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian $suite main" >"$dir/sources.list"
  echo -o "Dir::Etc::SourceList=$dir/sources.list" -o Dir::Etc::SourceParts=/dev/null \
    -o "Dir::State::Lists=$dir/lists" -o "Dir::Cache=$dir" -o "Dir::Cache::archives=$dir/archives" \
    -o Dir::State::status=/var/lib/dpkg/status -o APT::Sandbox::User=root
}

# fetch SUITE PREFIX PACKAGE...: download the packages from SUITE and
# unpack them into PREFIX.
fetch() {
  local suite=$1 prefix=$2
  shift 2
  local opts debs
  opts=$(apt_private "$suite")
  debs="$cache/debs-$suite"
  mkdir -p "$debs" "$prefix"
  # shellcheck disable=SC2086 # opts is a list of options
  apt-get -qq $opts update >&2
  (cd "$debs" && apt-get -qq $opts download "$@" >&2)
  for deb in "$debs"/*.deb; do
    dpkg-deb -x "$deb" "$prefix"
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
  fetch sid "$cache/sid" nginx nginx-common haproxy promtool \
    libc6 libcrypt1 libpcre2-8-0 libssl3t64 zlib1g libzstd1 libjemalloc2 liblua5.4-0 \
    libopentracing-c-wrapper0t64 libopentracing1 libstdc++6 libgcc-s1
  loader="$cache/sid/$arch_lib/ld-linux-x86-64.so.2"
  wrapper nginx-current "$cache/sid" usr/sbin/nginx "$loader"
  wrapper haproxy-current "$cache/sid" usr/sbin/haproxy "$loader"
  wrapper promtool "$cache/sid" usr/bin/promtool "$loader"
fi

if ! works nginx-debian12 || ! works haproxy-debian12; then
  log "fetching Debian 12's nginx and haproxy into $cache"
  rm -rf "$cache/bookworm" "$cache/debs-bookworm"
  fetch bookworm "$cache/bookworm" nginx nginx-common haproxy \
    liblua5.3-0 libopentracing-c-wrapper0 libopentracing1
  loader="/$arch_lib/ld-linux-x86-64.so.2"
  wrapper nginx-debian12 "$cache/bookworm" usr/sbin/nginx "$loader"
  wrapper haproxy-debian12 "$cache/bookworm" usr/sbin/haproxy "$loader"
fi

sarif_schema="$cache/sarif-2.1.0-rtm.5.json"
if [ ! -s "$sarif_schema" ]; then
  log "fetching the SARIF 2.1.0 schema into $cache"
  tmp=$(mktemp -d)
  (cd "$tmp" && npm pack --silent @microsoft/jest-sarif@1.0.0-beta.0 >/dev/null && tar xzf ./*.tgz)
  cp "$tmp/package/lib/schemas/sarif-2.1.0-rtm.5.json" "$sarif_schema"
  rm -rf "$tmp"
fi

for tool in nginx-current nginx-debian12 haproxy-current haproxy-debian12; do
  works "$tool" || { log "$tool does not run; remove $cache and try again"; exit 1; }
done

echo "export LBGEN_NGINX=$cache/bin/nginx-current"
echo "export LBGEN_NGINX_DEBIAN12=$cache/bin/nginx-debian12"
echo "export LBGEN_HAPROXY=$cache/bin/haproxy-current"
echo "export LBGEN_HAPROXY_DEBIAN12=$cache/bin/haproxy-debian12"
echo "export LBGEN_PROMTOOL=$cache/bin/promtool"
echo "export LBGEN_SARIF_SCHEMA=$sarif_schema"
