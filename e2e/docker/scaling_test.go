package docker

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// balancerCase is one rendered example with a balancer in front of the
// scaled service "app".
type balancerCase struct {
	example string
	engine  string // nginx or haproxy
	lb      string // the balancer's compose service
	port    int    // the container port it publishes for traffic
	config  string // its rendered config, relative to the stack
	// valid finds how long the balancer keeps a DNS answer: nginx's
	// `resolver ... valid=`, HAProxy's `hold valid`.
	valid *regexp.Regexp
	env   []string
}

// haproxyEnv gives the HAProxy example's stats page the credentials the
// rendered stack takes from the environment (haproxyStatsAuth).
var haproxyEnv = []string{"STATS_USER=lbgen", "STATS_PASSWORD=e2e-only"}

const haproxyStatsAuth = "lbgen:e2e-only"

var balancerCases = []balancerCase{
	{
		example: "scalable-web-app", engine: "nginx", lb: "lb", port: 80, config: "nginx/lb.conf",
		valid: regexp.MustCompile(`(?m)^\s*resolver\s[^;]*\bvalid=(\d+)s`),
	},
	{
		example: "haproxy", engine: "haproxy", lb: "haproxy", port: 8080, config: "haproxy/haproxy.cfg",
		valid: regexp.MustCompile(`(?m)^\s*hold valid (\d+)s`),
		env:   haproxyEnv,
	},
}

// TestBalancerScaling runs each rendered balancer example and scales it
// the way the lesson does: 3 replicas, then 6, a replica killed, then 2,
// with requests flowing, on one stack to keep the run short.
func TestBalancerScaling(t *testing.T) {
	requireDocker(t)
	t.Parallel()
	for _, bc := range balancerCases {
		t.Run(bc.example, func(t *testing.T) {
			t.Parallel()
			s := renderExample(t, bc.example, bc.env...)
			cfg := readFile(t, filepath.Join(s.dir, bc.config))
			valid := durationFrom(t, bc.valid, cfg)
			s.up(3)
			checkHealthGate(t, s, bc.lb)
			url := s.url(bc.lb, bc.port)
			checkEveryReplica(t, s, url)
			checkStats(t, s, bc)
			lb := s.one(bc.lb)
			pids := processes(t, lb.ID)

			checkScaleOut(t, s, url, 6, 2*valid)
			checkSameBalancer(t, s, bc.lb, lb, pids)
			checkKill(t, s, url, bc, cfg, valid)
			checkScaleIn(t, s, url, bc.lb, 2, valid)
			checkSameBalancer(t, s, bc.lb, lb, pids)
		})
	}
}

// checkHealthGate proves `depends_on: condition: service_healthy`: the
// balancer started only after a replica passed its health check (the
// replicas' first check runs one interval, 30 s, after they start).
func checkHealthGate(t testing.TB, s *stack, lbService string) {
	t.Helper()
	lb := s.one(lbService)
	var firstHealthy, appStarted time.Time
	for _, c := range s.containers("app") {
		if appStarted.IsZero() || c.State.StartedAt.Before(appStarted) {
			appStarted = c.State.StartedAt
		}
		if c.State.Health == nil {
			t.Fatalf("%s has no health check", c.Name)
		}
		for _, l := range c.State.Health.Log {
			if l.ExitCode == 0 && (firstHealthy.IsZero() || l.End.Before(firstHealthy)) {
				firstHealthy = l.End
			}
		}
	}
	if firstHealthy.IsZero() {
		t.Fatal("no replica has passed a health check, yet the stack is up")
	}
	if !lb.State.StartedAt.After(firstHealthy) {
		t.Errorf("the balancer started at %s, before the first replica was healthy at %s: depends_on does not gate it",
			lb.State.StartedAt, firstHealthy)
	}
	t.Logf("health gate: replicas started %s, first healthy %s later, balancer started %s after that",
		appStarted.Format(time.TimeOnly), firstHealthy.Sub(appStarted).Round(time.Millisecond),
		lb.State.StartedAt.Sub(firstHealthy).Round(time.Millisecond))
}

// checkEveryReplica sends a burst and expects every running replica of
// app to answer part of it.
func checkEveryReplica(t testing.TB, s *stack, url string) {
	t.Helper()
	want := hostnames(s.containers("app"))
	tr := burst(url, 30*len(want), 4)
	if tr.failed > 0 || !slices.Equal(tr.replicas(), want) {
		t.Fatalf("%d replicas %v; the balancer's answers: %v", len(want), want, tr)
	}
	t.Logf("%d replicas all get traffic: %v", len(want), tr)
}

