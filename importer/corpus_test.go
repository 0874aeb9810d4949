package importer

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/hashicorp/hcl/v2/hclwrite"
	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite the want/ files of testdata/corpus/*.txtar")

// TestCorpus imports each hand-written stack of testdata/corpus (a txtar
// of the stack's files) and compares the spec and the report with the
// archive's want/lbgen.hcl and want/report.txt; then renders the spec and
// checks the result lints clean and passes the real checkers.
func TestCorpus(t *testing.T) {
	cases, err := filepath.Glob(filepath.Join(mustAbs(t, "testdata"), "corpus", "*.txtar"))
	if err != nil || len(cases) == 0 {
		t.Fatalf("no corpus: %v", err)
	}
	for _, file := range cases {
		name := strings.TrimSuffix(filepath.Base(file), ".txtar")
		t.Run(name, func(t *testing.T) {
			ar, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			stack := map[string][]byte{}
			for _, f := range ar.Files {
				if !strings.HasPrefix(f.Name, "want/") {
					stack[f.Name] = f.Data
				}
			}
			// The directory is named after the case: the project is.
			dir := filepath.Join(t.TempDir(), name)
			writeFiles(t, dir, stack)
			spec, report := importCase(t, dir)
			got := map[string][]byte{"want/lbgen.hcl": spec, "want/report.txt": report}
			if *update {
				writeArchive(t, file, ar, got)
			} else {
				for _, f := range ar.Files {
					if want, ok := got[f.Name]; ok {
						if d := cmp.Diff(string(f.Data), string(want)); d != "" {
							t.Errorf("%s (-want +got):\n%s", f.Name, d)
						}
						delete(got, f.Name)
					}
				}
				for name := range got {
					t.Errorf("%s: missing from the archive; run go test ./importer -run TestCorpus -update", name)
				}
			}
			out := filepath.Join(t.TempDir(), "spec")
			top, rendered := renderSpec(t, out, spec)
			lintClean(t, name, out, nil)
			checkWithTools(t, top, rendered)
		})
	}
}

// importCase imports the stack in dir and returns the spec and the
// report as text, with paths relative to dir.
func importCase(t *testing.T, dir string) (spec, report []byte) {
	t.Helper()
	t.Chdir(dir)
	res, err := Import([]string{"."}, Options{Spec: "lbgen.hcl"})
	if err != nil {
		t.Fatal(err)
	}
	// What `lbgen fmt` does: the imported spec is already in that form.
	if formatted := hclwrite.Format(res.Spec); !bytes.Equal(formatted, res.Spec) {
		t.Errorf("the spec is not as lbgen fmt writes it:\n%s", formatted)
	}
	var buf bytes.Buffer
	if err := res.Report.WriteText(&buf, "lbgen.hcl"); err != nil {
		t.Fatal(err)
	}
	return res.Spec, buf.Bytes()
}

// writeArchive replaces the want/ files of an archive.
func writeArchive(t *testing.T, file string, ar *txtar.Archive, got map[string][]byte) {
	t.Helper()
	var files []txtar.File
	for _, f := range ar.Files {
		if !strings.HasPrefix(f.Name, "want/") {
			files = append(files, f)
		}
	}
	for _, name := range []string{"want/lbgen.hcl", "want/report.txt"} {
		files = append(files, txtar.File{Name: name, Data: got[name]})
	}
	ar.Files = files
	if err := os.WriteFile(file, txtar.Format(ar), 0o644); err != nil {
		t.Fatal(err)
	}
}

func mustAbs(t *testing.T, p string) string {
	t.Helper()
	abs, err := filepath.Abs(p)
	if err != nil {
		t.Fatal(err)
	}
	return abs
}
