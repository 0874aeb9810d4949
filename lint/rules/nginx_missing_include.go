package rules

import (
	"path/filepath"
	"strings"

	"github.com/lbgen/lbgen/lint"
	"github.com/lbgen/lbgen/lint/nginxconf"
)

// NginxMissingInclude flags includes of files that do not exist.
var NginxMissingInclude = &lint.Rule{
	ID: "LB210", Name: "nginx-missing-include", Severity: lint.Error,
	Summary: "An include names a file that does not exist.",
	Doc: "nginx refuses to start when an include without wildcards matches no file. Relative paths are " +
		"resolved from the including file's directory (nginx's prefix when the config directory is mounted whole); " +
		"absolute paths inside the image are not checked.",
	Bad:   "http {\n    include conf.d/upstreams.conf;   # no such file\n}",
	Good:  "http {\n    include conf.d/*.conf;\n}",
	Kinds: nginxKinds,
	Run: func(p *lint.Pass) {
		for _, f := range p.FilesOf(lint.KindNginx) {
			if f.Abs == "" {
				continue
			}
			nginxconf.Walk(f.Nginx.Directives, "", func(d *nginxconf.Directive, _ string) {
				if d.Name != "include" || len(d.Args) != 1 {
					return
				}
				arg := d.Args[0].Value
				if filepath.IsAbs(arg) || strings.ContainsAny(arg, "*?[") {
					return
				}
				if matches, _ := filepath.Glob(lint.IncludePattern(f, arg)); len(matches) == 0 {
					p.Report(f, argRange(d.Args[0]), "%s does not exist (relative to %s): nginx will not start", arg, filepath.Dir(f.Path))
				}
			})
		}
	},
}
