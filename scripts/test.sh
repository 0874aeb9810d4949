#!/usr/bin/env bash
# Runs every test, with the real tools they need: nginx, HAProxy, promtool
# and the SARIF schema (installed into a private cache by
# scripts/test-tools.sh on the first run), kube-apiserver, etcd, kubectl
# and Kubernetes' OpenAPI schemas (scripts/kube-tools.sh; building the API
# server takes minutes, once) and the pre-commit framework. Extra arguments
# go to `go test`, e.g. scripts/test.sh -run Golden.
set -euo pipefail
cd "$(dirname "$0")/.."
eval "$(scripts/test-tools.sh)"
eval "$(scripts/kube-tools.sh)"
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
export LBGEN_REQUIRE_TOOLS=1
go test -count=1 "$@" ./...
# The Kubernetes checks are a module of their own, so lbgen's go.mod
# stays free of k8s.io modules.
cd kubetest
go vet ./...
exec go test -count=1 "$@" ./...
