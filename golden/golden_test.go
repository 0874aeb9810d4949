package golden

import (
	"bytes"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/tools/txtar"

	"github.com/lbgen/lbgen/gen"
	"github.com/lbgen/lbgen/gen/compose/composetest"
	"github.com/lbgen/lbgen/internal/cli"
)

var update = flag.Bool("update", false, "rewrite the golden files with the current output")

// A case's archive holds its inputs (any file not named below), and what
// running it must produce: "stdout", "stderr", "exit" (the last exit code)
// and "out/PATH" for every file the run creates or changes. The archive
// comment describes the case; each comment line starting with "$ " is a
// command to run, in order, optionally preceded by NAME=value environment
// assignments (default: one "$ lbgen render"). Every command is echoed to
// stdout, followed by "[exit N]" when it fails; a failing command must not
// change any file. A comment line "only: PATTERN..." narrows the case to
// the written files whose paths match one of the patterns (path.Match), so
// a feature case asserts only the files it is about; every rendered
// compose file is still loaded through compose-go.
const (
	stdoutName = "stdout"
	stderrName = "stderr"
	exitName   = "exit"
	outPrefix  = "out/"
	// stdinName is an input file that is also each command's standard input.
	stdinName = "stdin"
)

func TestRender(t *testing.T) { runSuite(t, "render") }

// TestFmt runs the fmt command cases.
func TestFmt(t *testing.T) { runSuite(t, "fmt") }

// TestLint runs the lint command cases: formats, exit codes, suppression,
// configuration, baselines and fixes.
func TestLint(t *testing.T) { runSuite(t, "lint") }

func runSuite(t *testing.T, dir string) {
	paths, err := filepath.Glob(dir + "/*.txtar")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no golden cases in %s/: %v", dir, err)
	}
	for _, p := range paths {
		t.Run(strings.TrimSuffix(filepath.Base(p), ".txtar"), func(t *testing.T) {
			runArchive(t, p, nil)
		})
	}
}

// TestExamples renders every bundled example; its archive holds only the
// expected results, the inputs are the example's own files.
func TestExamples(t *testing.T) {
	dirs, err := filepath.Glob("../examples/*/lbgen.hcl")
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no examples found: %v", err)
	}
	for _, spec := range dirs {
		dir := filepath.Dir(spec)
		name := filepath.Base(dir)
		t.Run(name, func(t *testing.T) {
			inputs := readDir(t, dir)
			for path, data := range inputs {
				if gen.IsGenerated(data) {
					delete(inputs, path) // left by an earlier `lbgen render` of the example
				}
			}
			runArchive(t, filepath.Join("examples", name+".txtar"), inputs)
		})
	}
}

// result is everything a run produced.
type result struct {
	stdout, stderr []byte
	exit           int
	written        map[string][]byte
}

func runArchive(t *testing.T, archivePath string, inputs map[string][]byte) {
	archivePath, err := filepath.Abs(archivePath) // run changes directory
	if err != nil {
		t.Fatal(err)
	}
	ar := &txtar.Archive{}
	if data, err := os.ReadFile(archivePath); err == nil {
		ar = txtar.Parse(data)
	} else if !*update {
		t.Fatalf("read golden file: %v (run go test ./golden -update to create it)", err)
	}
	if inputs == nil {
		inputs = map[string][]byte{}
		for _, f := range ar.Files {
			if !isResult(f.Name) {
				inputs[f.Name] = f.Data
			}
		}
	}
	got := run(t, inputs, commands(ar.Comment))
	for name, data := range got.written {
		if path.Base(name) == "docker-compose.yml" && gen.IsGenerated(data) {
			composetest.Load(t, name, data)
		}
	}
	got.written = only(got.written, ar.Comment)
	want := results(got)
	if *update {
		writeArchive(t, archivePath, ar, want)
		return
	}
	compare(t, ar, want)
}

// only keeps the written files an "only:" comment line names; all of them
// when the comment has none.
func only(written map[string][]byte, comment []byte) map[string][]byte {
	var patterns []string
	for _, l := range strings.Split(string(comment), "\n") {
		if rest, ok := strings.CutPrefix(l, "only: "); ok {
			patterns = append(patterns, strings.Fields(rest)...)
		}
	}
	if len(patterns) == 0 {
		return written
	}
	kept := map[string][]byte{}
	for name, data := range written {
		for _, p := range patterns {
			if ok, _ := path.Match(p, name); ok {
				kept[name] = data
			}
		}
	}
	return kept
}

