package docker

import (
	"bufio"
	"context"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// autoscaleSpec is a stack that scales app between 1 and 3 replicas on
// the request rate HAProxy counts, with the timings shortened through the
// spec: a decision every 2s and a 20s scale-down window instead of 5m.
const autoscaleSpec = `project  = "%s"
platform = "%s"
service "app" {
  image        = "lbgen-e2e/app:autoscale"
  port         = 3000
  replicas     = 1
  max_replicas = 3
  health {
    http     = "/health"
    interval = "2s"
    timeout  = "1s"
  }
  autoscale {
    requests_per_second = 20
    sync_period         = "2s"
    scale_down {
      stabilization_window = "20s"
    }
  }
}
balancer "edge" {
  engine = "haproxy"
  listen = 80
  route "/" { service = "app" }
  stats {
    port = 8404
  }
}
autoscaler {
  image         = "lbgen-e2e/autoscaler:test"
  docker_socket = "%s"
}
monitoring {
  scrape_interval = "2s"
  prometheus {}
}
`

const autoscaleWindow = 20 * time.Second

// TestComposeAutoscale runs the rendered autoscaler service in a Compose
// stack: under a load from inside the stack network, app scales out to
// the count the decision computes and the new replicas answer; after the
// load stops it scales in only once the scale-down window has passed,
// and no request fails through either.
func TestComposeAutoscale(t *testing.T) {
	requireDocker(t)
	t.Parallel()
	socket := engineSocket(t)
	buildAutoscalerImage(t)
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "lbgen.hcl"), fmt.Appendf(nil, autoscaleSpec, "autoscale-e2e", "compose", socket), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(setup.lbgen, "render", "-f", filepath.Join(dir, "lbgen.hcl"), "-o", dir).CombinedOutput(); err != nil {
		t.Fatalf("lbgen render: %v\n%s", err, out)
	}
	s := newStack(t, dir, "docker-compose.yml", haproxyEnv...)
	s.up(1)
	network := s.project + "_default"
	url := "http://edge:8080/"
	decisions(t, s, 1, 60*time.Second)

	// Scale out: batches of load from inside the network until app has
	// 3 replicas (bounded: 60 batches).
	var out loadResult
	for batch := 0; batch < 60 && len(s.containers("app")) < 3; batch++ {
		r := swarmLoad(t, network, url, 1500)
		out.Requests += r.Requests
		out.Failed += r.Failed
		out.Errors = append(out.Errors, r.Errors...)
	}
	if n := len(s.containers("app")); n != 3 {
		t.Fatalf("app has %d replicas under load, want 3; autoscaler log:\n%s", n, s.serviceLogs("autoscaler"))
	}
	waitUntil(t, 90*time.Second, "the new replicas become healthy", func() bool {
		for _, c := range s.containers("app") {
			if c.State.Health == nil || c.State.Health.Status != "healthy" {
				return false
			}
		}
		return true
	})
	r := swarmLoad(t, network, url, 3000)
	out.Requests += r.Requests
	out.Failed += r.Failed
	out.Errors = append(out.Errors, r.Errors...)
	if len(r.By) != 3 {
		t.Errorf("after the scale-out, the load reached %d replicas, want 3: %v", len(r.By), r.By)
	}
	t.Logf("scale-out: %d requests, %d failed %q", out.Requests, out.Failed, firstErrors(out.Errors))
	if out.Failed > 0 {
		t.Errorf("SCALE-OUT LOST REQUESTS: %d of %d: %q", out.Failed, out.Requests, firstErrors(out.Errors))
	}
	checkScaleOutDecision(t, s.serviceLogs("autoscaler"))

	// Scale in: a light load (4 requests per second, under one replica's
	// target) from the host while the rate Prometheus sees decays.
	light := startSteady(s.url("edge", 8080), 1, 250*time.Millisecond, 2000)
	waitUntil(t, 4*time.Minute, "app scales back in to 1", func() bool { return len(s.containers("app")) == 1 })
	time.Sleep(3 * time.Second)
	tr := light.stop()
	t.Logf("scale-in under a light load: %v", tr)
	if tr.failed > 0 {
		t.Errorf("SCALE-IN LOST REQUESTS: %d of %d: %q", tr.failed, tr.ok+tr.failed, tr.errs)
	}
	checkScaleInWindow(t, s.serviceLogs("autoscaler"))
	metrics, err := s.compose(time.Minute, "exec", "-T", "autoscaler", "wget", "-q", "-O", "-", "http://127.0.0.1:9105/metrics")
	if err != nil || !strings.Contains(metrics, `lbgen_autoscaler_replicas{service="app"} 1`) {
		t.Errorf("the autoscaler's metrics: %v\n%s", err, metrics)
	}
}

// engineSocket is the test engine's socket, which the autoscaler mounts.
func engineSocket(t *testing.T) string {
	t.Helper()
	socket := strings.TrimPrefix(os.Getenv("DOCKER_HOST"), "unix://")
	if socket == "" || strings.Contains(socket, "://") {
		t.Fatalf("DOCKER_HOST=%q is not a unix socket the autoscaler can mount", os.Getenv("DOCKER_HOST"))
	}
	return socket
}

