// Package e2e proves rendered stacks under real traffic: the real nginx
// and HAProxy run configs rendered by lbgen, on loopback, in front of test
// backends on 127.0.0.2, 127.0.0.3, ..., with a DNS server inside the test
// standing in for Docker's, whose answer the tests change to simulate
// `docker compose up --scale`. The tests are in *_test.go files; this
// package has no other code.
package e2e
