// Package importer turns a hand-written stack into an lbgen spec
// (`lbgen import`). It reads the stack the way lint does (lint.Load: the
// compose files, and the nginx, HAProxy and Prometheus files each
// container sees where it reads them) and maps what it finds onto the
// spec: services, balancers and monitoring. What the spec cannot express
// goes into the escape hatch (`extra`, `backend_extra`) or the report's
// list of what was not imported, never nowhere; what the hand-written form
// gets wrong under scaling is reported under the lint rule that finds it,
// since the rendered stack does it right.
package importer

import (
	"bytes"
	"fmt"
	"path/filepath"
	"sort"
	"strings"

	"github.com/hashicorp/hcl/v2"

	"github.com/lbgen/lbgen/gen/targets"
	"github.com/lbgen/lbgen/internal/diagtext"
	"github.com/lbgen/lbgen/lint"
	"github.com/lbgen/lbgen/lint/rules"
	"github.com/lbgen/lbgen/schemas"
)

// Options say what to read and where the spec goes.
type Options struct {
	// Spec is the path the spec will be written to: paths in it (build
	// contexts, bind mounts) are written relative to its directory.
	Spec string
	// Scale overrides replica counts, as `docker compose up --scale`.
	Scale map[string]int
}

// Result is an imported spec and what the import did.
type Result struct {
	// Spec is the spec, formatted as `lbgen fmt` formats it.
	Spec   []byte
	Report Report
}

// Report says what an import did with each part of the stack.
type Report struct {
	Imported []Item `json:"imported"`
	// Escape lists the raw lines that went into the escape hatch.
	Escape []Item `json:"escape_hatch"`
	// Changed lists what the spec does differently from the hand-written
	// files, each with the lint rule that finds the hand-written form.
	Changed []Item `json:"changed"`
	// NotImported lists what the spec cannot hold, and why.
	NotImported []Item `json:"not_imported"`
}

// Item is one entry of a report.
type Item struct {
	// Rule is the lint rule that finds the hand-written form, if any.
	Rule string `json:"rule,omitempty"`
	What string `json:"what"`
	// From is where the hand-written stack says it: file:line:col.
	From string `json:"from,omitempty"`
	Why  string `json:"why,omitempty"`
}

// Import reads the stack at paths and builds a spec. It fails when a
// path cannot be read, a file does not parse (with its position), no
// compose file is found, or the spec it builds would not render (a bug,
// reported with the diagnostics).
func Import(paths []string, opts Options) (*Result, error) {
	p, err := loadStack(paths, opts)
	if err != nil {
		return nil, err
	}
	specPath := opts.Spec
	if specPath == "" {
		specPath = "lbgen.hcl"
	}
	specDir, err := filepath.Abs(filepath.Dir(specPath))
	if err != nil {
		return nil, fmt.Errorf("locate spec: %w", err)
	}
	im := &importer{p: p, specDir: specDir, spec: &spec{}, rep: &Report{}}
	if err := im.build(paths); err != nil {
		return nil, err
	}
	src, err := im.write(filepath.Base(specPath))
	if err != nil {
		return nil, err
	}
	return &Result{Spec: src, Report: *im.rep}, nil
}

// loadStack reads the paths as lint does; a file that does not parse, or
// a stack without a compose file, is an error.
func loadStack(paths []string, opts Options) (*lint.Project, error) {
	p, err := lint.Load(paths, lint.LoadOptions{Scale: opts.Scale})
	if err != nil {
		return nil, err
	}
	for _, f := range p.Files {
		if f.ParseErr != nil {
			return nil, fmt.Errorf("%s:%d:%d: %s; fix the file (lbgen lint shows it) and import again",
				f.Path, f.ParseErr.Range.Start.Line, f.ParseErr.Range.Start.Col, f.ParseErr.Message)
		}
	}
	if len(p.Stacks) == 0 {
		return nil, fmt.Errorf("no compose file in %s: import reads a stack from its docker-compose.yml (or compose.yaml) and the files it mounts", strings.Join(paths, ", "))
	}
	return p, nil
}

// build maps the stack onto the spec and fills in the report.
func (im *importer) build(paths []string) error {
	im.project(paths)
	im.stackServices()
	im.balancers()
	im.reachBackends()
	im.monitoring()
	im.loadTests(paths)
	if len(im.spec.services) == 0 {
		return fmt.Errorf("no application service in %s: a spec needs one, and the compose files hold only balancers, monitoring or services lbgen renders itself", strings.Join(paths, ", "))
	}
	if err := im.swarmImages(); err != nil {
		return err
	}
	im.scaleAsImported()
	im.lintFindings(lint.Run(im.p, rules.Runnable()))
	im.finish()
	return nil
}

// write writes the spec and checks it renders. A load test the spec's
// loadtest block refuses is reported, not a reason to import nothing.
func (im *importer) write(name string) ([]byte, error) {
	src := im.spec.hcl(im.header())
	if err := verify(name, src); err != nil && len(im.spec.loadTests) > 0 {
		for _, lt := range im.spec.loadTests {
			im.skipped("load test "+lt.from, where(lt.from, 1, 1), "the spec's loadtest block refuses it: "+firstLine(err))
		}
		im.spec.loadTests = nil
		src = im.spec.hcl(im.header())
	}
	if err := verify(name, src); err != nil {
		return nil, err
	}
	return src, nil
}

