package docker

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v4"
)

// The Swarm example's app image, as its spec names it, and a second tag
// of the same test app for the rolling update.
const (
	swarmApp     = "lbgen-example/app:1.0"
	swarmAppNext = "lbgen-example/app:1.1"
	swarmStack   = "lbgenswarm"
)

// TestSwarmStack deploys the rendered Swarm example with `docker stack
// deploy` on a single-node swarm of the test engine and checks what the
// stack file promises: every task gets traffic, scaling out reaches the
// new tasks without the balancer restarting, scaling in and a rolling
// update lose no request, a changed config rolls the balancer to a new
// config, and Prometheus has one target per task.
//
// Traffic comes from a load generator container on the stack's
// attachable overlay network; the test removes the balancer's published
// port, which the routing mesh would open on every interface of the host.
// This machine's kernel has no IPVS, which Swarm's virtual IPs (and so the
// routing mesh) are built on, so the test gives every service DNS round
// robin (endpoint_mode: dnsrr) instead: the same embedded DNS answers, and
// tasks.NAME, which the rendered configs use, is the same either way.
// cAdvisor is not in Debian, so it is left out of the deployed stack.
func TestSwarmStack(t *testing.T) {
	requireDocker(t)
	ctx := context.Background()
	swarmInit(t)
	for _, tag := range []string{swarmApp, swarmAppNext} {
		if _, err := docker(ctx, "tag", appImages[0], tag); err != nil {
			t.Fatal(err)
		}
	}
	dir := t.TempDir()
	renderSwarm(t, dir, nil)
	deployStack(t, dir)
	network := swarmStack + "_app-network"
	waitTasks(t, "app", 3)
	waitTasks(t, "lb", 1)

	url := "http://lb:80/"
	// The balancer may have asked DNS before the last task was up: it
	// sees every task within its DNS refresh (10 s).
	first := eventually(t, 40*time.Second, func() (loadResult, bool) {
		r := swarmLoad(t, network, url, 600)
		return r, len(r.By) == 3 && r.Failed == 0
	})
	if first.Failed > 0 || len(first.By) != 3 {
		out, _ := docker(ctx, "service", "logs", "--tail", "20", swarmStack+"_lb")
		t.Fatalf("3 tasks: %d of %d requests failed (%v), %d tasks answered (%v); want none failed, all 3\nbalancer log:\n%s",
			first.Failed, first.Requests, firstErrors(first.Errors), len(first.By), first.By, out)
	}

	lb := taskContainer(t, "lb")
	scaleService(t, "app", 6)
	waitTasks(t, "app", 6)
	out := eventually(t, 40*time.Second, func() (loadResult, bool) {
		r := swarmLoad(t, network, url, 1200)
		return r, len(r.By) == 6 && r.Failed == 0
	})
	if len(out.By) != 6 {
		t.Errorf("after scaling to 6: %d tasks answered (%v); want 6 within twice the DNS refresh", len(out.By), out.By)
	}
	if now := taskContainer(t, "lb"); now != lb {
		t.Errorf("the balancer's container changed from %s to %s: scaling must not restart it", lb, now)
	}
	checkPrometheusTasks(t, 6)

	during := func(name string, act func()) {
		t.Helper()
		r := underLoad(t, network, url, act)
		checkLoss(t, name, r)
	}
	during("scale in to 2", func() {
		scaleService(t, "app", 2)
		waitTasks(t, "app", 2)
	})
	checkDNSTasks(t, 2)
	checkPrometheusTasks(t, 2)
	during("rolling update", func() {
		if _, err := docker(ctx, "service", "update", "--detach", "--no-resolve-image", "--image", swarmAppNext, swarmStack+"_app"); err != nil {
			t.Error(err)
		}
		waitConverged(t, "app", swarmAppNext)
	})
	checkPrometheusTasks(t, 2)

	checkConfigRoll(t, lb)
}

// swarmInit makes the test engine a single-node swarm, and leaves it again
// when the test ends.
func swarmInit(t *testing.T) {
	t.Helper()
	ctx := context.Background()
	// A run that was stopped before its cleanup left the engine in a swarm.
	if state, _ := docker(ctx, "info", "--format", "{{.Swarm.LocalNodeState}}"); strings.TrimSpace(state) == "active" {
		docker(ctx, "stack", "rm", swarmStack)
		docker(ctx, "swarm", "leave", "--force")
	}
	if out, err := docker(ctx, "swarm", "init", "--advertise-addr", "127.0.0.1"); err != nil {
		t.Fatalf("docker swarm init: %v: %s", err, out)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
		defer cancel()
		docker(ctx, "stack", "rm", swarmStack)
		waitGone(ctx)
		leave, stop := context.WithTimeout(context.Background(), time.Minute)
		defer stop()
		if out, err := docker(leave, "swarm", "leave", "--force"); err != nil {
			t.Errorf("docker swarm leave: %v: %s", err, out)
		}
	})
}