// TestSwarmAutoscale is TestComposeAutoscale on a single-node swarm: the
// rendered autoscaler service scales the Swarm service through the
// Engine API. Swarm here has no routing mesh (see TestSwarmStack), so
// both loads come from containers on the stack's network.
func TestSwarmAutoscale(t *testing.T) {
	requireDocker(t)
	ctx := context.Background()
	socket := engineSocket(t)
	swarmInit(t)
	buildAutoscalerImage(t)
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "lbgen.hcl"), fmt.Appendf(nil, autoscaleSpec, swarmStack, "swarm", socket), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(setup.lbgen, "render", "-f", filepath.Join(dir, "lbgen.hcl"), "-o", dir).CombinedOutput(); err != nil {
		t.Fatalf("lbgen render: %v\n%s", err, out)
	}
	adaptSwarm(t, filepath.Join(dir, "docker-stack.yml"), "edge")
	deployStack(t, dir, haproxyEnv...)
	waitTasks(t, "app", 1)
	waitTasks(t, "edge", 1)
	logs := func() string {
		out, _ := docker(ctx, "service", "logs", "--raw", swarmStack+"_autoscaler")
		return out
	}
	replicas := func() int {
		out, _ := docker(ctx, "service", "inspect", "-f", "{{.Spec.Mode.Replicated.Replicas}}", swarmStack+"_app")
		n, _ := strconv.Atoi(strings.TrimSpace(out))
		return n
	}
	waitUntil(t, 2*time.Minute, "the autoscaler decides", func() bool { return len(parseDecisions(logs())) > 0 })

	network, url := swarmStack+"_default", "http://edge:8080/"
	var out loadResult
	add := func(r loadResult) {
		out.Requests += r.Requests
		out.Failed += r.Failed
		out.Errors = append(out.Errors, r.Errors...)
	}
	for batch := 0; batch < 60 && replicas() < 3; batch++ {
		add(swarmLoad(t, network, url, 1500))
	}
	if n := replicas(); n != 3 {
		t.Fatalf("app is set to %d replicas under load, want 3; autoscaler log:\n%s", n, logs())
	}
	waitTasks(t, "app", 3)
	// HAProxy sees new tasks within its DNS hold time.
	last := eventually(t, 40*time.Second, func() (loadResult, bool) {
		r := swarmLoad(t, network, url, 1500)
		add(r)
		return r, len(r.By) == 3
	})
	if len(last.By) != 3 {
		t.Errorf("after the scale-out, the load reached %d tasks, want 3: %v", len(last.By), last.By)
	}
	noLoss(t, "scale-out", out)
	checkScaleOutDecision(t, logs())

	// A light load (small batches, about 10 requests per second) while
	// the rate decays: under one replica's target.
	stop := make(chan struct{})
	light := make(chan loadResult)
	go func() {
		var sum loadResult
		for range 300 { // bounded: the scale-in ends long before
			select {
			case <-stop:
				light <- sum
				return
			default:
			}
			if r, err := loadBatch(network, url, 10); err != nil {
				sum.Failed++
				sum.Errors = append(sum.Errors, err.Error())
			} else {
				sum.Requests += r.Requests
				sum.Failed += r.Failed
				sum.Errors = append(sum.Errors, r.Errors...)
			}
		}
		<-stop
		light <- sum
	}()
	waitUntil(t, 4*time.Minute, "app scales back in to 1", func() bool { return replicas() == 1 })
	waitTasks(t, "app", 1)
	close(stop)
	noLoss(t, "scale-in", <-light)
	checkScaleInWindow(t, logs())
}

// noLoss fails the test when a request failed: unlike TestSwarmStack's
// bound for nginx, the autoscaled stack's HAProxy retries on another task.
func noLoss(t *testing.T, name string, r loadResult) {
	t.Helper()
	t.Logf("%s: %d requests, %d failed %v", name, r.Requests, r.Failed, firstErrors(r.Errors))
	if r.Requests == 0 || r.Failed > 0 {
		t.Errorf("%s LOST REQUESTS: %d of %d failed: %v", name, r.Failed, r.Requests, firstErrors(r.Errors))
	}
}

