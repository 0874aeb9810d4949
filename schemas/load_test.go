package schemas

import (
	"os"
	"path/filepath"
	"testing"
)

// TestStarterLoads keeps the spec `lbgen init` writes valid.
func TestStarterLoads(t *testing.T) {
	path := filepath.Join(t.TempDir(), "lbgen.hcl")
	if err := os.WriteFile(path, Starter, 0o644); err != nil {
		t.Fatal(err)
	}
	res, diags := Load(path, Options{})
	if diags.HasErrors() {
		t.Fatalf("starter spec does not load: %v", diags)
	}
	app := res.Topology.Service("app")
	if app == nil || app.ReplicaCount != 3 || app.MaxReplicaCount != 10 {
		t.Errorf("starter app = %+v; want 3 replicas, max 10", app)
	}
}

// TestDiagnosticsInSourceOrder checks that semantic errors come out top to
// bottom, whatever order validation finds them in.
func TestDiagnosticsInSourceOrder(t *testing.T) {
	path := filepath.Join(t.TempDir(), "lbgen.hcl")
	spec := `project = "demo"
balancer "web" {
  engine = "nginx"
  listen = 80
  route "/" { service = "missing" }
}
service "app" {
  image    = "x:1"
  replicas = 0
}
`
	if err := os.WriteFile(path, []byte(spec), 0o644); err != nil {
		t.Fatal(err)
	}
	_, diags := Load(path, Options{})
	if len(diags) != 2 {
		t.Fatalf("got %d diagnostics, want 2: %v", len(diags), diags)
	}
	if first, second := diags[0].Subject.Start.Line, diags[1].Subject.Start.Line; first != 5 || second != 9 {
		t.Errorf("diagnostics on lines %d, %d; want 5, 9", first, second)
	}
}
