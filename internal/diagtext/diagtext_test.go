package diagtext

import (
	"bytes"
	"testing"

	"github.com/hashicorp/hcl/v2"
)

func TestWriteUnderlinesRange(t *testing.T) {
	src := []byte("service \"app\" {\n\treplicas = \"three\"\n}\n")
	files := map[string]*hcl.File{"lbgen.hcl": {Bytes: src}}
	rng := hcl.Range{
		Filename: "lbgen.hcl",
		Start:    hcl.Pos{Line: 2, Column: 13, Byte: 28},
		End:      hcl.Pos{Line: 2, Column: 20, Byte: 35},
	}
	diags := hcl.Diagnostics{
		{Severity: hcl.DiagError, Summary: "Unsuitable value type", Detail: "A number is required.", Subject: &rng},
		{Severity: hcl.DiagWarning, Summary: "No subject", Detail: "Printed without a snippet."},
	}
	var buf bytes.Buffer
	if err := Write(&buf, diags, files); err != nil {
		t.Fatal(err)
	}
	want := "lbgen.hcl:2:13: error: Unsuitable value type\n" +
		"    2 | \treplicas = \"three\"\n" +
		"      | \t           ^^^^^^^\n" +
		"  A number is required.\n" +
		"lbgen: warning: No subject\n" +
		"  Printed without a snippet.\n"
	if buf.String() != want {
		t.Errorf("got:\n%s\nwant:\n%s", buf.String(), want)
	}
}

func TestWriteMultiLineRangeStopsAtLineEnd(t *testing.T) {
	src := []byte("a = [\n  1,\n]\n")
	files := map[string]*hcl.File{"x.hcl": {Bytes: src}}
	rng := hcl.Range{Filename: "x.hcl", Start: hcl.Pos{Line: 1, Column: 5, Byte: 4}, End: hcl.Pos{Line: 3, Column: 2, Byte: 12}}
	var buf bytes.Buffer
	if err := Write(&buf, hcl.Diagnostics{{Severity: hcl.DiagError, Summary: "S", Subject: &rng}}, files); err != nil {
		t.Fatal(err)
	}
	want := "x.hcl:1:5: error: S\n    1 | a = [\n      |     ^\n"
	if buf.String() != want {
		t.Errorf("got:\n%q\nwant:\n%q", buf.String(), want)
	}
}
