package golden

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/lbgen/lbgen/gen"
)

// kubernetesExamples holds the bundled examples rendered for Kubernetes.
const kubernetesExamples = "examples-kubernetes"

// TestExamplesOnKubernetes renders every bundled example with --platform
// kubernetes. Each archive's comment holds that command; a missing
// archive is created with it by -update.
func TestExamplesOnKubernetes(t *testing.T) {
	specs, err := filepath.Glob("../examples/*/lbgen.hcl")
	if err != nil || len(specs) == 0 {
		t.Fatalf("no examples found: %v", err)
	}
	for _, spec := range specs {
		dir := filepath.Dir(spec)
		name := filepath.Base(dir)
		t.Run(name, func(t *testing.T) {
			archive := filepath.Join(kubernetesExamples, name+".txtar")
			if _, err := os.Stat(archive); err != nil && *update {
				comment := "The " + name + " example rendered for Kubernetes.\n$ lbgen render --platform kubernetes\n"
				if err := os.WriteFile(archive, []byte(comment), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			inputs := readDir(t, dir)
			for path, data := range inputs {
				if gen.IsGenerated(data) {
					delete(inputs, path)
				}
			}
			runArchive(t, archive, inputs)
		})
	}
}
