//go:build linux

package lint_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/lbgen/lbgen/internal/cli"
)

// sentinel is the content of a file outside the linted directory that
// every kind of reference points at. It must never appear in any output.
const sentinel = "SENTINEL-c2VjcmV0-DO-NOT-PRINT"

// TestNeverReadsOutside lints a project whose nginx include, compose bind
// mount (file and directory), config, Prometheus rule_files entry and
// symlink all lead to a sentinel file outside it, beside FIFOs named like
// configs. In every output format the sentinel's content never appears;
// inotify proves the sentinel was never opened, and the FIFOs (which would
// block a reader forever) were never opened either, or the test times out.
func TestNeverReadsOutside(t *testing.T) {
	base := t.TempDir()
	outside := filepath.Join(base, "outside")
	proj := filepath.Join(base, "project")
	secret := filepath.Join(outside, "secret.conf")
	write(t, secret, "server { listen 80; return 200 \""+sentinel+"\"; }\n"+sentinel+"\n")
	write(t, filepath.Join(outside, "rules.yml"), "groups: []\n# "+sentinel+"\n")
	write(t, filepath.Join(outside, "conf.d", "site.conf"), "server { listen 81; } # "+sentinel+"\n")
	write(t, filepath.Join(proj, "docker-compose.yml"), `services:
  lb:
    image: nginx:1.30-alpine
    ports: ["80:80"]
    volumes:
      - ./nginx/nginx.conf:/etc/nginx/nginx.conf:ro
      - `+secret+`:/etc/nginx/secret.conf:ro
      - ../outside/conf.d:/etc/nginx/conf.d:ro
      - ./pipes:/etc/nginx/snippets:ro
    configs:
      - source: site
        target: /etc/nginx/site.conf
  prometheus:
    image: prom/prometheus:v3.5.0
    volumes:
      - ./prometheus.yml:/etc/prometheus/prometheus.yml:ro
      - ../outside:/etc/prometheus/rules:ro
configs:
  site:
    file: ../outside/secret.conf
`)
	write(t, filepath.Join(proj, "nginx", "nginx.conf"), `events {}
http {
    include `+secret+`;
    include ../../outside/secret.conf;
    include /etc/nginx/conf.d/*.conf;
    include /etc/nginx/snippets/*.conf;
    include /etc/nginx/site.conf;
    include /etc/nginx/secret.conf;
}
`)
	write(t, filepath.Join(proj, "prometheus.yml"), "rule_files:\n  - "+filepath.Join(outside, "rules.yml")+"\n  - rules/*.yml\n  - ../../outside/rules.yml\nscrape_configs: []\n")
	if err := os.Symlink(secret, filepath.Join(proj, "link.conf")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(outside, filepath.Join(proj, "linkdir.conf")); err != nil {
		t.Fatal(err)
	}
	for _, fifo := range []string{filepath.Join(proj, "x.conf"), filepath.Join(proj, "pipes", "p.conf"), filepath.Join(proj, "compose.yml")} {
		if err := os.MkdirAll(filepath.Dir(fifo), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := syscall.Mkfifo(fifo, 0o644); err != nil {
			skipOrFail(t, fmt.Sprintf("no FIFOs here: %v", err))
		}
	}
	opened := watchOpens(t, secret, filepath.Join(outside, "rules.yml"), filepath.Join(outside, "conf.d", "site.conf"))
	t.Chdir(proj)

	for _, format := range []string{"text", "json", "sarif", "github", "checkstyle"} {
		var out, errOut bytes.Buffer
		done := make(chan int, 1)
		go func() {
			done <- cli.Main([]string{"lint", "--format", format, "--color", "never", "."}, cli.Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errOut})
		}()
		select {
		case code := <-done:
			if code == 2 {
				t.Errorf("%s: exit 2: %s", format, errOut.String())
			}
		case <-time.After(20 * time.Second):
			t.Fatalf("%s: lint did not finish: it opened a FIFO", format)
		}
		all := out.String() + errOut.String()
		if strings.Contains(all, sentinel) {
			t.Errorf("%s output contains the sentinel's content:\n%s", format, all)
		}
		if !strings.Contains(all, "LB004") {
			t.Errorf("%s output does not say what was not followed (LB004):\n%s", format, all)
		}
	}
	if names := opened(); len(names) > 0 {
		t.Errorf("files outside the linted directory were opened: %v", names)
	}
}

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// watchOpens watches files with inotify and returns a function that
// reports which of them were opened or read since.
func watchOpens(t *testing.T, files ...string) func() []string {
	t.Helper()
	fd, err := syscall.InotifyInit1(syscall.IN_NONBLOCK | syscall.IN_CLOEXEC)
	if err != nil {
		skipOrFail(t, fmt.Sprintf("no inotify: %v", err))
	}
	t.Cleanup(func() { syscall.Close(fd) })
	names := map[int]string{}
	for _, f := range files {
		wd, err := syscall.InotifyAddWatch(fd, f, syscall.IN_OPEN|syscall.IN_ACCESS)
		if err != nil {
			t.Fatal(err)
		}
		names[wd] = f
	}
	return func() []string {
		var out []string
		buf := make([]byte, 64*1024)
		n, _ := syscall.Read(fd, buf)
		for off := 0; n > 0 && off+syscall.SizeofInotifyEvent <= n; {
			wd := int(int32(uint32(buf[off]) | uint32(buf[off+1])<<8 | uint32(buf[off+2])<<16 | uint32(buf[off+3])<<24))
			nameLen := int(uint32(buf[off+12]) | uint32(buf[off+13])<<8 | uint32(buf[off+14])<<16 | uint32(buf[off+15])<<24)
			out = append(out, names[wd])
			off += syscall.SizeofInotifyEvent + nameLen
		}
		return out
	}
}

// skipOrFail skips a test the machine cannot run, and fails it where the
// test run requires every check (LBGEN_REQUIRE_TOOLS=1, as in CI).
func skipOrFail(t *testing.T, msg string) {
	t.Helper()
	if os.Getenv("LBGEN_REQUIRE_TOOLS") == "1" {
		t.Fatal(msg)
	}
	t.Skip(msg)
}
