package stack_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"go.yaml.in/yaml/v4"

	"github.com/lbgen/lbgen/internal/toolcheck"
	"github.com/lbgen/lbgen/stack"
)

// swarmBase is a stack file docker stack deploy accepts; each case adds
// one thing to it.
const swarmBase = `version: "3.8"
services:
  app:
    image: registry.example.com/app:1.4.2
`

// swarmCases are stack files with one thing the loader rejects, and the
// message it gives (docker stack config prints it; forbidden keys it
// reports as "forbidden properties", docker stack deploy with the reason).
var swarmCases = []struct{ name, add, want, docker string }{
	{"top-level name", "name: web\n", "(root) Additional property name is not allowed", ""},
	{"profiles", "    profiles: [web]\n", "services.app Additional property profiles is not allowed", ""},
	{"pull_policy", "    pull_policy: always\n", "services.app Additional property pull_policy is not allowed", ""},
	{"long depends_on", "    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: postgres:17.2\n",
		"services.app.depends_on must be a list", ""},
	{"quoted published port", "    ports:\n      - target: 80\n        published: \"8080\"\n",
		"services.app.ports.0.published must be a integer", ""},
	{"host_ip", "    ports:\n      - target: 80\n        published: 8080\n        host_ip: 127.0.0.1\n",
		"services.app.ports.0 Additional property host_ip is not allowed", ""},
	{"cpus as a number", "    deploy:\n      resources:\n        limits:\n          cpus: 0.5\n",
		"services.app.deploy.resources.limits.cpus must be a string", ""},
	{"placement spread", "    deploy:\n      placement:\n        spread: node.labels.zone\n",
		"services.app.deploy.placement Additional property spread is not allowed", ""},
	{"secret from the environment", "secrets:\n  key:\n    environment: KEY\n",
		"secrets.key Additional property environment is not allowed", ""},
	{"network enable_ipv6", "networks:\n  back:\n    driver: overlay\n    enable_ipv6: true\n",
		"networks.back Additional property enable_ipv6 is not allowed", ""},
	{"volumes_from", "    volumes_from: [data]\n",
		"compose file contains unsupported options: volumes_from: To share a volume", "forbidden properties"},
}

// TestSwarmRejected checks what lbgen says the stack loader rejects,
// case by case, and that the real loader (`docker stack config`) rejects
// the same thing with the same message, and accepts the base.
func TestSwarmRejected(t *testing.T) {
	for _, c := range swarmCases {
		t.Run(c.name, func(t *testing.T) {
			doc := swarmBase + c.add
			if strings.HasPrefix(c.add, "name:") {
				doc = c.add + swarmBase
			}
			got := rejected(t, doc)
			if len(got) != 1 || !strings.HasPrefix(got[0], c.want) {
				t.Errorf("SwarmRejected = %q, want one problem %q", got, c.want)
			}
			want := c.docker
			if want == "" {
				want = c.want
			}
			if out, err := stackConfig(t, doc); err == nil || !strings.Contains(string(out), want) {
				t.Errorf("docker stack config: %v, want it to reject the file with %q:\n%s", err, want, out)
			}
		})
	}
}

