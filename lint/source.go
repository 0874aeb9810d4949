package lint

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"go.yaml.in/yaml/v4"

	"github.com/lbgen/lbgen/gen/targets"
	"github.com/lbgen/lbgen/internal/limits"
	"github.com/lbgen/lbgen/lint/haproxycfg"
	"github.com/lbgen/lbgen/lint/nginxconf"
	"github.com/lbgen/lbgen/schemas"
)

// Kind is what a file is.
type Kind string

// File kinds lbgen lint reads.
const (
	KindSpec            Kind = "spec"
	KindCompose         Kind = "compose"
	KindNginx           Kind = "nginx"
	KindHAProxy         Kind = "haproxy"
	KindPrometheus      Kind = "prometheus"
	KindPrometheusRules Kind = "prometheus-rules"
	KindKubernetes      Kind = "kubernetes"
)

// Kinds lists every kind, for --kind.
var Kinds = []Kind{KindSpec, KindCompose, KindNginx, KindHAProxy, KindPrometheus, KindPrometheusRules, KindKubernetes}

// File is one linted file, parsed for its kind.
type File struct {
	Path  string // as shown in findings
	Abs   string // absolute path, "" for standard input
	Kind  Kind
	Src   []byte
	Lines []string

	YAML    *yaml.Node         // compose and Prometheus files: the document
	Nginx   *nginxconf.Config  // nginx files
	HAProxy *haproxycfg.Config // HAProxy files
	Kube    []*KubeObject      // Kubernetes manifests: every object
	// SpecDiags are what `lbgen render` would say of a spec file.
	SpecDiags hcl.Diagnostics

	ParseErr *ParseError
	// IncludedIn is the context of the include directive that includes
	// this nginx file ("server" for a snippet included in a server block),
	// "" when nothing in the project includes it.
	IncludedIn string
	// Template is true for an nginx envsubst template (the official
	// image renders /etc/nginx/templates/*.template at start-up) or a file
	// with ${VAR} placeholders: rules tolerate the placeholders.
	Template bool
}

// envPlaceholder is a ${VAR} placeholder as envsubst and Compose write it.
var envPlaceholder = regexp.MustCompile(`\$\{[A-Za-z_][A-Za-z0-9_]*\}`)

// StripPlaceholders removes from a value of a template the placeholders
// filled in at start-up: ${VAR}, and $VAR in capitals as environment
// variables are written (nginx's own variables are lower case). What is
// left is what nginx itself sees as variables.
func (f *File) StripPlaceholders(value string) string {
	if !f.Template {
		return value
	}
	return upperVariable.ReplaceAllString(envPlaceholder.ReplaceAllString(value, "placeholder"), "placeholder")
}

var upperVariable = regexp.MustCompile(`\$[A-Z_][A-Z0-9_]*\b`)

// ParseError is why a file could not be parsed, and where.
type ParseError struct {
	Range   Range
	Message string
}

// Line returns line n (1-based) of the file, or "".
func (f *File) Line(n int) string {
	if n < 1 || n > len(f.Lines) {
		return ""
	}
	return f.Lines[n-1]
}

// DetectKind tells a file's kind from its name and content (what a file
// is, not its extension alone: a redis.conf is not nginx, a consul-template
// .hcl is no lbgen spec, an HAProxy SPOE file is not haproxy.cfg). It
// returns "" for files lbgen does not lint. A file a compose service mounts
// takes its kind from where it is mounted instead (kindAt).
func DetectKind(path string, src []byte) Kind {
	base := strings.ToLower(filepath.Base(path))
	ext := filepath.Ext(base)
	switch {
	case base == ".lbgen.hcl":
		return ""
	case base == "lbgen.hcl":
		return KindSpec
	case ext == ".hcl":
		if looksLikeSpec(src) {
			return KindSpec
		}
		return ""
	case (strings.HasPrefix(base, "docker-compose") || strings.HasPrefix(base, "compose")) && (ext == ".yml" || ext == ".yaml"):
		return KindCompose
	case isSPOE(src):
		return ""
	case base == "nginx.conf" || strings.HasPrefix(base, "nginx") && ext == ".conf":
		return KindNginx
	case ext == ".conf" || ext == ".template":
		if looksLikeNginx(src) {
			return KindNginx
		}
		return ""
	case strings.HasPrefix(base, "haproxy") && ext == ".cfg":
		return KindHAProxy
	case ext == ".cfg" && looksLikeHAProxy(src):
		return KindHAProxy
	case isKustomization(filepath.Base(path)):
		return KindKubernetes
	case ext == ".yml" || ext == ".yaml":
		return yamlKind(src)
	}
	return ""
}

// specBlocks start the top-level blocks only an lbgen spec has.
var specBlocks = regexp.MustCompile(`(?m)^\s*(service|balancer|monitoring|loadtest)\s*("[^"]*"\s*)?\{|^\s*project\s*=`)

