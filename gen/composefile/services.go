package composefile

import (
	"fmt"
	"time"

	"github.com/compose-spec/compose-go/v2/types"

	"github.com/lbgen/lbgen/component"
	"github.com/lbgen/lbgen/gen"
	"github.com/lbgen/lbgen/schemas"
)

// Names of what lbgen adds to the compose project.
const (
	grafanaSecret    = "grafana_admin_password"
	prometheusVolume = "prometheus_data"
	grafanaVolume    = "grafana_data"
	loadTestProfile  = "testing"
)

// Health-check timing for the containers lbgen adds itself.
const (
	ownInterval = 10 * time.Second
	ownTimeout  = 3 * time.Second
	ownRetries  = 3
)

// balancer is the only kind of service that publishes the stack's traffic
// port. Its config is mounted read-only and it waits for its backends.
func (b *builder) balancer(lb *schemas.Balancer) {
	target := component.NginxSiteConfig
	switch {
	case lb.Engine == schemas.EngineHAProxy:
		target = component.HAProxyConfig
	case lb.TCP():
		target = component.NginxMainConfig
	}
	routed := lb.RoutedServices()
	svc := types.ServiceConfig{
		Name: lb.Name,
		ContainerSpec: types.ContainerSpec{
			Image:       lb.Image,
			Environment: requiredEnv(gen.BalancerEnv(lb)),
			Volumes:     []types.ServiceVolumeConfig{bindMount("./"+gen.BalancerConfigPath(lb), target, true)},
			Networks:    b.networks(lb.Name, b.publicNetworks(routed)),
		},
		WorkloadSpec: types.WorkloadSpec{
			HealthCheck: probe(httpProbe("wget", lb.ContainerPort(), lb.HealthPath),
				ownInterval, ownTimeout, ownRetries, 0),
		},
	}
	if !lb.Internal {
		svc.Ports = append(svc.Ports, b.trafficPort(lb, lb.Listen, lb.TrafficPort()))
	}
	if lb.Stats != nil {
		svc.Ports = append(svc.Ports, port(lb.Stats.HostIP, lb.Stats.Port, lb.Stats.Port))
	}
	if t := lb.TLS; t != nil {
		svc.Ports = append(svc.Ports, b.trafficPort(lb, t.Listen, lb.ContainerTLSPort()))
		svc.Secrets = b.tlsSecrets(lb)
	}
	svc.Deploy = b.placement(lb.Placement, nil)
	b.add(svc, routed)
	main := MainBackends(lb)
	for _, name := range routed {
		if !main[name] {
			if b.startOnly[lb.Name] == nil {
				b.startOnly[lb.Name] = map[string]bool{}
			}
			b.startOnly[lb.Name][name] = true
		}
	}
}

// trafficPort publishes a balancer's traffic port. Across hosts, a
// balancer that keeps client addresses binds it on its node (host mode)
// instead of behind the routing mesh, which replaces the client's address
// with the node's. One host publishes it directly, keeping the address.
func (b *builder) trafficPort(lb *schemas.Balancer, published, target int) types.ServicePortConfig {
	p := port(lb.ListenIP, published, target)
	if lb.PreserveClientIP && b.ctx.Platform.ManyHosts {
		p.Mode = "host"
	}
	return p
}

// placement adds the spec's placement to a deploy section, on platforms
// whose stacks span hosts: on one host there is nowhere to place a
// replica, and docker compose ignores deploy.placement.
func (b *builder) placement(p *schemas.Placement, d *types.DeployConfig) *types.DeployConfig {
	if p == nil || !b.ctx.Platform.ManyHosts {
		return d
	}
	if d == nil {
		d = &types.DeployConfig{}
	}
	d.Placement.Constraints = p.Constraints
	for _, s := range p.Spread {
		d.Placement.Preferences = append(d.Placement.Preferences, types.PlacementPreferences{Spread: s})
	}
	if p.MaxPerNode != nil {
		d.Placement.MaxReplicas = uint64(*p.MaxPerNode)
	}
	return d
}