func isResult(name string) bool {
	return name == stdoutName || name == stderrName || name == exitName || strings.HasPrefix(name, outPrefix)
}

// commands reads the "$ " lines of the archive comment.
func commands(comment []byte) []string {
	var lines []string
	for _, l := range strings.Split(string(comment), "\n") {
		if strings.HasPrefix(l, "$ ") {
			lines = append(lines, strings.TrimPrefix(l, "$ "))
		}
	}
	if len(lines) == 0 {
		lines = []string{"lbgen render"}
	}
	return lines
}

// run writes the inputs into a fresh directory, runs each command there
// in-process and collects every file the run added or changed. A command
// that fails must leave the directory as it found it.
func run(t *testing.T, inputs map[string][]byte, lines []string) result {
	dir := t.TempDir()
	for name, data := range inputs {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)

	var r result
	var stdout, stderr bytes.Buffer
	for _, line := range lines {
		fields := strings.Fields(line)
		var env []string
		for len(fields) > 0 && strings.Contains(fields[0], "=") {
			env = append(env, fields[0])
			fields = fields[1:]
		}
		if len(fields) == 0 || fields[0] != "lbgen" {
			t.Fatalf("command line %q does not run lbgen", line)
		}
		before := readDir(t, dir)
		fmt.Fprintf(&stdout, "$ %s\n", line)
		stdin := bytes.NewReader(inputs[stdinName])
		r.exit = cli.Main(fields[1:], cli.Env{Stdin: stdin, Stdout: &stdout, Stderr: &stderr, Environ: env})
		if r.exit != 0 {
			fmt.Fprintf(&stdout, "[exit %d]\n", r.exit)
			if diff := cmp.Diff(before, readDir(t, dir)); diff != "" {
				t.Errorf("%q failed with exit code %d but changed files (-before +after):\n%s", line, r.exit, diff)
			}
		}
	}
	r.stdout, r.stderr = stdout.Bytes(), stderr.Bytes()
	r.written = map[string][]byte{}
	for name, data := range readDir(t, dir) {
		if old, ok := inputs[name]; !ok || !bytes.Equal(old, data) {
			r.written[name] = data
		}
	}
	return r
}

// results lays a run out as archive files, in a stable order.
func results(r result) []txtar.File {
	files := []txtar.File{{Name: exitName, Data: []byte(strconv.Itoa(r.exit) + "\n")}}
	if len(r.stdout) > 0 {
		files = append(files, txtar.File{Name: stdoutName, Data: r.stdout})
	}
	if len(r.stderr) > 0 {
		files = append(files, txtar.File{Name: stderrName, Data: r.stderr})
	}
	for _, name := range sortedNames(r.written) {
		files = append(files, txtar.File{Name: outPrefix + name, Data: r.written[name]})
	}
	return files
}

func compare(t *testing.T, ar *txtar.Archive, want []txtar.File) {
	t.Helper()
	expected := map[string]string{}
	for _, f := range ar.Files {
		if isResult(f.Name) {
			expected[f.Name] = string(f.Data)
		}
	}
	actual := map[string]string{}
	for _, f := range want {
		actual[f.Name] = string(f.Data)
	}
	if diff := cmp.Diff(expected, actual); diff != "" {
		t.Errorf("output differs from the golden file (-golden +actual); if the change is intended, run go test ./golden -update:\n%s", diff)
	}
}

func writeArchive(t *testing.T, archivePath string, ar *txtar.Archive, results []txtar.File) {
	out := &txtar.Archive{Comment: ar.Comment}
	for _, f := range ar.Files {
		if !isResult(f.Name) {
			out.Files = append(out.Files, f)
		}
	}
	out.Files = append(out.Files, results...)
	if err := os.MkdirAll(filepath.Dir(archivePath), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(archivePath, txtar.Format(out), 0o644); err != nil {
		t.Fatal(err)
	}
}

func readDir(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		data, err := os.ReadFile(p)
		files[filepath.ToSlash(rel)] = data
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func sortedNames(m map[string][]byte) []string {
	names := make([]string, 0, len(m))
	for n := range m {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}
