// Package swarm is the Docker Swarm platform: the same stack deployed with
// `docker stack deploy` across machines. Balancers and Prometheus find
// every task through tasks.<service>, config files travel as Swarm configs
// named by a hash of their content (a changed file rolls the service
// instead of failing), secrets are created by the operator, and what Swarm
// ignores (build, depends_on, restart, security_opt, profiles) is not
// rendered as if it worked.
package swarm

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/compose-spec/compose-go/v2/types"
	"github.com/hashicorp/hcl/v2"

	"github.com/lbgen/lbgen/component"
	"github.com/lbgen/lbgen/gen"
	"github.com/lbgen/lbgen/gen/composefile"
	"github.com/lbgen/lbgen/schemas"
)

// StackFile is the stack file's name in the output directory.
const StackFile = "docker-stack.yml"

// stackVersion is the oldest Compose file version with every key lbgen
// writes (update_config's order and failure_action rollback need 3.7);
// docker/cli requires a version key.
const stackVersion = "3.8"

// Platform is Docker Swarm: the engine's DNS answers tasks.<service> with
// every running task of a service, and containers carry the stack's and
// the Swarm service's labels (the service label is namespaced by stack).
func Platform() gen.Platform {
	return gen.Platform{
		Name:       "swarm",
		Resolver:   "127.0.0.11:53",
		DNSLabel:   "docker",
		DNSRefresh: time.Second,
		DNSRefreshWhy: []string{
			"Swarm takes a task out of DNS 2s before it stops it (its gossip delay),",
			"and a stopped app refuses connections: using an answer for at most 1s,",
			"the balancer drops a leaving task before that, and tasks added with",
			"`docker service scale` get traffic within 1s, without a reload.",
		},
		ReplicaHost:       func(service string) string { return "tasks." + service },
		Discovery:         tasksDiscovery,
		ServiceLabel:      "container_label_com_docker_swarm_service_name",
		ServiceLabelValue: func(project, service string) string { return project + "_" + service },
		ProjectLabel:      "container_label_com_docker_stack_namespace",
		ReplicaName:       func(project, service string, n int) string { return fmt.Sprintf("%s_%s.%d", project, service, n) },
		ManyHosts:         true,
		// Overlay networks are allocated from Docker's private pools.
		PrivateRanges: []string{"10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"},
		Check:         Check,
		Autoscaler:    true,
		Stack:         gen.Target{Name: "swarm", Dirs: []string{""}, Render: Render},
	}
}

// tasksDiscovery asks for tasks.<service>'s A records: one per running task,
// whether the service uses a virtual IP or DNS round robin.
func tasksDiscovery(service string, port int, refresh time.Duration) (string, any) {
	type dnsSD struct {
		Names           []string `yaml:"names"`
		Type            string   `yaml:"type"`
		Port            int      `yaml:"port"`
		RefreshInterval string   `yaml:"refresh_interval"`
	}
	return "dns_sd_configs", []dnsSD{{Names: []string{"tasks." + service}, Type: "A", Port: port, RefreshInterval: gen.FormatDuration(refresh)}}
}

// fromProject turns the compose project lbgen builds for a stack into a
// stack file. rendered are the other files of the render: the bind mounts
// of them become Swarm configs, since a bind-mounted file exists on one
// node only.
func fromProject(p *types.Project, rendered []gen.File) (*stackFile, error) {
	sf := &stackFile{Version: stackVersion, Services: map[string]*service{}, Networks: map[string]network{},
		Volumes: map[string]struct{}{}, Configs: map[string]fileRef{}, Secrets: map[string]secretRef{}}
	for name, n := range p.Networks {
		sf.Networks[name] = network{Driver: "overlay", Attachable: !n.Internal, Internal: n.Internal}
	}
	for name := range p.Volumes {
		sf.Volumes[name] = struct{}{}
	}
	for name, sec := range p.Secrets {
		sf.Secrets[name] = swarmSecret(sec)
	}
	for name, svc := range p.Services {
		if len(svc.Profiles) > 0 {
			continue // Swarm has no profiles: it would start a load test on every deploy
		}
		s, err := newService(svc, sf, rendered)
		if err != nil {
			return nil, err
		}
		for net := range svc.Networks {
			if _, ok := sf.Networks[net]; !ok {
				sf.Networks[net] = network{Driver: "overlay", Attachable: true}
			}
		}
		sf.Services[name] = s
	}
	return sf, nil
}

