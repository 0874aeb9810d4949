package rules

import (
	"bytes"
	"flag"
	"os"
	"testing"
)

var update = flag.Bool("update", false, "rewrite docs/rules.md")

const catalogue = "../../docs/rules.md"

// TestCatalogueInSync keeps docs/rules.md equal to the rules' own
// documentation.
func TestCatalogueInSync(t *testing.T) {
	var buf bytes.Buffer
	if err := Catalogue(&buf); err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile(catalogue, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	got, err := os.ReadFile(catalogue)
	if err != nil || !bytes.Equal(got, buf.Bytes()) {
		t.Errorf("docs/rules.md is out of date: run go test ./lint/rules -update")
	}
}
