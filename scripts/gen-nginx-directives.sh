#!/usr/bin/env bash
# Regenerates lint/nginxconf/directives_gen.go, the table of every directive
# nginx documents, from NGINX's reference data (the npm package
# @nginx/reference-lib). Run from anywhere; needs node and npm.
#   scripts/gen-nginx-directives.sh [VERSION]
set -euo pipefail
cd "$(dirname "$0")/.."
version=${1:-1.1.41}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "@nginx/reference-lib@$version" >/dev/null && tar xzf nginx-reference-lib-*.tgz)
node scripts/gen-nginx-directives.mjs "$tmp/package/dist/index.js" "$version" >lint/nginxconf/directives_gen.go
gofmt -w lint/nginxconf/directives_gen.go