// swarmSecret keeps a secret's file (docker stack deploy creates the
// secret from it) or its external name; a secret Compose reads from the
// environment has no Swarm form, so it must exist already.
func swarmSecret(sec types.SecretConfig) secretRef {
	if sec.File != "" {
		return secretRef{File: sec.File}
	}
	return secretRef{Name: sec.Name, External: true}
}

func newService(svc types.ServiceConfig, sf *stackFile, rendered []gen.File) (*service, error) {
	if svc.Image == "" {
		return nil, fmt.Errorf("service %q has no image: every Swarm node pulls the image, so build it, push it to a registry and set image", svc.Name)
	}
	s := &service{Image: svc.Image, Command: svc.Command, Entrypoint: svc.Entrypoint,
		Environment: environment(svc.Environment), Networks: sortedKeys(svc.Networks), Labels: svc.Labels}
	for _, f := range svc.EnvFiles {
		s.EnvFile = append(s.EnvFile, f.Path)
	}
	for _, sec := range svc.Secrets {
		s.Secrets = append(s.Secrets, sec.Source)
	}
	for _, p := range svc.Ports {
		if pp, ok := publish(p); ok {
			s.Ports = append(s.Ports, pp)
		}
	}
	for _, v := range svc.Volumes {
		if refs := configsFor(v, rendered, sf); refs != nil {
			s.Configs = append(s.Configs, refs...)
			continue
		}
		s.Volumes = append(s.Volumes, volume{Type: v.Type, Source: v.Source, Target: v.Target, ReadOnly: v.ReadOnly})
	}
	s.Healthcheck = healthCheck(svc.HealthCheck)
	s.Deploy = deployment(svc)
	containerOptions(s, svc)
	return s, nil
}

// containerOptions copies the Compose options the stack format shares.
func containerOptions(s *service, svc types.ServiceConfig) {
	s.User, s.CapAdd, s.CapDrop, s.ReadOnly, s.Tmpfs = svc.User, svc.CapAdd, svc.CapDrop, svc.ReadOnly, svc.Tmpfs
	if svc.StopGracePeriod != nil {
		s.StopGracePeriod = gen.FormatDuration(time.Duration(*svc.StopGracePeriod))
	}
	for name, u := range svc.Ulimits {
		if s.Ulimits == nil {
			s.Ulimits = map[string]int{}
		}
		s.Ulimits[name] = u.Single
	}
	if l := svc.Logging; l != nil {
		s.Logging = &logging{Driver: l.Driver, Options: l.Options}
	}
}

// environment lists variables as NAME=value, or NAME alone to pass the
// value of `docker stack deploy`'s environment through.
func environment(env types.MappingWithEquals) []string {
	var out []string
	for _, k := range sortedKeys(env) {
		if v := env[k]; v != nil {
			out = append(out, k+"="+*v)
		} else {
			out = append(out, k)
		}
	}
	return out
}

// publish maps a published port to the routing mesh, or to the node
// running the task (host mode) when composefile asks for it. A port Compose
// publishes on one host address (admin pages on 127.0.0.1) is not
// published: Swarm cannot bind a port to one address, and publishing it
// would open it on every node's every interface.
func publish(p types.ServicePortConfig) (port, bool) {
	published, err := strconv.Atoi(p.Published)
	if err != nil || (p.HostIP != "" && p.HostIP != "0.0.0.0") {
		return port{}, false
	}
	return port{Target: p.Target, Published: published, Protocol: cmp.Or(p.Protocol, "tcp"), Mode: cmp.Or(p.Mode, "ingress")}, true
}

