// Package specseeds collects the repository's known specs — the bundled
// examples and the specs of the golden render cases — as seed corpora for
// fuzz tests.
package specseeds

import (
	"os"
	"path/filepath"

	"golang.org/x/tools/txtar"
)

// Specs returns every example spec and golden render-case spec under the
// repository root (given relative to the calling test's directory).
func Specs(root string) [][]byte {
	var specs [][]byte
	examples, _ := filepath.Glob(filepath.Join(root, "examples", "*", "lbgen.hcl"))
	for _, path := range examples {
		if data, err := os.ReadFile(path); err == nil {
			specs = append(specs, data)
		}
	}
	archives, _ := filepath.Glob(filepath.Join(root, "golden", "render", "*.txtar"))
	for _, path := range archives {
		ar, err := txtar.ParseFile(path)
		if err != nil {
			continue
		}
		for _, f := range ar.Files {
			if f.Name == "lbgen.hcl" {
				specs = append(specs, f.Data)
			}
		}
	}
	return specs
}
