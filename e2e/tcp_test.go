package e2e

import (
	"bufio"
	"fmt"
	"net"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/lbgen/lbgen/internal/toolcheck"
	"github.com/lbgen/lbgen/schemas"
)

const tcpSpec = `
variable "engine" {}
variable "port" {
  type = number
}
variable "resolver" {}

project = "traffic"

service "db" {
  image        = "example/db:1.0"
  port         = var.port
  replicas     = 2
  max_replicas = 4
  health {
    command = ["true"]
  }
}

balancer "lb" {
  engine      = var.engine
  mode        = "tcp"
  listen      = 5432
  resolver    = var.resolver
  dns_refresh = "1s"
  route "/" {
    service = "db"
  }
}
`

// TestTCPBalancing: a TCP balancer forwards whole connections, spread
// over the replicas it finds in DNS, bytes as they are: each replica
// greets with its address and echoes a line.
func TestTCPBalancing(t *testing.T) {
	forEngines(t, func(t *testing.T, engine string) {
		toolcheck.Binaries(t, engine)
		d := startDNS(t)
		port := freePort(t, "127.0.0.2")
		for _, ip := range []string{"127.0.0.2", "127.0.0.3"} {
			startTCPEcho(t, ip, port)
		}
		d.set("db", "127.0.0.2", "127.0.0.3")
		cfg, _ := render(t, tcpSpecFor(engine, tcpSpec), "engine="+engine, fmt.Sprintf("port=%d", port), "resolver="+d.addr)
		addr := startTCPProxy(t, engine, cfg, port)
		seen := map[string]int{}
		waitFor(t, 20*time.Second, "connections reach both replicas", func() bool {
			if who, err := tcpRoundTrip(addr, "hello"); err == nil {
				seen[who]++
			}
			return seen["127.0.0.2"] > 0 && seen["127.0.0.3"] > 0
		})
		for i := range 20 {
			if _, err := tcpRoundTrip(addr, "line "+strconv.Itoa(i)); err != nil {
				t.Fatalf("connection %d: %v", i, err)
			}
		}
	})
}

// startTCPProxy runs a TCP balancer's config with its traffic port (the
// service's port) moved to a loopback port, and returns that address.
func startTCPProxy(t *testing.T, engine string, cfg []byte, port int) string {
	t.Helper()
	front := freePort(t, "127.0.0.1")
	if engine == schemas.EngineNginx {
		cfg = bindLoopback(t, cfg, fmt.Sprintf("listen %d;\n", port), fmt.Sprintf("listen 127.0.0.1:%d;\n", front))
	} else {
		cfg = bindLoopback(t, cfg, fmt.Sprintf("bind :%d\n", port), fmt.Sprintf("bind 127.0.0.1:%d\n", front))
	}
	startProxy(t, engine, cfg)
	return fmt.Sprintf("127.0.0.1:%d", front)
}

// tcpSpecFor adapts a TCP spec to the harness: HAProxy's stats cover TCP
// too, and the harness expects them.
func tcpSpecFor(engine, spec string) string {
	if engine == schemas.EngineHAProxy {
		spec = strings.Replace(spec, `  route "/" {`, "  stats {\n    port = 8404\n  }\n  route \"/\" {", 1)
	}
	return spec
}

// tcpRoundTrip connects, reads the replica's greeting, sends a line and
// checks the echo.
func tcpRoundTrip(addr, msg string) (string, error) {
	conn, err := net.DialTimeout("tcp", addr, 5*time.Second)
	if err != nil {
		return "", err
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(10 * time.Second))
	br := bufio.NewReader(conn)
	who, err := br.ReadString('\n')
	if err != nil {
		return "", fmt.Errorf("greeting: %w", err)
	}
	fmt.Fprintln(conn, msg)
	echo, err := br.ReadString('\n')
	if err != nil || strings.TrimSpace(echo) != msg {
		return "", fmt.Errorf("echo of %q: %q, %v", msg, echo, err)
	}
	return strings.TrimSpace(who), nil
}

// startTCPEcho is a replica that greets each connection with its address
// and echoes lines.
func startTCPEcho(t *testing.T, ip string, port int) {
	t.Helper()
	ln, err := net.Listen("tcp", net.JoinHostPort(ip, strconv.Itoa(port)))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			conn, err := ln.Accept()
			if err != nil {
				return
			}
			go func() {
				defer conn.Close()
				conn.SetDeadline(time.Now().Add(30 * time.Second))
				fmt.Fprintln(conn, ip)
				br := bufio.NewReader(conn)
				for {
					line, err := br.ReadString('\n')
					if err != nil {
						return
					}
					conn.Write([]byte(line))
				}
			}()
		}
	}()
}
