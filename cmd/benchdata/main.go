// Command benchdata writes the inputs scripts/bench-compare.sh times (a
// development tool, not part of lbgen):
// benchdata DIR creates DIR/spec-{10,100,1000}/lbgen.hcl,
// DIR/compose/docker-compose.yml, DIR/nginx/nginx.conf,
// DIR/haproxy/haproxy.cfg and DIR/prometheus/prometheus.yml.
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/lbgen/lbgen/internal/benchdata"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "benchdata:", err)
		os.Exit(2)
	}
}

func run(args []string) error {
	// A flag such as -h is a request for help, not a directory to fill.
	if len(args) != 1 || strings.HasPrefix(args[0], "-") {
		return fmt.Errorf("usage: benchdata DIR")
	}
	dir := args[0]
	files := map[string][]byte{
		"spec-10/lbgen.hcl":          benchdata.Spec(10),
		"spec-100/lbgen.hcl":         benchdata.Spec(100),
		"spec-1000/lbgen.hcl":        benchdata.Spec(1000),
		"compose/docker-compose.yml": benchdata.Compose(100),
		"nginx/nginx.conf":           benchdata.Nginx(20000),
		"haproxy/haproxy.cfg":        benchdata.HAProxy(5000),
		"prometheus/prometheus.yml":  benchdata.Prometheus(2000),
	}
	for name, data := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			return err
		}
	}
	return nil
}