// waitGone waits until the stack's networks are removed, which Swarm does
// after `docker stack rm` returns.
func waitGone(ctx context.Context) {
	for ctx.Err() == nil {
		out, _ := docker(ctx, "network", "ls", "-q", "--filter", "label=com.docker.stack.namespace="+swarmStack)
		if strings.TrimSpace(out) == "" {
			return
		}
		time.Sleep(time.Second)
	}
}

// renderSwarm renders the Swarm example into dir (after edit changes the
// spec, when given), then adapts what the test cannot run here: the
// routing mesh's published port and cAdvisor are dropped, and every
// service uses DNS round robin (see TestSwarmStack).
func renderSwarm(t *testing.T, dir string, edit func(string) string) {
	t.Helper()
	src, err := os.ReadFile(filepath.Join(repoRoot, "examples", "swarm", "lbgen.hcl"))
	if err != nil {
		t.Fatal(err)
	}
	spec := filepath.Join(t.TempDir(), "lbgen.hcl")
	if edit != nil {
		src = []byte(edit(string(src)))
	}
	if err := os.WriteFile(spec, src, 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(setup.lbgen, "render", "-f", spec, "-o", dir).CombinedOutput(); err != nil {
		t.Fatalf("lbgen render %s: %v\n%s", spec, err, out)
	}
	adaptSwarm(t, filepath.Join(dir, "docker-stack.yml"), "lb")
}

// adaptSwarm drops from a rendered stack file what the test cannot run
// here: the balancer's published port (the routing mesh) and cAdvisor;
// and gives every service DNS round robin (see TestSwarmStack).
func adaptSwarm(t *testing.T, path, lb string) {
	t.Helper()
	var doc map[string]any
	data, err := os.ReadFile(path)
	if err == nil {
		err = yaml.Unmarshal(data, &doc)
	}
	if err != nil {
		t.Fatal(err)
	}
	services := doc["services"].(map[string]any)
	delete(services, "cadvisor")
	delete(services[lb].(map[string]any), "ports")
	for _, svc := range services {
		svc.(map[string]any)["deploy"].(map[string]any)["endpoint_mode"] = "dnsrr"
	}
	if data, err = yaml.Marshal(doc); err == nil {
		err = os.WriteFile(path, data, 0o644)
	}
	if err != nil {
		t.Fatal(err)
	}
}

func deployStack(t *testing.T, dir string, env ...string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	// No registry answers here: the images are the engine's own, so the
	// manager must not try to pin them to a registry's digest.
	cmd := exec.CommandContext(ctx, "docker", "stack", "deploy", "--resolve-image", "never", "-c", "docker-stack.yml", swarmStack)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("docker stack deploy: %v\n%s", err, out)
	}
}

// waitTasks waits until n tasks of a service run and, where the service
// has a health check, are healthy.
func waitTasks(t *testing.T, service string, n int) {
	t.Helper()
	ctx := context.Background()
	deadline := time.Now().Add(3 * time.Minute)
	for time.Now().Before(deadline) {
		out, _ := docker(ctx, "ps", "-q", "--filter", "label=com.docker.swarm.service.name="+swarmStack+"_"+service,
			"--filter", "status=running")
		ids := strings.Fields(out)
		healthy := 0
		for _, id := range ids {
			state, _ := docker(ctx, "inspect", "-f", "{{if .State.Health}}{{.State.Health.Status}}{{else}}healthy{{end}}", id)
			if strings.TrimSpace(state) == "healthy" {
				healthy++
			}
		}
		if healthy == n && len(ids) == n {
			return
		}
		time.Sleep(time.Second)
	}
	out, _ := docker(ctx, "service", "ps", "--no-trunc", swarmStack+"_"+service)
	t.Fatalf("%s: not %d healthy tasks within 3 minutes:\n%s", service, n, out)
}

// waitConverged waits until every task of a service runs the image.
func waitConverged(t *testing.T, service, image string) {
	t.Helper()
	ctx := context.Background()
	deadline := time.Now().Add(3 * time.Minute)
	for time.Now().Before(deadline) {
		out, _ := docker(ctx, "service", "inspect", "-f", "{{if .UpdateStatus}}{{.UpdateStatus.State}}{{end}}", swarmStack+"_"+service)
		if strings.TrimSpace(out) == "completed" {
			return
		}
		time.Sleep(time.Second)
	}
	t.Errorf("%s: the update to %s did not complete within 3 minutes", service, image)
}

func scaleService(t *testing.T, service string, n int) {
	t.Helper()
	if out, err := docker(context.Background(), "service", "scale", "--detach", fmt.Sprintf("%s_%s=%d", swarmStack, service, n)); err != nil {
		t.Fatalf("docker service scale: %v: %s", err, out)
	}
}

