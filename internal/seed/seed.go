// Package seed reads the seed lesson, the hand-written stack lbgen's tests
// compare against: every file it says to create ("Create `path`:" followed
// by a code block). The lesson is kept beside the repository, in
// ../shared, as CI lays it out.
package seed

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
)

// Lesson is the lesson's path relative to the repository root.
const Lesson = "../shared/seed/lesson-03-scaling-and-load-balancing.md"

var create = regexp.MustCompile("^Create `([^`]+)`")

// Files returns every file the lesson at path says to create, by the path
// it gives.
func Files(path string) (map[string][]byte, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("the lesson is not at %s: %w", path, err)
	}
	files := map[string][]byte{}
	var name string
	var body []string
	inBlock := false
	sc := bufio.NewScanner(bytes.NewReader(src))
	for sc.Scan() {
		line := sc.Text()
		switch {
		case !inBlock && create.MatchString(line):
			name = create.FindStringSubmatch(line)[1]
		case name != "" && !inBlock && strings.HasPrefix(line, "```"):
			inBlock, body = true, nil
		case inBlock && strings.HasPrefix(line, "```"):
			files[name] = []byte(strings.Join(body, "\n") + "\n")
			inBlock, name = false, ""
		case inBlock:
			body = append(body, line)
		}
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%s: no files to create", path)
	}
	return files, sc.Err()
}

// Extract writes every file the lesson at path creates into dir, for a
// test, and returns them by the paths the lesson gives. Without the lesson
// the test is skipped, or fails when LBGEN_REQUIRE_TOOLS=1.
func Extract(t testing.TB, path, dir string) map[string][]byte {
	t.Helper()
	files, err := Files(path)
	if err != nil {
		if os.Getenv("LBGEN_REQUIRE_TOOLS") == "1" {
			t.Fatal(err)
		}
		t.Skip(err)
	}
	tree := fstest.MapFS{}
	for name, data := range files {
		tree[name] = &fstest.MapFile{Data: data, Mode: 0o644}
	}
	if err := os.CopyFS(dir, tree); err != nil {
		t.Fatal(err)
	}
	return files
}
