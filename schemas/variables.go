package schemas

import (
	"fmt"
	"sort"
	"strings"

	"github.com/agext/levenshtein"
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/ext/typeexpr"
	"github.com/hashicorp/hcl/v2/gohcl"
	"github.com/hashicorp/hcl/v2/hclparse"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"
	"github.com/zclconf/go-cty/cty/function"

	"github.com/lbgen/lbgen/internal/limits"
)

// envVarPrefix marks environment variables that set spec variables.
const envVarPrefix = "LBGEN_VAR_"

type variableBlock struct {
	Name        string         `hcl:"name,label"`
	Type        hcl.Expression `hcl:"type,optional"`
	Default     cty.Value      `hcl:"default,optional"`
	Description string         `hcl:"description,optional"`
	DefRange    hcl.Range      `hcl:",def_range"`
	TypeRange   hcl.Range      `hcl:"type,attr_value_range"`
}

// declaredVariable is a variable block with its type constraint resolved.
type declaredVariable struct {
	block *variableBlock
	ty    cty.Type
}

// evalVariables decodes the variable blocks and gives each its value:
// default, then LBGEN_VAR_name, then each --var-file, then each --var; a
// later source wins.
func evalVariables(parser *hclparse.Parser, blocks hcl.Blocks, opts Options) (map[string]cty.Value, hcl.Diagnostics) {
	var diags hcl.Diagnostics
	declared := map[string]*declaredVariable{}
	values := map[string]cty.Value{}
	// given names the variables some source tried to set, even with a
	// value that failed: that failure is their one error, not "no value".
	given := map[string]bool{}

	for _, b := range blocks {
		v := &variableBlock{}
		moreDiags := gohcl.DecodeBody(b.Body, nil, v)
		diags = append(diags, moreDiags...)
		if moreDiags.HasErrors() {
			continue
		}
		v.Name = b.Labels[0]
		v.DefRange = b.DefRange
		if prev, dup := declared[v.Name]; dup {
			diags = append(diags, duplicateDiag("variable", v.Name, b.LabelRanges[0], prev.block.DefRange))
			continue
		}
		decl := &declaredVariable{block: v, ty: cty.DynamicPseudoType}
		if v.TypeRange.Filename != "" {
			ty, tyDiags := typeexpr.TypeConstraint(v.Type)
			diags = append(diags, tyDiags...)
			if tyDiags.HasErrors() {
				continue
			}
			decl.ty = ty
		}
		declared[v.Name] = decl
		if v.Default != cty.NilVal {
			val, err := convert.Convert(v.Default, decl.ty)
			if err != nil {
				diags = append(diags, &hcl.Diagnostic{
					Severity: hcl.DiagError,
					Summary:  "Invalid default value for variable",
					Detail:   fmt.Sprintf("The default of variable %q does not match its type: %s.", v.Name, err),
					Subject:  v.DefRange.Ptr(),
				})
				continue
			}
			values[v.Name] = val
		}
	}
	if diags.HasErrors() {
		return nil, diags
	}

	for _, kv := range opts.Environ {
		name, raw, ok := strings.Cut(kv, "=")
		if !ok || !strings.HasPrefix(name, envVarPrefix) {
			continue
		}
		name = strings.TrimPrefix(name, envVarPrefix)
		if decl, ok := declared[name]; ok {
			given[name] = true
			val, err := parseRawValue(raw, decl.ty)
			if err != nil {
				diags = append(diags, optionDiag(fmt.Sprintf("environment variable %s%s", envVarPrefix, name), err))
				continue
			}
			values[name] = val
		}
	}
	for _, path := range opts.VarFiles {
		diags = append(diags, loadVarFile(parser, path, declared, values, given)...)
	}
	for _, assign := range opts.Vars {
		name, raw, ok := strings.Cut(assign, "=")
		if !ok || name == "" {
			diags = append(diags, optionDiag(fmt.Sprintf("--var %q", assign), fmt.Errorf("expected name=value")))
			continue
		}
		decl, ok := declared[name]
		if !ok {
			diags = append(diags, optionDiag(fmt.Sprintf("--var %q", assign), undeclared(name, declared)))
			continue
		}
		given[name] = true
		val, err := parseRawValue(raw, decl.ty)
		if err != nil {
			diags = append(diags, optionDiag(fmt.Sprintf("--var %q", assign), err))
			continue
		}
		values[name] = val
	}

	for _, name := range sortedKeys(declared) {
		if _, ok := values[name]; !ok && !given[name] {
			diags = append(diags, &hcl.Diagnostic{
				Severity: hcl.DiagError,
				Summary:  "No value for required variable",
				Detail:   fmt.Sprintf("Variable %q has no default. Set it with --var %s=VALUE, a --var-file, or the environment variable %s%s.", name, name, envVarPrefix, name),
				Subject:  declared[name].block.DefRange.Ptr(),
			})
		}
	}
	return values, diags
}

