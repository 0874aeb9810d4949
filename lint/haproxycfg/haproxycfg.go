// Package haproxycfg parses HAProxy configuration files into sections of
// keyword lines that keep their positions, following HAProxy's line-based
// syntax: comments, single and double quotes and backslash escapes.
package haproxycfg

import "strings"

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

// SectionKinds are the keywords that start a section.
var SectionKinds = map[string]bool{
	"global": true, "defaults": true, "frontend": true, "backend": true, "listen": true,
	"resolvers": true, "peers": true, "userlist": true, "mailers": true, "program": true,
	"http-errors": true, "ring": true, "cache": true, "crt-store": true, "traces": true,
	"log-forward": true, "fcgi-app": true,
}

// Parse splits a configuration into sections. HAProxy's syntax is line
// based, so every line parses; meaning is for the rules to check.
func Parse(src []byte) *Config {
	cfg := &Config{}
	var cur *Section
	for i, raw := range strings.Split(string(src), "\n") {
		words := split(strings.TrimRight(raw, "\r"))
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
	return cfg
}

// split breaks a line into words, honouring quotes and escapes and
// dropping a trailing comment.
func split(line string) []Word {
	var words []Word
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
					b.WriteByte(unescape(line[i+1]))
					i += 2
					continue
				}
			case '"', '\'':
				q := line[i]
				i++
				for i < len(line) && line[i] != q {
					if q == '"' && line[i] == '\\' && i+1 < len(line) {
						i++
					}
					b.WriteByte(line[i])
					i++
				}
				i++ // closing quote
				continue
			}
			b.WriteByte(line[i])
			i++
		}
		words = append(words, Word{Value: b.String(), Col: start + 1, Len: min(i, len(line)) - start})
	}
	return words
}

// unescape turns the character after a backslash into what HAProxy reads:
// \r, \n and \t are control characters, anything else is itself.
func unescape(c byte) byte {
	switch c {
	case 'r':
		return '\r'
	case 'n':
		return '\n'
	case 't':
		return '\t'
	}
	return c
}
