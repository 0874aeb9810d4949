package composefile

import (
	"regexp"

	"github.com/compose-spec/compose-go/v2/types"

	"github.com/lbgen/lbgen/component"
	"github.com/lbgen/lbgen/gen"
	"github.com/lbgen/lbgen/schemas"
)

// Where the autoscaler container finds the Docker socket, its
// configuration and (on Compose) the stack's files.
const (
	dockerSocket        = "/var/run/docker.sock"
	autoscalerConfigDir = "/etc/lbgen/autoscale"
	// AutoscalerStackDir is where the Compose autoscaler sees the output
	// directory, to run `docker compose` on its compose file.
	AutoscalerStackDir = "/stack"
)

// autoscalerService runs `lbgen autoscale` next to Prometheus. It talks
// to the Docker Engine through its socket, mounted read-only: that stops
// the container from replacing the socket file, not from using the API
// (docs/security.md). On Compose it also sees the output directory, since
// `docker compose --scale` reads the compose file.
func (b *builder) autoscalerService() {
	t := b.topo
	if !gen.RunsAutoscaler(t, b.ctx.Platform) {
		return
	}
	cfg := autoscalerConfigDir + "/autoscale.json"
	vols := []types.ServiceVolumeConfig{bindMount(t.Autoscaler.DockerSocket, dockerSocket, true)}
	if b.ctx.Platform.Name == "compose" {
		vols = append(vols, bindMount(".", AutoscalerStackDir, true))
		cfg = AutoscalerStackDir + "/" + gen.AutoscalerConfig
	} else {
		vols = append(vols, bindMount("./"+gen.AutoscalerDir, autoscalerConfigDir, true))
	}
	var env types.MappingWithEquals
	var deploy *types.DeployConfig
	if b.ctx.Platform.Name == "compose" {
		env = b.passThrough()
	} else {
		// Swarm accepts service updates on managers only.
		deploy = &types.DeployConfig{Placement: types.Placement{Constraints: []string{"node.role == manager"}}}
	}
	b.add(types.ServiceConfig{
		Name:   schemas.AutoscalerService,
		Deploy: deploy,
		ContainerSpec: types.ContainerSpec{
			Image:       t.Autoscaler.Image,
			Environment: env,
			Command:     types.ShellCommand{"autoscale", "--config", cfg},
			Volumes:     vols,
			Networks:    map[string]*types.ServiceNetworkConfig{schemas.MonitoringNetwork: nil},
		},
	}, []string{component.PrometheusService})
}

// variableRef is a Compose interpolation, ${NAME...}, not escaped as $${.
var variableRef = regexp.MustCompile(`(^|[^$])\$\{([A-Za-z_][A-Za-z0-9_]*)`)

// passThrough lists the variables the compose file interpolates, to pass
// from `docker compose up`'s environment to the autoscaler: its own
// `docker compose up --scale` reads the whole file, and a required
// variable (${STATS_PASSWORD:?...}) missing there fails the command.
func (b *builder) passThrough() types.MappingWithEquals {
	env := types.MappingWithEquals{}
	add := func(text string) {
		for _, m := range variableRef.FindAllStringSubmatch(text, -1) {
			env[m[2]] = nil
		}
	}
	for _, svc := range b.project.Services {
		for _, v := range svc.Environment {
			if v != nil {
				add(*v)
			}
		}
	}
	for _, sec := range b.project.Secrets {
		if sec.Environment != "" {
			env[sec.Environment] = nil
		}
	}
	if len(env) == 0 {
		return nil
	}
	return env
}
