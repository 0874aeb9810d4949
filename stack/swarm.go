package stack

import (
	"fmt"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v4"

	"github.com/lbgen/lbgen/internal/yamlnode"
)

// What `docker stack deploy` makes of a stack file. It reads it with
// docker/cli's own loader and the legacy Compose 3.x schema (3.13), not
// with compose-go and the Compose Specification: keys the Specification
// added are rejected, a few keys are typed differently, and some keys the
// schema allows are dropped with a warning. The messages are the loader's.

// SwarmProblem is what docker stack deploy says about a node of a stack
// file.
type SwarmProblem struct {
	Node    *yaml.Node
	Message string
}

// swarmKeys are the keys the 3.13 schema allows in each mapping, by path;
// "*" stands for a name (a service, network, ...) or a list index. Mappings
// not listed take any key (labels, driver_opts, ...).
var swarmKeys = map[string][]string{
	"": {"version", "services", "networks", "volumes", "secrets", "configs"},
	"services.*": {"deploy", "build", "cap_add", "cap_drop", "cgroupns_mode", "cgroup_parent", "command",
		"configs", "container_name", "credential_spec", "depends_on", "devices", "dns", "dns_search", "domainname",
		"entrypoint", "env_file", "environment", "expose", "external_links", "extra_hosts", "group_add",
		"healthcheck", "hostname", "image", "init", "ipc", "isolation", "labels", "links", "logging",
		"mac_address", "network_mode", "networks", "pid", "ports", "privileged", "read_only", "restart",
		"security_opt", "shm_size", "secrets", "sysctls", "stdin_open", "stop_grace_period", "stop_signal",
		"tmpfs", "tty", "ulimits", "oom_score_adj", "user", "userns_mode", "volumes", "working_dir"},
	"services.*.deploy": {"mode", "endpoint_mode", "replicas", "labels", "rollback_config", "update_config",
		"resources", "restart_policy", "placement"},
	"services.*.deploy.update_config":           updateKeys,
	"services.*.deploy.rollback_config":         updateKeys,
	"services.*.deploy.resources":               {"limits", "reservations"},
	"services.*.deploy.resources.limits":        {"cpus", "memory", "pids"},
	"services.*.deploy.resources.reservations":  {"cpus", "memory", "generic_resources"},
	"services.*.deploy.restart_policy":          {"condition", "delay", "max_attempts", "window"},
	"services.*.deploy.placement":               {"constraints", "preferences", "max_replicas_per_node"},
	"services.*.deploy.placement.preferences.*": {"spread"},
	"services.*.healthcheck":                    {"disable", "interval", "retries", "test", "timeout", "start_period", "start_interval"},
	"services.*.logging":                        {"driver", "options"},
	"services.*.credential_spec":                {"config", "file", "registry"},
	"services.*.ports.*":                        {"mode", "target", "published", "protocol"},
	"services.*.volumes.*":                      {"type", "source", "target", "read_only", "consistency", "bind", "volume", "tmpfs"},
	"services.*.networks.*":                     {"aliases", "driver_opts", "ipv4_address", "ipv6_address"},
	"networks.*":                                {"name", "driver", "driver_opts", "ipam", "external", "internal", "attachable", "labels"},
	"networks.*.ipam":                           {"driver", "config"},
	"networks.*.ipam.config.*":                  {"subnet"},
	"volumes.*":                                 {"name", "driver", "driver_opts", "external", "labels", "x-cluster-spec"},
	"secrets.*":                                 {"name", "file", "external", "labels", "driver", "driver_opts", "template_driver"},
	"configs.*":                                 {"name", "file", "external", "labels", "template_driver"},
}

var updateKeys = []string{"parallelism", "delay", "failure_action", "monitor", "max_failure_ratio", "order"}

// swarmExtensible are the mappings that also take x- extension keys.
var swarmExtensible = map[string]bool{"": true, "services.*": true, "networks.*": true, "volumes.*": true,
	"secrets.*": true, "configs.*": true}

// swarmNamed are the mappings whose keys are names, not properties.
var swarmNamed = map[string]bool{"services": true, "networks": true, "volumes": true, "secrets": true,
	"configs": true, "services.*.networks": true}

// swarmTypes are the values the schema types differently from the Compose
// Specification, with the type the loader's message names.
var swarmTypes = map[string]string{
	"services.*.depends_on":                         "list",
	"services.*.deploy.resources.limits.cpus":       "string",
	"services.*.deploy.resources.reservations.cpus": "string",
	"services.*.ports.*.published":                  "integer",
	"services.*.ports.*.target":                     "integer",
	"services.*.deploy.replicas":                    "integer",
}

