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
		"`promtool check config` fail and Prometheus refuse to start. lbgen resolves them through the Prometheus " +
		"container's mounts (a rules directory mounted beside prometheus.yml counts), or next to the file when no " +
		"service mounts it. Create the file (and mount it), or remove the entry.",
	Bad:   "rule_files:\n  - alert_rules.yml",
	Good:  "rule_files:\n  - rules.yml   # next to prometheus.yml, mounted with it",
	Kinds: prometheusKinds,
	Run: func(p *lint.Pass) {
		for _, f := range p.FilesOf(lint.KindPrometheus) {
			for _, rf := range lint.Items(lint.Get(f.YAML, "rule_files")) {
				if ref := p.Project.RuleFile(rf); ref != nil && ref.Missing {
					p.Report(f, at(rf), "rule file %s does not exist next to %s: promtool check config fails and Prometheus will not start", rf.Value, filepath.Base(f.Path))
				}
			}
		}
	},
}
