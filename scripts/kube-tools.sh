#!/usr/bin/env bash
# Installs what lbgen's Kubernetes tests run a real API server with, into a
# private cache, and prints the environment variables the tests read:
#
#   kube-apiserver  built from the k8s.io/kubernetes Go module (its staging
#                   modules replaced by the published k8s.io/* v0.x
#                   versions); the build takes minutes, so the binary is
#                   cached under the version's name and rebuilt only when
#                   the version changes.
#   etcd            Debian sid's etcd-server package.
#   kubectl         Debian sid's kubectl package.
#   openapi         the OpenAPI v3 documents the same module carries under
#                   api/openapi-spec/v3, for schema validation.
#
# Nothing is installed into the system and the system's apt setup is not
# touched: packages come through `apt-get download` under a private apt
# configuration, as in scripts/test-tools.sh. The build runs at the lowest
# CPU priority. Usage:
#
#   eval "$(scripts/kube-tools.sh)"
set -euo pipefail

k8s_version="${LBGEN_KUBE_VERSION:-v1.37.2}"
cache="${LBGEN_TOOLS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/lbgen-tools}"
kube="$cache/kube-$k8s_version"
arch_lib=usr/lib/x86_64-linux-gnu

log() { echo "kube-tools: $*" >&2; }

# staging_version v1.X.Y: the k8s.io/* staging modules are published as
# v0.X.Y.
staging_version() { echo "v0.${1#v1.}"; }

# build_apiserver: a module that requires k8s.io/kubernetes, with every
# staging replace of its go.mod pointed at the published module.
build_apiserver() {
  local src="$kube/build" modfile
  rm -rf "$src" && mkdir -p "$src"
  modfile=$(go mod download -json "k8s.io/kubernetes@$k8s_version" | sed -n 's/.*"GoMod": "\(.*\)",/\1/p')
  {
    echo "module lbgen.local/kubebuild"
    echo
    grep -E '^go ' "$modfile"
    grep -E '^godebug ' "$modfile" || true
    echo
    echo "require k8s.io/kubernetes $k8s_version"
    echo
    echo "replace ("
    sed -n 's|^\s*\(k8s.io/[a-z0-9-]*\) => ./staging/src/k8s.io/.*|\t\1 => \1 '"$(staging_version "$k8s_version")"'|p' "$modfile"
    echo ")"
  } >"$src/go.mod"
  cat >"$src/tools.go" <<'GO'
//go:build tools

package kubebuild

import _ "k8s.io/kubernetes/cmd/kube-apiserver"
GO
  (
    cd "$src"
    GOFLAGS=-mod=mod go mod tidy >&2
    CGO_ENABLED=0 nice -n 19 go build -trimpath -ldflags=-s -o "$kube/kube-apiserver.tmp" k8s.io/kubernetes/cmd/kube-apiserver >&2
  )
  mv "$kube/kube-apiserver.tmp" "$kube/kube-apiserver"
}

if ! "$kube/kube-apiserver" --version >/dev/null 2>&1; then
  log "building kube-apiserver $k8s_version (a few minutes, once)"
  build_apiserver
fi

# The OpenAPI v3 documents of the same release.
openapi="$kube/openapi-v3"
if [ ! -s "$openapi/apis__apps__v1_openapi.json" ]; then
  dir=$(go mod download -json "k8s.io/kubernetes@$k8s_version" | sed -n 's/.*"Dir": "\(.*\)",/\1/p')
  rm -rf "$openapi" && mkdir -p "$openapi"
  cp "$dir"/api/openapi-spec/v3/*.json "$openapi/"
fi

# etcd and kubectl from Debian sid, unpacked into a private prefix.
sid="$kube/sid"
if ! "$sid/usr/bin/etcd" --version >/dev/null 2>&1 || ! "$sid/usr/bin/kubectl" version --client >/dev/null 2>&1; then
  log "fetching Debian sid's etcd-server and kubectl into $sid"
  apt="$cache/apt-kube"
  mkdir -p "$apt/lists/partial" "$apt/archives/partial" "$apt/debs"
  echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian sid main" >"$apt/sources.list"
  opts=(-o "Dir::Etc::SourceList=$apt/sources.list" -o Dir::Etc::SourceParts=/dev/null
    -o "Dir::State::Lists=$apt/lists" -o "Dir::Cache=$apt" -o "Dir::Cache::archives=$apt/archives"
    -o Dir::State::status=/var/lib/dpkg/status -o APT::Sandbox::User=root)
  apt-get -qq "${opts[@]}" update >&2
  rm -f "$apt/debs"/*.deb
  # The suite is explicit: a kubectl installed from elsewhere may carry
  # a higher version than sid's, which apt would otherwise pick.
  (cd "$apt/debs" && apt-get -qq "${opts[@]}" download etcd-server/sid kubectl/sid >&2)
  rm -rf "$sid" && mkdir -p "$sid"
  for deb in "$apt/debs"/*.deb; do dpkg-deb -x "$deb" "$sid"; done
fi

for tool in "$kube/kube-apiserver" "$sid/usr/bin/etcd"; do
  "$tool" --version >/dev/null 2>&1 || { log "$tool does not run; remove $kube and try again"; exit 1; }
done

echo "export LBGEN_KUBE_APISERVER=$kube/kube-apiserver"
echo "export LBGEN_ETCD=$sid/usr/bin/etcd"
echo "export LBGEN_KUBECTL=$sid/usr/bin/kubectl"
echo "export LBGEN_KUBE_OPENAPI=$openapi"
