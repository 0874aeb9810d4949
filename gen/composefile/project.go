// Package composefile builds the compose project of a stack: application
// services scaled with deploy.replicas and reached only through their
// balancers, plus the balancer, monitoring and load-test services that
// lbgen adds around them. The Compose platform writes it as
// docker-compose.yml (gen/compose), the Swarm platform as a stack file
// (gen/swarm).
package composefile

import (
	"fmt"
	"strconv"
	"time"

	"github.com/compose-spec/compose-go/v2/types"

	"github.com/lbgen/lbgen/gen"
	"github.com/lbgen/lbgen/schemas"
)

// defaultNetwork is Compose's implicit network, joined by every service
// that names no network.
const defaultNetwork = "default"

// Build returns the stack's compose project.
func Build(t *schemas.Topology, ctx gen.Context) *types.Project {
	b := &builder{
		topo: t,
		ctx:  ctx,
		project: &types.Project{
			Name:     t.Project,
			Services: types.Services{},
			Networks: types.Networks{},
			Volumes:  types.Volumes{},
			Secrets:  types.Secrets{},
		},
		dependsOn: map[string][]string{},
		startOnly: map[string]map[string]bool{},
		scraped:   scrapedServices(t),
	}
	for _, s := range t.Services {
		b.service(s)
	}
	for _, lb := range t.Balancers {
		b.balancer(lb)
	}
	if t.Monitoring != nil {
		b.monitoring(t.Monitoring)
	}
	for _, l := range t.LoadTests {
		b.loadTest(l)
	}
	b.autoscalerService()
	b.linkDependencies()
	if len(b.scraped) > 0 {
		b.project.Networks[schemas.MonitoringNetwork] = types.NetworkConfig{}
	}
	for _, n := range t.Networks {
		b.project.Networks[n.Name] = types.NetworkConfig{Internal: n.Internal}
	}
	return b.project
}

// builder accumulates the compose project.
type builder struct {
	topo    *schemas.Topology
	ctx     gen.Context
	project *types.Project
	// dependsOn lists each compose service's dependencies; conditions are
	// filled in once every service (and so every health check) exists.
	dependsOn map[string][]string
	// startOnly lists, per compose service, dependencies it waits to start
	// but not to be healthy (a balancer's minor backends).
	startOnly map[string]map[string]bool
	// scraped are the services Prometheus reaches over the monitoring
	// network: scraped services and balancers.
	scraped map[string]bool
}

func (b *builder) add(svc types.ServiceConfig, deps []string) {
	if svc.Restart == "" {
		svc.Restart = schemas.DefaultRestart
	}
	if b.topo.Service(svc.Name) == nil {
		// The images lbgen adds never need setuid binaries to gain
		// privileges; the app's own images might, so those are left alone.
		svc.SecurityOpt = []string{"no-new-privileges:true"}
	}
	b.project.Services[svc.Name] = svc
	b.dependsOn[svc.Name] = deps
}

// linkDependencies waits for a dependency to be healthy when it has a
// health check (and is not in startOnly), and only for it to start
// otherwise: service_healthy on a service without a health check never
// becomes true.
func (b *builder) linkDependencies() {
	for name, deps := range b.dependsOn {
		if len(deps) == 0 {
			continue
		}
		svc := b.project.Services[name]
		svc.DependsOn = types.DependsOnConfig{}
		for _, dep := range deps {
			cond := types.ServiceConditionStarted
			if b.project.Services[dep].HealthCheck != nil && !b.startOnly[name][dep] {
				cond = types.ServiceConditionHealthy
			}
			svc.DependsOn[dep] = types.ServiceDependency{Condition: cond, Required: true}
		}
		b.project.Services[name] = svc
	}
}

func (b *builder) service(s *schemas.Service) {
	svc := types.ServiceConfig{
		Name:    s.Name,
		Restart: s.Restart,
		Deploy:  &types.DeployConfig{Replicas: &s.ReplicaCount},
		ContainerSpec: types.ContainerSpec{
			Image:       s.Image,
			Command:     s.Command,
			Entrypoint:  s.Entrypoint,
			Environment: environment(s.Env),
			Labels:      types.Labels(s.Labels),
			Networks:    b.networks(s.Name, s.Networks),
		},
		WorkloadSpec: types.WorkloadSpec{HealthCheck: healthCheck(s)},
	}
	if s.Build != "" {
		svc.Build = &types.BuildConfig{Context: b.ctx.FromSpec(s.Build), Dockerfile: s.Dockerfile}
	}
	for _, f := range s.EnvFiles {
		svc.EnvFiles = append(svc.EnvFiles, types.EnvFile{Path: b.ctx.FromSpec(f), Required: true})
	}
	// Backends are reached over the compose network only: expose documents
	// their ports without binding any on the host, which would clash as
	// soon as the service scales.
	if s.Port != 0 {
		svc.Expose = append(svc.Expose, strconv.Itoa(s.Port))
	}
	for _, p := range s.ExtraPorts {
		svc.Expose = append(svc.Expose, strconv.Itoa(p))
	}
	for _, p := range s.Publish {
		svc.Ports = append(svc.Ports, port(p.HostIP, p.HostPort, p.ContainerPort))
	}
	for _, v := range s.Volumes {
		svc.Volumes = append(svc.Volumes, b.volume(v))
	}
	composeOptions(&svc, s)
	svc.Deploy = b.placement(s.Placement, svc.Deploy)
	if r := s.Resources; r != nil {
		svc.Deploy.Resources = types.Resources{
			Limits:       resource(r.CPULimit, r.MemoryLimit),
			Reservations: resource(r.CPUReservation, r.MemoryReservation),
		}
	}
	b.add(svc, s.DependsOn)
}

