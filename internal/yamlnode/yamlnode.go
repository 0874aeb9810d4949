// Package yamlnode reads YAML node trees: the few lookups that the compose
// reader (stack) and lint's rules share, so both walk documents one way.
//
// The lookups read documents as Compose does: an alias stands for the node
// it names, and a merge key (`<<: *anchor`, or a list of anchors) adds the
// anchored mapping's keys that the mapping does not set itself. Nothing is
// copied, so an alias-heavy document costs no more than its text, and the
// merged nodes keep the positions where they are written.
package yamlnode

import "go.yaml.in/yaml/v4"

// maxMergeDepth bounds merge keys that merge mappings that merge others;
// real files nest one or two levels, and a cycle must end.
const maxMergeDepth = 16

// Deref follows aliases to the node they name.
func Deref(n *yaml.Node) *yaml.Node {
	for i := 0; n != nil && n.Kind == yaml.AliasNode && i < maxMergeDepth; i++ {
		n = n.Alias
	}
	return n
}

// Get returns the value of key in a YAML mapping, or nil.
func Get(m *yaml.Node, key string) *yaml.Node {
	_, v := GetPair(m, key)
	return v
}

// GetPair returns the key and value nodes of key in a mapping, or nils.
func GetPair(m *yaml.Node, key string) (*yaml.Node, *yaml.Node) {
	var k, v *yaml.Node
	Pairs(m, func(pk, pv *yaml.Node) {
		if k == nil && pk.Value == key {
			k, v = pk, pv
		}
	})
	return k, v
}

// Pairs calls fn for each key and value of a mapping, in order: its own
// keys first, then the keys merge keys add.
func Pairs(m *yaml.Node, fn func(k, v *yaml.Node)) {
	seen := map[string]bool{}
	pairs(m, fn, seen, 0)
}

func pairs(m *yaml.Node, fn func(k, v *yaml.Node), seen map[string]bool, depth int) {
	m = Deref(m)
	if m == nil || m.Kind != yaml.MappingNode || depth > maxMergeDepth {
		return
	}
	var merged []*yaml.Node
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		if k.Value == "<<" && k.Tag != "!!str" {
			merged = append(merged, v)
			continue
		}
		if seen[k.Value] {
			continue
		}
		seen[k.Value] = true
		fn(k, Deref(v))
	}
	for _, v := range merged {
		if v = Deref(v); v != nil && v.Kind == yaml.SequenceNode {
			for _, item := range v.Content {
				pairs(item, fn, seen, depth+1)
			}
			continue
		}
		pairs(v, fn, seen, depth+1)
	}
}

// Items returns a sequence's items (aliases followed), or nil.
func Items(s *yaml.Node) []*yaml.Node {
	s = Deref(s)
	if s == nil || s.Kind != yaml.SequenceNode {
		return nil
	}
	out := make([]*yaml.Node, len(s.Content))
	for i, item := range s.Content {
		out[i] = Deref(item)
	}
	return out
}

// Value is a node's scalar value, "" for nil.
func Value(n *yaml.Node) string {
	if n = Deref(n); n == nil {
		return ""
	}
	return n.Value
}
