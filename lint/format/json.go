package format

import (
	"encoding/json"
	"io"

	"github.com/lbgen/lbgen/lint"
)

// JSONReport is the stable shape of --format json; fields are only ever
// added. Lines and columns are 1-based; columns count bytes.
type JSONReport struct {
	Version  int           `json:"version"`
	Findings []JSONFinding `json:"findings"`
	Summary  JSONSummary   `json:"summary"`
}

// JSONFinding is one finding.
type JSONFinding struct {
	Rule      string `json:"rule"`
	Name      string `json:"name"`
	Severity  string `json:"severity"`
	File      string `json:"file"`
	Line      int    `json:"line"`
	Column    int    `json:"column"`
	EndLine   int    `json:"endLine"`
	EndColumn int    `json:"endColumn"`
	Message   string `json:"message"`
	Fixable   bool   `json:"fixable"`
	HelpURI   string `json:"helpUri"`
}

// JSONSummary counts findings by severity.
type JSONSummary struct {
	Errors   int `json:"errors"`
	Warnings int `json:"warnings"`
	Infos    int `json:"infos"`
}

// JSON writes the findings as a JSONReport.
func JSON(w io.Writer, findings []lint.Finding) error {
	rep := JSONReport{Version: 1, Findings: []JSONFinding{}}
	for _, f := range findings {
		rep.Findings = append(rep.Findings, JSONFinding{
			Rule: f.Rule.ID, Name: f.Rule.Name, Severity: f.Severity.String(), File: f.File,
			Line: f.Range.Start.Line, Column: f.Range.Start.Col, EndLine: f.Range.End.Line, EndColumn: f.Range.End.Col,
			Message: f.Message, Fixable: f.Fix != nil, HelpURI: DocURL(f.Rule),
		})
		switch f.Severity {
		case lint.Error:
			rep.Summary.Errors++
		case lint.Warning:
			rep.Summary.Warnings++
		default:
			rep.Summary.Infos++
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(rep)
}