// swarmForbidden are service keys the loader refuses before it validates,
// with its reason ("compose file contains unsupported options").
var swarmForbidden = map[string]string{
	"extends":       "Support for `extends` is not implemented yet.",
	"volume_driver": "Instead of setting the volume driver on the service, define a volume using the top-level `volumes` option and specify the driver there.",
	"volumes_from":  "To share a volume between services, define it using the top-level `volumes` option and reference it from each service that shares it using the service-level `volumes` option.",
	"cpu_quota":     "Set resource limits using deploy.resources",
	"cpu_shares":    "Set resource limits using deploy.resources",
	"cpuset":        "Set resource limits using deploy.resources",
	"mem_limit":     "Set resource limits using deploy.resources",
	"memswap_limit": "Set resource limits using deploy.resources",
}

// SwarmRejected returns what docker stack deploy's loader rejects in a
// stack file: keys the 3.13 schema does not allow where they are written,
// the keys it forbids, and values of the wrong type (a long depends_on, a
// number of CPUs, a quoted port). A ${VAR} value is cast by the loader,
// so it is not a wrong type.
func SwarmRejected(doc *yaml.Node) []SwarmProblem {
	if doc != nil && doc.Kind == yaml.DocumentNode && len(doc.Content) == 1 {
		doc = doc.Content[0]
	}
	w := swarmWalk{seen: map[*yaml.Node]bool{}}
	w.walk(doc, doc, "", "(root)")
	return w.out
}

// swarmWalk is one walk of a stack file; seen holds the anchored nodes
// already checked, so each aliased block is checked once (and a document of
// nested aliases cannot make the walk exponential).
type swarmWalk struct {
	seen map[*yaml.Node]bool
	out  []SwarmProblem
}

// walk checks the node n at a path ("services.app.ports.0") that matches
// pattern ("services.*.ports.*"); at is where it is written (its key in a
// mapping).
func (w *swarmWalk) walk(n, at *yaml.Node, pattern, path string) {
	n = yamlnode.Deref(n)
	if n == nil || w.seen[n] {
		return
	}
	if n.Anchor != "" {
		w.seen[n] = true
	}
	if want, ok := swarmTypes[pattern]; ok && !swarmTyped(n, want) {
		w.out = append(w.out, SwarmProblem{Node: at, Message: fmt.Sprintf("%s must be a %s", path, want)})
		return
	}
	switch n.Kind {
	case yaml.MappingNode:
		allowed, checked := swarmKeys[pattern]
		yamlnode.Pairs(n, func(k, v *yaml.Node) {
			if checked && !swarmAllowed(pattern, allowed, k.Value) {
				w.out = append(w.out, SwarmProblem{Node: k, Message: swarmKeyMessage(pattern, path, k.Value)})
				return
			}
			child := pattern + "." + k.Value
			if swarmNamed[pattern] {
				child = pattern + ".*"
			}
			w.walk(v, k, strings.TrimPrefix(child, "."), childPath(path, k.Value))
		})
	case yaml.SequenceNode:
		for i, item := range n.Content {
			w.walk(item, item, pattern+".*", childPath(path, strconv.Itoa(i)))
		}
	}
}

func childPath(path, key string) string {
	if path == "(root)" {
		return key
	}
	return path + "." + key
}

func swarmAllowed(pattern string, allowed []string, key string) bool {
	if swarmExtensible[pattern] && strings.HasPrefix(key, "x-") {
		return true
	}
	for _, a := range allowed {
		if a == key {
			return true
		}
	}
	return false
}

func swarmKeyMessage(pattern, path, key string) string {
	if reason, ok := swarmForbidden[key]; ok && pattern == "services.*" {
		return fmt.Sprintf("compose file contains unsupported options: %s: %s", key, reason)
	}
	return fmt.Sprintf("%s Additional property %s is not allowed", path, key)
}

// swarmTyped reports whether a value has the type the schema wants, as
// the loader sees it after interpolation.
func swarmTyped(n *yaml.Node, want string) bool {
	if n.Kind == yaml.ScalarNode && strings.Contains(n.Value, "$") {
		return true // interpolated, then cast to the type
	}
	switch want {
	case "list":
		return n.Kind == yaml.SequenceNode
	case "string":
		return n.Kind == yaml.ScalarNode && n.ShortTag() == "!!str"
	case "integer":
		return n.Kind == yaml.ScalarNode && n.ShortTag() == "!!int"
	}
	return true
}

// SwarmIgnored are the service keys docker stack deploy drops, with what
// it prints: unsupported options (without a reason) and deprecated ones.
var SwarmIgnored = map[string]string{
	"build": "", "cgroup_parent": "", "devices": "", "domainname": "", "external_links": "", "ipc": "",
	"links": "", "mac_address": "", "network_mode": "", "pid": "", "privileged": "", "restart": "",
	"security_opt": "", "shm_size": "", "userns_mode": "",
	"container_name": "Setting the container name is not supported.",
	"expose":         "Exposing ports is unnecessary - services on the same network can access each other's containers on any port.",
}