// looksLikeSpec reports whether an .hcl file is an lbgen spec.
func looksLikeSpec(src []byte) bool { return specBlocks.Match(src) }

// spoeSection matches the keywords of an HAProxy SPOE (stream processing
// offload) file, which HAProxy reads with its own parser.
var spoeSection = regexp.MustCompile(`(?m)^\s*(spoe-agent|spoe-message|spoe-group)\s`)

func isSPOE(src []byte) bool { return spoeSection.Match(src) }

// looksLikeNginx reports whether a .conf file is nginx configuration:
// nginx statements end in ";", "{" or "}", which redis.conf, supervisord
// and most other .conf formats never do; and its first word must be an
// nginx directive.
func looksLikeNginx(src []byte) bool {
	statements, nginxLike := 0, 0
	first := ""
	src = bytes.TrimPrefix(src, []byte("\ufeff"))
	for _, line := range strings.Split(string(src), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if i := strings.Index(line, " #"); i > 0 {
			line = strings.TrimSpace(line[:i])
		}
		if first == "" {
			first = strings.Fields(line)[0]
		}
		statements++
		if last := line[len(line)-1]; last == ';' || last == '{' || last == '}' {
			nginxLike++
		}
		if statements >= 200 {
			break
		}
	}
	if statements == 0 {
		return false
	}
	name := strings.TrimRight(first, "{;")
	_, known := nginxconf.Lookup(name)
	return nginxLike*2 >= statements && (known || strings.HasPrefix(name, "$") || strings.Contains(name, "${"))
}

func looksLikeHAProxy(src []byte) bool {
	for _, line := range strings.Split(string(src), "\n") {
		if f := strings.Fields(line); len(f) > 0 && haproxycfg.SectionKinds[f[0]] && f[0] != "program" {
			return true
		}
	}
	return false
}

// yamlKind recognises Kubernetes manifests (apiVersion and kind at the
// top level; not a Helm template, which is no YAML before Helm renders
// it), Prometheus configs (scrape_configs) and rule files (groups) by
// their top-level keys.
func yamlKind(src []byte) Kind {
	if looksLikeManifest(src) {
		return KindKubernetes
	}
	for _, line := range bytes.Split(src, []byte("\n")) {
		switch {
		case bytes.HasPrefix(line, []byte("scrape_configs:")), bytes.HasPrefix(line, []byte("rule_files:")):
			return KindPrometheus
		case bytes.HasPrefix(line, []byte("groups:")):
			return KindPrometheusRules
		case bytes.HasPrefix(line, []byte("services:")):
			return KindCompose
		}
	}
	return ""
}

// helmAction matches a template action only a Helm chart writes: one
// using Helm's built-in objects or its template functions. The Go
// templates a rendered manifest carries in its values (a PrometheusRule's
// {{ $labels.pod }}, Alertmanager's templates, Grafana's legends) use
// none of them.
var helmAction = regexp.MustCompile(`\{\{[^}]*(\.Values|\.Release|\.Chart|\.Capabilities|\.Files|\.Template|\binclude\b|\btpl\b|\btoYaml\b|\bnindent\b)`)

// looksLikeManifest reports whether a YAML file holds Kubernetes objects:
// apiVersion and kind at the top level, and no Helm template (which is no
// YAML before Helm renders it) even where "{{" appears.
func looksLikeManifest(src []byte) bool {
	if bytes.Contains(src, []byte("{{")) && (helmAction.Match(src) || !parsesAsYAML(src)) {
		return false
	}
	api, kind := false, false
	for _, line := range bytes.Split(src, []byte("\n")) {
		api = api || bytes.HasPrefix(line, []byte("apiVersion:"))
		kind = kind || bytes.HasPrefix(line, []byte("kind:"))
	}
	return api && kind
}

