package compose

import (
	"fmt"
	"strconv"

	"go.yaml.in/yaml/v4"

	"github.com/lbgen/lbgen/gen"
)

// serviceKeyOrder is the order people write a service's keys in: what runs,
// how it is reached, what it needs, how it is kept healthy and sized.
// compose-go marshals in its struct order instead, which reads poorly.
var serviceKeyOrder = []string{
	"image", "build", "command", "entrypoint", "profiles",
	"environment", "env_file", "secrets",
	"expose", "ports", "networks", "volumes",
	"depends_on", "healthcheck", "deploy", "restart", "security_opt", "labels",
}

// tidy makes compose-go's output read like a hand-written file: each
// service's keys in serviceKeyOrder, commands on one line, networks as a
// list, pass-through environment variables as bare names, and memory sizes
// with a unit ("512m") instead of byte counts.
func tidy(root *yaml.Node) ([]byte, error) {
	if services := mappingValue(root, "services"); services != nil {
		for i := 1; i < len(services.Content); i += 2 {
			svc := services.Content[i]
			sortKeys(svc, serviceKeyOrder)
			readableSizes(svc)
			networkList(svc)
			environmentList(svc)
			for _, cmd := range []*yaml.Node{
				mappingValue(svc, "command"),
				mappingValue(svc, "entrypoint"),
				mappingValue(mappingValue(svc, "healthcheck"), "test"),
			} {
				if cmd != nil && cmd.Kind == yaml.SequenceNode {
					cmd.Style = yaml.FlowStyle
				}
			}
		}
	}
	return gen.YAML(root)
}

func mappingValue(m *yaml.Node, key string) *yaml.Node {
	if m == nil || m.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return nil
}

// sortKeys orders a mapping's pairs by order; keys not listed keep their
// relative order after the listed ones.
func sortKeys(m *yaml.Node, order []string) {
	rank := map[string]int{}
	for i, k := range order {
		rank[k] = i
	}
	type pair struct{ key, value *yaml.Node }
	var listed, rest []pair
	for i := 0; i+1 < len(m.Content); i += 2 {
		p := pair{m.Content[i], m.Content[i+1]}
		if _, ok := rank[p.key.Value]; ok {
			listed = append(listed, p)
		} else {
			rest = append(rest, p)
		}
	}
	for i := 1; i < len(listed); i++ {
		for j := i; j > 0 && rank[listed[j].key.Value] < rank[listed[j-1].key.Value]; j-- {
			listed[j], listed[j-1] = listed[j-1], listed[j]
		}
	}
	m.Content = m.Content[:0]
	for _, p := range append(listed, rest...) {
		m.Content = append(m.Content, p.key, p.value)
	}
}

// readableSizes rewrites deploy.resources.{limits,reservations}.memory.
func readableSizes(svc *yaml.Node) {
	resources := mappingValue(mappingValue(svc, "deploy"), "resources")
	for _, kind := range []string{"limits", "reservations"} {
		if mem := mappingValue(mappingValue(resources, kind), "memory"); mem != nil {
			if n, err := strconv.ParseInt(mem.Value, 10, 64); err == nil {
				mem.Value = formatSize(n)
			}
		}
	}
}

// formatSize writes a byte count with the largest binary unit that divides
// it exactly, in the notation Docker parses ("512m", "1g").
func formatSize(n int64) string {
	for _, u := range []struct {
		suffix string
		size   int64
	}{{"g", 1 << 30}, {"m", 1 << 20}, {"k", 1 << 10}} {
		if n%u.size == 0 {
			return fmt.Sprintf("%d%s", n/u.size, u.suffix)
		}
	}
	return strconv.FormatInt(n, 10)
}

// networkList writes a service's networks as a plain list when none has
// settings, instead of a map of nulls.
func networkList(svc *yaml.Node) {
	nets := mappingValue(svc, "networks")
	if nets == nil || nets.Kind != yaml.MappingNode {
		return
	}
	var names []*yaml.Node
	for i := 0; i+1 < len(nets.Content); i += 2 {
		if v := nets.Content[i+1]; v.Tag != "!!null" {
			return
		}
		names = append(names, nets.Content[i])
	}
	*nets = yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Content: names}
}

// environmentList writes environment as a list when some variable is passed
// through from the host (a bare NAME), which reads better than NAME: null.
func environmentList(svc *yaml.Node) {
	env := mappingValue(svc, "environment")
	if env == nil || env.Kind != yaml.MappingNode {
		return
	}
	var items []*yaml.Node
	passes := false
	for i := 0; i+1 < len(env.Content); i += 2 {
		name, value := env.Content[i].Value, env.Content[i+1]
		item := name
		if value.Tag == "!!null" {
			passes = true
		} else {
			item += "=" + value.Value
		}
		items = append(items, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: item})
	}
	if passes {
		*env = yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Content: items}
	}
}
