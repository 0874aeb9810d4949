package controller

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os/exec"
	"strconv"
	"strings"
)

// Compose scales a Compose service with the docker CLI: `docker compose
// up --scale` is the only way to add replicas that Compose itself
// recognises (labels, numbering, networks, config hash).
type Compose struct {
	Project string
	// File is the compose file.
	File string
	// Run runs a command and returns its standard output; nil runs it.
	Run func(ctx context.Context, name string, args ...string) ([]byte, error)
}

func (c Compose) run(ctx context.Context, args ...string) ([]byte, error) {
	if c.Run != nil {
		return c.Run(ctx, "docker", args...)
	}
	cmd := exec.CommandContext(ctx, "docker", args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("docker %s: %w: %s", strings.Join(args, " "), err, strings.TrimSpace(stderr.String()))
	}
	return out, nil
}

type composeContainer struct {
	Name, State, Health string
	Labels              string
}

// Replicas lists the service's containers (ready when running and, with
// a health check, healthy) and their count as the replica count set.
func (c Compose) Replicas(ctx context.Context, workload string) ([]Replica, int, error) {
	cs, err := c.containers(ctx, workload)
	if err != nil {
		return nil, 0, err
	}
	var out []Replica
	for _, ct := range cs {
		out = append(out, Replica{Name: ct.Name, Ready: ct.State == "running" && (ct.Health == "" || ct.Health == "healthy")})
	}
	return out, len(cs), nil
}

func (c Compose) containers(ctx context.Context, workload string) ([]composeContainer, error) {
	out, err := c.run(ctx, "compose", "-p", c.Project, "-f", c.File, "ps", "--format", "json", workload)
	if err != nil {
		return nil, err
	}
	return parsePS(out)
}

// parsePS reads `docker compose ps --format json`: one JSON array
// (Compose before 2.21) or one object per line (since).
func parsePS(out []byte) ([]composeContainer, error) {
	out = bytes.TrimSpace(out)
	var cs []composeContainer
	if bytes.HasPrefix(out, []byte("[")) {
		if err := json.Unmarshal(out, &cs); err != nil {
			return nil, fmt.Errorf("docker compose ps: %w", err)
		}
		return cs, nil
	}
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		var ct composeContainer
		if err := json.Unmarshal(sc.Bytes(), &ct); err != nil {
			return nil, fmt.Errorf("docker compose ps: %w", err)
		}
		cs = append(cs, ct)
	}
	return cs, sc.Err()
}

// Scale runs `docker compose up -d --no-deps --no-recreate --scale` for
// the one service: other services and the running replicas are left
// alone. Relative paths in the compose file resolve against the
// directory Compose started the stack from (its working_dir label), since
// the Docker daemon, not this container, opens them.
func (c Compose) Scale(ctx context.Context, workload string, n int) error {
	args := []string{"compose", "-p", c.Project, "-f", c.File}
	if dir := c.workingDir(ctx, workload); dir != "" {
		args = append(args, "--project-directory", dir)
	}
	args = append(args, "up", "-d", "--no-deps", "--no-recreate", "--scale", workload+"="+strconv.Itoa(n), workload)
	_, err := c.run(ctx, args...)
	return err
}

const workingDirLabel = "com.docker.compose.project.working_dir"

func (c Compose) workingDir(ctx context.Context, workload string) string {
	cs, err := c.containers(ctx, workload)
	if err != nil {
		return ""
	}
	for _, ct := range cs {
		for _, kv := range strings.Split(ct.Labels, ",") {
			if v, ok := strings.CutPrefix(kv, workingDirLabel+"="); ok {
				return v
			}
		}
	}
	return ""
}
