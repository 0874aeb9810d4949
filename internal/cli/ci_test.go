package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"go.yaml.in/yaml/v4"
)

// ciDoc holds the CI snippets users copy.
const ciDoc = "../../docs/ci.md"

// docBlock returns the n-th ```yaml block of docs/ci.md.
func docBlock(t *testing.T, n int) string {
	t.Helper()
	doc, err := os.ReadFile(ciDoc)
	if err != nil {
		t.Fatal(err)
	}
	blocks := regexp.MustCompile("(?s)```yaml\n(.*?)```").FindAllStringSubmatch(string(doc), -1)
	if len(blocks) <= n {
		t.Fatalf("docs/ci.md has %d yaml blocks; want at least %d", len(blocks), n+1)
	}
	return blocks[n][1]
}

// TestCISnippetsRun runs the lbgen commands of the documented GitHub
// Actions workflow and GitLab job, in order, on an up-to-date stack with
// this build of lbgen: each must succeed, as in a clean pipeline.
func TestCISnippetsRun(t *testing.T) {
	var workflow struct {
		Jobs map[string]struct {
			Steps []struct {
				Run string `yaml:"run"`
			} `yaml:"steps"`
		} `yaml:"jobs"`
	}
	if err := yaml.Unmarshal([]byte(docBlock(t, 0)), &workflow); err != nil {
		t.Fatalf("GitHub workflow in docs/ci.md: %v", err)
	}
	var gitlab map[string]struct {
		Script []string `yaml:"script"`
	}
	if err := yaml.Unmarshal([]byte(docBlock(t, 1)), &gitlab); err != nil {
		t.Fatalf("GitLab job in docs/ci.md: %v", err)
	}
	var commands []string
	for _, step := range workflow.Jobs["lbgen"].Steps {
		commands = append(commands, step.Run)
	}
	commands = append(commands, gitlab["lbgen"].Script...)

	bin := t.TempDir()
	build := exec.Command("go", "build", "-o", filepath.Join(bin, "lbgen"), "github.com/lbgen/lbgen/cmd/lbgen")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("build lbgen: %v\n%s", err, out)
	}
	stack := t.TempDir()
	write(t, filepath.Join(stack, "lbgen.hcl"), `project = "ci"
service "app" {
  image = "example/app:1.0"
  port  = 3000
  health {
    http = "/health"
  }
}
balancer "web" {
  engine = "nginx"
  listen = 80
  route "/" { service = "app" }
}
`)
	path := bin + string(os.PathListSeparator) + os.Getenv("PATH")
	render := exec.Command(filepath.Join(bin, "lbgen"), "render")
	render.Dir = stack
	if out, err := render.CombinedOutput(); err != nil {
		t.Fatalf("render: %v\n%s", err, out)
	}
	ran := 0
	for _, c := range commands {
		if c == "" || strings.HasPrefix(c, "go install") {
			continue // installing is what this test's build does
		}
		sh := exec.Command("sh", "-c", c)
		sh.Dir = stack
		sh.Env = append(os.Environ(), "PATH="+path)
		if out, err := sh.CombinedOutput(); err != nil {
			t.Errorf("%q fails on an up-to-date stack: %v\n%s", c, err, out)
		}
		ran++
	}
	if ran < 4 {
		t.Errorf("ran %d lbgen commands from docs/ci.md; want the lint, SARIF, checkstyle and render --check steps", ran)
	}
}
