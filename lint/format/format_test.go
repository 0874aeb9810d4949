package format

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"os"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/lbgen/lbgen/lint"
	"github.com/lbgen/lbgen/lint/rules"
)

// findings lints a rule fixture, for realistic findings to format.
func findings(t *testing.T) []lint.Finding {
	t.Helper()
	project, err := lint.Load([]string{"../rules/testdata/LB301", "../rules/testdata/LB110"}, lint.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	fs := lint.Run(project, rules.Runnable())
	if len(fs) == 0 {
		t.Fatal("the fixtures gave no findings")
	}
	return fs
}

// TestSARIFValidatesAgainstSchema checks the SARIF output against the
// SARIF 2.1.0 JSON schema that scripts/test-tools.sh fetches.
func TestSARIFValidatesAgainstSchema(t *testing.T) {
	path := os.Getenv("LBGEN_SARIF_SCHEMA")
	if path == "" {
		msg := "LBGEN_SARIF_SCHEMA is not set: run `eval \"$(scripts/test-tools.sh)\"`"
		if os.Getenv("LBGEN_REQUIRE_TOOLS") == "1" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	c := jsonschema.NewCompiler()
	schema, err := c.Compile(path)
	if err != nil {
		t.Fatalf("compile the SARIF schema: %v", err)
	}
	var buf bytes.Buffer
	if err := SARIF(&buf, findings(t), Options{Rules: rules.All(), Version: "test"}); err != nil {
		t.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if err := schema.Validate(doc); err != nil {
		t.Errorf("SARIF output does not validate: %v", err)
	}
	// A document that breaks the schema must fail, or the check proves nothing.
	broken, _ := jsonschema.UnmarshalJSON(strings.NewReader(`{"version": "2.1.0", "runs": [{"results": [{"level": "fatal"}]}]}`))
	if schema.Validate(broken) == nil {
		t.Error("the schema accepts an invalid SARIF log")
	}
}

func TestJSONShape(t *testing.T) {
	var buf bytes.Buffer
	fs := findings(t)
	if err := JSON(&buf, fs); err != nil {
		t.Fatal(err)
	}
	var rep JSONReport
	if err := json.Unmarshal(buf.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Version != 1 || len(rep.Findings) != len(fs) || rep.Summary.Errors+rep.Summary.Warnings+rep.Summary.Infos != len(fs) {
		t.Errorf("report = %+v; want version 1 and every finding counted", rep)
	}
	f := rep.Findings[0]
	if f.Rule == "" || f.Name == "" || f.File == "" || f.Line < 1 || f.Column < 1 || !strings.Contains(f.HelpURI, strings.ToLower(f.Rule)) {
		t.Errorf("finding = %+v; want rule, name, file, position and help link", f)
	}
}

func TestGitHubEscapes(t *testing.T) {
	r := &lint.Rule{ID: "LB999", Name: "x"}
	var buf bytes.Buffer
	err := GitHub(&buf, []lint.Finding{{Rule: r, Severity: lint.Warning, File: "a,b:c.yml",
		Range: lint.Range{Start: lint.Pos{Line: 2, Col: 3}, End: lint.Pos{Line: 2, Col: 5}}, Message: "50% done\nnext"}})
	if err != nil {
		t.Fatal(err)
	}
	want := "::warning file=a%2Cb%3Ac.yml,line=2,col=3,endLine=2,endColumn=5,title=LB999 x::50%25 done%0Anext\n"
	if buf.String() != want {
		t.Errorf("got %q\nwant %q", buf.String(), want)
	}
}

func TestCheckstyleIsXML(t *testing.T) {
	var buf bytes.Buffer
	if err := Checkstyle(&buf, findings(t)); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Files []struct {
			Name   string `xml:"name,attr"`
			Errors []struct {
				Line   int    `xml:"line,attr"`
				Source string `xml:"source,attr"`
			} `xml:"error"`
		} `xml:"file"`
	}
	if err := xml.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatalf("not XML: %v", err)
	}
	if len(doc.Files) != 2 || doc.Files[0].Errors[0].Line < 1 || !strings.HasPrefix(doc.Files[0].Errors[0].Source, "lbgen.LB") {
		t.Errorf("checkstyle = %+v", doc)
	}
}
