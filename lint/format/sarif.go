package format

import (
	"encoding/json"
	"io"

	"github.com/lbgen/lbgen/lint"
)

// SARIF writes a SARIF 2.1.0 log with one run: the rules as tool metadata
// and the findings as results.
func SARIF(w io.Writer, findings []lint.Finding, opts Options) error {
	type message struct {
		Text string `json:"text"`
	}
	type config struct {
		Level string `json:"level"`
	}
	type rule struct {
		ID                   string  `json:"id"`
		Name                 string  `json:"name"`
		ShortDescription     message `json:"shortDescription"`
		FullDescription      message `json:"fullDescription"`
		HelpURI              string  `json:"helpUri"`
		DefaultConfiguration config  `json:"defaultConfiguration"`
	}
	type region struct {
		StartLine   int `json:"startLine"`
		StartColumn int `json:"startColumn"`
		EndLine     int `json:"endLine"`
		EndColumn   int `json:"endColumn"`
	}
	type artifact struct {
		URI string `json:"uri"`
	}
	type physical struct {
		ArtifactLocation artifact `json:"artifactLocation"`
		Region           region   `json:"region"`
	}
	type location struct {
		PhysicalLocation physical `json:"physicalLocation"`
	}
	type result struct {
		RuleID    string     `json:"ruleId"`
		RuleIndex int        `json:"ruleIndex"`
		Level     string     `json:"level"`
		Message   message    `json:"message"`
		Locations []location `json:"locations"`
	}
	rules := []rule{}
	index := map[string]int{}
	for _, r := range opts.Rules {
		index[r.ID] = len(rules)
		rules = append(rules, rule{ID: r.ID, Name: r.Name, ShortDescription: message{r.Summary},
			FullDescription: message{r.Doc}, HelpURI: DocURL(r), DefaultConfiguration: config{sarifLevel(r.Severity)}})
	}
	results := []result{}
	for _, f := range findings {
		end := f.Range.End
		if end.Line < f.Range.Start.Line || (end.Line == f.Range.Start.Line && end.Col <= f.Range.Start.Col) {
			end = lint.Pos{Line: f.Range.Start.Line, Col: f.Range.Start.Col + 1}
		}
		results = append(results, result{
			RuleID: f.Rule.ID, RuleIndex: index[f.Rule.ID], Level: sarifLevel(f.Severity), Message: message{f.Message},
			Locations: []location{{physical{artifact{f.File}, region{f.Range.Start.Line, f.Range.Start.Col, end.Line, end.Col}}}},
		})
	}
	log := map[string]any{
		"$schema": "https://json.schemastore.org/sarif-2.1.0.json",
		"version": "2.1.0",
		"runs": []any{map[string]any{
			"tool": map[string]any{"driver": map[string]any{
				"name": "lbgen", "version": opts.Version, "informationUri": "https://github.com/lbgen/lbgen", "rules": rules,
			}},
			"results": results,
		}},
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(log)
}

func sarifLevel(s lint.Severity) string {
	switch s {
	case lint.Error:
		return "error"
	case lint.Warning:
		return "warning"
	}
	return "note"
}
