package rules

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/lbgen/lbgen/internal/toolcheck"
)

// TestSwarmFixturesLoad runs the real stack loader (`docker stack config`)
// on the Swarm stack files of the fixtures: except LB118's, whose point is
// what the loader rejects, each must load, so what the Swarm rules flag in
// them is a problem of a stack docker stack deploy takes, and LB118 is
// right to stay silent there.
func TestSwarmFixturesLoad(t *testing.T) {
	stacks, err := filepath.Glob(filepath.Join("testdata", "*", "docker-stack.yml"))
	if err != nil || len(stacks) < 5 {
		t.Fatalf("Swarm fixtures: %v %v", stacks, err)
	}
	for _, s := range stacks {
		dir := filepath.Dir(s)
		if filepath.Base(dir) == SwarmRejectedKey.ID {
			continue
		}
		t.Run(filepath.Base(dir), func(t *testing.T) {
			abs, err := filepath.Abs(dir)
			if err != nil {
				t.Fatal(err)
			}
			if out, err := toolcheck.StackConfig(t, abs, "docker-stack.yml"); err != nil {
				t.Errorf("docker stack config rejects %s: %v\n%s", s, err, out)
			}
		})
	}
	if _, err := os.Stat(filepath.Join("testdata", SwarmRejectedKey.ID, "docker-stack.yml")); err != nil {
		t.Error(err)
	}
}