// configsFor turns a bind mount of rendered files into Swarm configs, one
// per file (a mounted directory becomes one config per file under it). It
// returns nil when the mount is not of rendered files.
func configsFor(v types.ServiceVolumeConfig, rendered []gen.File, sf *stackFile) []configRef {
	if v.Type != types.VolumeTypeBind || !strings.HasPrefix(v.Source, "./") {
		return nil
	}
	src := strings.TrimPrefix(v.Source, "./")
	var refs []configRef
	for _, f := range rendered {
		rest, ok := strings.CutPrefix(f.Path, src)
		if !ok || (rest != "" && !strings.HasPrefix(rest, "/")) {
			continue
		}
		name := configName(f)
		sf.Configs[name] = fileRef{File: "./" + f.Path}
		refs = append(refs, configRef{Source: name, Target: path.Join(v.Target, rest)})
	}
	return refs
}

var unsafeName = regexp.MustCompile(`[^A-Za-z0-9]+`)

// configName names a config by its path and a hash of its content: Swarm
// refuses to change a config in place, so a new content is a new config,
// and the service rolls to it.
func configName(f gen.File) string {
	sum := sha256.Sum256(f.Bytes)
	return unsafeName.ReplaceAllString(f.Path, "_") + "_" + hex.EncodeToString(sum[:4])
}

func healthCheck(h *types.HealthCheckConfig) *healthcheck {
	if h == nil {
		return nil
	}
	hc := &healthcheck{Test: h.Test, Interval: duration(h.Interval), Timeout: duration(h.Timeout), StartPeriod: duration(h.StartPeriod)}
	if h.Retries != nil {
		hc.Retries = *h.Retries
	}
	return hc
}

func duration(d *types.Duration) string {
	if d == nil {
		return ""
	}
	return gen.FormatDuration(time.Duration(*d))
}

// deployment is how Swarm runs and updates the service. Updates start the
// new task before stopping the old one, so a scaled service and the
// balancer keep serving, and roll back when the new task fails its health
// check; a service with a named volume stops first, so two tasks never
// write one volume.
func deployment(svc types.ServiceConfig) deploy {
	d := deploy{RestartPolicy: &restartPolicy{Condition: restartCondition(svc.Restart), Delay: "5s"}}
	order := "start-first"
	for _, v := range svc.Volumes {
		if v.Type == types.VolumeTypeVolume {
			order = "stop-first"
		}
	}
	if svc.Name == schemas.AutoscalerService {
		order = "stop-first" // two controllers at once would both scale
	}
	d.UpdateConfig = &updateConfig{Parallelism: 1, Delay: "5s", Order: order, FailureAction: "rollback", Monitor: "30s"}
	d.RollbackConfig = &updateConfig{Parallelism: 1, Order: order}
	if component.PerNode(svc.Name) {
		d.Mode = "global" // per-node metrics: one task on every node
	} else if svc.Deploy != nil {
		d.Replicas = svc.Deploy.Replicas
	}
	if svc.Deploy != nil {
		d.Resources = resourcesOf(svc.Deploy.Resources)
		d.Placement = placementOf(svc.Deploy.Placement)
	}
	if publishesOnNode(svc) || (d.Placement != nil && d.Placement.MaxPerNode > 0) {
		// A port bound on the node is free, and a node at its
		// max_replicas_per_node has room, only once the old task has
		// stopped: started first, the new task could find no node and
		// wait forever (or move the balancer to another node's address).
		d.UpdateConfig.Order, d.RollbackConfig.Order = "stop-first", "stop-first"
	}
	return d
}

