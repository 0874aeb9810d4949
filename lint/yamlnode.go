package lint

import "go.yaml.in/yaml/v4"

// Get returns the value of key in a YAML mapping, or nil.
func Get(m *yaml.Node, key string) *yaml.Node {
	_, v := GetPair(m, key)
	return v
}

// GetPair returns the key and value nodes of key in a mapping, or nils.
func GetPair(m *yaml.Node, key string) (*yaml.Node, *yaml.Node) {
	if m == nil || m.Kind != yaml.MappingNode {
		return nil, nil
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i], m.Content[i+1]
		}
	}
	return nil, nil
}

// Pairs calls fn for each key and value of a mapping, in order.
func Pairs(m *yaml.Node, fn func(k, v *yaml.Node)) {
	if m == nil || m.Kind != yaml.MappingNode {
		return
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		fn(m.Content[i], m.Content[i+1])
	}
}

// Items returns a sequence's items, or nil.
func Items(s *yaml.Node) []*yaml.Node {
	if s == nil || s.Kind != yaml.SequenceNode {
		return nil
	}
	return s.Content
}

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
