package docker

import (
	"context"
	"encoding/json"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// throughputTarget is one way to reach a stack's two replicas.
type throughputTarget struct {
	name   string
	lb     string // the balancer's compose service; "" for the replicas directly
	url    string // as the load generator on the stack's network sees it
	direct bool
}

// throughputStack is a stack and the targets measured on it.
type throughputStack struct {
	name    string
	stack   func(t testing.TB) *stack
	network string // the stack's network the load generator joins
	targets []throughputTarget
}

// BenchmarkThroughput compares, on the real engine, what a request costs
// through lbgen's nginx, lbgen's HAProxy, the lesson's nginx, and sent to
// the replicas directly: requests per second at a fixed concurrency (16
// keep-alive clients), CPU time per request of the balancer and of the two
// replicas (from their cgroups), and upstream connections the replicas
// accepted per 1,000 requests (keep-alive reuse). The load generator
// (testapp load) runs in a container on the stack's network, so no
// traffic crosses Docker's port publishing. Each target runs once,
// whatever b.N is (a stack takes a minute to start);
// LBGEN_DOCKER_BENCH_N sets the requests per run (default 20000).
// docs/performance.md has the command and the numbers.
func BenchmarkThroughput(b *testing.B) {
	requireDocker(b)
	n := 20000
	if v, err := strconv.Atoi(os.Getenv("LBGEN_DOCKER_BENCH_N")); err == nil && v > 0 {
		n = v
	}
	stacks := []throughputStack{
		{
			name: "scalable-web-app", network: "scalable-web-app_app-network",
			stack: func(t testing.TB) *stack { return renderExample(t, "scalable-web-app") },
			targets: []throughputTarget{
				{name: "direct", url: "http://app:3000/", direct: true},
				{name: "lbgen-nginx", lb: "lb", url: "http://lb:80/"},
			},
		},
		{
			name: "haproxy", network: "scalable-web-app-haproxy_app-network",
			stack: func(t testing.TB) *stack {
				return renderExample(t, "haproxy", haproxyEnv...)
			},
			targets: []throughputTarget{{name: "lbgen-haproxy", lb: "haproxy", url: "http://haproxy:8080/"}},
		},
		{
			name: "lesson", network: lessonProject + "_app-network", stack: lessonStack,
			targets: []throughputTarget{{name: "lesson-nginx", lb: "nginx", url: "http://nginx:80/"}},
		},
	}
	for _, st := range stacks {
		b.Run(st.name, func(b *testing.B) {
			s := st.stack(b)
			s.up(2)
			for _, tg := range st.targets {
				b.Run(tg.name, func(b *testing.B) {
					m := measure(b, s, st.network, tg, n)
					b.ReportMetric(m.rps, "req/s")
					b.ReportMetric(m.lbCPU, "lb-µs/req")
					b.ReportMetric(m.appCPU, "replicas-µs/req")
					b.ReportMetric(m.conns, "conns/1000req")
					b.ReportMetric(0, "ns/op") // one run of n requests, not b.N operations
				})
			}
		})
	}
}

// sample is what one run cost.
type sample struct {
	rps, lbCPU, appCPU, conns float64 // req/s; µs per request; per 1,000 requests
}

// measure runs a warm-up and three measured runs and returns the median
// (by req/s).
func measure(t testing.TB, s *stack, network string, tg throughputTarget, n int) sample {
	t.Helper()
	apps := s.containers("app")
	var lb *container
	if tg.lb != "" {
		c := s.one(tg.lb)
		lb = &c
	}
	loadRun(t, network, tg, 2000) // warm-up: connections, caches, DNS
	var samples []sample
	for range 3 {
		lbBefore, appBefore := cpuOf(t, lb), cpuOfAll(t, apps)
		reqBefore, connBefore := appCounters(t, apps)
		res := loadRun(t, network, tg, n)
		lbAfter, appAfter := cpuOf(t, lb), cpuOfAll(t, apps)
		reqAfter, connAfter := appCounters(t, apps)
		if res.Failed > 0 {
			t.Errorf("%s: %d of %d requests failed: %v", tg.name, res.Failed, res.Requests, res.Errors)
		}
		served := float64(reqAfter - reqBefore)
		samples = append(samples, sample{
			rps:    float64(res.Requests) / res.Seconds,
			lbCPU:  float64(lbAfter-lbBefore) / 1e3 / float64(res.Requests),
			appCPU: float64(appAfter-appBefore) / 1e3 / float64(res.Requests),
			conns:  float64(connAfter-connBefore) * 1000 / served,
		})
	}
	slices.SortFunc(samples, func(a, b sample) int { return int(a.rps - b.rps) })
	m := samples[1]
	t.Logf("%s: %.0f req/s; CPU per request: balancer %.1f µs, replicas %.1f µs; %.1f upstream connections per 1,000 requests",
		tg.name, m.rps, m.lbCPU, m.appCPU, m.conns)
	return m
}

// loadResult is what `testapp load` prints.
type loadResult struct {
	Requests int
	Failed   int
	Seconds  float64
	Errors   []string
	// By counts the answers of each replica (by the hostname it reports).
	By map[string]int
}

// loadRun runs the load generator in a container on the stack's network.
func loadRun(t testing.TB, network string, tg throughputTarget, n int) loadResult {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	args := []string{"run", "--rm", "--network", network, "--entrypoint", "testapp", appImages[0],
		"load", "-url", tg.url, "-c", "16", "-n", strconv.Itoa(n)}
	if tg.direct {
		args = append(args, "-direct")
	}
	out, err := docker(ctx, args...)
	if err != nil {
		t.Fatal(err)
	}
	var r loadResult
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("load generator: %v: %s", err, out)
	}
	return r
}

