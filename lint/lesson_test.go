package lint_test

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/lbgen/lbgen/internal/seed"
	"github.com/lbgen/lbgen/lint"
	"github.com/lbgen/lbgen/lint/rules"
)

// lessonPath is the hand-written stack lbgen replaces.
var lessonPath = filepath.Join("..", seed.Lesson)

// extractLesson writes every file the lesson says to create into dir.
func extractLesson(t testing.TB, dir string) { seed.Extract(t, lessonPath, dir) }

// TestLessonFindings lints the lesson's files as a project, scaled the way
// the lesson runs it (docker-compose up -d --scale app=3), and expects
// exactly these findings: each mistake the design notes list, on its
// line, and nothing that is not a mistake.
func TestLessonFindings(t *testing.T) {
	dir := t.TempDir()
	extractLesson(t, dir)
	t.Chdir(dir)
	project, err := lint.Load([]string{"."}, lint.LoadOptions{Scale: map[string]int{"app": 3}})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range lint.Run(project, rules.Runnable()) {
		got = append(got, fmt.Sprintf("%s:%d %s", f.File, f.Range.Start.Line, f.Rule.ID))
	}
	want := []string{
		"docker-compose.haproxy.yml:1 LB101", // obsolete version
		"docker-compose.haproxy.yml:9 LB111", // stats port 8404 on every interface
		"docker-compose.haproxy.yml:9 LB501", // 8404 published, but nothing binds it
		"docker-compose.monitoring.yml:1 LB101",
		"docker-compose.monitoring.yml:28 LB116", // nginx config mounted read-write
		"docker-compose.monitoring.yml:37 LB109", // prom/prometheus:latest
		"docker-compose.monitoring.yml:39 LB111", // Prometheus UI on every interface
		"docker-compose.monitoring.yml:41 LB116", // prometheus.yml mounted read-write
		"docker-compose.monitoring.yml:56 LB109", // grafana/grafana:latest
		"docker-compose.monitoring.yml:58 LB111", // Grafana UI on every interface
		"docker-compose.monitoring.yml:60 LB110", // GF_SECURITY_ADMIN_PASSWORD=admin
		"docker-compose.monitoring.yml:63 LB116", // Grafana provisioning mounted read-write
		"docker-compose.monitoring.yml:64 LB116",
		"docker-compose.monitoring.yml:73 LB109", // cadvisor:latest
		"docker-compose.monitoring.yml:75 LB111", // cAdvisor UI on every interface
		"docker-compose.monitoring.yml:78 LB112", // /var/run (the Docker socket) read-write
		"docker-compose.monitoring.yml:87 LB109", // artillery:latest
		"docker-compose.yml:1 LB101",
		"docker-compose.yml:10 LB116",  // nginx config mounted read-write
		"haproxy/haproxy.cfg:14 LB302", // stats page without auth (and with admin)
		"haproxy/haproxy.cfg:17 LB301", // stats admin in defaults: haproxy -c fails
		// Not haproxy/haproxy.cfg:21 LB312 any more: bind :80 in haproxy:2.4
		// (a non-root user) works in the container's own network namespace
		// since Docker 20.10 (ip_unprivileged_port_start=0); issue 13 names
		// it a false positive. LB312 stays for network_mode: host.
		"monitoring/prometheus.yml:6 LB403",  // alert_rules.yml does not exist
		"monitoring/prometheus.yml:15 LB401", // static target app:3000 on the scaled app
		"monitoring/prometheus.yml:27 LB402", // scraping stub_status
		"nginx-lb/nginx.conf:3 LB201",        // upstream app resolved once
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("lint of the lesson (-want +got):\n%s", diff)
	}
}