// importer holds one import's state.
type importer struct {
	p       *lint.Project
	specDir string
	spec    *spec
	rep     *Report
	// sources maps a service name to the compose service it came from.
	sources map[string]*lint.Service
	// all is composeServices' answer, computed once.
	all []*lint.Service
	// projectGuessed says the project is named after the directory: no
	// compose file names it (a Swarm stack file cannot).
	projectGuessed bool
}

func (im *importer) imported(what, from string) {
	im.rep.Imported = append(im.rep.Imported, Item{What: what, From: from})
}

func (im *importer) escape(what, from, why string) {
	im.rep.Escape = append(im.rep.Escape, Item{What: what, From: from, Why: why})
}

func (im *importer) changed(rule, what, from, why string) {
	im.rep.Changed = append(im.rep.Changed, Item{Rule: rule, What: what, From: from, Why: why})
}

func (im *importer) skipped(what, from, why string) {
	im.rep.NotImported = append(im.rep.NotImported, Item{What: what, From: from, Why: why})
}

// header is the comment the spec starts with.
func (im *importer) header() []string {
	return []string{
		"Imported by `lbgen import` from the hand-written stack; see the import report",
		"for what changed and what was not imported. Render with `lbgen render`.",
	}
}

// scaleAsImported gives lint the replica ceilings the spec sets, so the
// rules that find what breaks under scaling judge the stack as it will
// run: a service behind a balancer is scaled with --scale even where no
// file says so.
func (im *importer) scaleAsImported() {
	for _, sv := range im.spec.services {
		for _, s := range im.p.Services {
			if s.Name == sv.name && sv.maxReplicas > s.MaxReplicas {
				s.MaxReplicas = sv.maxReplicas
			}
		}
	}
}

// lintFindings reports what lint finds in the hand-written files: the
// rendered stack has none of it (the acceptance tests lint it), so each
// is a change the spec makes, under the rule that finds it.
func (im *importer) lintFindings(findings []lint.Finding) {
	// The import's own entry says more than the finding about the same line.
	own := map[string]bool{}
	for _, c := range im.rep.Changed {
		file, rest, _ := strings.Cut(c.From, ":")
		line, _, _ := strings.Cut(rest, ":")
		own[c.Rule+" "+file+":"+line] = true
	}
	specs := map[string]bool{}
	for _, f := range im.p.FilesOf(lint.KindSpec) {
		specs[f.Path] = true // an earlier import's spec is no hand-written file
	}
	for _, f := range findings {
		if f.Severity == lint.Info || specs[f.File] || own[fmt.Sprintf("%s %s:%d", f.Rule.ID, f.File, f.Range.Start.Line)] {
			continue
		}
		from := fmt.Sprintf("%s:%d:%d", f.File, f.Range.Start.Line, f.Range.Start.Col)
		if own[f.Rule.ID+" "+from] {
			continue // the same finding twice: an invariant checked on two stacks
		}
		own[f.Rule.ID+" "+from] = true
		why := firstSentence(f.Message)
		if im.loopback(f) {
			why += " The spec publishes it on 127.0.0.1."
		}
		im.changed(f.Rule.ID, f.Rule.Name, from, why)
	}
}

// loopback publishes on 127.0.0.1 a port that lint finds open to every
// interface (an admin UI, LB111; an admin API, LB504), so the rendered
// stack does not repeat it.
func (im *importer) loopback(f lint.Finding) bool {
	if f.Rule.ID != "LB111" && f.Rule.ID != "LB504" {
		return false
	}
	at := fmt.Sprintf("%s:%d", f.File, f.Range.Start.Line)
	for _, sv := range im.spec.services {
		for i := range sv.publish {
			if sv.publish[i].from == at {
				sv.publish[i].hostIP = "127.0.0.1"
				return true
			}
		}
	}
	return false
}

// finish sorts the report's lists that are filled out of order.
func (im *importer) finish() {
	sort.SliceStable(im.rep.Changed, func(i, j int) bool {
		return im.rep.Changed[i].Rule != "" && im.rep.Changed[j].Rule == ""
	})
}

// firstLine is the first diagnostic of a verify error.
func firstLine(err error) string {
	lines := strings.Split(err.Error(), "\n")
	if len(lines) > 1 {
		return strings.TrimSpace(lines[1])
	}
	return lines[0]
}

// firstSentence keeps a finding's message short in the report.
func firstSentence(s string) string {
	if i := strings.Index(s, ". "); i > 0 {
		return s[:i+1]
	}
	return s
}

// verify loads the spec as `lbgen render` does: an import never writes a
// spec that does not render.
func verify(name string, src []byte) error {
	res, diags := schemas.LoadSource(name, src, schemas.Options{})
	if !diags.HasErrors() {
		_, more := targets.Resolve(res.Topology)
		diags = append(diags, more...)
	}
	if !diags.HasErrors() {
		return nil
	}
	var buf bytes.Buffer
	_ = diagtext.Write(&buf, diags, res.Files)
	return fmt.Errorf("the imported spec does not render (please report this as a bug):\n%s\n%s", buf.String(), src)
}

// where is a position in a project file, as file:line:col.
func where(file string, line, col int) string {
	return fmt.Sprintf("%s:%d:%d", file, line, col)
}

// rangeString is where for a lint range.
func rangeString(file string, r hcl.Range) string {
	return where(file, r.Start.Line, r.Start.Column)
}
