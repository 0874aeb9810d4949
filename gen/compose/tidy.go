package compose

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v4"

	"github.com/lbgen/lbgen/gen"
	"github.com/lbgen/lbgen/schemas"
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
// list, pass-through environment variables as bare names, memory sizes
// with a unit ("512m") instead of byte counts, and the short forms people
// write where they mean the same as compose-go's long ones: ports
// ("127.0.0.1:8404:8404"), the mounts of lbgen's own files
// ("./nginx/web.conf:/etc/nginx/conf.d/default.conf:ro"), depends_on without
// the default required: true, no replicas: 1, no expose of a published
// port. userBinds are the spec's own bind mounts, which keep the long
// form: the short one would create a missing host path as an empty
// directory instead of failing.
func tidy(root *yaml.Node, userBinds map[string]bool) ([]byte, error) {
	if services := mappingValue(root, "services"); services != nil {
		for i := 1; i < len(services.Content); i += 2 {
			svc := services.Content[i]
			sortKeys(svc, serviceKeyOrder)
			readableSizes(svc)
			networkList(svc)
			environmentList(svc)
			exposeUnpublished(svc)
			shortPorts(svc)
			shortVolumes(svc, userBinds)
			shortSecrets(svc)
			shortBuild(svc)
			dropDefaults(svc)
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

// keys lists a mapping's keys and values.
func keys(m *yaml.Node) map[string]*yaml.Node {
	out := map[string]*yaml.Node{}
	for i := 0; i+1 < len(m.Content); i += 2 {
		out[m.Content[i].Value] = m.Content[i+1]
	}
	return out
}

// onlyKeys reports whether every key of the mapping is allowed.
func onlyKeys(m map[string]*yaml.Node, allowed ...string) bool {
	for k := range m {
		if !slices.Contains(allowed, k) {
			return false
		}
	}
	return true
}

func quoted(s string) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s, Style: yaml.DoubleQuotedStyle}
}

// shortPorts writes TCP ports without other settings as
// "[HOST_IP:]PUBLISHED:TARGET", quoted: YAML 1.1 reads an unquoted 80:80
// as a base-60 number. IPv6 addresses keep the long form.
func shortPorts(svc *yaml.Node) {
	ports := mappingValue(svc, "ports")
	if ports == nil || ports.Kind != yaml.SequenceNode {
		return
	}
	for i, p := range ports.Content {
		if p.Kind != yaml.MappingNode {
			continue
		}
		k := keys(p)
		if !onlyKeys(k, "host_ip", "target", "published", "protocol") || k["target"] == nil || k["published"] == nil ||
			(k["protocol"] != nil && k["protocol"].Value != "tcp") || (k["host_ip"] != nil && strings.Contains(k["host_ip"].Value, ":")) {
			continue
		}
		short := k["published"].Value + ":" + k["target"].Value
		if ip := k["host_ip"]; ip != nil && ip.Value != "" {
			short = ip.Value + ":" + short
		}
		ports.Content[i] = quoted(short)
	}
}

// shortVolumes writes named volumes as "NAME:TARGET[:ro]" and the binds
// lbgen adds itself (its rendered files, cAdvisor's host paths: those not
// in userBinds) as "SOURCE:TARGET[:ro]".
func shortVolumes(svc *yaml.Node, userBinds map[string]bool) {
	vols := mappingValue(svc, "volumes")
	if vols == nil || vols.Kind != yaml.SequenceNode {
		return
	}
	for i, v := range vols.Content {
		if v.Kind != yaml.MappingNode {
			continue
		}
		k := keys(v)
		if !onlyKeys(k, "type", "source", "target", "read_only") || k["type"] == nil || k["source"] == nil || k["target"] == nil {
			continue
		}
		source := k["source"].Value
		switch k["type"].Value {
		case "volume":
		case "bind":
			if userBinds[source] {
				continue
			}
		default:
			continue
		}
		short := source + ":" + k["target"].Value
		if ro := k["read_only"]; ro != nil && ro.Value == "true" {
			short += ":ro"
		}
		vols.Content[i] = &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: short}
	}
}

// shortSecrets writes secrets that only name their source as the name.
func shortSecrets(svc *yaml.Node) {
	secrets := mappingValue(svc, "secrets")
	if secrets == nil || secrets.Kind != yaml.SequenceNode {
		return
	}
	for i, sec := range secrets.Content {
		if sec.Kind == yaml.MappingNode && len(sec.Content) == 2 && sec.Content[0].Value == "source" {
			secrets.Content[i] = sec.Content[1]
		}
	}
}

// shortBuild writes a build that only sets its context as the context.
func shortBuild(svc *yaml.Node) {
	build := mappingValue(svc, "build")
	if build != nil && build.Kind == yaml.MappingNode && len(build.Content) == 2 && build.Content[0].Value == "context" {
		*build = *build.Content[1]
	}
}

// exposeUnpublished drops expose entries for ports the service publishes:
// a published port is reachable from other services anyway.
func exposeUnpublished(svc *yaml.Node) {
	expose, ports := mappingValue(svc, "expose"), mappingValue(svc, "ports")
	if expose == nil || ports == nil || expose.Kind != yaml.SequenceNode || ports.Kind != yaml.SequenceNode {
		return
	}
	published := map[string]bool{}
	for _, p := range ports.Content {
		if t := mappingValue(p, "target"); t != nil {
			published[t.Value] = true
		}
	}
	kept := expose.Content[:0]
	for _, e := range expose.Content {
		if !published[e.Value] {
			kept = append(kept, e)
		}
	}
	expose.Content = kept
	if len(kept) == 0 {
		deleteKey(svc, "expose")
	}
}

// dropDefaults removes what Compose assumes anyway: required: true on a
// dependency, and deploy.replicas: 1 (with deploy, when nothing is left).
func dropDefaults(svc *yaml.Node) {
	if deps := mappingValue(svc, "depends_on"); deps != nil && deps.Kind == yaml.MappingNode {
		for i := 1; i < len(deps.Content); i += 2 {
			if r := mappingValue(deps.Content[i], "required"); r != nil && r.Value == "true" {
				deleteKey(deps.Content[i], "required")
			}
		}
	}
	deploy := mappingValue(svc, "deploy")
	if r := mappingValue(deploy, "replicas"); r != nil && r.Value == "1" {
		deleteKey(deploy, "replicas")
		if len(deploy.Content) == 0 {
			deleteKey(svc, "deploy")
		}
	}
}

func deleteKey(m *yaml.Node, key string) {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			m.Content = append(m.Content[:i], m.Content[i+2:]...)
			return
		}
	}
}

// userBinds are the host paths the spec's services mount, as the compose
// file names them.
func userBinds(t *schemas.Topology, ctx gen.Context) map[string]bool {
	binds := map[string]bool{}
	for _, s := range t.Services {
		for _, v := range s.Volumes {
			if v.Bind {
				binds[ctx.FromSpec(v.Source)] = true
			}
		}
	}
	return binds
}