// buildAutoscalerImage makes the image the rendered autoscaler service
// runs: lbgen (static), the docker CLI and the Compose plugin of this
// machine, on the test app's image (whose base has the C library the
// plugin needs). It also tags the test app's image for the spec, which
// pins image tags.
func buildAutoscalerImage(t *testing.T) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	if _, err := docker(ctx, "tag", appImages[0], "lbgen-e2e/app:autoscale"); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := goBuild(filepath.Join(dir, "lbgen"), "./cmd/lbgen", []string{"CGO_ENABLED=0"}); err != nil {
		t.Fatal(err)
	}
	cli, err := exec.LookPath("docker")
	if err != nil {
		t.Fatal(err)
	}
	plugin := filepath.Join(os.Getenv("DOCKER_CONFIG"), "cli-plugins", "docker-compose")
	for src, dst := range map[string]string{cli: "docker", plugin: "docker-compose"} {
		if b, err := os.ReadFile(src); err != nil {
			t.Fatal(err)
		} else if err := os.WriteFile(filepath.Join(dir, dst), b, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	dockerfile := fmt.Sprintf(`FROM %s
COPY lbgen docker /usr/local/bin/
COPY docker-compose /usr/libexec/docker/cli-plugins/
USER root
ENTRYPOINT ["lbgen"]
`, appImages[0])
	if err := os.WriteFile(filepath.Join(dir, "Dockerfile"), []byte(dockerfile), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.CommandContext(ctx, "docker", "build", "-q", "-t", "lbgen-e2e/autoscaler:test", dir)
	cmd.Env = append(os.Environ(), "DOCKER_BUILDKIT=0")
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("building the autoscaler image: %v\n%s", err, b)
	}
}

// serviceLogs returns a service's whole log without prefixes.
func (s *stack) serviceLogs(service string) string {
	out, _ := s.compose(time.Minute, "logs", "--no-color", "--no-log-prefix", service)
	return out
}

// decision is one decision line of the autoscaler's log.
type decision struct {
	at                    time.Time
	value                 float64
	replicas, recommended int
	stabilized, desired   int
	scaledFrom, scaledTo  int // a "scaled from A to B" line
	line                  string
}

var (
	decisionLine = regexp.MustCompile(`^(\S+) service=app metric=requests value=(\S+) target=\S+ replicas=(\d+) ready=\d+ ratio=\S+ recommended=(\d+) stabilized=(\d+) desired=(\d+)`)
	scaledLine   = regexp.MustCompile(`^(\S+) service=app scaled from (\d+) to (\d+)`)
)

// decisions parses the autoscaler's log, waiting until it holds at least
// n decisions.
func decisions(t *testing.T, s *stack, n int, within time.Duration) []decision {
	t.Helper()
	var ds []decision
	waitUntil(t, within, "the autoscaler decides", func() bool {
		ds = parseDecisions(s.serviceLogs("autoscaler"))
		return len(ds) >= n
	})
	return ds
}

func parseDecisions(log string) []decision {
	var ds []decision
	sc := bufio.NewScanner(strings.NewReader(log))
	for sc.Scan() {
		line := sc.Text()
		if m := decisionLine.FindStringSubmatch(line); m != nil {
			d := decision{line: line}
			d.at, _ = time.Parse(time.RFC3339, m[1])
			d.value, _ = strconv.ParseFloat(m[2], 64)
			d.replicas, _ = strconv.Atoi(m[3])
			d.recommended, _ = strconv.Atoi(m[4])
			d.stabilized, _ = strconv.Atoi(m[5])
			d.desired, _ = strconv.Atoi(m[6])
			ds = append(ds, d)
		} else if m := scaledLine.FindStringSubmatch(line); m != nil {
			d := decision{line: line}
			d.at, _ = time.Parse(time.RFC3339, m[1])
			d.scaledFrom, _ = strconv.Atoi(m[2])
			d.scaledTo, _ = strconv.Atoi(m[3])
			ds = append(ds, d)
		}
	}
	return ds
}

// checkScaleOutDecision: every scale-up set the count the HPA's formula
// gives for the logged rate: ceil(rate / 20 per replica), within the
// bounds and the default step limit (the larger of +4 and +100%).
func checkScaleOutDecision(t *testing.T, log string) {
	t.Helper()
	for _, d := range parseDecisions(log) {
		if d.scaledTo != 0 || d.desired <= d.replicas {
			continue
		}
		want := int(math.Ceil(d.value / 20))
		want = min(want, 3, max(d.replicas+4, 2*d.replicas))
		if d.desired != want {
			t.Errorf("scale-up decision %q: desired %d, want %d", d.line, d.desired, want)
		}
	}
}

// checkScaleInWindow: the first scale-down comes a full window after the
// last tick that recommended the count it left (log times are in whole
// seconds).
func checkScaleInWindow(t *testing.T, log string) {
	t.Helper()
	ds := parseDecisions(log)
	var lastHigh time.Time
	for _, d := range ds {
		if d.scaledTo == 0 && d.recommended >= 3 {
			lastHigh = d.at
		}
		if d.scaledTo != 0 && d.scaledTo < d.scaledFrom {
			if lastHigh.IsZero() {
				t.Fatalf("scaled in (%q) without ever recommending 3 replicas:\n%s", d.line, log)
			}
			if gap := d.at.Sub(lastHigh); gap < autoscaleWindow-time.Second {
				t.Errorf("scaled in %s after the last recommendation of 3 replicas, before the %s window: %q\n%s", gap, autoscaleWindow, d.line, log)
			} else {
				t.Logf("scaled in %s after the last recommendation of 3 replicas (window %s): %q", gap, autoscaleWindow, d.line)
			}
			return
		}
	}
	t.Errorf("no scale-in in the autoscaler's log:\n%s", log)
}
