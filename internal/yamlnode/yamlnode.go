// Package yamlnode reads YAML node trees: the few lookups that the compose
// reader (stack) and lint's rules share, so both walk documents one way.
package yamlnode

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

// Value is a node's scalar value, "" for nil.
func Value(n *yaml.Node) string {
	if n == nil {
		return ""
	}
	return n.Value
}
