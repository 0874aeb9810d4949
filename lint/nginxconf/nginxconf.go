// Package nginxconf parses nginx configuration files into a tree of
// directives that keep their line and column, following nginx's own
// syntax: quoted strings with escapes, comments, ${var} inside words,
// blocks and semicolons. It also holds the table of every directive nginx
// documents (generated from NGINX's reference data).
package nginxconf

import (
	"fmt"
)

// Directive is one directive: its name, arguments and, for a block, its
// children.
type Directive struct {
	Name    string
	Args    []Arg
	Line    int
	Col     int
	IsBlock bool
	Block   []*Directive
	Parent  *Directive
}

// Arg is one argument with its position.
type Arg struct {
	Value string
	Line  int
	Col   int
	// Len is the argument's length in the source, quotes included.
	Len int
}

// Config is a parsed file.
type Config struct {
	Directives []*Directive
}

// SyntaxError is a parse failure at a position.
type SyntaxError struct {
	Line, Col int
	Msg       string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("%d:%d: %s", e.Line, e.Col, e.Msg) }

type token struct {
	text       string
	line, col  int
	length     int
	quoted     bool
	structural bool // one of { } ;
}

// Parse parses an nginx configuration.
func Parse(src []byte) (*Config, error) {
	toks, err := tokenize(src)
	if err != nil {
		return nil, err
	}
	p := &parser{toks: toks}
	ds, err := p.block(nil)
	if err != nil {
		return nil, err
	}
	if p.i < len(p.toks) {
		t := p.toks[p.i]
		return nil, &SyntaxError{t.line, t.col, `unexpected "}"`}
	}
	return &Config{Directives: ds}, nil
}

type parser struct {
	toks  []token
	i     int
	depth int
}

// maxDepth bounds block nesting; real configs nest a handful of levels.
const maxDepth = 100

// block parses directives until a closing brace (not consumed) or the end.
func (p *parser) block(parent *Directive) ([]*Directive, error) {
	var ds []*Directive
	for p.i < len(p.toks) {
		t := p.toks[p.i]
		if t.structural && t.text == "}" {
			return ds, nil
		}
		if t.structural {
			return nil, &SyntaxError{t.line, t.col, fmt.Sprintf("unexpected %q", t.text)}
		}
		d := &Directive{Name: t.text, Line: t.line, Col: t.col, Parent: parent}
		p.i++
		for {
			if p.i >= len(p.toks) {
				return nil, &SyntaxError{t.line, t.col, fmt.Sprintf("directive %q is not terminated by \";\"", d.Name)}
			}
			a := p.toks[p.i]
			p.i++
			if !a.structural {
				d.Args = append(d.Args, Arg{Value: a.text, Line: a.line, Col: a.col, Len: a.length})
				continue
			}
			if a.text == ";" {
				break
			}
			if a.text == "}" {
				return nil, &SyntaxError{a.line, a.col, fmt.Sprintf(`unexpected "}": directive %q is not terminated by ";"`, d.Name)}
			}
			d.IsBlock = true
			if p.depth++; p.depth > maxDepth {
				return nil, &SyntaxError{a.line, a.col, fmt.Sprintf("blocks nested deeper than %d", maxDepth)}
			}
			children, err := p.block(d)
			p.depth--
			if err != nil {
				return nil, err
			}
			if p.i >= len(p.toks) {
				return nil, &SyntaxError{a.line, a.col, fmt.Sprintf("block %q opened here is never closed", d.Name)}
			}
			p.i++ // the closing brace
			d.Block = children
			break
		}
		ds = append(ds, d)
	}
	return ds, nil
}

// tokenize splits src into words, quoted strings and { } ; with their
// positions, dropping comments.
func tokenize(src []byte) ([]token, error) {
	var toks []token
	line, col := 1, 1
	i := 0
	advance := func() {
		if src[i] == '\n' {
			line++
			col = 1
		} else {
			col++
		}
		i++
	}
	for i < len(src) {
		c := src[i]
		switch {
		case c == ' ' || c == '\t' || c == '\r' || c == '\n':
			advance()
		case c == '#':
			for i < len(src) && src[i] != '\n' {
				advance()
			}
		case c == '{' || c == '}' || c == ';':
			toks = append(toks, token{text: string(c), line: line, col: col, length: 1, structural: true})
			advance()
		case c == '"' || c == '\'':
			startLine, startCol, start := line, col, i
			quote := c
			advance()
			var val []byte
			for {
				if i >= len(src) {
					return nil, &SyntaxError{startLine, startCol, "unterminated string"}
				}
				if src[i] == '\\' && i+1 < len(src) {
					advance()
					val = append(val, src[i])
					advance()
					continue
				}
				if src[i] == quote {
					advance()
					break
				}
				val = append(val, src[i])
				advance()
			}
			toks = append(toks, token{text: string(val), line: startLine, col: startCol, length: i - start, quoted: true})
		default:
			startLine, startCol, start := line, col, i
			for i < len(src) {
				c := src[i]
				if c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ';' || c == '{' || c == '}' {
					break
				}
				if c == '$' && i+1 < len(src) && src[i+1] == '{' {
					for i < len(src) && src[i] != '}' && src[i] != '\n' {
						advance()
					}
					if i < len(src) && src[i] == '}' {
						advance()
					}
					continue
				}
				if c == '\\' && i+1 < len(src) {
					advance()
				}
				advance()
			}
			toks = append(toks, token{text: string(src[start:i]), line: startLine, col: startCol, length: i - start})
		}
	}
	return toks, nil
}

// dataBlocks hold table entries ("default 0;", "50% a;", "text/html
// html;"), not directives, so Walk does not descend into them.
var dataBlocks = map[string]bool{"map": true, "split_clients": true, "types": true, "geo": true, "charset_map": true}

// Walk calls fn for every directive, depth first, with its context: the
// name of the enclosing block ("if in location" for an if inside a
// location), or top for top-level directives. The entries of map, types
// and other table blocks are not directives and are not walked.
func Walk(ds []*Directive, top string, fn func(d *Directive, context string)) {
	for _, d := range ds {
		fn(d, top)
		if d.IsBlock && !dataBlocks[d.Name] {
			ctx := d.Name
			if d.Name == "if" && top == "location" {
				ctx = "if in location"
			}
			Walk(d.Block, ctx, fn)
		}
	}
}

// Find returns the directives named name directly inside ds.
func Find(ds []*Directive, name string) []*Directive {
	var out []*Directive
	for _, d := range ds {
		if d.Name == name {
			out = append(out, d)
		}
	}
	return out
}
