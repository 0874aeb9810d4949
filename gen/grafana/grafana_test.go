package grafana

import (
	"encoding/json"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"go.yaml.in/yaml/v4"

	"github.com/lbgen/lbgen/gen"
	"github.com/lbgen/lbgen/gen/compose"
	"github.com/lbgen/lbgen/gen/prometheus"
	"github.com/lbgen/lbgen/gen/scrape"
	"github.com/lbgen/lbgen/schemas"
)

// metricFamilies are the metric name prefixes each kind of scrape job
// serves, besides up.
var metricFamilies = map[string]string{
	scrape.KindPrometheus: "prometheus_",
	scrape.KindHAProxy:    "haproxy_",
	scrape.KindNginx:      "nginx_",
	scrape.KindCAdvisor:   "container_",
}

// selector finds the metric name in front of a label selector or a range.
var selector = regexp.MustCompile(`([a-zA-Z_:][a-zA-Z0-9_:]*)\s*[{\[]`)

// TestDashboardQueriesUseRenderedMetrics renders each example's dashboard
// and checks that it is valid JSON and that every panel query names a
// metric some rendered scrape job serves or some rendered rule records.
func TestDashboardQueriesUseRenderedMetrics(t *testing.T) {
	specs, err := filepath.Glob("../../examples/*/lbgen.hcl")
	if err != nil {
		t.Fatal(err)
	}
	dashboards := 0
	for _, spec := range specs {
		res, diags := schemas.Load(spec, schemas.Options{})
		if diags.HasErrors() {
			t.Fatalf("%s: %v", spec, diags)
		}
		topo := res.Topology
		if topo.Monitoring == nil || topo.Monitoring.Grafana == nil {
			continue
		}
		dashboards++
		ctx := gen.Context{SpecName: "lbgen.hcl", SpecDir: ".", Platform: compose.Platform()}
		files, err := Render(topo, ctx)
		if err != nil {
			t.Fatal(err)
		}
		var d Dashboard
		if err := json.Unmarshal(fileNamed(t, files, DashboardFile), &d); err != nil {
			t.Fatalf("%s: dashboard is not valid JSON: %v", spec, err)
		}
		if !gen.IsGenerated([]byte(d.Description)) {
			t.Errorf("%s: dashboard does not carry the generated-file marker", spec)
		}
		known := renderedRecords(t, topo, ctx)
		for _, p := range d.Panels {
			if len(p.Targets) == 0 {
				t.Errorf("%s: panel %q has no query", spec, p.Title)
			}
			for _, q := range p.Targets {
				names := metricNames(q.Expr)
				if len(names) == 0 {
					t.Errorf("%s: panel %q query %q names no metric", spec, p.Title, q.Expr)
				}
				for _, name := range names {
					if !served(topo, name) && !known[name] {
						t.Errorf("%s: panel %q queries %s, which no rendered job or rule produces", spec, p.Title, name)
					}
				}
			}
		}
	}
	if dashboards == 0 {
		t.Fatal("no example has a dashboard")
	}
}

func metricNames(expr string) []string {
	var names []string
	for _, m := range selector.FindAllStringSubmatch(expr, -1) {
		names = append(names, m[1])
	}
	// A bare recorded series such as replica:container_cpu_usage:rate1m.
	if len(names) == 0 && regexp.MustCompile(`^[a-zA-Z_:][a-zA-Z0-9_:]*$`).MatchString(expr) {
		names = append(names, expr)
	}
	return names
}

// served reports whether a scrape job of the topology serves the metric.
func served(topo *schemas.Topology, name string) bool {
	for _, j := range scrape.Jobs(topo) {
		if name == "up" {
			return true
		}
		if prefix, ok := metricFamilies[j.Kind]; ok && strings.HasPrefix(name, prefix) {
			return true
		}
		if j.Histogram != "" && strings.HasPrefix(name, j.Histogram+"_") {
			return true
		}
	}
	return false
}

// renderedRecords are the series the rendered rules.yml records.
func renderedRecords(t *testing.T, topo *schemas.Topology, ctx gen.Context) map[string]bool {
	files, err := prometheus.Render(topo, ctx)
	if err != nil {
		t.Fatal(err)
	}
	var rules struct {
		Groups []struct {
			Rules []struct {
				Record string `yaml:"record"`
			} `yaml:"rules"`
		} `yaml:"groups"`
	}
	if err := yaml.Unmarshal(fileNamed(t, files, prometheus.RulesFile), &rules); err != nil {
		t.Fatal(err)
	}
	known := map[string]bool{}
	for _, g := range rules.Groups {
		for _, r := range g.Rules {
			if r.Record != "" {
				known[r.Record] = true
			}
		}
	}
	return known
}

func fileNamed(t *testing.T, files []gen.File, suffix string) []byte {
	t.Helper()
	for _, f := range files {
		if strings.HasSuffix(f.Path, suffix) {
			return f.Bytes
		}
	}
	t.Fatalf("no rendered file ends in %s", suffix)
	return nil
}
