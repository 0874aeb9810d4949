// Package grafana renders Grafana's provisioning: the Prometheus data
// source and one dashboard for the stack, with requests per second, the
// 5xx ratio, p95 latency, healthy replicas per service, and CPU and memory
// per replica — each panel only where the stack has the metrics for it.
package grafana

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/lbgen/lbgen/component"
	"github.com/lbgen/lbgen/gen"
	"github.com/lbgen/lbgen/gen/scrape"
	"github.com/lbgen/lbgen/schemas"
)

// Paths inside gen.GrafanaProvisionDir, which Grafana's container mounts as
// /etc/grafana/provisioning.
const (
	DatasourceFile = "datasources/prometheus.yml"
	ProviderFile   = "dashboards/lbgen.yml"
	DashboardFile  = "dashboards/stack.json"
	datasourceUID  = "prometheus"
)

// Render returns the data source, the dashboard provider and the dashboard
// when the spec has a grafana block.
func Render(t *schemas.Topology, ctx gen.Context) ([]gen.File, error) {
	m := t.Monitoring
	if m == nil || m.Grafana == nil {
		return nil, nil
	}
	var files []gen.File
	for _, f := range []struct {
		name string
		doc  any
	}{{DatasourceFile, datasources(m)}, {ProviderFile, providers()}} {
		body, err := gen.YAML(f.doc)
		if err != nil {
			return nil, fmt.Errorf("render grafana %s: %w", f.name, err)
		}
		files = append(files, gen.File{Path: gen.GrafanaProvisionDir + "/" + f.name, Bytes: append(ctx.Header("#"), body...)})
	}
	body, err := json.MarshalIndent(newDashboard(t, ctx), "", "  ")
	if err != nil {
		return nil, fmt.Errorf("render grafana dashboard: %w", err)
	}
	files = append(files, gen.File{Path: gen.GrafanaProvisionDir + "/" + DashboardFile, Bytes: append(body, '\n')})
	return files, nil
}

func datasources(m *schemas.Monitoring) any {
	type datasource struct {
		Name      string `yaml:"name"`
		UID       string `yaml:"uid"`
		Type      string `yaml:"type"`
		Access    string `yaml:"access"`
		URL       string `yaml:"url"`
		IsDefault bool   `yaml:"isDefault"`
	}
	return struct {
		APIVersion  int          `yaml:"apiVersion"`
		Datasources []datasource `yaml:"datasources"`
	}{1, []datasource{{
		Name: "Prometheus", UID: datasourceUID, Type: "prometheus", Access: "proxy",
		URL:       fmt.Sprintf("http://%s:%d", component.PrometheusService, component.PrometheusPort),
		IsDefault: true,
	}}}
}

func providers() any {
	type options struct {
		Path string `yaml:"path"`
	}
	type provider struct {
		Name            string  `yaml:"name"`
		Type            string  `yaml:"type"`
		DisableDeletion bool    `yaml:"disableDeletion"`
		AllowUIUpdates  bool    `yaml:"allowUiUpdates"`
		Options         options `yaml:"options"`
	}
	return struct {
		APIVersion int        `yaml:"apiVersion"`
		Providers  []provider `yaml:"providers"`
	}{1, []provider{{Name: "lbgen", Type: "file", DisableDeletion: true,
		Options: options{Path: "/etc/grafana/provisioning/" + strings.TrimSuffix(DashboardFile, "/stack.json")}}}}
}

// Dashboard is the subset of Grafana's dashboard model lbgen writes. The
// description comes first: it carries the generated-file marker, which
// JSON cannot hold as a comment.
type Dashboard struct {
	Description   string    `json:"description"`
	Title         string    `json:"title"`
	UID           string    `json:"uid"`
	SchemaVersion int       `json:"schemaVersion"`
	Editable      bool      `json:"editable"`
	Refresh       string    `json:"refresh"`
	Time          timeRange `json:"time"`
	Panels        []Panel   `json:"panels"`
}

type timeRange struct {
	From string `json:"from"`
	To   string `json:"to"`
}