// checkStats reads the balancer's stats port (8404 in both examples) as
// the stack publishes it on 127.0.0.1: nginx's stub_status (which the
// exporter reads), HAProxy's stats page behind its credentials and its
// built-in Prometheus exporter.
func checkStats(t testing.TB, s *stack, bc balancerCase) {
	t.Helper()
	url := s.url(bc.lb, 8404)
	if bc.engine == "nginx" {
		expectHTTP(t, url+"/stub_status", "", http.StatusOK, "Active connections")
		return
	}
	expectHTTP(t, url+"/stats", "", http.StatusUnauthorized, "")
	expectHTTP(t, url+"/stats", haproxyStatsAuth, http.StatusOK, "app-1")
	expectHTTP(t, url+"/metrics", "", http.StatusOK, "haproxy_backend_active_servers")
}

// expectHTTP GETs url (with basic auth "user:password" unless empty) and
// expects the status and, in the body, the text.
func expectHTTP(t testing.TB, url, auth string, status int, text string) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	if user, pass, ok := strings.Cut(auth, ":"); ok {
		req.SetBasicAuth(user, pass)
	}
	resp, err := newClient().Do(req)
	if err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if resp.StatusCode != status || !strings.Contains(string(body), text) {
		t.Errorf("GET %s (auth %q): %s, want %d and %q in:\n%.300s", url, auth, resp.Status, status, text, body)
	}
}

// checkScaleOut runs `up -d --scale app=N` under a steady request loop
// and expects each new replica to get traffic within the bound, counted
// from the moment its container started (when Docker's DNS starts
// answering with it). Compose itself returns only once the new replicas
// are healthy, because the balancer depends on app being healthy.
func checkScaleOut(t testing.TB, s *stack, url string, n int, bound time.Duration) {
	t.Helper()
	before := hostnames(s.containers("app"))
	loop := startSteady(url, 4, 20*time.Millisecond, 50000)
	s.scale(n)
	cs := s.containers("app")
	if len(cs) != n {
		loop.stop()
		t.Fatalf("after --scale app=%d: %d replicas", n, len(cs))
	}
	var added []container
	var last time.Time
	for _, c := range cs {
		if !slices.Contains(before, c.Config.Hostname) {
			added = append(added, c)
			last = maxTime(last, c.State.StartedAt)
		}
	}
	for time.Since(last) < bound+time.Second && !loop.sawAll(added) {
		time.Sleep(200 * time.Millisecond)
	}
	tr := loop.stop()
	var slowest time.Duration
	for _, c := range added {
		seen, ok := tr.firstSeen(c.Config.Hostname)
		delay := seen.Sub(c.State.StartedAt)
		if !ok || delay > bound {
			t.Errorf("new replica %s (started %s) got no traffic within %s (first request: %v)",
				c.Name, c.State.StartedAt.Format(time.TimeOnly), bound, seen)
		}
		slowest = max(slowest, delay)
	}
	if tr.failed > 0 {
		t.Errorf("scale-out failed requests: %v", tr)
	}
	t.Logf("scale-out %d -> %d: every new replica got traffic at most %s after its container started (bound %s); %v",
		len(before), n, slowest.Round(100*time.Millisecond), bound, tr)
}

