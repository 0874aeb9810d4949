package lint_test

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/lbgen/lbgen/internal/benchdata"
	"github.com/lbgen/lbgen/lint"
	"github.com/lbgen/lbgen/lint/rules"
)

// BenchmarkLint loads and lints one file of each kind at scale: compose
// files of 10, 100 and 1000 services, a 20,000-line nginx config, a
// 5,000-line HAProxy config and a Prometheus config with 2,000 targets.
func BenchmarkLint(b *testing.B) {
	inputs := []struct {
		name, file string
		data       []byte
	}{
		{"compose/services=10", "docker-compose.yml", benchdata.Compose(10)},
		{"compose/services=100", "docker-compose.yml", benchdata.Compose(100)},
		{"compose/services=1000", "docker-compose.yml", benchdata.Compose(1000)},
		{"nginx/lines=20000", "nginx.conf", benchdata.Nginx(20000)},
		{"haproxy/lines=5000", "haproxy.cfg", benchdata.HAProxy(5000)},
		{"prometheus/targets=2000", "prometheus.yml", benchdata.Prometheus(2000)},
	}
	all := rules.Runnable()
	for _, in := range inputs {
		path := filepath.Join(b.TempDir(), in.file)
		if err := os.WriteFile(path, in.data, 0o644); err != nil {
			b.Fatal(err)
		}
		b.Run(in.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				p, err := lint.Load([]string{path}, lint.LoadOptions{})
				if err != nil {
					b.Fatal(err)
				}
				if fs := lint.Run(p, all); len(fs) > 0 {
					b.Fatal(fmt.Sprint(fs[0].Message))
				}
			}
		})
	}
}

// BenchmarkLesson loads and lints the lesson's files as a project, the
// way `lbgen lint --scale app=3 .` does.
func BenchmarkLesson(b *testing.B) {
	dir := b.TempDir()
	extractLesson(b, dir)
	b.Chdir(dir)
	all := rules.Runnable()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		p, err := lint.Load([]string{"."}, lint.LoadOptions{Scale: map[string]int{"app": 3}})
		if err != nil {
			b.Fatal(err)
		}
		lint.Run(p, all)
	}
}