// cpuOf returns a container's CPU time so far in nanoseconds, from its
// cgroup (v1 cpuacct as Debian's dockerd sets it up here, or v2).
func cpuOf(t testing.TB, c *container) int64 {
	t.Helper()
	if c == nil {
		return 0
	}
	if b, err := os.ReadFile("/sys/fs/cgroup/cpuacct/docker/" + c.ID + "/cpuacct.usage"); err == nil {
		n, err := strconv.ParseInt(strings.TrimSpace(string(b)), 10, 64)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	for _, p := range []string{"/sys/fs/cgroup/system.slice/docker-" + c.ID + ".scope/cpu.stat", "/sys/fs/cgroup/docker/" + c.ID + "/cpu.stat"} {
		if b, err := os.ReadFile(p); err == nil {
			m := regexp.MustCompile(`(?m)^usage_usec (\d+)$`).FindSubmatch(b)
			if m != nil {
				n, _ := strconv.ParseInt(string(m[1]), 10, 64)
				return n * 1000
			}
		}
	}
	t.Fatalf("no cgroup CPU accounting found for container %s", c.Name)
	return 0
}

func cpuOfAll(t testing.TB, cs []container) int64 {
	var sum int64
	for i := range cs {
		sum += cpuOf(t, &cs[i])
	}
	return sum
}

// appCounters sums the replicas' request and connection counters, read
// inside each container (docker exec, on its own loopback).
func appCounters(t testing.TB, cs []container) (requests, conns int64) {
	t.Helper()
	re := regexp.MustCompile(`(?m)^(testapp_requests_total|testapp_connections_total)(?:\{[^}]*\})? (\d+)$`)
	for _, c := range cs {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		out, err := docker(ctx, "exec", c.ID, "wget", "-q", "-O", "-", "http://127.0.0.1:3000/metrics")
		cancel()
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range re.FindAllStringSubmatch(out, -1) {
			v, _ := strconv.ParseInt(m[2], 10, 64)
			if m[1] == "testapp_requests_total" {
				requests += v
			} else {
				conns += v
			}
		}
	}
	return requests, conns
}
