package rules

import (
	"path/filepath"

	"github.com/lbgen/lbgen/lint"
)

// PrometheusMissingRuleFile flags rule_files that match nothing.
var PrometheusMissingRuleFile = &lint.Rule{
	ID: "LB403", Name: "prometheus-missing-rule-file", Severity: lint.Error,
	Summary: "A rule_files entry matches no file.",
	Doc: "rule_files are relative to the config file and must exist where Prometheus runs: a missing one makes " +
		"`promtool check config` fail and Prometheus refuse to start. Create it (and mount it), or remove the entry.",
	Bad:   "rule_files:\n  - alert_rules.yml",
	Good:  "rule_files:\n  - rules.yml   # next to prometheus.yml, mounted with it",
	Kinds: prometheusKinds,
	Run: func(p *lint.Pass) {
		for _, f := range p.FilesOf(lint.KindPrometheus) {
			if f.Abs == "" {
				continue // standard input: nothing to resolve against
			}
			for _, rf := range lint.Items(lint.Get(f.YAML, "rule_files")) {
				pattern := rf.Value
				if !filepath.IsAbs(pattern) {
					pattern = filepath.Join(filepath.Dir(f.Abs), pattern)
				}
				if matches, _ := filepath.Glob(pattern); len(matches) == 0 {
					p.Report(f, at(rf), "rule file %s does not exist next to %s: promtool check config fails and Prometheus will not start", rf.Value, filepath.Base(f.Path))
				}
			}
		}
	},
}
