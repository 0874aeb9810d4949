package docker

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// repoRoot is the repository, relative to this package.
const repoRoot = "../.."

// The examples the tests render, and the project names their compose
// files give (compose names a built image PROJECT-SERVICE).
var appImages = []string{
	"scalable-web-app-app", "scalable-web-app-haproxy-app", "scalable-web-app-monitoring-app", lessonProject + "-app",
}

// setup is what TestMain prepared, or why it could not.
var setup struct {
	err   error  // the engine or the images are not available
	lbgen string // the lbgen binary built from this checkout
}

func TestMain(m *testing.M) {
	flag.Parse()
	parallelStacks()
	os.Exit(run(m))
}

// parallelStacks lets all the tests' stacks run at once unless -parallel
// was given: the tests spend their time waiting for health checks, not on
// the CPU, so the default (GOMAXPROCS, 2 here) would only serialise them.
func parallelStacks() {
	set := false
	flag.Visit(func(f *flag.Flag) { set = set || f.Name == "test.parallel" })
	if f := flag.Lookup("test.parallel"); f != nil && !set {
		_ = f.Value.Set("4")
	}
}

func run(m *testing.M) int {
	tmp, err := os.MkdirTemp("", "lbgen-docker-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(tmp)
	eng, err := findOrStartEngine()
	if err == nil {
		// Stopped also when a test fails: only a panic escapes this.
		defer eng.stop()
		os.Setenv("DOCKER_HOST", eng.host)
		err = prepare(tmp)
	}
	setup.err = err
	return m.Run()
}

// prepare checks the Compose plugin and builds lbgen, the test app and the
// images.
func prepare(tmp string) error {
	if out, err := exec.Command("docker", "compose", "version").CombinedOutput(); err != nil {
		return fmt.Errorf("the Compose v2 plugin does not run (scripts/docker-env.sh installs it into $DOCKER_CONFIG/cli-plugins): %v: %s", err, bytes.TrimSpace(out))
	}
	debs := os.Getenv("LBGEN_DOCKER_DEBS")
	if debs == "" {
		return errors.New(`LBGEN_DOCKER_DEBS is not set: run eval "$(scripts/docker-env.sh)" first`)
	}
	setup.lbgen = filepath.Join(tmp, "lbgen")
	if err := goBuild(setup.lbgen, "./cmd/lbgen", nil); err != nil {
		return err
	}
	testapp := filepath.Join(tmp, "testapp")
	// Static, so it runs in any image; -trimpath keeps its bytes (and so
	// the images' content hash) the same from any checkout path.
	if err := goBuild(testapp, "./e2e/docker/testapp", []string{"CGO_ENABLED=0"}); err != nil {
		return err
	}
	args := append([]string{filepath.Join(repoRoot, "scripts/docker-images.sh"), debs, testapp}, appImages...)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	if out, err := exec.CommandContext(ctx, "bash", args...).CombinedOutput(); err != nil {
		return fmt.Errorf("building the test images: %v: %s", err, out)
	}
	return nil
}

func goBuild(out, pkg string, env []string) error {
	cmd := exec.Command("go", "build", "-trimpath", "-o", out, pkg)
	cmd.Dir = repoRoot
	cmd.Env = append(os.Environ(), env...)
	if b, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("go build %s: %v: %s", pkg, err, b)
	}
	return nil
}

// requireDocker skips the test when there is no engine, or fails it under
// LBGEN_REQUIRE_DOCKER=1.
func requireDocker(t testing.TB) {
	t.Helper()
	if setup.err == nil {
		return
	}
	msg := fmt.Sprintf("no Docker Engine for this test: %v", setup.err)
	if os.Getenv("LBGEN_REQUIRE_DOCKER") == "1" {
		t.Fatal(msg)
	}
	t.Skip(msg + ` (run eval "$(scripts/docker-env.sh)" as root, or scripts/test.sh)`)
}

// docker runs a docker command and returns its standard output.
func docker(ctx context.Context, args ...string) (string, error) {
	cmd := exec.CommandContext(ctx, "docker", args...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("docker %s: %w: %s", strings.Join(args, " "), err, stderr.String())
	}
	return string(out), nil
}