// taskContainer is the container of a single-task service.
func taskContainer(t *testing.T, service string) string {
	t.Helper()
	out, err := docker(context.Background(), "ps", "-q", "--filter", "label=com.docker.swarm.service.name="+swarmStack+"_"+service)
	if ids := strings.Fields(out); err != nil || len(ids) != 1 {
		t.Fatalf("%s: want one container, got %q (%v)", service, out, err)
	}
	return strings.TrimSpace(out)
}

// swarmLoad sends n requests through the balancer from a container on the
// stack's network.
func swarmLoad(t *testing.T, network, url string, n int) loadResult {
	t.Helper()
	r, err := loadBatch(network, url, n)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// loadBatch runs the load generator once; it may run on any goroutine.
func loadBatch(network, url string, n int) (loadResult, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	out, err := docker(ctx, "run", "--rm", "--network", network, "--entrypoint", "testapp", appImages[0],
		"load", "-url", url, "-c", "8", "-n", strconv.Itoa(n))
	if err != nil {
		return loadResult{}, err
	}
	var r loadResult
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		return loadResult{}, fmt.Errorf("load generator: %v: %s", err, out)
	}
	return r, nil
}

// underLoad sends batches of requests through the balancer, back to back,
// for as long as act runs, and adds up their results.
func underLoad(t *testing.T, network, url string, act func()) loadResult {
	t.Helper()
	stop := make(chan struct{})
	total := make(chan loadResult)
	go func() {
		var sum loadResult
		for batch := 0; batch < 200; batch++ { // bounded: act ends long before
			select {
			case <-stop:
				total <- sum
				return
			default:
			}
			r, err := loadBatch(network, url, 2000)
			if err != nil {
				sum.Errors = append(sum.Errors, err.Error())
				sum.Failed++
				continue
			}
			sum.Requests += r.Requests
			sum.Failed += r.Failed
			sum.Errors = append(sum.Errors, r.Errors...)
		}
		<-stop
		total <- sum
	}()
	time.Sleep(time.Second)
	act()
	close(stop)
	return <-total
}

// eventually retries try for up to d, returning its last result.
func eventually[T any](t *testing.T, d time.Duration, try func() (T, bool)) T {
	t.Helper()
	deadline := time.Now().Add(d)
	for {
		r, ok := try()
		if ok || time.Now().After(deadline) {
			return r
		}
		time.Sleep(2 * time.Second)
	}
}

// checkPrometheusTasks asks Prometheus, from the monitoring network, for
// the app's targets: one per task, all up. It counts the targets
// Prometheus scrapes (its targets API), not the up series: in one run of
// four, the up series of 3 tasks that a scale-in removed stayed at 1 for
// over 90 s (Prometheus's 5-minute lookback; no staleness marker came)
// while Prometheus scraped only the 2 tasks DNS returned.
func checkPrometheusTasks(t *testing.T, n int) {
	t.Helper()
	var up int
	var seen []int
	start := time.Now()
	eventually(t, 90*time.Second, func() (int, bool) {
		out, err := docker(context.Background(), "run", "--rm", "--network", swarmStack+"_monitoring", "--entrypoint", "wget",
			"nginx:1.30-alpine", "-qO-", "http://prometheus:9090/api/v1/targets?state=active&scrapePool=app")
		if err != nil {
			return 0, false
		}
		var r struct {
			Data struct {
				ActiveTargets []struct {
					Health string `json:"health"`
				} `json:"activeTargets"`
			} `json:"data"`
		}
		if json.Unmarshal([]byte(out), &r) != nil {
			return 0, false
		}
		up = 0
		for _, target := range r.Data.ActiveTargets {
			if target.Health == "up" {
				up++
			}
		}
		seen = append(seen, up)
		return up, up == n && len(r.Data.ActiveTargets) == n
	})
	t.Logf("Prometheus: %d app targets up after %s (seen %v)", up, time.Since(start).Round(time.Second), seen)
	if up != n {
		t.Errorf("Prometheus: %d app targets up; want one per task, %d\n%s", up, n, swarmDiagnostics())
	}
}

// checkDNSTasks checks that Docker's DNS answers tasks.app with the
// addresses of the running tasks only, once the tasks scaled away have
// stopped: Swarm takes a task out of DNS before it stops it.
func checkDNSTasks(t *testing.T, n int) {
	t.Helper()
	out, err := docker(context.Background(), "run", "--rm", "--network", swarmStack+"_monitoring", "--entrypoint", "nslookup",
		"nginx:1.30-alpine", "tasks.app")
	_, answer, _ := strings.Cut(out, "Name:")
	if got := strings.Count(answer, "Address"); err != nil || got != n {
		t.Errorf("tasks.app: %d addresses; want the %d running tasks: %v\n%s", got, n, err, out)
	}
}

