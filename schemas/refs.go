package schemas

import (
	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
)

var balancerBlocks = &hcl.BodySchema{Blocks: []hcl.BlockHeaderSchema{{Type: "balancer", LabelNames: []string{"name"}}}}

// balancerRefs is the value of `balancer` in the spec's expressions: for
// each balancer, the address the stack's containers reach it at
// (balancer.NAME.url, .host, .port), so a service's env can name an
// internal balancer without repeating its engine's container port. Only
// the engine is read here; every mistake in the block is reported when it
// is decoded.
func balancerRefs(body hcl.Body, ctx *hcl.EvalContext) cty.Value {
	content, _, _ := body.PartialContent(balancerBlocks)
	refs := map[string]cty.Value{}
	for _, blk := range content.Blocks {
		b := &Balancer{Name: blk.Labels[0], Engine: literalString(blk.Body, "engine", ctx)}
		if literalString(blk.Body, "mode", ctx) == ModeTCP {
			// Its port is its service's, known once the spec is decoded.
			refs[b.Name] = cty.ObjectVal(map[string]cty.Value{"host": cty.StringVal(b.Name)})
			continue
		}
		refs[b.Name] = cty.ObjectVal(map[string]cty.Value{
			"url":  cty.StringVal(b.URL()),
			"host": cty.StringVal(b.Name),
			"port": cty.NumberIntVal(int64(b.ContainerPort())),
		})
	}
	return cty.ObjectVal(refs)
}

// literalString evaluates a string attribute, "" when it is missing or
// not a known string.
func literalString(body hcl.Body, name string, ctx *hcl.EvalContext) string {
	c, _, _ := body.PartialContent(&hcl.BodySchema{Attributes: []hcl.AttributeSchema{{Name: name}}})
	a, ok := c.Attributes[name]
	if !ok {
		return ""
	}
	v, diags := a.Expr.Value(ctx)
	if diags.HasErrors() || v.IsNull() || !v.IsKnown() || v.Type() != cty.String {
		return ""
	}
	return v.AsString()
}
