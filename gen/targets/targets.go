// Package targets lists the platforms and the renderers every platform
// shares, and runs them together. Adding a platform is one package under
// gen/ that returns its gen.Platform and one line in Platforms; adding an
// output every platform gets is one package and one line in shared.
package targets

import (
	"fmt"
	"sort"
	"strings"

	"github.com/hashicorp/hcl/v2"

	"github.com/lbgen/lbgen/gen"
	"github.com/lbgen/lbgen/gen/alertmanager"
	"github.com/lbgen/lbgen/gen/autoscaler"
	"github.com/lbgen/lbgen/gen/compose"
	"github.com/lbgen/lbgen/gen/grafana"
	"github.com/lbgen/lbgen/gen/haproxy"
	"github.com/lbgen/lbgen/gen/kubernetes"
	"github.com/lbgen/lbgen/gen/loadtest"
	"github.com/lbgen/lbgen/gen/nginx"
	"github.com/lbgen/lbgen/gen/prometheus"
	"github.com/lbgen/lbgen/gen/swarm"
	"github.com/lbgen/lbgen/schemas"
)

// Platforms lists every platform a stack can be rendered for; the first is
// the default.
func Platforms() []gen.Platform {
	return []gen.Platform{
		compose.Platform(),
		swarm.Platform(),
		kubernetes.Platform(),
	}
}

// Platform returns the platform with the given name ("" for the default).
func Platform(name string) (gen.Platform, error) {
	all := Platforms()
	if name == "" {
		return all[0], nil
	}
	var names []string
	for _, p := range all {
		if p.Name == name {
			return p, nil
		}
		names = append(names, p.Name)
	}
	return gen.Platform{}, fmt.Errorf("lbgen renders for %s, not %q", strings.Join(names, ", "), name)
}

// shared are the renderers of every platform, after the platform's own.
func shared() []gen.Target {
	return []gen.Target{
		{Name: "nginx", Dirs: []string{"nginx"}, Render: nginx.Render},
		{Name: "haproxy", Dirs: []string{"haproxy"}, Render: haproxy.Render},
		{Name: "prometheus", Dirs: []string{gen.PrometheusDir}, Render: prometheus.Render},
		{Name: "grafana", Dirs: []string{"grafana"}, Render: grafana.Render},
		{Name: "alertmanager", Dirs: []string{gen.AlertmanagerDir}, Render: alertmanager.Render},
		{Name: "loadtest", Dirs: []string{gen.LoadTestDir}, Render: loadtest.Render},
		{Name: "autoscaler", Dirs: []string{gen.AutoscalerDir}, Render: autoscaler.Render},
	}
}

// For is every target a platform renders, in the order they run: the
// shared ones, then the platform's stack target, which may deliver their
// files.
func For(p gen.Platform) []gen.Target {
	return append(shared(), p.Stack)
}

// Resolve finds the platform a spec renders for (its platform attribute,
// or the default) and checks that the platform can do what the spec says;
// problems come back as diagnostics at the spec's positions.
func Resolve(t *schemas.Topology) (gen.Platform, hcl.Diagnostics) {
	p, err := Platform(t.Platform)
	if err != nil {
		return gen.Platform{}, hcl.Diagnostics{{Severity: hcl.DiagError, Summary: "Unknown platform",
			Detail: err.Error() + ".", Subject: t.PlatformRange.Ptr()}}
	}
	if p.Check == nil {
		return p, nil
	}
	return p, p.Check(t)
}

// OutputDirs are the directories the platform's targets write into.
func OutputDirs(p gen.Platform) []string {
	var dirs []string
	for _, t := range For(p) {
		for _, d := range t.Dirs {
			if d != "" {
				dirs = append(dirs, d)
			}
		}
	}
	return dirs
}

// Render runs every target of the context's platform (the spec's when ctx
// names none) and returns their files sorted by path. Nothing is
// returned unless every target succeeds, and two targets claiming one path
// is an error rather than a silent overwrite.
func Render(t *schemas.Topology, ctx gen.Context) ([]gen.File, error) {
	if ctx.Platform.Name == "" {
		p, err := Platform(t.Platform)
		if err != nil {
			return nil, err
		}
		ctx.Platform = p
	}
	if ctx.Platform.Bind != nil {
		ctx.Platform = ctx.Platform.Bind(t)
	}
	var files []gen.File
	owner := map[string]string{}
	for _, target := range For(ctx.Platform) {
		ctx.Rendered = files
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
