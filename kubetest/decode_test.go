package kubetest

import (
	"fmt"
	"testing"

	monitoringv1 "github.com/prometheus-operator/prometheus-operator/pkg/apis/monitoring/v1"
	appsv1 "k8s.io/api/apps/v1"
	autoscalingv2 "k8s.io/api/autoscaling/v2"
	corev1 "k8s.io/api/core/v1"
	policyv1 "k8s.io/api/policy/v1"
	rbacv1 "k8s.io/api/rbac/v1"
	"sigs.k8s.io/json"
	"sigs.k8s.io/yaml"
)

// apiTypes are the official types of every kind lbgen renders.
var apiTypes = map[string]func() any{
	"apps/v1/Deployment":                       func() any { return &appsv1.Deployment{} },
	"apps/v1/DaemonSet":                        func() any { return &appsv1.DaemonSet{} },
	"v1/Service":                               func() any { return &corev1.Service{} },
	"v1/ConfigMap":                             func() any { return &corev1.ConfigMap{} },
	"v1/PersistentVolumeClaim":                 func() any { return &corev1.PersistentVolumeClaim{} },
	"v1/ServiceAccount":                        func() any { return &corev1.ServiceAccount{} },
	"v1/Namespace":                             func() any { return &corev1.Namespace{} },
	"policy/v1/PodDisruptionBudget":            func() any { return &policyv1.PodDisruptionBudget{} },
	"autoscaling/v2/HorizontalPodAutoscaler":   func() any { return &autoscalingv2.HorizontalPodAutoscaler{} },
	"rbac.authorization.k8s.io/v1/Role":        func() any { return &rbacv1.Role{} },
	"rbac.authorization.k8s.io/v1/RoleBinding": func() any { return &rbacv1.RoleBinding{} },
	// The Prometheus Operator's, from the same release as the CRDs the
	// API server test installs (crd_test.go).
	"monitoring.coreos.com/v1/ServiceMonitor": func() any { return &monitoringv1.ServiceMonitor{} },
	"monitoring.coreos.com/v1/PrometheusRule": func() any { return &monitoringv1.PrometheusRule{} },
}

// serverValidated are kinds without Go types here (KEDA's module is a
// whole operator): the API server test validates them strictly against
// their CRDs' schemas instead (crd_test.go).
var serverValidated = map[string]bool{"keda.sh/v1alpha1/ScaledObject": true}

// TestManifestsDecodeStrictly decodes every rendered object into its
// official type, rejecting unknown and duplicate fields, as the API
// server's strict field validation does.
func TestManifestsDecodeStrictly(t *testing.T) {
	for _, set := range goldenSets(t) {
		t.Run(set.Case, func(t *testing.T) {
			for _, m := range set.Manifests {
				if err := decodeStrict(m); err != nil {
					t.Error(err)
				}
			}
		})
	}
}

// decodeStrict decodes a manifest into its official type and reports the
// first unknown or duplicate field or wrongly typed value.
func decodeStrict(m manifest) error {
	newObj, ok := apiTypes[m.APIVersion+"/"+m.Kind]
	if !ok && serverValidated[m.APIVersion+"/"+m.Kind] {
		return nil
	}
	if !ok {
		return fmt.Errorf("%s: lbgen renders %s %s, which this test does not know", m.Where, m.APIVersion, m.Kind)
	}
	strict, err := json.UnmarshalStrict(m.JSON, newObj(), json.DisallowDuplicateFields, json.DisallowUnknownFields)
	if err != nil {
		return fmt.Errorf("%s: %w", m.Where, err)
	}
	if len(strict) > 0 {
		return fmt.Errorf("%s: %v", m.Where, strict)
	}
	return nil
}

// badDeployment has a misspelt field (replica) and a port that is not a
// number: both checks must reject it.
const badDeployment = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app
spec:
  replica: 2
  selector:
    matchLabels: {app: x}
  template:
    metadata:
      labels: {app: x}
    spec:
      containers:
        - name: app
          image: app:1
          ports:
            - containerPort: "http"
`

func TestStrictDecodingRejectsMistakes(t *testing.T) {
	ms, err := splitManifests("bad", []byte(badDeployment))
	if err != nil {
		t.Fatal(err)
	}
	if err := decodeStrict(ms[0]); err == nil {
		t.Error("a Deployment with spec.replica decodes strictly")
	}
	ms, err = splitManifests("bad", []byte(`apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata: {name: app}
spec:
  selector: {matchLabels: {app: x}}
  endpoints: [{port: metrics, intervall: 15s}]
`))
	if err != nil {
		t.Fatal(err)
	}
	if err := decodeStrict(ms[0]); err == nil {
		t.Error("a ServiceMonitor with endpoints[0].intervall decodes strictly")
	}
}

// kustomization is the part of kustomize's Kustomization lbgen writes.
type kustomization struct {
	APIVersion string   `json:"apiVersion"`
	Kind       string   `json:"kind"`
	Resources  []string `json:"resources"`
}

// TestKustomizationListsEveryManifest: `kubectl apply -k` deploys exactly
// the rendered files.
func TestKustomizationListsEveryManifest(t *testing.T) {
	for _, set := range goldenSets(t) {
		t.Run(set.Case, func(t *testing.T) {
			js, err := yaml.YAMLToJSON(set.Kustomization)
			if err != nil {
				t.Fatal(err)
			}
			var k kustomization
			strict, err := json.UnmarshalStrict(js, &k, json.DisallowDuplicateFields, json.DisallowUnknownFields)
			if err != nil || len(strict) > 0 {
				t.Fatalf("kustomization.yaml: %v %v", err, strict)
			}
			if k.APIVersion != "kustomize.config.k8s.io/v1beta1" || k.Kind != "Kustomization" {
				t.Errorf("kustomization.yaml is %s %s", k.APIVersion, k.Kind)
			}
			if got, want := k.Resources, set.Files; !equal(got, want) {
				t.Errorf("kustomization lists %v; the rendered manifests are %v", got, want)
			}
		})
	}
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
