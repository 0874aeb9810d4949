package rules

import (
	"strings"

	"go.yaml.in/yaml/v4"

	"github.com/lbgen/lbgen/lint"
	"github.com/lbgen/lbgen/lint/nginxconf"
)

// PrometheusScrapesStubStatus flags scraping nginx's stub_status, which is
// not in Prometheus format.
var PrometheusScrapesStubStatus = &lint.Rule{
	ID: "LB402", Name: "prometheus-scrapes-stub-status", Severity: lint.Error,
	Summary: "Prometheus scrapes nginx's stub_status, which is not Prometheus format.",
	Doc: "stub_status answers a few lines of plain text; every scrape fails. Run nginx-prometheus-exporter " +
		"(it reads stub_status and serves :9113/metrics) and scrape that.",
	Bad:   "scrape_configs:\n  - job_name: nginx\n    metrics_path: /stub_status\n    static_configs:\n      - targets: ['nginx:80']",
	Good:  "scrape_configs:\n  - job_name: nginx\n    static_configs:\n      - targets: ['nginx-exporter:9113']",
	Kinds: []lint.Kind{lint.KindPrometheus, lint.KindNginx},
	Run: func(p *lint.Pass) {
		statusPaths := stubStatusPaths(p)
		for _, f := range p.FilesOf(lint.KindPrometheus) {
			scrapeJobs(f, func(job *yaml.Node) {
				path := lint.Get(job, "metrics_path")
				if path == nil {
					return
				}
				if statusPaths[path.Value] || strings.Contains(path.Value, "stub_status") || strings.Contains(path.Value, "nginx_status") {
					p.Report(f, at(path), "%s is nginx's stub_status, which is not Prometheus format: scrape nginx-prometheus-exporter instead", path.Value)
				}
			})
		}
	},
}

// stubStatusPaths are the locations that serve stub_status in the
// project's nginx configs.
func stubStatusPaths(p *lint.Pass) map[string]bool {
	paths := map[string]bool{}
	for _, f := range p.FilesOf(lint.KindNginx) {
		nginxconf.Walk(f.Nginx.Directives, "", func(d *nginxconf.Directive, _ string) {
			if d.Name == "stub_status" && d.Parent != nil && d.Parent.Name == "location" && len(d.Parent.Args) > 0 {
				paths[d.Parent.Args[len(d.Parent.Args)-1].Value] = true
			}
		})
	}
	return paths
}
