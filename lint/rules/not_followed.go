package rules

import "github.com/lbgen/lbgen/lint"

// NotFollowed reports the references lint did not follow because they
// lead outside the linted paths (lint.Project.Skipped).
var NotFollowed = &lint.Rule{
	ID: "LB004", Name: "not-followed", Severity: lint.Info,
	Summary: "A mount, include, rule file or link leads outside the linted paths, so lbgen did not read it.",
	Doc: "lbgen lint opens only regular files inside the paths it lints: a config that includes /etc/passwd, a " +
		"compose file that mounts ~/.ssh or a symlink out of the repository must never make it read (let alone " +
		"print) a file of the machine it runs on, such as a CI runner. What such a reference names is not linted. " +
		"Lint the directory that holds it, or keep the files inside the project.",
	Bad:   "include /home/runner/.ssh/id_rsa;",
	Good:  "include /etc/nginx/conf.d/*.conf;",
	Kinds: []lint.Kind{lint.KindCompose, lint.KindNginx, lint.KindPrometheus},
	Run: func(p *lint.Pass) {
		for _, s := range p.Project.Skipped {
			p.Report(s.File, s.Range, "%s", s.Message)
		}
	},
}
