#!/usr/bin/env bash
# Installs what the Docker tests (e2e/docker) need and prints the
# environment variables they read:
#
#   dockerd    Debian's docker.io (Docker Engine 20.10), installed with apt
#              when missing (as root). It is not started here: the tests
#              start a private dockerd when no engine answers, and stop it.
#   compose    the Compose v2 plugin from Debian sid's docker-compose
#              package, put into $DOCKER_CONFIG/cli-plugins.
#   debs       the Debian sid packages the test images are made of (nginx,
#              HAProxy, Prometheus, the nginx exporter, Redis, busybox and
#              the libraries they need): nothing can be pulled from a
#              registry here, so the tests build the images from these.
#
# The sid packages are fetched with `apt-get download` under a private apt
# configuration (the system's apt setup is not touched) into a cache that a
# second run reuses. Usage:
#
#   eval "$(scripts/docker-env.sh)"
set -euo pipefail

cache="${LBGEN_DOCKER_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/lbgen-docker}"

log() { echo "docker-env: $*" >&2; }

# The packages the images are made of. Changing this list changes the
# images' content hash, so the tests rebuild them.
image_packages=(
  nginx nginx-common haproxy prometheus prometheus-nginx-exporter busybox-static
  redis-server redis-tools
  libc6 libcrypt1 libpcre2-8-0 libssl3t64 zlib1g libzstd1 libjemalloc2 liblua5.4-0
  libopentracing-c-wrapper0t64 libopentracing1 libstdc++6 libgcc-s1
  libsystemd0 libcap2 liblzf1 libatomic1
)

# apt_private: apt options for a private sources list (Debian sid), package
# lists and download cache.
apt_private() {
  local dir="$cache/apt"
  mkdir -p "$dir/lists/partial" "$dir/archives/partial"
  echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian sid main" >"$dir/sources.list"
  echo -o "Dir::Etc::SourceList=$dir/sources.list" -o Dir::Etc::SourceParts=/dev/null \
    -o "Dir::State::Lists=$dir/lists" -o "Dir::Cache=$dir" -o "Dir::Cache::archives=$dir/archives" \
    -o Dir::State::status=/var/lib/dpkg/status -o APT::Sandbox::User=root
}

# download DIR PACKAGE...: fetch the packages' .deb files from sid into DIR.
download() {
  local dir=$1 opts
  shift
  opts=$(apt_private)
  mkdir -p "$dir"
  if [ ! -f "$cache/apt/updated" ]; then
    # shellcheck disable=SC2086 # opts is a list of options
    apt-get -qq $opts update >&2
    touch "$cache/apt/updated"
  fi
  # shellcheck disable=SC2086
  (cd "$dir" && apt-get -qq $opts download "$@" >&2)
}

if ! command -v dockerd >/dev/null; then
  if [ "$(id -u)" != 0 ]; then
    log "dockerd is missing; install Debian's docker.io (apt-get install docker.io) or set DOCKER_HOST"
    exit 1
  fi
  log "installing Debian's docker.io"
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker.io >&2
fi

export DOCKER_CONFIG="$cache/config"
plugin="$DOCKER_CONFIG/cli-plugins/docker-compose"
if ! "$plugin" version >/dev/null 2>&1; then
  log "fetching Debian sid's docker-compose into $cache"
  tmp=$(mktemp -d)
  download "$tmp" docker-compose
  dpkg-deb -x "$tmp"/docker-compose_*.deb "$tmp/root"
  mkdir -p "$(dirname "$plugin")"
  cp "$tmp/root/usr/libexec/docker/cli-plugins/docker-compose" "$plugin"
  rm -rf "$tmp"
  "$plugin" version >/dev/null || { log "the compose plugin does not run"; exit 1; }
fi

debs="$cache/debs"
stamp="$debs/.packages"
if [ "$(cat "$stamp" 2>/dev/null)" != "${image_packages[*]}" ]; then
  log "fetching the packages for the test images into $debs"
  rm -rf "$debs"
  download "$debs" "${image_packages[@]}"
  echo "${image_packages[*]}" >"$stamp"
fi

echo "export DOCKER_CONFIG=$DOCKER_CONFIG"
echo "export LBGEN_DOCKER_DIR=$cache"
echo "export LBGEN_DOCKER_DEBS=$debs"
