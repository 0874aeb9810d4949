package schemas

import (
	"regexp"

	"github.com/hashicorp/hcl/v2"
)

// artilleryTemplate matches Artillery's template expressions, such as
// {{ $randomInt(1, 100) }}, which Artillery fills in per request; what is
// around them must be a plain path.
var artilleryTemplate = regexp.MustCompile(`\{\{[^{}]*\}\}`)

// step checks one load-test request: exactly one method, a path (with
// Artillery templates allowed), and a body only where a method takes one.
func (v *validator) step(st *Step) {
	st.Think = v.duration(st.ThinkRaw, st.ThinkRange, "think", 0)
	var set []struct {
		method, url string
		rng         hcl.Range
	}
	for _, m := range []struct {
		method, url string
		rng         hcl.Range
	}{{"get", st.Get, st.GetRange}, {"post", st.Post, st.PostRange}, {"put", st.Put, st.PutRange},
		{"patch", st.Patch, st.PatchRange}, {"delete", st.Delete, st.DeleteRange}} {
		if m.rng.Filename != "" {
			set = append(set, m)
		}
	}
	switch len(set) {
	case 0:
		v.errorf(st.DefRange, "Step without a request", "A step needs one request: get, post, put, patch or delete = \"/path\".")
		return
	case 1:
	default:
		v.errorf(set[1].rng, "Several requests in one step", "A step sends one request; put the %s in a step of its own.", set[1].method)
	}
	st.Method, st.URL = set[0].method, set[0].url
	v.path(artilleryTemplate.ReplaceAllString(st.URL, "x"), set[0].rng, "request path")
	hasJSON := st.JSONRange.Filename != ""
	switch {
	case hasJSON && st.Body != "":
		v.errorf(st.BodyRange, "Two request bodies", "Set json (an object Artillery sends as JSON) or body (a string), not both.")
	case (hasJSON || st.Body != "") && (st.Method == "get" || st.Method == "delete"):
		v.errorf(at(st.JSONRange, st.BodyRange), "Body on a "+st.Method+" request", "Only post, put and patch steps send a body.")
	}
	for name := range st.Headers {
		if !headerNamePattern.MatchString(name) {
			v.errorf(st.DefRange, "Invalid header name", "%q cannot be a header name: use letters, digits and '-'.", name)
		}
	}
}
