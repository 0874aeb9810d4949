package lint

import (
	"os"
	"path/filepath"
	"testing"
)

// TestFindConfigStopsAtRepositoryRoot: .lbgen.hcl is looked up from the
// linted path upward to the directory holding .git, never above it.
func TestFindConfigStopsAtRepositoryRoot(t *testing.T) {
	base := t.TempDir()
	repo := filepath.Join(base, "repo")
	sub := filepath.Join(repo, "deploy", "stack")
	for _, d := range []string{filepath.Join(repo, ".git"), sub} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	above := "lint {\n  disable = [\"LB101\"]\n}\n"
	if err := os.WriteFile(filepath.Join(base, ConfigFile), []byte(above), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg, err := FindConfig(sub)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Path != "" {
		t.Errorf("found %s above the repository root", cfg.Path)
	}
	if err := os.WriteFile(filepath.Join(repo, ConfigFile), []byte(above), 0o644); err != nil {
		t.Fatal(err)
	}
	if cfg, err = FindConfig(sub); err != nil || len(cfg.Disable) != 1 {
		t.Errorf("the repository's own %s was not found: %+v, %v", ConfigFile, cfg, err)
	}
}
