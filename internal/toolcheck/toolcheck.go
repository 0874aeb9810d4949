// Package toolcheck validates rendered configs with the real tools, for
// tests: `nginx -t`, `haproxy -c` and promtool's config, rules and rule-test
// checks. It finds the binaries through environment variables that
// scripts/test-tools.sh prints; a test without them is skipped, or fails
// when LBGEN_REQUIRE_TOOLS=1.
package toolcheck

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/lbgen/lbgen/component"
	"github.com/lbgen/lbgen/schemas"
)

// Environment variables naming the binaries, by engine: the current
// release and Debian 12's.
var binaryEnv = map[string][]string{
	schemas.EngineNginx:   {"LBGEN_NGINX", "LBGEN_NGINX_DEBIAN12"},
	schemas.EngineHAProxy: {"LBGEN_HAPROXY", "LBGEN_HAPROXY_DEBIAN12"},
}

// toolPath returns the binary an environment variable names, skipping the
// test when it is unset (failing it when LBGEN_REQUIRE_TOOLS=1).
func toolPath(t testing.TB, env string) string {
	t.Helper()
	path := os.Getenv(env)
	if path == "" {
		msg := fmt.Sprintf("%s is not set: run `eval \"$(scripts/test-tools.sh)\"` to install the real tools", env)
		if os.Getenv("LBGEN_REQUIRE_TOOLS") == "1" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	return path
}

// Binary is an nginx or HAProxy executable and the release it is.
type Binary struct {
	Path    string
	Version component.Version
}

// Binaries returns every configured binary of the engine. Without them the
// test is skipped, unless LBGEN_REQUIRE_TOOLS=1 makes that a failure.
func Binaries(t testing.TB, engine string) []Binary {
	t.Helper()
	var bins []Binary
	for _, env := range binaryEnv[engine] {
		path := toolPath(t, env)
		v, err := version(path)
		if err != nil {
			t.Fatalf("%s=%s: %v", env, path, err)
		}
		bins = append(bins, Binary{Path: path, Version: v})
	}
	return bins
}

var versionPattern = regexp.MustCompile(`(?:nginx/|HAProxy version )(\d+\.\d+(?:\.\d+)?)`)

func version(path string) (component.Version, error) {
	out, err := run("", nil, path, "-v")
	if err != nil {
		return component.Version{}, err
	}
	m := versionPattern.FindSubmatch(out)
	if m == nil {
		return component.Version{}, fmt.Errorf("no version in %q", out)
	}
	return component.ParseVersion(string(m[1]))
}

// Check validates one balancer's rendered config with every binary that
// can run it and fails the test on any error or warning. An nginx config
// that re-resolves upstream servers needs nginx 1.27.3 or later; others,
// and every HAProxy config, must pass with all the binaries. At least one
// binary must check each config.
func Check(t *testing.T, b *schemas.Balancer, config []byte) {
	t.Helper()
	min := component.MinHAProxy
	if b.Engine == schemas.EngineNginx {
		min = component.MinNginx
		if b.EngineVersion.AtLeast(component.NginxUpstreamResolve) {
			min = component.NginxUpstreamResolve
		}
	}
	checked := 0
	for _, bin := range Binaries(t, b.Engine) {
		if !bin.Version.AtLeast(min) || newerThanTarget(b, bin.Version) {
			continue
		}
		var err error
		if b.Engine == schemas.EngineNginx {
			err = nginxTest(t, bin, config, b.TCP())
		} else {
			err = haproxyCheck(t, bin, config)
		}
		if err != nil {
			t.Errorf("%s %s rejects the config of balancer %q: %v", b.Engine, bin.Version, b.Name, err)
		}
		checked++
	}
	if checked == 0 {
		t.Errorf("no %s binary of release %s or later to check balancer %q with", b.Engine, min, b.Name)
	}
}

// newerThanTarget reports whether a binary would warn about a form the
// config uses because its target release has nothing newer: HTTP/2 on the
// listen line before nginx 1.25.1.
func newerThanTarget(b *schemas.Balancer, v component.Version) bool {
	oldHTTP2 := b.Engine == schemas.EngineNginx && b.TLS != nil && b.TLS.HTTP2On &&
		!b.EngineVersion.AtLeast(component.NginxHTTP2Directive)
	return oldHTTP2 && v.AtLeast(component.NginxHTTP2Directive)
}

// nginxTest runs `nginx -t` on a conf.d file inside a minimal main config,
// the way the official image includes it in http {}, with every path nginx
// writes to moved into a temporary directory.
func nginxTest(t *testing.T, bin Binary, conf []byte, mainConfig bool) error {
	conf = NginxTemplate(conf, "127.0.0.1")
	dir := t.TempDir()
	conf, err := WithSecrets(dir, conf)
	if err != nil {
		return err
	}
	mainPath := filepath.Join(dir, "nginx.conf")
	if mainConfig {
		if err := os.WriteFile(mainPath, LocalMainConfig(dir, conf), 0o644); err != nil {
			return err
		}
	} else {
		site := filepath.Join(dir, "site.conf")
		if err := os.WriteFile(site, conf, 0o644); err != nil {
			return err
		}
		if err := os.WriteFile(mainPath, NginxMainConfig(dir, site), 0o644); err != nil {
			return err
		}
	}
	out, err := run("", nil, bin.Path, "-t", "-q", "-p", dir, "-c", mainPath, "-e", "stderr")
	return verdict(out, err, "[warn]", "[emerg]", "[alert]")
}

// NginxTemplate does what the official nginx image's entrypoint does to a
// config template when NGINX_ENTRYPOINT_LOCAL_RESOLVERS is set: it fills in
// the nameservers of /etc/resolv.conf (here, resolvers). A config that is
// not a template comes back unchanged.
func NginxTemplate(conf []byte, resolvers string) []byte {
	return bytes.ReplaceAll(conf, []byte("${NGINX_LOCAL_RESOLVERS}"), []byte(resolvers))
}

// NginxMainConfig is a minimal main config that includes a rendered conf.d
// file inside http {}, as the official image's nginx.conf does, with one
// worker and every file nginx writes kept in dir.
func NginxMainConfig(dir, site string) []byte {
	var main strings.Builder
	fmt.Fprintf(&main, "worker_processes 1;\npid %s/nginx.pid;\nevents {}\nhttp {\n    access_log off;\n", dir)
	for _, temp := range []string{"client_body", "proxy", "fastcgi", "uwsgi", "scgi"} {
		fmt.Fprintf(&main, "    %s_temp_path %s/%s;\n", temp, dir, temp)
	}
	fmt.Fprintf(&main, "    include %s;\n}\n", site)
	return []byte(main.String())
}

// LocalMainConfig adapts a rendered main nginx.conf (a TCP balancer's) to
// run outside its container: the pid file and the temporary paths move
// into dir, as NginxMainConfig does for conf.d files, and Debian's stream
// module is loaded (LBGEN_NGINX_STREAM_MODULE, from scripts/test-tools.sh).
func LocalMainConfig(dir string, conf []byte) []byte {
	conf = bytes.Replace(conf, []byte("pid /var/run/nginx.pid;"), []byte("pid "+dir+"/nginx.pid;"), 1)
	var temps strings.Builder
	temps.WriteString("http {\n")
	for _, temp := range []string{"client_body", "proxy", "fastcgi", "uwsgi", "scgi"} {
		fmt.Fprintf(&temps, "    %s_temp_path %s/%s;\n", temp, dir, temp)
	}
	conf = bytes.Replace(conf, []byte("\nhttp {\n"), []byte("\n"+temps.String()), 1)
	// Debian builds the stream module as a dynamic module; the official
	// image, which the rendered config is for, has it built in.
	if module := os.Getenv("LBGEN_NGINX_STREAM_MODULE"); module != "" && bytes.Contains(conf, []byte("\nstream {")) {
		conf = append([]byte("load_module "+module+";\n"), conf...)
	}
	return conf
}

// haproxyCheck runs `haproxy -c` with the environment variables the
// config reads set, as compose would pass them.
func haproxyCheck(t *testing.T, bin Binary, cfg []byte) error {
	dir := t.TempDir()
	cfg, err := WithSecrets(dir, cfg)
	if err != nil {
		return err
	}
	path := filepath.Join(dir, "haproxy.cfg")
	if err := os.WriteFile(path, cfg, 0o644); err != nil {
		return err
	}
	env := []string{"STATS_USER=stats", "STATS_PASSWORD=test-only", "COOKIE_KEY=test-only"}
	out, err := run("", env, bin.Path, "-c", "-f", path)
	return verdict(out, err, "[WARNING]", "[ALERT]")
}

// verdict fails a run that exited non-zero or printed any of the markers.
func verdict(out []byte, err error, markers ...string) error {
	if err != nil {
		return fmt.Errorf("%w:\n%s", err, out)
	}
	for _, m := range markers {
		if bytes.Contains(out, []byte(m)) {
			return fmt.Errorf("it warns:\n%s", out)
		}
	}
	return nil
}

// run runs a binary in dir (or the current directory when empty) with a
// bounded time and returns its combined output.
func run(dir string, env []string, path string, args ...string) ([]byte, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, path, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	return cmd.CombinedOutput()
}

// RequirePromtool returns promtool's path; without it the test is skipped
// (failed when LBGEN_REQUIRE_TOOLS=1).
func RequirePromtool(t testing.TB) string {
	t.Helper()
	return toolPath(t, "LBGEN_PROMTOOL")
}

// Prometheus checks a rendered Prometheus directory (file name to content)
// with `promtool check config` (which also checks the rule files it
// names), `promtool check rules` and, when rules.test.yml is there,
// `promtool test rules`.
func Prometheus(t *testing.T, files map[string][]byte) {
	t.Helper()
	if err := promtoolCheck(t, RequirePromtool(t), files); err != nil {
		t.Error(err)
	}
}

func promtoolCheck(t *testing.T, promtool string, files map[string][]byte) error {
	dir := t.TempDir()
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			return err
		}
	}
	steps := [][]string{{"check", "config", "prometheus.yml"}, {"check", "rules", "rules.yml"}}
	if _, ok := files["rules.test.yml"]; ok {
		steps = append(steps, []string{"test", "rules", "rules.test.yml"})
	}
	for _, args := range steps {
		if out, err := run(dir, nil, promtool, args...); err != nil || bytes.Contains(out, []byte("WARNING")) {
			return fmt.Errorf("promtool %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
	return nil
}

// SwarmStack checks a rendered Swarm stack (its files by path, the stack
// file among them) with `docker stack config`, which loads it offline with
// docker/cli's own loader and the Compose 3.x schema `docker stack deploy`
// uses: a key it rejects or a config file it cannot read fails the test.
func SwarmStack(t *testing.T, stackFile string, files map[string][]byte) {
	t.Helper()
	dir := t.TempDir()
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if out, err := StackConfig(t, dir, stackFile); err != nil {
		t.Errorf("docker stack config rejects %s: %v\n%s", stackFile, err, out)
	}
}

// StackConfig runs `docker stack config -c stackFile` in dir and returns
// its output (the loader's message when it fails), with the variables
// lbgen's stacks require set as an operator sets them.
func StackConfig(t testing.TB, dir, stackFile string) ([]byte, error) {
	t.Helper()
	docker := toolPath(t, "LBGEN_DOCKER")
	env := []string{"STATS_USER=admin", "STATS_PASSWORD=secret", "COOKIE_KEY=key"}
	return run(dir, env, docker, "stack", "config", "-c", stackFile)
}

// Alertmanager checks a rendered alertmanager.yml with `amtool
// check-config`, with a file for every secret it reads (as Docker mounts
// them), since amtool reads the *_file credentials.
func Alertmanager(t *testing.T, config []byte) {
	t.Helper()
	amtool := toolPath(t, "LBGEN_AMTOOL")
	dir := t.TempDir()
	for _, m := range secretRef.FindAllSubmatch(config, -1) {
		if err := os.WriteFile(filepath.Join(dir, string(m[1])), []byte("https://hooks.example.com/test-only\n"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	config = bytes.ReplaceAll(config, []byte(component.SecretsDir+"/"), []byte(dir+"/"))
	path := filepath.Join(dir, "alertmanager.yml")
	if err := os.WriteFile(path, config, 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := run(dir, nil, amtool, "check-config", path); err != nil || bytes.Contains(out, []byte("FAILED")) {
		t.Errorf("amtool check-config rejects the config: %v\n%s", err, out)
	}
}

// NginxSite checks a hand-written conf.d file (lint --fix's output) with
// `nginx -t`, included in http {} as the official image includes it, with
// every binary of release min or later; at least one must check it.
func NginxSite(t *testing.T, conf []byte, min component.Version) {
	t.Helper()
	if err := nginxSite(t, conf, min); err != nil {
		t.Error(err)
	}
}

func nginxSite(t *testing.T, conf []byte, min component.Version) error {
	checked := 0
	for _, bin := range Binaries(t, schemas.EngineNginx) {
		if !bin.Version.AtLeast(min) {
			continue
		}
		if err := nginxTest(t, bin, conf, false); err != nil {
			return fmt.Errorf("nginx %s rejects the config: %w", bin.Version, err)
		}
		checked++
	}
	if checked == 0 {
		return fmt.Errorf("no nginx binary of release %s or later to check the config with", min)
	}
	return nil
}

// NginxMain checks a hand-written main nginx.conf, the official image's
// layout (lint --fix's output), with `nginx -t` of every binary of release
// min or later. What only the container has is moved out of the way:
// the user it runs workers as, its log and pid files and temporary paths
// go into a temporary directory (LocalMainConfig), and the image's
// mime.types is an empty types block.
func NginxMain(t *testing.T, conf []byte, min component.Version) {
	t.Helper()
	if err := nginxMain(t, conf, min); err != nil {
		t.Error(err)
	}
}

func nginxMain(t *testing.T, conf []byte, min component.Version) error {
	dir := t.TempDir()
	conf = userLine.ReplaceAll(conf, nil)
	conf = bytes.ReplaceAll(conf, []byte("/var/log/nginx/"), []byte(dir+"/"))
	conf = bytes.ReplaceAll(conf, []byte("include /etc/nginx/mime.types;"), []byte("types {}"))
	path := filepath.Join(dir, "nginx.conf")
	if err := os.WriteFile(path, LocalMainConfig(dir, conf), 0o644); err != nil {
		return err
	}
	checked := 0
	for _, bin := range Binaries(t, schemas.EngineNginx) {
		if !bin.Version.AtLeast(min) {
			continue
		}
		out, err := run("", nil, bin.Path, "-t", "-q", "-p", dir, "-c", path, "-e", "stderr")
		if err := verdict(out, err, "[warn]", "[emerg]", "[alert]"); err != nil {
			return fmt.Errorf("nginx %s rejects the config: %w", bin.Version, err)
		}
		checked++
	}
	if checked == 0 {
		return fmt.Errorf("no nginx binary of release %s or later to check the config with", min)
	}
	return nil
}

// userLine is the main config's user directive.
var userLine = regexp.MustCompile(`(?m)^\s*user\s+[^;]*;\s*$`)

// HAProxyConfig checks a hand-written haproxy.cfg (lint --fix's output)
// with `haproxy -c` of every release the tests have.
func HAProxyConfig(t *testing.T, cfg []byte) {
	t.Helper()
	for _, bin := range Binaries(t, schemas.EngineHAProxy) {
		if err := haproxyCheck(t, bin, cfg); err != nil {
			t.Errorf("haproxy %s rejects the config: %v", bin.Version, err)
		}
	}
}

// PrometheusConfig checks a Prometheus config in its directory (where the
// rule files it names are) with `promtool check config`.
func PrometheusConfig(t *testing.T, path string) {
	t.Helper()
	if err := prometheusConfig(RequirePromtool(t), path); err != nil {
		t.Error(err)
	}
}

func prometheusConfig(promtool, path string) error {
	out, err := run(filepath.Dir(path), nil, promtool, "check", "config", filepath.Base(path))
	if err != nil || bytes.Contains(out, []byte("WARNING")) {
		return fmt.Errorf("promtool check config %s: %v\n%s", path, err, out)
	}
	return nil
}
