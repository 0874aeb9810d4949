#!/usr/bin/env bash
# Runs every test, with the real tools they need: nginx, HAProxy, promtool
# and the SARIF schema (installed into a private cache by
# scripts/test-tools.sh on the first run); kube-apiserver, etcd, kubectl
# and Kubernetes' OpenAPI schemas (scripts/kube-tools.sh; building the API
# server takes minutes, once); for e2e/docker a Docker Engine, the Compose
# plugin and the packages its images are built from (scripts/docker-env.sh;
# docs/testing.md); and the pre-commit framework. Extra arguments go to
# `go test`, e.g. scripts/test.sh -run Golden.
set -euo pipefail
cd "$(dirname "$0")/.."
# A setup step that fails stops the run with its name (`eval "$(cmd)"`
# alone would ignore cmd's exit status).
setup_env() {
  local out
  out=$("$1") || { echo "test.sh: $1 failed; see its messages above" >&2; exit 1; }
  eval "$out"
}
setup_env scripts/test-tools.sh
setup_env scripts/kube-tools.sh
setup_env scripts/docker-env.sh
# The pre-commit framework, for the test that runs our hooks through it:
# Debian's package, installed when missing (as root, like CI).
if ! command -v pre-commit >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && apt-get install -y -qq pre-commit >/dev/null
  else
    echo "test.sh: pre-commit is missing; install it (apt-get install pre-commit)" >&2
    exit 1
  fi
fi
export LBGEN_REQUIRE_TOOLS=1 LBGEN_REQUIRE_DOCKER=1
# e2e/docker waits for real health checks: allow it more than the default
# 10 minutes.
go test -count=1 -timeout 30m "$@" ./...
# The Kubernetes checks are a module of their own, so lbgen's go.mod
# stays free of k8s.io modules.
cd kubetest
go vet ./...
exec go test -count=1 "$@" ./...
