package rules

import (
	"github.com/lbgen/lbgen/lint"
	"github.com/lbgen/lbgen/lint/nginxconf"
)

// NginxMissingInclude flags includes of files that do not exist.
var NginxMissingInclude = &lint.Rule{
	ID: "LB210", Name: "nginx-missing-include", Severity: lint.Error,
	Summary: "An include names a file that does not exist.",
	Doc: "nginx refuses to start when an include without wildcards matches no file. lbgen resolves includes as the " +
		"container sees them: a relative path from nginx's prefix (/etc/nginx), through the service's bind mounts " +
		"(files and whole directories), the templates the official image renders and the files the image ships " +
		"(mime.types, fastcgi_params, ...). A config no service mounts resolves relative paths from its own directory. " +
		"Paths inside the image that no mount covers are not checked.",
	Bad:   "http {\n    include conf.d/upstreams.conf;   # no such file\n}",
	Good:  "http {\n    include mime.types;\n    include conf.d/*.conf;\n}",
	Kinds: nginxKinds,
	Run: func(p *lint.Pass) {
		for _, f := range p.FilesOf(lint.KindNginx) {
			nginxconf.Walk(f.Nginx.Directives, "", func(d *nginxconf.Directive, _ string) {
				if ref := p.Project.Include(d); ref != nil && ref.Missing {
					p.Report(f, argRange(d.Args[0]), "%s does not exist where the container looks for it: nginx will not start", d.Args[0].Value)
				}
			})
		}
	},
}
