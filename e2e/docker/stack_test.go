package docker

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v4"
)

// stack is one compose project in a directory of the test's own, run with
// the docker compose CLI exactly as a user would, plus one override file
// that publishes every port on 127.0.0.1 only.
type stack struct {
	t       testing.TB
	dir     string
	project string
	files   []string // -f arguments: the compose file, then the override
	env     []string
}

// renderExample renders examples/NAME with the real lbgen CLI into a
// directory of the test's own and returns the stack; it is taken down
// (with its volumes) when the test ends.
func renderExample(t testing.TB, name string, env ...string) *stack {
	t.Helper()
	dir := t.TempDir()
	spec := filepath.Join(repoRoot, "examples", name, "lbgen.hcl")
	if out, err := exec.Command(setup.lbgen, "render", "-f", spec, "-o", dir).CombinedOutput(); err != nil {
		t.Fatalf("lbgen render %s: %v\n%s", spec, err, out)
	}
	return newStack(t, dir, "docker-compose.yml", env...)
}

// newStack prepares the compose project in dir (file is its compose file).
func newStack(t testing.TB, dir, file string, env ...string) *stack {
	t.Helper()
	s := &stack{t: t, dir: dir, files: []string{file}, env: env}
	override, project := loopbackOverride(t, filepath.Join(dir, file))
	if override != nil {
		path := filepath.Join(dir, "loopback.override.yml")
		if err := os.WriteFile(path, override, 0o644); err != nil {
			t.Fatal(err)
		}
		s.files = append(s.files, path)
	}
	s.project = project
	if s.project == "" {
		s.project = filepath.Base(dir)
	}
	t.Cleanup(s.down)
	return s
}

// loopbackOverride reads a compose file and returns an override that
// changes only the host side of every published port: the address to
// 127.0.0.1 (the tests send no traffic to other addresses) and the port to
// a free one (on a shared machine port 80 may be taken; the container
// side, which is what the stack's configs name, stays as rendered). It
// also returns the file's project name.
func loopbackOverride(t testing.TB, path string) ([]byte, string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var f struct {
		Name     string
		Services map[string]struct {
			Ports []any
		}
	}
	if err := yaml.Unmarshal(b, &f); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	var out strings.Builder
	for _, name := range sortedKeys(f.Services) {
		ports := f.Services[name].Ports
		if len(ports) == 0 {
			continue
		}
		fmt.Fprintf(&out, "  %s:\n    ports: !override\n", name)
		for _, p := range ports {
			fmt.Fprintf(&out, "      - %s\n", loopbackPort(t, p))
		}
	}
	if out.Len() == 0 {
		return nil, f.Name
	}
	return []byte("services:\n" + out.String()), f.Name
}

// loopbackPort rewrites one entry of a service's ports list (short or
// long syntax) as a long-syntax flow mapping published on a free port of
// 127.0.0.1.
func loopbackPort(t testing.TB, p any) string {
	t.Helper()
	switch p := p.(type) {
	case string: // "HOST:CONTAINER" or "IP:HOST:CONTAINER"
		parts := strings.Split(p, ":")
		if len(parts) == 1 {
			t.Fatalf("port %q publishes a random host port; the tests need a fixed one", p)
		}
		return fmt.Sprintf("{host_ip: 127.0.0.1, published: \"%d\", target: %s}", freePort(t), parts[len(parts)-1])
	case map[string]any:
		m := map[string]any{}
		for k, v := range p {
			m[k] = v
		}
		m["host_ip"] = "127.0.0.1"
		m["published"] = strconv.Itoa(freePort(t))
		b, err := json.Marshal(m) // JSON is YAML
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	t.Fatalf("unexpected ports entry %#v", p)
	return ""
}

// freePort returns a TCP port that is free on 127.0.0.1 now.
func freePort(t testing.TB) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// compose runs `docker compose` on the stack, bounded in time, and
// returns its standard output.
func (s *stack) compose(timeout time.Duration, args ...string) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	full := []string{"compose", "-p", s.project}
	for _, f := range s.files {
		full = append(full, "-f", f)
	}
	cmd := exec.CommandContext(ctx, "docker", append(full, args...)...)
	cmd.Dir = s.dir
	cmd.Env = append(os.Environ(), s.env...)
	// Standard output only: compose writes progress and warnings (such as
	// the lesson's obsolete `version`) to standard error.
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return string(out), fmt.Errorf("docker compose %s: %w\n%s%s", strings.Join(args, " "), err, out, stderr.String())
	}
	return string(out), nil
}

