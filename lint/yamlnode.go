package lint

import (
	"go.yaml.in/yaml/v4"

	"github.com/lbgen/lbgen/internal/yamlnode"
)

// Get returns the value of key in a YAML mapping, or nil.
func Get(m *yaml.Node, key string) *yaml.Node { return yamlnode.Get(m, key) }

// GetPair returns the key and value nodes of key in a mapping, or nils.
func GetPair(m *yaml.Node, key string) (*yaml.Node, *yaml.Node) { return yamlnode.GetPair(m, key) }

// Pairs calls fn for each key and value of a mapping, in order.
func Pairs(m *yaml.Node, fn func(k, v *yaml.Node)) { yamlnode.Pairs(m, fn) }

// Items returns a sequence's items, or nil.
func Items(s *yaml.Node) []*yaml.Node { return yamlnode.Items(s) }

// NodeRange is the span of a node's text on its first line. Quoted scalars
// include their quotes.
func NodeRange(n *yaml.Node) Range {
	length := len(n.Value)
	switch n.Style {
	case yaml.DoubleQuotedStyle, yaml.SingleQuotedStyle:
		length += 2
	}
	if n.Kind != yaml.ScalarNode || length == 0 {
		length = 1
	}
	return Range{Pos{n.Line, n.Column}, Pos{n.Line, n.Column + length}}
}

// LineRange spans a whole line of a file from its first non-blank byte.
func LineRange(f *File, line int) Range {
	text := f.Line(line)
	start := 1
	for start <= len(text) && (text[start-1] == ' ' || text[start-1] == '\t') {
		start++
	}
	return Range{Pos{line, start}, Pos{line, len(text) + 1}}
}

// Value is a node's scalar value (aliases followed), "" for nil.
func Value(n *yaml.Node) string { return yamlnode.Value(n) }
