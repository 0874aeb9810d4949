// Command benchdata writes the inputs scripts/bench-compare.sh times:
// benchdata DIR creates DIR/spec-{10,100,1000}/lbgen.hcl,
// DIR/compose/docker-compose.yml, DIR/nginx/nginx.conf,
// DIR/haproxy/haproxy.cfg and DIR/prometheus/prometheus.yml.
package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/lbgen/lbgen/internal/benchdata"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: benchdata DIR")
		os.Exit(2)
	}
	dir := os.Args[1]
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
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
}