func maxTime(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

// checkSameBalancer expects the balancer to be the container it was, not
// restarted, with the same processes (a reload replaces the workers).
func checkSameBalancer(t testing.TB, s *stack, lbService string, was container, pids []string) {
	t.Helper()
	now := s.one(lbService)
	if now.ID != was.ID || !now.State.StartedAt.Equal(was.State.StartedAt) || now.RestartCount != was.RestartCount {
		t.Errorf("the balancer was recreated or restarted: %s started %s (restarts %d), was %s started %s (restarts %d)",
			now.ID[:12], now.State.StartedAt, now.RestartCount, was.ID[:12], was.State.StartedAt, was.RestartCount)
	}
	if got := processes(t, now.ID); !slices.Equal(got, pids) {
		t.Errorf("the balancer's processes changed (a reload?): %v, were %v", got, pids)
	}
}

// checkKill kills one replica with `docker kill` under a steady request
// loop and expects no more failed requests than the rendered retry
// settings allow (killBound).
func checkKill(t testing.TB, s *stack, url string, bc balancerCase, cfg string, valid time.Duration) {
	t.Helper()
	bound, why := killBound(t, bc, cfg)
	victim := s.containers("app")[0]
	since := time.Now()
	loop := startSteady(url, 4, 20*time.Millisecond, 20000)
	time.Sleep(2 * time.Second)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if _, err := docker(ctx, "kill", victim.ID); err != nil {
		loop.stop()
		t.Fatal(err)
	}
	// Long enough for the dead address to leave every DNS answer.
	time.Sleep(2*valid + 2*time.Second)
	tr := loop.stop()
	t.Logf("docker kill %s under load: %v", victim.Name, tr)
	if tr.failed > bound {
		t.Errorf("killing one replica failed %d requests; the bound is %d (%s): %v", tr.failed, bound, why, tr)
		t.Logf("the balancer's log lines without status 200 since the kill:\n%s", balancerErrors(t, s, bc.lb, since))
	}
}

// killBound is how many requests may fail while one replica is dead, from
// the rendered config, and why. Both balancers retry a GET on another
// replica, so a single dead replica can cost a request at most one try.
func killBound(t testing.TB, bc balancerCase, cfg string) (int, string) {
	t.Helper()
	if bc.engine == "haproxy" {
		retries := intFrom(t, regexp.MustCompile(`(?m)^\s*retries (\d+)$`), cfg)
		if retries < 1 || !strings.Contains(cfg, "option redispatch") {
			t.Fatalf("the rendered HAProxy config does not retry elsewhere (retries %d)", retries)
		}
		return 0, fmt.Sprintf("HAProxy retries %d times, the last on another server (option redispatch)", retries)
	}
	tries := intFrom(t, regexp.MustCompile(`(?m)^\s*proxy_next_upstream_tries (\d+);`), cfg)
	if tries < 2 {
		t.Fatalf("proxy_next_upstream_tries %d: a request that meets the dead replica is not retried", tries)
	}
	return 0, fmt.Sprintf("nginx tries a GET on up to %d replicas (proxy_next_upstream_tries) and never twice on one", tries)
}

// checkScaleIn runs `up -d --scale app=N` under a steady request loop and
// expects no failed request, then traffic only to the N replicas left.
func checkScaleIn(t testing.TB, s *stack, url, lbService string, n int, valid time.Duration) {
	t.Helper()
	before := len(s.containers("app"))
	since := time.Now()
	loop := startSteady(url, 4, 20*time.Millisecond, 20000)
	time.Sleep(2 * time.Second)
	start := time.Now()
	s.scale(n)
	took := time.Since(start)
	time.Sleep(2*valid + 2*time.Second)
	tr := loop.stop()
	t.Logf("scale-in %d -> %d under load (compose took %s): %v", before, n, took.Round(100*time.Millisecond), tr)
	if tr.failed > 0 {
		// Reported as measured, never loosened: a scale-in must not lose
		// requests.
		t.Errorf("SCALE-IN LOST REQUESTS: --scale app=%d under load failed %d of %d requests: %q",
			n, tr.failed, tr.ok+tr.failed, tr.errs)
		t.Logf("the balancer's log lines without status 200 since the scale-in began:\n%s", balancerErrors(t, s, lbService, since))
	}
	want := hostnames(s.containers("app"))
	if got := burst(url, 40, 4); got.failed > 0 || !slices.Equal(got.replicas(), want) {
		t.Errorf("after scale-in to %v: %v", want, got)
	}
}

// balancerErrors returns the balancer's log lines since a time, without
// the access log lines of successful requests (at most 40).
func balancerErrors(t testing.TB, s *stack, lbService string, since time.Time) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "docker", "logs", "--since", since.Format(time.RFC3339), s.one(lbService).ID)
	out, _ := cmd.CombinedOutput()
	var keep []string
	for _, line := range strings.Split(string(out), "\n") {
		if line != "" && !strings.Contains(line, " 200 ") && len(keep) < 40 {
			keep = append(keep, line)
		}
	}
	return strings.Join(keep, "\n")
}

func readFile(t testing.TB, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// intFrom returns the number re's first group matches in text.
func intFrom(t testing.TB, re *regexp.Regexp, text string) int {
	t.Helper()
	m := re.FindStringSubmatch(text)
	if m == nil {
		t.Fatalf("the rendered config has no match for %s", re)
	}
	n, err := strconv.Atoi(m[1])
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func durationFrom(t testing.TB, re *regexp.Regexp, text string) time.Duration {
	t.Helper()
	return time.Duration(intFrom(t, re, text)) * time.Second
}
