package toolcheck

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lbgen/lbgen/component"
	"github.com/lbgen/lbgen/schemas"
)

// These tests make sure the checks can fail: a config the real binary
// rejects, or warns about, must be reported.

func TestNginxTest(t *testing.T) {
	for _, bin := range Binaries(t, schemas.EngineNginx) {
		if err := nginxTest(t, bin, []byte("server { listen 8080; location / { return 200; } }\n"), false); err != nil {
			t.Errorf("nginx %s rejects a valid config: %v", bin.Version, err)
		}
		if err := nginxTest(t, bin, []byte("server { listen 8080; no_such_directive on; }\n"), false); err == nil || !strings.Contains(err.Error(), "no_such_directive") {
			t.Errorf("nginx %s: unknown directive not reported: %v", bin.Version, err)
		}
		// Two servers with one name on one port: nginx warns and goes on.
		warn := "server { listen 8080; server_name a; }\nserver { listen 8080; server_name a; }\n"
		if err := nginxTest(t, bin, []byte(warn), false); err == nil || !strings.Contains(err.Error(), "conflicting server name") {
			t.Errorf("nginx %s: warning not reported: %v", bin.Version, err)
		}
	}
}

func TestHAProxyCheck(t *testing.T) {
	valid := "defaults\n    mode http\n    timeout connect 5s\n    timeout client 5s\n    timeout server 5s\n" +
		"frontend f\n    bind :8080\n    default_backend b\nbackend b\n    balance roundrobin\n    server s1 127.0.0.1:9000\n"
	for _, bin := range Binaries(t, schemas.EngineHAProxy) {
		if err := haproxyCheck(t, bin, []byte(valid)); err != nil {
			t.Errorf("haproxy %s rejects a valid config: %v", bin.Version, err)
		}
		if err := haproxyCheck(t, bin, []byte(valid+"    no-such-keyword\n")); err == nil {
			t.Errorf("haproxy %s: unknown keyword not reported", bin.Version)
		}
		// A frontend without timeouts makes HAProxy warn.
		warn := "frontend f\n    mode http\n    bind :8080\n    http-request return status 200\n"
		if err := haproxyCheck(t, bin, []byte(warn)); err == nil {
			t.Errorf("haproxy %s: warning not reported", bin.Version)
		}
	}
}

func TestVersionsFound(t *testing.T) {
	for _, engine := range []string{schemas.EngineNginx, schemas.EngineHAProxy} {
		bins := Binaries(t, engine)
		if len(bins) != 2 || bins[0].Version == bins[1].Version {
			t.Errorf("%s binaries %+v: want two different releases", engine, bins)
		}
	}
}

func TestPromtoolCheck(t *testing.T) {
	promtool := RequirePromtool(t)
	config := []byte("global:\n  scrape_interval: 15s\nrule_files: [rules.yml]\nscrape_configs:\n  - job_name: app\n    static_configs: [{targets: ['app:3000']}]\n")
	rules := []byte("groups:\n  - name: g\n    rules:\n      - alert: Down\n        expr: up == 0\n")
	test := []byte("rule_files: [rules.yml]\ntests:\n  - interval: 1m\n    input_series: [{series: 'up{job=\"a\"}', values: '0x5'}]\n" +
		"    alert_rule_test: [{eval_time: 2m, alertname: Down, exp_alerts: [{exp_labels: {job: a}}]}]\n")
	files := map[string][]byte{"prometheus.yml": config, "rules.yml": rules, "rules.test.yml": test}
	if err := promtoolCheck(t, promtool, files); err != nil {
		t.Errorf("valid files rejected: %v", err)
	}
	wrongExpectation := map[string][]byte{"prometheus.yml": config, "rules.yml": rules,
		"rules.test.yml": []byte(strings.Replace(string(test), "exp_alerts: [{exp_labels: {job: a}}]", "exp_alerts: []", 1))}
	if err := promtoolCheck(t, promtool, wrongExpectation); err == nil {
		t.Error("a failing rule test was not reported")
	}
	missingRules := map[string][]byte{"prometheus.yml": config}
	if err := promtoolCheck(t, promtool, missingRules); err == nil {
		t.Error("a missing rule file was not reported")
	}
}

func TestNginxSite(t *testing.T) {
	if err := nginxSite(t, []byte("server { listen 8080; no_such_directive on; }\n"), component.MinNginx); err == nil {
		t.Error("an unknown directive was not reported")
	}
	NginxSite(t, []byte("upstream u {\n    zone u 64k;\n    resolver 127.0.0.11 valid=10s ipv6=off;\n    server app:3000 resolve;\n}\n"), component.NginxUpstreamResolve)
}

func TestPrometheusConfig(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "prometheus.yml")
	if err := os.WriteFile(path, []byte("rule_files: [missing.yml]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := prometheusConfig(RequirePromtool(t), path); err == nil {
		t.Error("a missing rule file was not reported")
	}
}

func TestNginxMain(t *testing.T) {
	main := "user nginx;\nerror_log /var/log/nginx/error.log notice;\npid /var/run/nginx.pid;\nevents {}\n" +
		"http {\n    include /etc/nginx/mime.types;\n    access_log /var/log/nginx/access.log;\n    server { listen 8080; }\n}\n"
	if err := nginxMain(t, []byte(main), component.MinNginx); err != nil {
		t.Errorf("the official image's layout is rejected: %v", err)
	}
	bad := strings.Replace(main, "listen 8080;", "listen 8080; no_such_directive on;", 1)
	if err := nginxMain(t, []byte(bad), component.MinNginx); err == nil {
		t.Error("an unknown directive was not reported")
	}
}
