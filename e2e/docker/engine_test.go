package docker

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// engine is the Docker Engine the tests use. cmd is set only when this
// package started the dockerd, and then only this package stops it.
type engine struct {
	host string // DOCKER_HOST for every docker command
	cmd  *exec.Cmd
	done chan error // closed result of cmd.Wait
	log  string
}

// engineDir is where a private engine keeps its state, socket and log.
// Its data root survives between runs, so the images are built once per
// machine.
func engineDir() string {
	if d := os.Getenv("LBGEN_DOCKER_DIR"); d != "" {
		return d
	}
	base, err := os.UserCacheDir()
	if err != nil {
		base = os.TempDir()
	}
	return filepath.Join(base, "lbgen-docker")
}

// findOrStartEngine returns the engine that answers at DOCKER_HOST (unset:
// the client's default socket) or at the private socket of an earlier run;
// otherwise it starts a private dockerd. It never starts a second dockerd on a
// machine where one runs: two fight over the docker0 bridge and iptables.
func findOrStartEngine() (*engine, error) {
	if host := os.Getenv("DOCKER_HOST"); answers(host) {
		return &engine{host: host}, nil
	}
	dir := engineDir()
	private := "unix://" + filepath.Join(dir, "docker.sock")
	if answers(private) {
		return &engine{host: private}, nil
	}
	if pid := runningDockerd(); pid != 0 {
		return nil, fmt.Errorf("a dockerd (pid %d) runs but answers neither at DOCKER_HOST=%q, the default socket nor %s; not starting a second one", pid, os.Getenv("DOCKER_HOST"), private)
	}
	return startDockerd(dir, private)
}

// answers reports whether a Docker Engine answers at host ("" is the
// client's default).
func answers(host string) bool {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, "docker", "version", "--format", "{{.Server.Version}}")
	cmd.Env = append(os.Environ(), "DOCKER_HOST="+host)
	out, err := cmd.Output()
	return err == nil && len(strings.TrimSpace(string(out))) > 0
}

// runningDockerd returns the pid of a dockerd process on this machine, or 0.
func runningDockerd() int {
	comms, _ := filepath.Glob("/proc/[0-9]*/comm")
	for _, c := range comms {
		b, err := os.ReadFile(c)
		if err == nil && strings.TrimSpace(string(b)) == "dockerd" {
			pid, _ := strconv.Atoi(filepath.Base(filepath.Dir(c)))
			return pid
		}
	}
	return 0
}

func startDockerd(dir, host string) (*engine, error) {
	bin, err := exec.LookPath("dockerd")
	if err != nil {
		return nil, errors.New("no Docker Engine answers and dockerd is not installed (scripts/docker-env.sh installs Debian's docker.io)")
	}
	if os.Geteuid() != 0 {
		return nil, errors.New("no Docker Engine answers, and starting dockerd needs root")
	}
	for _, sub := range []string{"data", "exec"} {
		if err := os.MkdirAll(filepath.Join(dir, sub), 0o700); err != nil {
			return nil, fmt.Errorf("engine directory: %w", err)
		}
	}
	logPath := filepath.Join(dir, "dockerd.log")
	logFile, err := os.Create(logPath)
	if err != nil {
		return nil, fmt.Errorf("dockerd log: %w", err)
	}
	defer logFile.Close() // the child has its own descriptor
	cmd := exec.Command(bin, "--data-root", filepath.Join(dir, "data"), "--exec-root", filepath.Join(dir, "exec"),
		"--pidfile", filepath.Join(dir, "pid"), "-H", host, "--storage-driver=overlay2")
	cmd.Stdout, cmd.Stderr = logFile, logFile
	// Its own process group: a Ctrl-C meant for go test must not kill the
	// engine before TestMain has taken the stacks down.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("start dockerd: %w", err)
	}
	e := &engine{host: host, cmd: cmd, done: make(chan error, 1), log: logPath}
	go func() { e.done <- cmd.Wait() }()
	deadline := time.Now().Add(60 * time.Second)
	for !answers(host) {
		select {
		case err := <-e.done:
			return nil, fmt.Errorf("dockerd exited (%v); its log: %s", err, tail(logPath))
		default:
		}
		if time.Now().After(deadline) {
			e.stop()
			return nil, fmt.Errorf("dockerd did not answer within 60s; its log: %s", tail(logPath))
		}
		time.Sleep(500 * time.Millisecond)
	}
	return e, nil
}

// stop stops the dockerd this package started (nothing otherwise): SIGTERM,
// which stops its containers and its containerd, then SIGKILL after 60 s.
func (e *engine) stop() {
	if e == nil || e.cmd == nil {
		return
	}
	_ = e.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-e.done:
	case <-time.After(60 * time.Second):
		_ = e.cmd.Process.Kill()
		<-e.done
	}
}

// tail returns the end of a log file, for error messages.
func tail(path string) string {
	b, _ := os.ReadFile(path)
	if len(b) > 2000 {
		b = b[len(b)-2000:]
	}
	return string(b)
}
