// Package targets lists every renderer and runs them together. Adding an
// output format is one package under gen/ and one line in All.
package targets

import (
	"fmt"
	"sort"

	"github.com/lbgen/lbgen/gen"
	"github.com/lbgen/lbgen/gen/compose"
	"github.com/lbgen/lbgen/gen/grafana"
	"github.com/lbgen/lbgen/gen/haproxy"
	"github.com/lbgen/lbgen/gen/loadtest"
	"github.com/lbgen/lbgen/gen/nginx"
	"github.com/lbgen/lbgen/gen/prometheus"
	"github.com/lbgen/lbgen/schemas"
)

// Target is one output format.
type Target struct {
	Name   string
	Render func(*schemas.Topology, gen.Context) ([]gen.File, error)
}

// All is every target, in the order they render.
func All() []Target {
	return []Target{
		{Name: "compose", Render: compose.Render},
		{Name: "nginx", Render: nginx.Render},
		{Name: "haproxy", Render: haproxy.Render},
		{Name: "prometheus", Render: prometheus.Render},
		{Name: "grafana", Render: grafana.Render},
		{Name: "loadtest", Render: loadtest.Render},
	}
}

// Render runs every target and returns their files sorted by path. Nothing
// is returned unless every target succeeds, and two targets claiming one
// path is an error rather than a silent overwrite.
func Render(t *schemas.Topology, ctx gen.Context) ([]gen.File, error) {
	var files []gen.File
	owner := map[string]string{}
	for _, target := range All() {
		out, err := target.Render(t, ctx)
		if err != nil {
			return nil, err
		}
		for _, f := range out {
			if prev, dup := owner[f.Path]; dup {
				return nil, fmt.Errorf("render: targets %s and %s both produce %s", prev, target.Name, f.Path)
			}
			owner[f.Path] = target.Name
			files = append(files, f)
		}
	}
	sort.Slice(files, func(i, j int) bool { return files[i].Path < files[j].Path })
	return files, nil
}
