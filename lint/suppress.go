package lint

import (
	"regexp"
	"strings"
)

// ignoreComment matches "# lbgen:ignore RULE[,RULE] -- reason" and
// "# lbgen:ignore-file RULE -- reason".
var ignoreComment = regexp.MustCompile(`#\s*lbgen:ignore(-file)?(?:\s+([A-Za-z0-9_,\s-]*?))?(?:\s+--\s*(.*?))?\s*$`)

type suppression struct {
	file     *File
	line     int // the line it covers; 0 for the whole file
	ids      []string
	reason   string
	at       Range
	used     map[string]bool
	fileWide bool
}

// suppressions finds the lbgen:ignore comments of a file. A comment alone
// on its line covers the next line; at the end of a line, that line.
func suppressions(f *File) []*suppression {
	var out []*suppression
	for i, text := range f.Lines {
		idx := strings.Index(text, "lbgen:ignore")
		if idx < 0 {
			continue
		}
		hash := strings.LastIndex(text[:idx], "#")
		if hash < 0 {
			continue
		}
		m := ignoreComment.FindStringSubmatch(text[hash:])
		if m == nil {
			continue
		}
		s := &suppression{file: f, line: i + 1, reason: strings.TrimSpace(m[3]), used: map[string]bool{},
			at: Range{Pos{i + 1, hash + 1}, Pos{i + 1, len(text) + 1}}}
		for _, id := range strings.FieldsFunc(m[2], func(r rune) bool { return r == ',' || r == ' ' || r == '\t' }) {
			s.ids = append(s.ids, strings.ToUpper(id))
		}
		switch {
		case m[1] != "":
			s.fileWide, s.line = true, 0
		case strings.TrimSpace(text[:hash]) == "":
			s.line = i + 2
		}
		out = append(out, s)
	}
	return out
}

func (s *suppression) covers(fd Finding) bool {
	if fd.File != s.file.Path || (!s.fileWide && fd.Range.Start.Line != s.line) {
		return false
	}
	for _, id := range s.ids {
		if id == fd.Rule.ID || strings.EqualFold(id, fd.Rule.Name) {
			s.used[id] = true
			return true
		}
	}
	return false
}

// applySuppressions drops suppressed findings and reports suppressions
// that are wrong (unknown rule, no reason) or that suppress nothing.
func applySuppressions(p *Project, rules []*Rule, findings []Finding) []Finding {
	known := map[string]bool{}
	for _, r := range append(rules, ParseErrorRule) {
		known[r.ID], known[strings.ToUpper(r.Name)] = true, true
	}
	var all []*suppression
	for _, f := range p.Files {
		all = append(all, suppressions(f)...)
	}
	if len(all) == 0 {
		return findings
	}
	kept := findings[:0]
	for _, fd := range findings {
		suppressed := false
		for _, s := range all {
			if s.covers(fd) {
				suppressed = true
			}
		}
		if !suppressed {
			kept = append(kept, fd)
		}
	}
	for _, s := range all {
		report := func(rule *Rule, msg string) {
			kept = append(kept, Finding{Rule: rule, Severity: rule.Severity, File: s.file.Path, Range: s.at, Message: msg})
		}
		switch {
		case len(s.ids) == 0:
			report(InvalidSuppressionRule, "lbgen:ignore names no rule: write # lbgen:ignore RULE -- reason")
			continue
		case s.reason == "":
			report(InvalidSuppressionRule, "lbgen:ignore gives no reason: add -- and say why the finding does not apply")
		}
		for _, id := range s.ids {
			if !known[id] {
				report(InvalidSuppressionRule, "lbgen:ignore names "+id+", which is no rule; `lbgen rules` lists them")
			} else if !s.used[id] {
				report(UnusedSuppressionRule, "lbgen:ignore "+id+" suppresses nothing here; remove it")
			}
		}
	}
	return kept
}
