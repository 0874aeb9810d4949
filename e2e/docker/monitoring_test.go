package docker

import (
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"testing"
	"time"
)

// monitoringServices are the services of examples/monitoring that can run
// here. Grafana and cAdvisor have no Debian package to build an image
// from, and the load test is a profile: their files are checked
// statically (golden files, compose-go), not run.
var monitoringServices = []string{"app", "redis", "lb", "lb-exporter", "prometheus"}

// TestPrometheusFindsEveryReplica runs examples/monitoring with the real
// Prometheus and expects one healthy `app` target per replica, after
// scale-out and after scale-in, read from Prometheus' HTTP API, and the
// nginx exporter's target up with nginx_up 1 (it reads stub_status).
func TestPrometheusFindsEveryReplica(t *testing.T) {
	requireDocker(t)
	t.Parallel()
	s := renderExample(t, "monitoring", "GRAFANA_ADMIN_PASSWORD=e2e-only")
	s.up(3, monitoringServices...)
	prom := s.url("prometheus", 9090)
	network := s.project + "_monitoring"
	// Prometheus looks the replicas up every refresh_interval (15 s) and
	// scrapes every scrape_interval (15 s).
	const bound = 15*time.Second + 2*15*time.Second + 10*time.Second

	for i, n := range []int{3, 6, 2} {
		changed := time.Now()
		if i > 0 {
			// Returns once the new replicas are healthy (lb depends on it).
			s.scale(n, monitoringServices...)
		}
		want := replicaTargets(s, network)
		if len(want) != n {
			t.Fatalf("--scale app=%d: %d replicas", n, len(want))
		}
		var got []string
		waitUntil(t, bound, fmt.Sprintf("Prometheus has one up target per replica (%d)", n), func() bool {
			got = upTargets(t, prom, "app")
			return slices.Equal(got, want)
		})
		t.Logf("%d replicas: Prometheus scraped each (%v), %s after the last change to the replicas",
			n, got, time.Since(changed).Round(time.Second))
	}

	waitUntil(t, bound, "the nginx exporter's target is up", func() bool {
		return len(upTargets(t, prom, "lb")) == 1
	})
	if v := query(t, prom, "nginx_up"); v != "1" {
		t.Errorf("nginx_up = %q; the exporter cannot read nginx's stub_status", v)
	}
}

// replicaTargets returns the address Prometheus should scrape for each app
// replica: its address on the monitoring network, port 3000.
func replicaTargets(s *stack, network string) []string {
	var want []string
	for _, c := range s.containers("app") {
		n, ok := c.NetworkSettings.Networks[network]
		if !ok {
			s.t.Fatalf("%s is not on %s", c.Name, network)
		}
		want = append(want, n.IPAddress+":3000")
	}
	slices.Sort(want)
	return want
}

// upTargets returns the instances of a job whose last scrape succeeded
// (GET /api/v1/targets).
func upTargets(t testing.TB, prom, job string) []string {
	t.Helper()
	var r struct {
		Data struct {
			ActiveTargets []struct {
				Labels map[string]string
				Health string
			}
		}
	}
	promGet(t, prom+"/api/v1/targets?state=active", &r)
	var up []string
	for _, tg := range r.Data.ActiveTargets {
		if tg.Labels["job"] == job && tg.Health == "up" {
			up = append(up, tg.Labels["instance"])
		}
	}
	slices.Sort(up)
	return up
}

// query returns the value of an instant query with one result.
func query(t testing.TB, prom, q string) string {
	t.Helper()
	var r struct {
		Data struct {
			Result []struct{ Value []any }
		}
	}
	promGet(t, prom+"/api/v1/query?query="+q, &r)
	if len(r.Data.Result) != 1 || len(r.Data.Result[0].Value) != 2 {
		t.Fatalf("query %s: %d results", q, len(r.Data.Result))
	}
	v, _ := r.Data.Result[0].Value[1].(string)
	return v
}

func promGet(t testing.TB, url string, v any) {
	t.Helper()
	c := http.Client{Timeout: 10 * time.Second}
	resp, err := c.Get(url)
	if err != nil {
		t.Fatalf("Prometheus API: %v", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %s", url, resp.Status)
	}
	if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
}
