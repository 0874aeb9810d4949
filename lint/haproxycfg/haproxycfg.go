// Package haproxycfg parses HAProxy configuration files into sections of
// keyword lines that keep their positions, following HAProxy's line-based
// syntax: comments, single and double quotes and backslash escapes.
package haproxycfg

import (
	"fmt"
	"strconv"
	"strings"
)

// Word is one word of a line, unquoted, with the column it starts at and
// its length in the source.
type Word struct {
	Value string
	Col   int
	Len   int
}

// Line is one non-empty line: its words and line number.
type Line struct {
	Words []Word
	No    int
}

// Keyword is the line's first word.
func (l *Line) Keyword() string { return l.Words[0].Value }

// Is reports whether the line starts with the given words.
func (l *Line) Is(words ...string) bool {
	if len(l.Words) < len(words) {
		return false
	}
	for i, w := range words {
		if l.Words[i].Value != w {
			return false
		}
	}
	return true
}

// Section is a section header (global, defaults, frontend NAME, ...) and
// the lines under it.
type Section struct {
	Kind   string
	Name   string
	Header *Line
	Lines  []*Line
}

// Config is a parsed file: lines before any section, and the sections.
type Config struct {
	Outside  []*Line
	Sections []*Section
}

// SyntaxError is a line HAProxy cannot parse.
type SyntaxError struct {
	Line, Col int
	Msg       string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("%d:%d: %s", e.Line, e.Col, e.Msg) }

// SectionKinds are the keywords that start a section.
var SectionKinds = map[string]bool{
	"global": true, "defaults": true, "frontend": true, "backend": true, "listen": true,
	"resolvers": true, "peers": true, "userlist": true, "mailers": true, "program": true,
	"http-errors": true, "ring": true, "cache": true, "crt-store": true, "traces": true,
	"log-forward": true, "fcgi-app": true,
}

// Parse splits a configuration into sections. HAProxy's syntax is line
// based: the only syntax error is an unmatched quote; meaning is for the
// rules to check.
func Parse(src []byte) (*Config, error) {
	cfg := &Config{}
	var cur *Section
	for i, raw := range strings.Split(string(src), "\n") {
		words, openQuote := split(strings.TrimRight(raw, "\r"))
		if openQuote > 0 {
			return nil, &SyntaxError{i + 1, openQuote, "unmatched quote"}
		}
		if len(words) == 0 {
			continue
		}
		l := &Line{Words: words, No: i + 1}
		if SectionKinds[words[0].Value] {
			cur = &Section{Kind: words[0].Value, Header: l}
			if len(words) > 1 {
				cur.Name = words[1].Value
			}
			cfg.Sections = append(cfg.Sections, cur)
			continue
		}
		if cur == nil {
			cfg.Outside = append(cfg.Outside, l)
		} else {
			cur.Lines = append(cur.Lines, l)
		}
	}
	return cfg, nil
}

// split breaks a line into words, honouring quotes and escapes and
// dropping a trailing comment. openQuote is the column of a quote that is
// never closed, or 0.
func split(line string) (words []Word, openQuote int) {
	i := 0
	for i < len(line) {
		c := line[i]
		if c == ' ' || c == '\t' {
			i++
			continue
		}
		if c == '#' {
			break
		}
		start := i
		var b strings.Builder
		for i < len(line) && line[i] != ' ' && line[i] != '\t' {
			switch line[i] {
			case '\\':
				if i+1 < len(line) {
					out, n := unescape(line[i:])
					b.WriteString(out)
					i += n
					continue
				}
			case '"', '\'':
				q := line[i]
				quoteAt := i + 1
				i++
				for i < len(line) && line[i] != q {
					if q == '"' && line[i] == '\\' && i+1 < len(line) {
						out, n := unescape(line[i:])
						b.WriteString(out)
						i += n
						continue
					}
					b.WriteByte(line[i])
					i++
				}
				if i >= len(line) {
					return nil, quoteAt
				}
				i++ // closing quote
				continue
			}
			b.WriteByte(line[i])
			i++
		}
		words = append(words, Word{Value: b.String(), Col: start + 1, Len: min(i, len(line)) - start})
	}
	return words, 0
}

// unescape reads the escape sequence at the start of s (a backslash and
// what follows) as HAProxy's parse_line does: \r, \n, \t and \xHH are
// control characters or bytes; a backslash before a space, a backslash, a
// quote, # or $ is that character; any other combination is kept as it
// is (the \1 of a regular expression's replacement). It returns what the
// word holds and how many bytes were read.
func unescape(s string) (string, int) {
	switch c := s[1]; c {
	case 'r':
		return "\r", 2
	case 'n':
		return "\n", 2
	case 't':
		return "\t", 2
	case ' ', '\\', '"', '\'', '#', '$':
		return string(c), 2
	case 'x':
		if len(s) >= 4 {
			if v, err := strconv.ParseUint(s[2:4], 16, 8); err == nil {
				return string([]byte{byte(v)}), 4
			}
		}
	}
	return s[:1], 1
}