// tlsSecrets declares a TLS balancer's certificate and key as secrets,
// from the files the spec names or the existing secrets it names, and
// mounts them where the config reads them (gen.TLSFiles).
func (b *builder) tlsSecrets(lb *schemas.Balancer) []types.ServiceSecretConfig {
	t := lb.TLS
	var refs []types.ServiceSecretConfig
	for _, sec := range []struct{ name, file, external string }{
		{component.TLSCertificateSecret(lb.Name), t.Certificate, t.CertificateSecret},
		{component.TLSKeySecret(lb.Name), t.Key, t.KeySecret},
	} {
		cfg := types.SecretConfig{Name: sec.external, External: types.External(sec.external != "")}
		if sec.file != "" {
			cfg.File = b.ctx.FromSpec(sec.file)
		}
		b.project.Secrets[sec.name] = cfg
		refs = append(refs, types.ServiceSecretConfig{Source: sec.name})
	}
	return refs
}

// publicNetworks is what a balancer in front of the services joins (and a
// load test that calls it): their non-internal networks, where it reaches
// each of them and can publish its port. The default network alone needs
// no mention.
func (b *builder) publicNetworks(services []string) []string {
	names := b.topo.PublicNetworks(services)
	if len(names) == 1 && names[0] == defaultNetwork {
		return nil
	}
	return names
}

// MainBackends are the services a balancer waits to be healthy before it
// starts: on each route, the backends that are not backups and carry the
// route's largest weight. Waiting for every backend would let one
// unhealthy backup or canary keep the balancer, and so every route, from
// starting. The others only need to have started: the balancer finds
// their replicas through DNS and stops sending to failing ones itself.
func MainBackends(lb *schemas.Balancer) map[string]bool {
	main := map[string]bool{}
	for _, r := range lb.Routes {
		top := 0
		for _, be := range r.Backends {
			if !be.Backup {
				top = max(top, backendWeight(be))
			}
		}
		for _, be := range r.Backends {
			if !be.Backup && backendWeight(be) == top {
				main[be.Service] = true
			}
		}
	}
	return main
}

func backendWeight(be *schemas.Backend) int {
	if be.Weight == nil {
		return 1
	}
	return *be.Weight
}

func (b *builder) monitoring(m *schemas.Monitoring) {
	// The monitoring services talk to each other and to what they scrape
	// over the monitoring network only.
	nets := map[string]*types.ServiceNetworkConfig{schemas.MonitoringNetwork: nil}
	if p := m.Prometheus; p != nil {
		b.project.Volumes[prometheusVolume] = types.VolumeConfig{}
		b.add(types.ServiceConfig{
			Name: component.PrometheusService,
			ContainerSpec: types.ContainerSpec{
				Image: p.Image,
				Command: types.ShellCommand{
					"--config.file=" + component.PrometheusConfigDir + "/prometheus.yml",
					"--storage.tsdb.path=" + component.PrometheusDataDir,
					"--storage.tsdb.retention.time=" + gen.FormatDuration(p.Retention),
				},
				Volumes: []types.ServiceVolumeConfig{
					bindMount("./"+gen.PrometheusDir, component.PrometheusConfigDir, true),
					{Type: types.VolumeTypeVolume, Source: prometheusVolume, Target: component.PrometheusDataDir},
				},
				Networks: nets,
			},
			WorkloadSpec: types.WorkloadSpec{
				Ports: []types.ServicePortConfig{port(p.HostIP, p.Port, component.PrometheusPort)},
			},
		}, nil)
	}
	if g := m.Grafana; g != nil {
		// The admin password never appears in the file: Compose reads it
		// from the environment into a secret, and Grafana reads the secret.
		b.project.Secrets[grafanaSecret] = types.SecretConfig{Environment: g.AdminPasswordEnv}
		b.project.Volumes[grafanaVolume] = types.VolumeConfig{}
		secretPath := "/run/secrets/" + grafanaSecret
		var deps []string
		if m.Prometheus != nil {
			deps = []string{component.PrometheusService}
		}
		b.add(types.ServiceConfig{
			Name: component.GrafanaService,
			ContainerSpec: types.ContainerSpec{
				Image:       g.Image,
				Environment: types.MappingWithEquals{"GF_SECURITY_ADMIN_PASSWORD__FILE": &secretPath},
				Secrets:     []types.ServiceSecretConfig{{Source: grafanaSecret}},
				Volumes: []types.ServiceVolumeConfig{
					bindMount("./"+gen.GrafanaProvisionDir, component.GrafanaProvisioningDir, true),
					{Type: types.VolumeTypeVolume, Source: grafanaVolume, Target: component.GrafanaDataDir},
				},
				Networks: nets,
			},
			WorkloadSpec: types.WorkloadSpec{
				Ports: []types.ServicePortConfig{port(g.HostIP, g.Port, component.GrafanaPort)},
			},
		}, deps)
	}
	if a := m.Alertmanager; a != nil {
		b.alertmanager(a, nets)
	}
	for _, lb := range b.topo.Balancers {
		if b.topo.HasNginxExporter(lb) {
			b.add(types.ServiceConfig{
				Name: component.NginxExporterService(lb.Name),
				ContainerSpec: types.ContainerSpec{
					Image:    component.NginxExporterImage,
					Command:  types.ShellCommand{fmt.Sprintf("--nginx.scrape-uri=http://%s:%d/stub_status", lb.Name, lb.Stats.Port)},
					Networks: nets,
				},
			}, []string{lb.Name})
		}
	}
	if c := m.CAdvisor; c != nil {
		b.add(types.ServiceConfig{
			Name: component.CAdvisorService,
			ContainerSpec: types.ContainerSpec{
				Image: c.Image,
				Volumes: []types.ServiceVolumeConfig{
					bindMount("/", "/rootfs", true),
					bindMount("/var/run", "/var/run", true),
					bindMount("/sys", "/sys", true),
					bindMount("/var/lib/docker", "/var/lib/docker", true),
					bindMount("/dev/disk", "/dev/disk", true),
				},
				Networks: nets,
			},
		}, nil)
	}
}