// composeOptions passes the spec's Compose options through.
func composeOptions(svc *types.ServiceConfig, s *schemas.Service) {
	svc.Profiles = s.Profiles
	svc.User = s.User
	svc.CapAdd, svc.CapDrop = s.CapAdd, s.CapDrop
	svc.ReadOnly = s.ReadOnly
	svc.Tmpfs = s.Tmpfs
	if s.StopGrace > 0 {
		svc.StopGracePeriod = duration(s.StopGrace)
	}
	if len(s.Ulimits) > 0 {
		svc.Ulimits = map[string]*types.UlimitsConfig{}
		for name, n := range s.Ulimits {
			svc.Ulimits[name] = &types.UlimitsConfig{Single: n}
		}
	}
	if l := s.Logging; l != nil {
		svc.Logging = &types.LoggingConfig{Driver: l.Driver, Options: l.Options}
	}
}

func (b *builder) volume(v *schemas.Volume) types.ServiceVolumeConfig {
	if v.Bind {
		return bindMount(b.ctx.FromSpec(v.Source), v.Target, v.ReadOnly)
	}
	b.project.Volumes[v.Source] = types.VolumeConfig{}
	return types.ServiceVolumeConfig{Type: types.VolumeTypeVolume, Source: v.Source, Target: v.Target, ReadOnly: v.ReadOnly}
}

func bindMount(source, target string, readOnly bool) types.ServiceVolumeConfig {
	return types.ServiceVolumeConfig{Type: types.VolumeTypeBind, Source: source, Target: target, ReadOnly: readOnly}
}

func environment(env map[string]string) types.MappingWithEquals {
	if len(env) == 0 {
		return nil
	}
	m := types.MappingWithEquals{}
	for k, v := range env {
		m[k] = &v
	}
	return m
}

// networks is the networks section of a service: the networks it names,
// and the monitoring network when Prometheus scrapes it. A service that
// names none is on Compose's default network, which must then be named
// beside the monitoring network.
func (b *builder) networks(service string, names []string) map[string]*types.ServiceNetworkConfig {
	if b.scraped[service] {
		if len(names) == 0 {
			names = []string{defaultNetwork}
		}
		names = append(names, schemas.MonitoringNetwork)
	}
	if len(names) == 0 {
		return nil
	}
	m := map[string]*types.ServiceNetworkConfig{}
	for _, n := range names {
		m[n] = nil
	}
	return m
}

func port(hostIP string, published, target int) types.ServicePortConfig {
	return types.ServicePortConfig{
		HostIP:    hostIP,
		Published: strconv.Itoa(published),
		Target:    uint32(target),
		Protocol:  "tcp",
	}
}

func resource(cpus float64, memory int64) *types.Resource {
	if cpus == 0 && memory == 0 {
		return nil
	}
	return &types.Resource{NanoCPUs: types.NanoCPUs(cpus), MemoryBytes: types.UnitBytes(memory)}
}

// healthCheck turns the spec's check into Docker's. An HTTP check runs the
// image's own wget or curl against 127.0.0.1, not localhost: in many images
// localhost resolves to ::1 first while the app listens on IPv4 only.
func healthCheck(s *schemas.Service) *types.HealthCheckConfig {
	h := s.Health
	if h == nil {
		return nil
	}
	test := h.Command
	switch {
	case h.HTTP != "":
		test = httpProbe(h.HTTPTool, s.Port, h.HTTP)
	case test[0] != "CMD" && test[0] != "CMD-SHELL":
		test = append([]string{"CMD"}, test...)
	}
	return probe(test, h.Interval, h.Timeout, h.RetryCount, h.StartPeriod)
}

func httpProbe(tool string, port int, path string) []string {
	url := fmt.Sprintf("http://127.0.0.1:%d%s", port, path)
	if tool == "curl" {
		return []string{"CMD", "curl", "-fsS", "-o", "/dev/null", url}
	}
	return []string{"CMD", "wget", "-q", "-O", "/dev/null", url}
}

func probe(test []string, interval, timeout time.Duration, retries int, start time.Duration) *types.HealthCheckConfig {
	r := uint64(retries)
	hc := &types.HealthCheckConfig{
		Test:     test,
		Interval: duration(interval),
		Timeout:  duration(timeout),
		Retries:  &r,
	}
	if start > 0 {
		hc.StartPeriod = duration(start)
	}
	return hc
}

func duration(d time.Duration) *types.Duration {
	cd := types.Duration(d)
	return &cd
}

// scrapedServices are the services that join the monitoring network so
// Prometheus can reach them: every scraped service, and every balancer
// (its metrics, or its exporter's source).
func scrapedServices(t *schemas.Topology) map[string]bool {
	scraped := map[string]bool{}
	if t.Monitoring == nil || t.Monitoring.Prometheus == nil {
		return scraped
	}
	for _, name := range t.Monitoring.Scrape {
		scraped[name] = true
	}
	for _, lb := range t.Balancers {
		scraped[lb.Name] = true
	}
	return scraped
}