func placementOf(p types.Placement) *placement {
	if len(p.Constraints) == 0 && len(p.Preferences) == 0 && p.MaxReplicas == 0 {
		return nil
	}
	out := &placement{Constraints: p.Constraints, MaxPerNode: p.MaxReplicas}
	for _, pref := range p.Preferences {
		out.Preferences = append(out.Preferences, preference{Spread: pref.Spread})
	}
	return out
}

// publishesOnNode reports whether a service binds a port on its node
// (host mode) rather than on the routing mesh.
func publishesOnNode(svc types.ServiceConfig) bool {
	return slices.ContainsFunc(svc.Ports, func(p types.ServicePortConfig) bool { return p.Mode == "host" })
}

func restartCondition(restart string) string {
	switch restart {
	case "no":
		return "none"
	case "on-failure":
		return "on-failure"
	}
	return "any"
}

func resourcesOf(r types.Resources) *resources {
	if r.Limits == nil && r.Reservations == nil {
		return nil
	}
	return &resources{Limits: resourceOf(r.Limits), Reservations: resourceOf(r.Reservations)}
}

func resourceOf(r *types.Resource) *resource {
	if r == nil {
		return nil
	}
	out := &resource{}
	if r.NanoCPUs > 0 {
		out.CPUs = strconv.FormatFloat(float64(r.NanoCPUs), 'f', -1, 64)
	}
	if r.MemoryBytes > 0 {
		out.Memory = memory(int64(r.MemoryBytes))
	}
	return out
}

// memory writes a size in the largest binary unit that divides it.
func memory(b int64) string {
	for _, u := range []struct {
		suffix string
		size   int64
	}{{"G", 1 << 30}, {"M", 1 << 20}, {"K", 1 << 10}} {
		if b%u.size == 0 {
			return fmt.Sprintf("%d%s", b/u.size, u.suffix)
		}
	}
	return strconv.FormatInt(b, 10)
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// Render returns the stack file for `docker stack deploy`.
func Render(t *schemas.Topology, ctx gen.Context) ([]gen.File, error) {
	sf, err := fromProject(composefile.Build(t, ctx), ctx.Rendered)
	if err != nil {
		return nil, fmt.Errorf("render swarm stack: %w", err)
	}
	body, err := gen.YAML(sf)
	if err != nil {
		return nil, fmt.Errorf("render swarm stack: %w", err)
	}
	return []gen.File{{Path: StackFile, Bytes: append(ctx.Header("#"), body...)}}, nil
}

// Check reports what a spec asks that Swarm cannot do: a service Swarm
// would have to build (every node pulls its image instead), profiles, and
// a traffic port bound to one address.
func Check(t *schemas.Topology) hcl.Diagnostics {
	var diags hcl.Diagnostics
	for _, b := range t.Balancers {
		if ip := b.ListenIP; ip != "" && ip != "0.0.0.0" && ip != "::" && !b.Internal {
			diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "listen_ip on Swarm",
				Detail: fmt.Sprintf("Swarm publishes balancer %q's port on every address of every node (routing mesh) or of its node (preserve_client_ip): "+
					"it cannot bind %s alone, so the port would not be published. Remove listen_ip and filter with a firewall, or render for Compose.", b.Name, ip),
				Subject: b.ListenIPRange.Ptr()})
		}
	}
	for _, s := range t.Services {
		if len(s.Profiles) > 0 {
			diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Profiles on Swarm",
				Detail:  fmt.Sprintf("Swarm stacks have no profiles: `docker stack deploy` rejects them, so service %q would never run. Remove profiles, or render for Compose.", s.Name),
				Subject: s.ProfilesRange.Ptr()})
		}
		if s.Image == "" {
			diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Service without an image on Swarm",
				Detail: fmt.Sprintf("Service %q is only built (build = %q), but every Swarm node pulls the images it runs. "+
					"Build the image, push it to a registry the nodes reach, and set image = \"REGISTRY/%s:TAG\".", s.Name, s.Build, s.Name),
				Subject: s.LabelRange.Ptr()})
		}
	}
	return diags
}