// alertmanager runs Alertmanager with its rendered config; each
// receiver credential is a secret Compose reads from the environment.
func (b *builder) alertmanager(a *schemas.Alertmanager, nets map[string]*types.ServiceNetworkConfig) {
	var secrets []types.ServiceSecretConfig
	for _, r := range a.Receivers {
		for _, s := range r.Secrets() {
			b.project.Secrets[s.Name] = types.SecretConfig{Environment: s.Env}
			secrets = append(secrets, types.ServiceSecretConfig{Source: s.Name})
		}
	}
	b.add(types.ServiceConfig{
		Name: component.AlertmanagerService,
		ContainerSpec: types.ContainerSpec{
			Image:    a.Image,
			Command:  types.ShellCommand{"--config.file=" + component.AlertmanagerConfigDir + "/alertmanager.yml"},
			Volumes:  []types.ServiceVolumeConfig{bindMount("./"+gen.AlertmanagerDir, component.AlertmanagerConfigDir, true)},
			Secrets:  secrets,
			Networks: nets,
		},
		WorkloadSpec: types.WorkloadSpec{
			Ports: []types.ServicePortConfig{port(a.HostIP, a.Port, component.AlertmanagerPort)},
		},
	}, nil)
}

// loadTest runs Artillery against a balancer. It sits in the "testing"
// profile so `docker compose up` never starts it by accident.
func (b *builder) loadTest(l *schemas.LoadTest) {
	lb := b.topo.Balancer(l.Target)
	b.add(types.ServiceConfig{
		Name:     l.ServiceName(),
		Profiles: []string{loadTestProfile},
		Restart:  "no",
		ContainerSpec: types.ContainerSpec{
			Image:    l.Image,
			Command:  types.ShellCommand{"run", "/scripts/" + l.Name + ".yml"},
			Volumes:  []types.ServiceVolumeConfig{bindMount("./"+gen.LoadTestDir, "/scripts", true)},
			Networks: b.networks(l.ServiceName(), b.publicNetworks(lb.RoutedServices())),
		},
	}, []string{lb.Name})
}

// requiredEnv hands variables from the environment of `docker compose up`
// to the container without writing their values into the file, and makes
// each required: HAProxy would otherwise start with empty stats
// credentials (a stats page anyone can open) or crash-loop on an empty
// cookie key, so `docker compose up` stops first with the message.
func requiredEnv(names []string) types.MappingWithEquals {
	if len(names) == 0 {
		return nil
	}
	env := types.MappingWithEquals{}
	for _, n := range names {
		v := fmt.Sprintf("${%s:?set %s: %s}", n, n, gen.EnvPurpose(n))
		env[n] = &v
	}
	return env
}
