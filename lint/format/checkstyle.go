package format

import (
	"encoding/xml"
	"io"

	"github.com/lbgen/lbgen/lint"
)

// Checkstyle writes Checkstyle XML, which many CI systems display.
func Checkstyle(w io.Writer, findings []lint.Finding) error {
	type errorElem struct {
		Line     int    `xml:"line,attr"`
		Column   int    `xml:"column,attr"`
		Severity string `xml:"severity,attr"`
		Message  string `xml:"message,attr"`
		Source   string `xml:"source,attr"`
	}
	type fileElem struct {
		Name   string      `xml:"name,attr"`
		Errors []errorElem `xml:"error"`
	}
	type doc struct {
		XMLName xml.Name   `xml:"checkstyle"`
		Version string     `xml:"version,attr"`
		Files   []fileElem `xml:"file"`
	}
	d := doc{Version: "4.3"}
	names, groups := byFile(findings)
	for _, name := range names {
		fe := fileElem{Name: name}
		for _, f := range groups[name] {
			fe.Errors = append(fe.Errors, errorElem{f.Range.Start.Line, f.Range.Start.Col, f.Severity.String(), f.Message, "lbgen." + f.Rule.ID + "." + f.Rule.Name})
		}
		d.Files = append(d.Files, fe)
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(d); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}
