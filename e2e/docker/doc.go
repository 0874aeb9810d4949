// Package docker runs the stacks lbgen renders on a real Docker Engine,
// started with `docker compose up -d --wait` as a user would, and checks
// what only a running engine shows: scaling out and in without a balancer
// restart, failover when a replica is killed, health-gated start-up,
// Prometheus finding every replica, and the lesson's hand-written stack
// beside lbgen's.
//
// TestMain uses the engine that answers at DOCKER_HOST (or the default
// socket), or starts a private dockerd and stops it at the end. The images
// the compose files name are built offline by scripts/docker-images.sh
// from the packages scripts/docker-env.sh fetched; the test app is
// ./testapp. Without an engine the tests skip, or fail under
// LBGEN_REQUIRE_DOCKER=1 (scripts/test.sh sets it). docs/testing.md says
// how to run them and what each one proves. The stacks run in parallel:
// each is its own compose project on its own networks and free host
// ports, and most of a test's time is spent waiting for health checks. The tests are in *_test.go
// files; this package has no other code.
package docker
