// Package lint is lbgen's rule engine: it reads lbgen specs and
// hand-written compose, nginx, HAProxy and Prometheus files (Load), knows
// which config belongs to which service and how many replicas each runs
// (Project), runs rules over them and returns findings with exact
// positions. Rules live in lint/rules, output formats in lint/format.
package lint

import (
	"fmt"
	"sort"
)

// Severity orders findings; --fail-level compares against it.
type Severity int

// Severities, lowest first.
const (
	Info Severity = iota
	Warning
	Error
)

func (s Severity) String() string {
	switch s {
	case Error:
		return "error"
	case Warning:
		return "warning"
	}
	return "info"
}

// ParseSeverity reads "error", "warning" or "info".
func ParseSeverity(s string) (Severity, error) {
	for _, sev := range []Severity{Info, Warning, Error} {
		if sev.String() == s {
			return sev, nil
		}
	}
	return Info, fmt.Errorf("%q is not a severity: use error, warning or info", s)
}

// Rule is one check, a small self-describing value: its ID and name are
// stable forever once released.
type Rule struct {
	ID       string // LB + 3 digits, grouped by file kind
	Name     string // kebab-case, unique
	Severity Severity
	Summary  string // one line
	Doc      string // why it matters and how to fix it
	Bad      string // an example the rule flags
	Good     string // the same, fixed
	// Fix says what lint --fix changes, and when it leaves a finding
	// alone; "" for a rule without a mechanical fix.
	Fix   string
	Kinds []Kind // the file kinds it reads
	Run   func(*Pass)
}

// Pos is a 1-based line and column (in bytes).
type Pos struct{ Line, Col int }

// Range is a span in a file; End may equal Start.
type Range struct{ Start, End Pos }

// Finding is one problem found by a rule.
type Finding struct {
	Rule     *Rule
	Severity Severity
	File     string
	Range    Range
	Message  string
	// Fix, when set, replaces the finding's lines with Replacement.
	Fix *Fix
}

// Fix is a mechanical change that resolves a finding: one or more edits
// of the finding's file, applied together or not at all.
type Fix struct {
	Edits []Edit
}

// Edit replaces whole lines From..To (1-based, inclusive) of a file;
// with To = From-1 it inserts Replacement before line From.
type Edit struct {
	From, To    int
	Replacement []string
}

// InsertLines is an edit that inserts lines before line n.
func InsertLines(n int, lines ...string) Edit {
	return Edit{From: n, To: n - 1, Replacement: lines}
}

// ReplaceLines is a fix of one edit.
func ReplaceLines(from, to int, replacement ...string) *Fix {
	return &Fix{Edits: []Edit{{From: from, To: to, Replacement: replacement}}}
}

// Pass is one rule's view of the project, and how it reports.
type Pass struct {
	Project  *Project
	rule     *Rule
	findings *[]Finding
}

// Report records a finding of the running rule.
func (p *Pass) Report(f *File, r Range, format string, args ...any) *Finding {
	*p.findings = append(*p.findings, Finding{
		Rule: p.rule, Severity: p.rule.Severity, File: f.Path, Range: r,
		Message: fmt.Sprintf(format, args...),
	})
	return &(*p.findings)[len(*p.findings)-1]
}

// FilesOf returns the project's files of a kind.
func (p *Pass) FilesOf(k Kind) []*File { return p.Project.FilesOf(k) }

// Run runs every rule over the project and returns the findings, sorted by
// file and position, with suppressions applied.
func Run(project *Project, rules []*Rule) []Finding {
	var findings []Finding
	for _, f := range project.Files {
		if f.ParseErr != nil {
			findings = append(findings, Finding{Rule: ParseErrorRule, Severity: Error, File: f.Path,
				Range: f.ParseErr.Range, Message: f.ParseErr.Message})
		}
	}
	for _, r := range rules {
		if r.Run == nil {
			continue // reported by the loader, such as ParseErrorRule
		}
		pass := &Pass{Project: project, rule: r, findings: &findings}
		r.Run(pass)
	}
	findings = applySuppressions(project, rules, findings)
	sort.SliceStable(findings, func(i, j int) bool {
		a, b := findings[i], findings[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Range.Start.Line != b.Range.Start.Line {
			return a.Range.Start.Line < b.Range.Start.Line
		}
		if a.Range.Start.Col != b.Range.Start.Col {
			return a.Range.Start.Col < b.Range.Start.Col
		}
		return a.Rule.ID < b.Rule.ID
	})
	return findings
}

// Rules of the engine itself, not of any file kind.
var (
	ParseErrorRule = &Rule{ID: "LB000", Name: "parse-error", Severity: Error,
		Summary: "The file could not be parsed.",
		Doc:     "lbgen could not read the file as its kind. Nothing else is checked in it until it parses."}
	InvalidSuppressionRule = &Rule{ID: "LB002", Name: "invalid-suppression", Severity: Warning,
		Summary: "An lbgen:ignore comment names an unknown rule or gives no reason.",
		Doc:     "Suppressions must name existing rules and say why: `# lbgen:ignore LB109 -- pinned by digest in CI`.",
		Bad:     "# lbgen:ignore LB999", Good: "# lbgen:ignore LB109 -- image pinned by our registry mirror"}
	UnusedSuppressionRule = &Rule{ID: "LB003", Name: "unused-suppression", Severity: Warning,
		Summary: "An lbgen:ignore comment suppresses nothing.",
		Doc:     "The finding it was written for is gone; remove the comment so it cannot hide a future one.",
		Bad:     "# lbgen:ignore LB101 -- legacy\nservices: {}", Good: "services: {}"}
)
