#!/usr/bin/env bash
# Runs every test, with the real nginx and HAProxy binaries the config
# tests need (installed into a private cache by scripts/test-tools.sh on the
# first run). Extra arguments go to `go test`, e.g. scripts/test.sh -run Golden.
set -euo pipefail
cd "$(dirname "$0")/.."
eval "$(scripts/test-tools.sh)"
export LBGEN_REQUIRE_TOOLS=1
exec go test -count=1 "$@" ./...