// swarmDiagnostics says what DNS, Swarm and Prometheus see of the app's
// tasks, for a failure message.
func swarmDiagnostics() string {
	ctx := context.Background()
	var b strings.Builder
	dns, err := docker(ctx, "run", "--rm", "--network", swarmStack+"_monitoring", "--entrypoint", "nslookup",
		"nginx:1.30-alpine", "tasks.app")
	fmt.Fprintf(&b, "tasks.app from the monitoring network: %s%v\n", dns, err)
	ps, _ := docker(ctx, "service", "ps", "--format", "{{.Name}} {{.CurrentState}} {{.DesiredState}}", swarmStack+"_app")
	fmt.Fprintf(&b, "tasks:\n%s", ps)
	ips, _ := docker(ctx, "ps", "-a", "--filter", "label=com.docker.swarm.service.name="+swarmStack+"_app",
		"--format", "{{.ID}} {{.Status}} {{.Networks}}")
	fmt.Fprintf(&b, "containers:\n%s", ips)
	targets, _ := docker(ctx, "run", "--rm", "--network", swarmStack+"_monitoring", "--entrypoint", "wget",
		"nginx:1.30-alpine", "-qO-", "http://prometheus:9090/api/v1/targets?state=active&scrapePool=app")
	fmt.Fprintf(&b, "Prometheus targets: %s\n", targets)
	return b.String()
}

// checkConfigRoll changes the spec's balancer config, renders and deploys
// again: the config is a new Swarm config (its name carries its hash) and
// the balancer rolls to it while it keeps serving.
func checkConfigRoll(t *testing.T, oldLB string) {
	t.Helper()
	before := configNames(t)
	dir := t.TempDir()
	renderSwarm(t, dir, func(spec string) string {
		return strings.Replace(spec, "listen  = 80", "listen  = 80\n  keepalive = 16", 1)
	})
	r := underLoad(t, swarmStack+"_app-network", "http://lb:80/", func() {
		deployStack(t, dir)
		waitConverged(t, "lb", "")
	})
	checkLoss(t, "config change", r)
	after := configNames(t)
	var added []string
	for name := range after {
		if !before[name] {
			added = append(added, name)
		}
	}
	if len(added) != 1 || !strings.Contains(added[0], "nginx_lb_conf_") {
		t.Errorf("configs added by the redeploy: %v; want one new nginx_lb_conf_<hash>", added)
	}
	if now := taskContainer(t, "lb"); now == oldLB {
		t.Errorf("the balancer still runs container %s: a changed config must roll it", oldLB)
	}
}

// configNames lists the Swarm configs.
func configNames(t *testing.T) map[string]bool {
	t.Helper()
	out, err := docker(context.Background(), "config", "ls", "--format", "{{.Name}}")
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for _, n := range strings.Fields(out) {
		names[n] = true
	}
	return names
}

// firstErrors is the start of an error list, for messages.
func firstErrors(errs []string) []string {
	return errs[:min(len(errs), 3)]
}

// checkLoss checks that no request failed while the stack changed. A
// leaving task refuses connections from 2s after Swarm takes it out of
// DNS; the rendered balancers use a DNS answer for at most 1s, so they
// never send it one. With a 10s refresh, 8 of 44,000 requests failed
// (502) in one run of three: a retry does not save a request whose first
// try met a leaving task when nginx re-resolved the name in between, since
// nginx (1.27.3+) gives up a retry across a change of a resolved server
// list ("no live upstreams").
func checkLoss(t *testing.T, name string, r loadResult) {
	t.Helper()
	t.Logf("%s: %d requests, %d failed %v", name, r.Requests, r.Failed, firstErrors(r.Errors))
	if r.Requests == 0 || r.Failed > 0 {
		t.Errorf("%s: %d of %d requests failed; want none: %v", name, r.Failed, r.Requests, firstErrors(r.Errors))
	}
	if r.Failed > 0 {
		t.Logf("%s: the balancer's error log:\n%s", name, swarmBalancerErrors())
	}
}

// swarmBalancerErrors is the end of the error log (stderr) of the balancer's
// containers; the access log is on stdout.
func swarmBalancerErrors() string {
	ids, _ := docker(context.Background(), "ps", "-aq", "--filter", "label=com.docker.swarm.service.name="+swarmStack+"_lb")
	var b strings.Builder
	for _, id := range strings.Fields(ids) {
		var stderr strings.Builder
		cmd := exec.Command("docker", "logs", id)
		cmd.Stderr = &stderr
		_ = cmd.Run()
		lines := strings.Split(strings.TrimSpace(stderr.String()), "\n")
		fmt.Fprintf(&b, "%s:\n%s\n", id, strings.Join(lines[max(0, len(lines)-40):], "\n"))
	}
	return b.String()
}