// Panel is one time-series panel.
type Panel struct {
	ID          int         `json:"id"`
	Type        string      `json:"type"`
	Title       string      `json:"title"`
	GridPos     gridPos     `json:"gridPos"`
	Datasource  datasource  `json:"datasource"`
	FieldConfig fieldConfig `json:"fieldConfig"`
	Targets     []Target    `json:"targets"`
}

type gridPos struct {
	H int `json:"h"`
	W int `json:"w"`
	X int `json:"x"`
	Y int `json:"y"`
}

type datasource struct {
	Type string `json:"type"`
	UID  string `json:"uid"`
}

type fieldConfig struct {
	Defaults struct {
		Unit string `json:"unit"`
	} `json:"defaults"`
}

// Target is one query of a panel.
type Target struct {
	RefID        string `json:"refId"`
	Expr         string `json:"expr"`
	LegendFormat string `json:"legendFormat"`
}

func newDashboard(t *schemas.Topology, ctx gen.Context) Dashboard {
	d := Dashboard{
		Description:   strings.Join(ctx.HeaderLines(), " "),
		Title:         t.Project,
		UID:           "lbgen-" + t.Project,
		SchemaVersion: 39,
		Refresh:       "30s",
		Time:          timeRange{From: "now-1h", To: "now"},
	}
	jobs := scrape.Jobs(t)
	var requests, errors, latency []Target
	for _, j := range jobs {
		if q := requestRate(j); q != "" {
			requests = append(requests, Target{Expr: q, LegendFormat: j.Service})
		}
		if q, ok := scrape.ErrorRatio(j, rateInterval); ok {
			errors = append(errors, Target{Expr: q, LegendFormat: j.Service})
		}
		if j.Kind == scrape.KindApp && j.Histogram != "" {
			latency = append(latency, Target{Expr: scrape.LatencyP95(j, rateInterval), LegendFormat: j.Service})
		}
	}
	add := func(title, unit string, targets []Target) {
		if len(targets) == 0 {
			return
		}
		n := len(d.Panels)
		p := Panel{ID: n + 1, Type: "timeseries", Title: title,
			GridPos:    gridPos{H: 8, W: 12, X: (n % 2) * 12, Y: (n / 2) * 8},
			Datasource: datasource{Type: "prometheus", UID: datasourceUID}}
		p.FieldConfig.Defaults.Unit = unit
		for i, tg := range targets {
			tg.RefID = string(rune('A' + i))
			p.Targets = append(p.Targets, tg)
		}
		d.Panels = append(d.Panels, p)
	}
	add("Requests per second", "reqps", requests)
	add("5xx ratio", "percentunit", errors)
	add("p95 latency", "s", latency)
	add("Healthy replicas per service", "short", []Target{{Expr: "count by (service) (up{service!=\"\"} == 1)", LegendFormat: "{{service}}"}})
	if t.Monitoring.CAdvisor != nil {
		_, replicaCPU := scrape.CPURecords(t.Monitoring)
		add("CPU per replica", "short", []Target{{Expr: replicaCPU, LegendFormat: "{{name}}"}})
		add("Memory per replica", "bytes", []Target{{Expr: scrape.ReplicaMemory, LegendFormat: "{{name}}"}})
	}
	return d
}

// rateInterval is Grafana's window for rate(): four scrape intervals of
// the data source, or the panel's step when that is longer, so panels stay
// filled at any scrape interval and zoom level.
const rateInterval = "$__rate_interval"

// requestRate is the job's requests per second, where it counts them.
func requestRate(j scrape.Job) string {
	switch {
	case j.Kind == scrape.KindHAProxy:
		return fmt.Sprintf(`sum(rate(haproxy_frontend_http_requests_total{job=%q,proxy=%q}[%s]))`, j.Name, j.Service, rateInterval)
	case j.Kind == scrape.KindNginx:
		return fmt.Sprintf(`sum(rate(nginx_http_requests_total{job=%q}[%s]))`, j.Name, rateInterval)
	case j.Kind == scrape.KindApp && j.Histogram != "":
		return fmt.Sprintf(`sum(rate(%s_count{job=%q}[%s]))`, j.Histogram, j.Name, rateInterval)
	}
	return ""
}