// TestSwarmAccepted checks that a realistic stack docker stack deploy
// takes, with the 3.x idioms lbgen must not mistake for errors, has no
// problem, and that the real loader agrees.
func TestSwarmAccepted(t *testing.T) {
	doc := `version: "3.8"
x-deploy: &deploy
  update_config:
    parallelism: 1
    order: start-first
    failure_action: rollback
    monitor: 30s
    max_failure_ratio: 0.1
  restart_policy:
    condition: any
    delay: 5s
services:
  lb:
    image: nginx:1.30-alpine
    ports:
      - "80:80"
      - target: 443
        published: ${HTTPS_PORT:-443}
        protocol: tcp
        mode: host
    configs:
      - source: nginx_conf_v2
        target: /etc/nginx/conf.d/default.conf
        mode: 0444
    secrets: [tls_key]
    depends_on: [app]
    stop_grace_period: 30s
    x-owner: platform
    deploy:
      <<: *deploy
      replicas: ${LB_REPLICAS:-2}
      placement:
        constraints: [node.role == manager]
        preferences:
          - spread: node.labels.zone
        max_replicas_per_node: 1
      resources:
        limits: {cpus: "0.50", memory: 128M}
        reservations: {cpus: "0.25", memory: 64M}
      labels:
        traefik.enable: "false"
  app:
    image: registry.example.com/app:1.4.2
    environment:
      REDIS_URL: redis://redis:6379
    healthcheck:
      test: ["CMD", "wget", "-q", "-O", "/dev/null", "http://127.0.0.1:3000/health"]
      interval: 10s
      start_period: 20s
      retries: 3
    logging:
      driver: json-file
      options: {max-size: 10m, max-file: "3"}
    networks:
      back:
        aliases: [web-app]
    volumes:
      - type: volume
        source: uploads
        target: /srv/uploads
        volume:
          nocopy: true
      - type: tmpfs
        target: /tmp
        tmpfs:
          size: 67108864
    deploy:
      <<: *deploy
      mode: replicated
      replicas: 3
      endpoint_mode: dnsrr
networks:
  default:
    driver: overlay
    attachable: true
  back:
    driver: overlay
    internal: true
    driver_opts:
      encrypted: ""
    ipam:
      config:
        - subnet: 10.20.0.0/24
volumes:
  uploads:
    driver: local
    labels:
      com.example.backup: daily
configs:
  nginx_conf_v2:
    file: ./nginx.conf
secrets:
  tls_key:
    external: true
    name: tls_key_2025
`
	if got := rejected(t, doc); len(got) != 0 {
		t.Errorf("SwarmRejected = %q, want nothing", got)
	}
	if out, err := stackConfig(t, doc); err != nil {
		t.Errorf("docker stack config rejects the stack: %v\n%s", err, out)
	}
}

func rejected(t *testing.T, doc string) []string {
	t.Helper()
	var n yaml.Node
	if err := yaml.Unmarshal([]byte(doc), &n); err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, p := range stack.SwarmRejected(&n) {
		out = append(out, p.Message)
	}
	return out
}

// stackConfig runs the real loader on a stack file, with the files it
// names beside it.
func stackConfig(t *testing.T, doc string) ([]byte, error) {
	t.Helper()
	dir := t.TempDir()
	for name, data := range map[string]string{"docker-stack.yml": doc, "nginx.conf": "# empty\n"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return toolcheck.StackConfig(t, dir, "docker-stack.yml")
}

// TestSwarmRejectedAliases checks that an aliased block is checked once,
// where its anchor is first used, and that nested aliases (a "billion
// laughs" document) do not make the walk expand them all.
func TestSwarmRejectedAliases(t *testing.T) {
	doc := swarmBase + `    deploy: &deploy
      resources:
        limits:
          cpus: 0.5
  worker:
    image: registry.example.com/worker:1.4.2
    deploy: *deploy
`
	if got := rejected(t, doc); len(got) != 1 || got[0] != "services.app.deploy.resources.limits.cpus must be a string" {
		t.Errorf("SwarmRejected = %q, want the anchored block's problem once", got)
	}
	var b strings.Builder
	b.WriteString("version: \"3.8\"\nx-l0: &l0 [{pull_policy: always}]\n")
	for i := 1; i <= 12; i++ {
		fmt.Fprintf(&b, "x-l%d: &l%d [%s]\n", i, i, strings.TrimSuffix(strings.Repeat(fmt.Sprintf("*l%d, ", i-1), 10), ", "))
	}
	b.WriteString("services:\n  app:\n    image: app:1\n    command: *l12\n")
	// 10^12 nodes once expanded: the walk ends because it checks each
	// anchor once (the schema does not look inside command lists).
	if got := rejected(t, b.String()); len(got) != 0 {
		t.Errorf("SwarmRejected on nested aliases = %q, want nothing", got)
	}
}