// up runs `docker compose up -d --wait --scale app=N [SERVICE...]`, as a
// user would start the stack.
func (s *stack) up(replicas int, services ...string) {
	s.t.Helper()
	start := time.Now()
	args := append([]string{"up", "-d", "--wait", "--wait-timeout", "240", "--scale", "app=" + strconv.Itoa(replicas)}, services...)
	if _, err := s.compose(5*time.Minute, args...); err != nil {
		s.t.Fatalf("%v\n%s", err, s.logs())
	}
	s.t.Logf("%s: up --scale app=%d took %s", s.project, replicas, time.Since(start).Round(time.Second))
}

// scale runs `docker compose up -d --scale app=N [SERVICE...]` without
// --wait: it returns once the containers are created or stopped.
func (s *stack) scale(replicas int, services ...string) {
	s.t.Helper()
	args := append([]string{"up", "-d", "--scale", "app=" + strconv.Itoa(replicas)}, services...)
	if _, err := s.compose(3*time.Minute, args...); err != nil {
		s.t.Fatal(err)
	}
}

// down takes the stack down with its volumes.
func (s *stack) down() {
	if _, err := s.compose(3*time.Minute, "down", "-v", "--remove-orphans", "--timeout", "10"); err != nil {
		s.t.Errorf("cleaning up: %v", err)
	}
}

// logs returns the stack's recent logs, for failure messages.
func (s *stack) logs() string {
	out, _ := s.compose(time.Minute, "logs", "--no-color", "--tail", "30")
	return out
}

// url returns the URL of a port a service publishes (on 127.0.0.1).
func (s *stack) url(service string, port int) string {
	s.t.Helper()
	out, err := s.compose(time.Minute, "port", service, strconv.Itoa(port))
	if err != nil {
		s.t.Fatal(err)
	}
	addr := strings.TrimSpace(out)
	if !strings.HasPrefix(addr, "127.0.0.1:") {
		s.t.Fatalf("%s publishes port %d on %s, not 127.0.0.1", service, port, addr)
	}
	return "http://" + addr
}

// containers returns the service's running containers.
func (s *stack) containers(service string) []container {
	s.t.Helper()
	out, err := s.compose(time.Minute, "ps", "-q", service)
	if err != nil {
		s.t.Fatal(err)
	}
	ids := strings.Fields(out)
	if len(ids) == 0 {
		return nil
	}
	return inspect(s.t, ids...)
}

// one returns the service's one container.
func (s *stack) one(service string) container {
	s.t.Helper()
	cs := s.containers(service)
	if len(cs) != 1 {
		s.t.Fatalf("%s has %d containers, want 1", service, len(cs))
	}
	return cs[0]
}

// container is what the tests read from `docker inspect`.
type container struct {
	ID           string
	Name         string
	RestartCount int
	Config       struct{ Hostname string }
	// NetworkSettings.Networks maps each network to the address the
	// container has on it.
	NetworkSettings struct {
		Networks map[string]struct{ IPAddress string }
	}
	State struct {
		Status    string
		Pid       int
		StartedAt time.Time
		Health    *struct {
			Status string
			Log    []struct {
				Start, End time.Time
				ExitCode   int
			}
		}
	}
}

func inspect(t testing.TB, ids ...string) []container {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	out, err := docker(ctx, append([]string{"inspect"}, ids...)...)
	if err != nil {
		t.Fatal(err)
	}
	var cs []container
	if err := json.Unmarshal([]byte(out), &cs); err != nil {
		t.Fatalf("docker inspect: %v", err)
	}
	return cs
}

// hostnames returns the containers' hostnames: what the test app puts in
// X-Instance-ID.
func hostnames(cs []container) []string {
	var hs []string
	for _, c := range cs {
		hs = append(hs, c.Config.Hostname)
	}
	slices.Sort(hs)
	return hs
}

// processes returns the PIDs of every process in the container (`docker
// top`): a reload would replace nginx's or HAProxy's workers.
func processes(t testing.TB, id string) []string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	out, err := docker(ctx, "top", id, "-o", "pid")
	if err != nil {
		t.Fatal(err)
	}
	pids := strings.Fields(out)[1:] // after the PID header
	slices.Sort(pids)
	return pids
}
