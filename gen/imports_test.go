package gen_test

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// shared are the packages under gen/ that are not targets: every target
// may use them. Only gen/targets, the registry, imports targets.
var shared = map[string]bool{"gen/scrape": true, "gen/composefile": true}

// TestTargetsDoNotImportEachOther keeps each output a package of its own:
// a renderer that needs another's knowledge gets it from gen, gen/scrape,
// component or the platform, never from another renderer.
func TestTargetsDoNotImportEachOther(t *testing.T) {
	const module = "github.com/lbgen/lbgen/"
	err := filepath.WalkDir(".", func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return err
		}
		pkg := "gen/" + filepath.ToSlash(filepath.Dir(path))
		if pkg == "gen/." || pkg == "gen/targets" {
			return nil
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		for _, imp := range f.Imports {
			p, _ := strconv.Unquote(imp.Path.Value)
			dep, ok := strings.CutPrefix(p, module)
			if ok && strings.HasPrefix(dep, "gen/") && !shared[dep] && !strings.HasPrefix(dep, pkg+"/") {
				t.Errorf("%s imports %s: a target must not import another target", path, dep)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
