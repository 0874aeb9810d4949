// Package kubetest checks the Kubernetes manifests in lbgen's golden files
// against Kubernetes itself: strict decoding into the official k8s.io/api
// types (an unknown or misplaced field fails), the official OpenAPI
// schemas, and a real kube-apiserver's server-side dry run with strict
// field validation (which also catches what schemas miss: a selector that
// does not match the pod labels, an invalid port name, an HPA whose
// minimum exceeds its maximum).
//
// It is its own module so that lbgen's go.mod stays free of k8s.io
// modules. The API server, etcd and the OpenAPI documents come from
// scripts/kube-tools.sh; without them the tests are skipped, or fail when
// LBGEN_REQUIRE_TOOLS=1.
package kubetest