// parse fills in the file's parsed form, or ParseErr.
func (f *File) parse() {
	f.Src = bytes.TrimPrefix(f.Src, []byte("\ufeff")) // a UTF-8 byte order mark
	f.Lines = strings.Split(string(f.Src), "\n")
	if err := textError(f.Src); err != nil {
		f.ParseErr = err
		return
	}
	switch f.Kind {
	case KindCompose, KindPrometheus, KindPrometheusRules:
		var doc yaml.Node
		if err := yaml.Unmarshal(f.Src, &doc); err != nil {
			f.ParseErr = yamlError(err)
			return
		}
		if len(doc.Content) == 0 {
			f.ParseErr = &ParseError{Range: Range{Pos{1, 1}, Pos{1, 1}}, Message: "the file is empty"}
			return
		}
		if f.ParseErr = checkYAML(&doc); f.ParseErr != nil {
			return
		}
		f.YAML = doc.Content[0]
	case KindKubernetes:
		f.parseKube()
	case KindNginx:
		cfg, err := nginxconf.Parse(f.Src)
		var se *nginxconf.SyntaxError
		if errors.As(err, &se) {
			f.ParseErr = &ParseError{Range: Range{Pos{se.Line, se.Col}, Pos{se.Line, se.Col}}, Message: se.Msg}
			return
		}
		if err != nil {
			f.ParseErr = &ParseError{Range: Range{Pos{1, 1}, Pos{1, 1}}, Message: err.Error()}
			return
		}
		f.Nginx = cfg
		f.Template = f.Template || strings.HasSuffix(f.Path, ".template") || envPlaceholder.Match(f.Src)
	case KindHAProxy:
		cfg, err := haproxycfg.Parse(f.Src)
		var se *haproxycfg.SyntaxError
		if errors.As(err, &se) {
			f.ParseErr = &ParseError{Range: Range{Pos{se.Line, se.Col}, Pos{se.Line, se.Col + 1}}, Message: se.Msg}
			return
		}
		if err != nil {
			f.ParseErr = &ParseError{Range: Range{Pos{1, 1}, Pos{1, 1}}, Message: err.Error()}
			return
		}
		f.HAProxy = cfg
	case KindSpec:
		// Loaded once here with render's own checks; the file is named by
		// its shown path so diagnostics and findings agree.
		res, diags := schemas.LoadSource(f.Path, f.Src, schemas.Options{})
		if !diags.HasErrors() {
			// What the spec's platform cannot do, as render reports it.
			_, more := targets.Resolve(res.Topology)
			diags = append(diags, more...)
		}
		f.SpecDiags = diags
	}
}

// checkYAML refuses documents nested too deep or with an alias bomb.
func checkYAML(doc *yaml.Node) *ParseError {
	if deep := tooDeep(doc, 0); deep != nil {
		return &ParseError{Range: Range{Pos{deep.Line, deep.Column}, Pos{deep.Line, deep.Column + 1}}, Message: fmt.Sprintf("YAML nested deeper than %d levels", limits.MaxDepth)}
	}
	if n := countAliases(doc); n > limits.MaxYAMLAliases {
		return &ParseError{Range: Range{Pos{1, 1}, Pos{1, 1}}, Message: fmt.Sprintf("%d YAML aliases: more than %d is an alias bomb, which Docker Compose would expand without end", n, limits.MaxYAMLAliases)}
	}
	return nil
}

var yamlLine = regexp.MustCompile(`line (\d+):\s*(.*)`)

// yamlError turns a YAML parse error into a positioned one.
func yamlError(err error) *ParseError {
	line, msg := 1, err.Error()
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		line, _ = strconv.Atoi(m[1])
		msg = m[2]
	}
	return &ParseError{Range: Range{Pos{line, 1}, Pos{line, 1}}, Message: "invalid YAML: " + strings.TrimPrefix(msg, "yaml: ")}
}

// textError rejects content that is not text, at its first position.
func textError(src []byte) *ParseError {
	line, col, msg, ok := limits.TextError(src)
	if ok {
		return nil
	}
	return &ParseError{Range: Range{Pos{line, col}, Pos{line, col + 1}}, Message: msg}
}

// countAliases counts the alias nodes of a YAML document.
func countAliases(n *yaml.Node) int {
	count := 0
	if n.Kind == yaml.AliasNode {
		count++
	}
	for _, c := range n.Content {
		count += countAliases(c)
	}
	return count
}

// tooDeep returns the first node nested deeper than limits.MaxDepth.
func tooDeep(n *yaml.Node, depth int) *yaml.Node {
	if depth > limits.MaxDepth {
		return n
	}
	for _, c := range n.Content {
		if d := tooDeep(c, depth+1); d != nil {
			return d
		}
	}
	return nil
}

// NginxContext is the context of an nginx file's top-level directives:
// where the project includes it; else "main" for a file with an http or
// events block; else the first of http (where nginx.conf includes
// conf.d/*.conf), server and location that allows every top-level
// directive, so a snippet of locations is read as the server block it is
// written for.
func (f *File) NginxContext() string {
	switch {
	case f.IncludedIn != "":
		return f.IncludedIn
	case f.Nginx == nil:
		return "http"
	case len(nginxconf.Find(f.Nginx.Directives, "http")) > 0 || len(nginxconf.Find(f.Nginx.Directives, "events")) > 0:
		return "main"
	}
	for _, ctx := range []string{"http", "server", "location"} {
		if allowsAll(f.Nginx.Directives, ctx) {
			return ctx
		}
	}
	return "http"
}

// allowsAll reports whether every known directive of ds is allowed in ctx.
func allowsAll(ds []*nginxconf.Directive, ctx string) bool {
	for _, d := range ds {
		if usages, known := nginxconf.Lookup(d.Name); known && !nginxconf.AllowedIn(usages, ctx) {
			return false
		}
	}
	return true
}

// parsesAsYAML reports whether every document of src is YAML.
func parsesAsYAML(src []byte) bool {
	dec := yaml.NewDecoder(bytes.NewReader(src))
	for {
		var doc yaml.Node
		err := dec.Decode(&doc)
		if errors.Is(err, io.EOF) {
			return true
		}
		if err != nil {
			return false
		}
	}
}
