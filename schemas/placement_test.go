package schemas

import (
	"fmt"
	"testing"

	"github.com/hashicorp/hcl/v2"
)

// Every constraint form Swarm documents loads and parses, with or without
// spaces around the operator; the others are spec errors.
func TestPlacementConstraints(t *testing.T) {
	for _, tc := range []struct {
		constraint string
		want       *Constraint
	}{
		{"node.role == manager", &Constraint{Key: "node.role", Equal: true, Value: "manager"}},
		{"node.role!=worker", &Constraint{Key: "node.role", Equal: false, Value: "worker"}},
		{"node.labels.zone != eu-west-1c", &Constraint{Key: "node.labels.zone", Equal: false, Value: "eu-west-1c"}},
		{"node.labels.com.example.ssd == true", &Constraint{Key: "node.labels.com.example.ssd", Equal: true, Value: "true"}},
		{"node.labels.com.example/ssd == true", nil}, // Swarm's parser takes no '/' in a key
		{"engine.labels.operatingsystem == ubuntu-24.04", &Constraint{Key: "engine.labels.operatingsystem", Equal: true, Value: "ubuntu-24.04"}},
		{"node.hostname == node-1", &Constraint{Key: "node.hostname", Equal: true, Value: "node-1"}},
		{"node.platform.os == linux", &Constraint{Key: "node.platform.os", Equal: true, Value: "linux"}},
		{"node.platform.arch == x86_64", &Constraint{Key: "node.platform.arch", Equal: true, Value: "x86_64"}},
		{"node.ip == 10.0.0.0/8", &Constraint{Key: "node.ip", Equal: true, Value: "10.0.0.0/8"}},
		{"node.id == 2ivku8v2gvtg4", &Constraint{Key: "node.id", Equal: true, Value: "2ivku8v2gvtg4"}},
		{"node.role = manager", nil},
		{"node.role == ", nil},
		{"node.labels == a", nil},
		{"node.name == a", nil},
		{"node.role == leader", nil},
		{"node.labels.zone == a b", nil},
		{"node.labels.zone == $(x)", nil},
	} {
		t.Run(tc.constraint, func(t *testing.T) {
			src := fmt.Sprintf(`project = "demo"
service "app" {
  image = "x:1"
  placement { constraints = [%q] }
}
`, tc.constraint)
			res, diags := LoadSource("lbgen.hcl", []byte(src), Options{})
			if tc.want == nil {
				if !diags.HasErrors() {
					t.Fatalf("%q loads; want a spec error", tc.constraint)
				}
				return
			}
			if diags.HasErrors() {
				t.Fatalf("%q: %v", tc.constraint, diags)
			}
			rules := res.Topology.Service("app").Placement.Rules
			if len(rules) == 1 {
				rules[0].Range = hcl.Range{}
			}
			if len(rules) != 1 || rules[0] != *tc.want {
				t.Errorf("%q parses to %+v; want %+v", tc.constraint, rules, *tc.want)
			}
		})
	}
}
