// Package nginxconf parses nginx configuration files into a tree of
// directives that keep their line and column, following nginx's own
// syntax: quoted strings with escapes, comments, ${var} inside words,
// blocks and semicolons. It also holds the table of every directive nginx
// documents (generated from NGINX's reference data).
package nginxconf

import (
	"fmt"
	"strings"
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
	// Opaque is true for a block whose body is not directives: Lua code
	// (*_by_lua_block), skipped by the tokenizer.
	Opaque bool
}

// dataBlocks hold data, not directives: MIME types, map and geo tables,
// split_clients percentages, charset maps, NGINX Plus match conditions.
// Their entries look like directives but are not checked as such.
var dataBlocks = map[string]bool{
	"types": true, "map": true, "geo": true, "split_clients": true, "charset_map": true, "match": true,
}

// IsData reports whether a block's entries are data, not directives.
func (d *Directive) IsData() bool { return d.IsBlock && dataBlocks[d.Name] }

// isLuaBlock reports whether a directive's block is Lua code.
func isLuaBlock(name string) bool { return strings.HasSuffix(name, "_by_lua_block") }

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
			d.Opaque = isLuaBlock(d.Name)
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
		case c == '{' && luaOpens(toks):
			// A Lua body is code, not directives: skip it to its
			// closing brace, minding Lua's strings and comments.
			toks = append(toks, token{text: "{", line: line, col: col, length: 1, structural: true})
			startLine, startCol := line, col
			advance()
			end := luaBodyEnd(src, i)
			if end < 0 {
				return nil, &SyntaxError{startLine, startCol, "Lua block opened here is never closed"}
			}
			for i < end {
				advance()
			}
			toks = append(toks, token{text: "}", line: line, col: col, length: 1, structural: true})
			advance()
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

// luaOpens reports whether a "{" starts a Lua body: the directive
// before it (its name is the last word after a ; { or }) is a
// *_by_lua_block.
func luaOpens(toks []token) bool {
	for i := len(toks) - 1; i >= 0; i-- {
		if toks[i].structural {
			return i+1 < len(toks) && !toks[i+1].quoted && isLuaBlock(toks[i+1].text)
		}
	}
	return len(toks) > 0 && !toks[0].quoted && isLuaBlock(toks[0].text)
}

// luaBodyEnd returns the index of the brace that closes a Lua body
// starting at i, or -1: braces are counted outside Lua strings ('..',
// "..", [[..]], [=[..]=]) and comments (-- to the end of the line, --[[..]]).
func luaBodyEnd(src []byte, i int) int {
	depth := 1
	for i < len(src) {
		switch c := src[i]; {
		case c == '-' && i+1 < len(src) && src[i+1] == '-':
			i += 2
			if end, ok := longBracketEnd(src, i); ok {
				i = end
				continue
			}
			for i < len(src) && src[i] != '\n' {
				i++
			}
		case c == '[':
			if end, ok := longBracketEnd(src, i); ok {
				i = end
				continue
			}
			i++
		case c == '"' || c == '\'':
			i++
			for i < len(src) && src[i] != c && src[i] != '\n' {
				if src[i] == '\\' {
					i++
				}
				i++
			}
			i++
		case c == '{':
			depth++
			i++
		case c == '}':
			if depth--; depth == 0 {
				return i
			}
			i++
		default:
			i++
		}
	}
	return -1
}

// longBracketEnd skips a Lua long bracket ([[...]] or [==[...]==]) at i,
// returning the index after it.
func longBracketEnd(src []byte, i int) (int, bool) {
	if i >= len(src) || src[i] != '[' {
		return 0, false
	}
	j := i + 1
	for j < len(src) && src[j] == '=' {
		j++
	}
	if j >= len(src) || src[j] != '[' {
		return 0, false
	}
	closing := "]" + strings.Repeat("=", j-i-1) + "]"
	end := strings.Index(string(src[j+1:]), closing)
	if end < 0 {
		return len(src), true
	}
	return j + 1 + end + len(closing), true
}

// Walk calls fn for every directive, depth first, with its context: the
// name of the enclosing block ("if in location" for an if inside a
// location), or top for top-level directives. The entries of data blocks
// (types, map, geo, ...) are not directives and are not visited.
func Walk(ds []*Directive, top string, fn func(d *Directive, context string)) {
	for _, d := range ds {
		fn(d, top)
		if d.IsBlock && !d.IsData() && !d.Opaque {
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