// loadVarFile applies a file of "name = value" attributes, and marks each
// declared name it sets in given.
func loadVarFile(parser *hclparse.Parser, path string, declared map[string]*declaredVariable, values map[string]cty.Value, given map[string]bool) hcl.Diagnostics {
	src, err := limits.ReadFile(path)
	if err != nil {
		return hcl.Diagnostics{optionDiag(fmt.Sprintf("--var-file %s", path), err)}
	}
	file, diags := parser.ParseHCL(src, path)
	if diags.HasErrors() {
		return diags
	}
	attrs, moreDiags := file.Body.JustAttributes()
	diags = append(diags, moreDiags...)
	for _, name := range sortedKeys(attrs) {
		attr := attrs[name]
		decl, ok := declared[name]
		if !ok {
			diags = append(diags, &hcl.Diagnostic{
				Severity: hcl.DiagError,
				Summary:  "Undeclared variable",
				Detail:   undeclared(name, declared).Error() + ".",
				Subject:  attr.NameRange.Ptr(),
			})
			continue
		}
		given[name] = true
		val, valDiags := attr.Expr.Value(nil)
		diags = append(diags, valDiags...)
		if valDiags.HasErrors() {
			continue
		}
		val, err := convert.Convert(val, decl.ty)
		if err != nil {
			diags = append(diags, &hcl.Diagnostic{
				Severity: hcl.DiagError,
				Summary:  "Invalid value for variable",
				Detail:   fmt.Sprintf("Variable %q: %s.", name, err),
				Subject:  attr.Expr.Range().Ptr(),
			})
			continue
		}
		values[name] = val
	}
	return diags
}

// parseRawValue turns a command-line or environment string into a value of
// the variable's type: primitive types take the text as it is (so
// --var region=eu needs no quotes); collections are written in HCL syntax.
func parseRawValue(raw string, ty cty.Type) (cty.Value, error) {
	if ty.IsPrimitiveType() || ty == cty.DynamicPseudoType {
		val, err := convert.Convert(cty.StringVal(raw), ty)
		if err != nil {
			return cty.NilVal, fmt.Errorf("the variable is a %s, and %q is not one", typeexpr.TypeString(ty), raw)
		}
		return val, nil
	}
	expr, diags := hclsyntax.ParseExpression([]byte(raw), "<value>", hcl.InitialPos)
	if diags.HasErrors() {
		return cty.NilVal, fmt.Errorf("not a valid HCL value for type %s: %s", typeexpr.TypeString(ty), diags[0].Detail)
	}
	val, diags := expr.Value(nil)
	if diags.HasErrors() {
		return cty.NilVal, fmt.Errorf("%s", diags[0].Detail)
	}
	return convert.Convert(val, ty)
}

// evalLocals evaluates the locals blocks. Locals may refer to variables and
// to each other in any order: each is evaluated after the locals it refers
// to (depth first), once, with only those in its context, so the time is
// linear in the number of locals and references. A local in a cycle, or
// that refers to a missing local or to one of those, is an error.
func evalLocals(blocks hcl.Blocks, vars map[string]cty.Value) (map[string]cty.Value, hcl.Diagnostics) {
	var diags hcl.Diagnostics
	attrs := map[string]*hcl.Attribute{}
	for _, b := range blocks {
		blockAttrs, moreDiags := b.Body.JustAttributes()
		diags = append(diags, moreDiags...)
		for name, attr := range blockAttrs {
			if prev, dup := attrs[name]; dup {
				diags = append(diags, duplicateDiag("local", name, attr.NameRange, prev.NameRange))
				continue
			}
			attrs[name] = attr
		}
	}
	if diags.HasErrors() {
		return nil, diags
	}
	e := &localsEval{attrs: attrs, vars: cty.ObjectVal(vars), funcs: functions(),
		locals: map[string]cty.Value{}, state: map[string]localState{}}
	var failed []string
	for _, name := range sortedKeys(attrs) {
		if !e.visit(name) {
			failed = append(failed, name)
		}
	}
	for _, name := range failed {
		diags = append(diags, &hcl.Diagnostic{
			Severity: hcl.DiagError,
			Summary:  "Cannot evaluate local value",
			Detail:   fmt.Sprintf("local.%s refers to a local value that does not exist or that refers back to it.", name),
			Subject:  attrs[name].Expr.Range().Ptr(),
		})
	}
	return e.locals, append(diags, e.diags...)
}

