package rules

import (
	"go.yaml.in/yaml/v4"

	"github.com/lbgen/lbgen/lint"
)

// scrapeJobs calls fn for each job of a Prometheus config.
func scrapeJobs(f *lint.File, fn func(job *yaml.Node)) {
	for _, job := range lint.Items(lint.Get(f.YAML, "scrape_configs")) {
		fn(job)
	}
}

// staticTargets calls fn for each static target of a job.
func staticTargets(job *yaml.Node, fn func(target *yaml.Node)) {
	for _, sc := range lint.Items(lint.Get(job, "static_configs")) {
		for _, t := range lint.Items(lint.Get(sc, "targets")) {
			fn(t)
		}
	}
}
