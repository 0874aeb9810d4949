package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lbgen/lbgen/internal/seed"
)

// TestLintFixLesson is `lbgen lint --fix` on a copy of the seed lesson,
// scaled as the lesson runs it: --dry-run prints the fixes as a diff and
// writes nothing; --fix writes them; lint then no longer reports the
// obsolete version keys, the writable config mounts, nginx's upstream
// resolved once or Prometheus's static target on the scaled app.
func TestLintFixLesson(t *testing.T) {
	dir := t.TempDir()
	files := seed.Extract(t, filepath.Join("..", "..", seed.Lesson), dir)
	nginxConf := filepath.Join(dir, "nginx-lb", "nginx.conf")

	code, out, errOut := run("lint", "--fix", "--dry-run", "--scale", "app=3", dir)
	for _, want := range []string{
		"+    server app:3000 max_fails=3 fail_timeout=30s resolve;",
		"+    zone app_servers 64k;",
		"+    dns_sd_configs:",
		"-version: '3.8'",
		"+      - ./nginx-lb/nginx.conf:/etc/nginx/conf.d/default.conf:ro",
	} {
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("lint --fix --dry-run: exit %d, no %q in:\n%s%s", code, want, out, errOut)
		}
	}
	if data, _ := os.ReadFile(nginxConf); string(data) != string(files["nginx-lb/nginx.conf"]) {
		t.Errorf("--dry-run changed %s", nginxConf)
	}

	if code, out, errOut := run("lint", "--fix", "--scale", "app=3", dir); code != 0 || !strings.Contains(out, "fixed 1 finding(s) in ") {
		t.Fatalf("lint --fix: exit %d\n%s%s", code, out, errOut)
	}
	_, out, _ = run("lint", "--scale", "app=3", dir)
	for _, gone := range []string{"LB101", "LB116", "LB201", "LB401"} {
		if strings.Contains(out, gone) {
			t.Errorf("lint after --fix still reports %s:\n%s", gone, out)
		}
	}
	if !strings.Contains(out, "LB403") {
		t.Errorf("lint after --fix lost a finding no fix addresses (LB403):\n%s", out)
	}
}
