package rules

import (
	"github.com/lbgen/lbgen/lint"
	"github.com/lbgen/lbgen/lint/nginxconf"
)

// NginxIncludeLoop flags includes that lead back to the including file.
var NginxIncludeLoop = &lint.Rule{
	ID: "LB211", Name: "nginx-include-loop", Severity: lint.Error,
	Summary: "An include leads back to a file that includes it.",
	Doc: "nginx follows includes without remembering where it has been: a file that includes itself, directly or " +
		"through others (often conf.d/*.conf matching the file that holds the include), makes nginx fail at start-up. " +
		"Narrow the include's pattern, or move the file out of the directory it includes.",
	Bad:   "# conf.d/site.conf\ninclude /etc/nginx/conf.d/*.conf;",
	Good:  "# nginx.conf\nhttp {\n    include /etc/nginx/conf.d/*.conf;\n}",
	Kinds: nginxKinds,
	Run: func(p *lint.Pass) {
		for _, f := range p.FilesOf(lint.KindNginx) {
			nginxconf.Walk(f.Nginx.Directives, "", func(d *nginxconf.Directive, _ string) {
				ref := p.Project.Include(d)
				if ref == nil {
					return
				}
				for _, g := range ref.Files {
					if reaches(p.Project, g, f, map[*lint.File]bool{}) {
						p.Report(f, argRange(d.Args[0]), "include %s leads back to %s: nginx fails on the loop", d.Args[0].Value, f.Path)
						return
					}
				}
			})
		}
	},
}

// reaches reports whether from, or a file it includes, is target.
func reaches(p *lint.Project, from, target *lint.File, seen map[*lint.File]bool) bool {
	if from == target {
		return true
	}
	if seen[from] || from.Nginx == nil {
		return false
	}
	seen[from] = true
	found := false
	nginxconf.Walk(from.Nginx.Directives, "", func(d *nginxconf.Directive, _ string) {
		if ref := p.Include(d); ref != nil && !found {
			for _, g := range ref.Files {
				found = found || reaches(p, g, target, seen)
			}
		}
	})
	return found
}