type localState int

const (
	localUnvisited localState = iota
	localVisiting
	localDone
	localFailed
)

// localsEval is the state of one evalLocals run.
type localsEval struct {
	attrs  map[string]*hcl.Attribute
	vars   cty.Value
	funcs  map[string]function.Function
	locals map[string]cty.Value
	state  map[string]localState
	diags  hcl.Diagnostics
}

// visit evaluates the named local after the locals it refers to, and
// reports whether it has a value.
func (e *localsEval) visit(name string) bool {
	switch e.state[name] {
	case localDone:
		return true
	case localVisiting, localFailed: // a cycle, or known bad
		return false
	}
	e.state[name] = localVisiting
	attr := e.attrs[name]
	refs, whole := localRefs(attr.Expr)
	ok := true
	for _, ref := range refs {
		if _, exists := e.attrs[ref]; !exists || !e.visit(ref) {
			ok = false
		}
	}
	if !ok {
		e.state[name] = localFailed
		return false
	}
	// Only the locals the expression names: building an object of every
	// local for each one would make the whole evaluation quadratic.
	scope := make(map[string]cty.Value, len(refs))
	for _, ref := range refs {
		scope[ref] = e.locals[ref]
	}
	if whole { // `local` as a value: what is known so far, as before
		scope = e.locals
	}
	ctx := &hcl.EvalContext{
		Variables: map[string]cty.Value{"var": e.vars, "local": cty.ObjectVal(scope)},
		Functions: e.funcs,
	}
	val, valDiags := attr.Expr.Value(ctx)
	e.diags = append(e.diags, explainUnknownVariables(valDiags)...)
	e.locals[name] = val
	e.state[name] = localDone
	return true
}

// localRefs lists the local.NAME references in the expression, and
// whether it uses `local` itself as a value.
func localRefs(expr hcl.Expression) (refs []string, whole bool) {
	for _, tr := range expr.Variables() {
		if tr.RootName() != "local" {
			continue
		}
		if len(tr) < 2 {
			whole = true
			continue
		}
		switch step := tr[1].(type) {
		case hcl.TraverseAttr:
			refs = append(refs, step.Name)
		case hcl.TraverseIndex: // local["name"]
			if step.Key.Type() == cty.String && step.Key.IsKnown() && !step.Key.IsNull() {
				refs = append(refs, step.Key.AsString())
			} else {
				whole = true
			}
		}
	}
	return refs, whole
}

func undeclared(name string, declared map[string]*declaredVariable) error {
	msg := fmt.Sprintf("the spec declares no variable named %q", name)
	if s := suggest(name, sortedKeys(declared)); s != "" {
		msg += fmt.Sprintf("; did you mean %q?", s)
	}
	return fmt.Errorf("%s", msg)
}

func optionDiag(what string, err error) *hcl.Diagnostic {
	return &hcl.Diagnostic{
		Severity: hcl.DiagError,
		Summary:  "Invalid " + what,
		Detail:   err.Error(),
	}
}

func duplicateDiag(kind, name string, subject, previous hcl.Range) *hcl.Diagnostic {
	return &hcl.Diagnostic{
		Severity: hcl.DiagError,
		Summary:  fmt.Sprintf("Duplicate %s %q", kind, name),
		Detail:   fmt.Sprintf("%s %q is already defined at %s:%d:%d. Names must be unique.", kind, name, previous.Filename, previous.Start.Line, previous.Start.Column),
		Subject:  subject.Ptr(),
	}
}

// suggest returns the candidate closest to name, if it is close enough to
// be a likely typo.
func suggest(name string, candidates []string) string {
	best, bestDist := "", 3
	for _, c := range candidates {
		if d := levenshtein.Distance(name, c, nil); d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
