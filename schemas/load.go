package schemas

import (
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/gohcl"
	"github.com/hashicorp/hcl/v2/hclparse"
	"github.com/zclconf/go-cty/cty"

	"github.com/lbgen/lbgen/internal/limits"
)

// Options are the inputs to a spec besides the spec file itself.
type Options struct {
	// Vars are "name=value" assignments from --var, in command-line order.
	Vars []string
	// VarFiles are HCL files of "name = value" attributes, in order.
	VarFiles []string
	// Environ is the process environment ("KEY=value"); LBGEN_VAR_name
	// entries set variables.
	Environ []string
	// Platform, when set, replaces the spec's platform attribute (the
	// --platform flag), so validation checks what that platform needs.
	Platform string
}

// Result is a loaded spec. Files holds every parsed source, keyed by the
// name diagnostics use, so callers can print snippets even when loading
// failed.
type Result struct {
	Topology *Topology
	Files    map[string]*hcl.File
}

// rootSchema picks out the blocks that must be evaluated before the rest of
// the spec can be decoded, and the lint block, which configures `lbgen
// lint` (lint reads it; render has no use for it).
var rootSchema = &hcl.BodySchema{
	Blocks: []hcl.BlockHeaderSchema{
		{Type: "variable", LabelNames: []string{"name"}},
		{Type: "locals"},
		{Type: "lint"},
	},
}

// Load reads, evaluates and validates the spec at path. The returned
// Topology is nil whenever the diagnostics contain an error.
func Load(path string, opts Options) (Result, hcl.Diagnostics) {
	src, err := limits.ReadFile(path)
	if err != nil {
		return Result{Files: map[string]*hcl.File{}}, hcl.Diagnostics{readError(path, err)}
	}
	return LoadSource(path, src, opts)
}

// LoadSource evaluates and validates a spec already read; path names it
// in diagnostics (and locates --var-file paths the same way Load does).
func LoadSource(path string, src []byte, opts Options) (Result, hcl.Diagnostics) {
	parser := hclparse.NewParser()
	res := Result{Files: parser.Files()}
	if line, col, msg, ok := limits.TextError(src); !ok {
		pos := hcl.Pos{Line: line, Column: col}
		return res, hcl.Diagnostics{{Severity: hcl.DiagError, Summary: "Not a text file", Detail: path + ": " + msg,
			Subject: &hcl.Range{Filename: path, Start: pos, End: pos}}}
	}
	file, diags := parser.ParseHCL(src, path)
	if diags.HasErrors() {
		return res, diags
	}

	content, remain, moreDiags := file.Body.PartialContent(rootSchema)
	diags = append(diags, moreDiags...)
	if diags.HasErrors() {
		return res, diags
	}

	vars, moreDiags := evalVariables(parser, content.Blocks.OfType("variable"), opts)
	diags = append(diags, moreDiags...)
	if diags.HasErrors() {
		return res, diags
	}
	locals, moreDiags := evalLocals(content.Blocks.OfType("locals"), vars)
	diags = append(diags, moreDiags...)
	if diags.HasErrors() {
		return res, diags
	}

	ctx := &hcl.EvalContext{
		Variables: map[string]cty.Value{
			"var":   cty.ObjectVal(vars),
			"local": cty.ObjectVal(locals),
		},
		Functions: functions(),
	}
	ctx.Variables["balancer"] = balancerRefs(remain, ctx)
	topo := &Topology{SpecFile: path}
	diags = append(diags, explainUnknownVariables(gohcl.DecodeBody(remain, ctx, topo))...)
	if diags.HasErrors() {
		return res, diags
	}

	if opts.Platform != "" {
		topo.Platform = opts.Platform
	}
	placeConstraints(topo, parser.Files())
	diags = append(diags, inSourceOrder(validate(topo))...)
	if diags.HasErrors() {
		return res, diags
	}
	res.Topology = topo
	return res, diags
}

func readError(path string, err error) *hcl.Diagnostic {
	detail := err.Error()
	if os.IsNotExist(err) {
		detail = fmt.Sprintf("%s does not exist. Name the spec with -f, or create one with `lbgen init`.", path)
	}
	return &hcl.Diagnostic{
		Severity: hcl.DiagError,
		Summary:  "Cannot read spec",
		Detail:   detail,
	}
}

// explainUnknownVariables adds a hint to HCL's "Unknown variable" errors:
// the usual cause is Compose's own ${VAR} syntax, which HCL claims for
// itself unless written as $${VAR}. It also drops the "value must be known"
// errors that HCL reports for the same expression, which only repeat it.
func explainUnknownVariables(diags hcl.Diagnostics) hcl.Diagnostics {
	unknown := false
	for _, d := range diags {
		if d.Summary == "Unknown variable" {
			unknown = true
			d.Detail += " Spec variables are written var.NAME; to pass Compose's own ${NAME} interpolation through to the output, write $${NAME}."
		}
	}
	if !unknown {
		return diags
	}
	kept := diags[:0:0]
	for _, d := range diags {
		if !strings.HasSuffix(d.Detail, "value must be known") {
			kept = append(kept, d)
		}
	}
	return kept
}

// inSourceOrder sorts diagnostics by file and position, so they read top to
// bottom like the spec.
func inSourceOrder(diags hcl.Diagnostics) hcl.Diagnostics {
	sort.SliceStable(diags, func(i, j int) bool {
		a, b := diags[i].Subject, diags[j].Subject
		if a == nil || b == nil {
			return a == nil && b != nil
		}
		if a.Filename != b.Filename {
			return a.Filename < b.Filename
		}
		return a.Start.Byte < b.Start.Byte
	})
	return diags
}
