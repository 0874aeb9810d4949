#!/usr/bin/env bash
# Runs every test, with the real tools they need: nginx, HAProxy, promtool
# and the SARIF schema (installed into a private cache by
# scripts/test-tools.sh on the first run), kube-apiserver, etcd, kubectl
# and Kubernetes' OpenAPI schemas (scripts/kube-tools.sh; building the API
# server takes minutes, once) and the pre-commit framework. Extra arguments
# go to `go test`, e.g. scripts/test.sh -run Golden.
set -euo pipefail
cd "$(dirname "$0")/.."
# Captured first: `eval "$(...)"` would ignore the script's exit status and
# run the tests without their tools.
if ! tools_env=$(scripts/test-tools.sh); then
  echo "test.sh: scripts/test-tools.sh failed; not running the tests" >&2
  exit 1
fi
eval "$tools_env"
if ! kube_env=$(scripts/kube-tools.sh); then
  echo "test.sh: scripts/kube-tools.sh failed; not running the tests" >&2
  exit 1
fi
eval "$kube_env"
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
