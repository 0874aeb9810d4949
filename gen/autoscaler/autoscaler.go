// Package autoscaler renders the configuration of lbgen's autoscaling
// controller (`lbgen autoscale`) for the Compose and Swarm platforms,
// which have no autoscaler of their own: per autoscaled service, the
// PromQL to read, the target and the HPA behaviour from the spec.
// Kubernetes scales with its own HorizontalPodAutoscaler instead.
package autoscaler

import (
	"encoding/json"
	"fmt"
	"path"

	"github.com/lbgen/lbgen/autoscale"
	"github.com/lbgen/lbgen/component"
	"github.com/lbgen/lbgen/gen"
	"github.com/lbgen/lbgen/gen/scrape"
	"github.com/lbgen/lbgen/schemas"
)

// Render writes gen.AutoscalerConfig when the stack autoscales.
func Render(t *schemas.Topology, ctx gen.Context) ([]gen.File, error) {
	if !gen.RunsAutoscaler(t, ctx.Platform) {
		return nil, nil
	}
	f := autoscale.File{
		Platform:    ctx.Platform.Name,
		Project:     t.Project,
		ComposeFile: path.Join("..", gen.ComposeFile),
		Prometheus:  fmt.Sprintf("http://%s:%d", component.PrometheusService, component.PrometheusPort),
		Listen:      fmt.Sprintf(":%d", schemas.AutoscalerPort),
	}
	if ctx.Platform.Name != "compose" {
		f.ComposeFile = ""
	}
	for _, s := range t.AutoscaledServices() {
		a := s.Autoscale
		query, kind := scrape.AutoscaleQuery(t, s)
		workload := s.Name
		if ctx.Platform.ServiceLabelValue != nil {
			workload = ctx.Platform.ServiceLabelValue(t.Project, s.Name)
		}
		f.Services = append(f.Services, autoscale.Service{
			Name: s.Name, Workload: workload, Kind: autoscale.KindName(kind), Metric: a.Metric, Query: query,
			Target: a.Target, Min: a.Config.Min, Max: a.Config.Max, SyncPeriod: a.SyncPeriod.Seconds(),
			Tolerance: a.Config.Tolerance, Up: autoscale.FileRules(a.Config.Up), Down: autoscale.FileRules(a.Config.Down),
		})
	}
	data, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("render autoscaler configuration: %w", err)
	}
	return []gen.File{{Path: gen.AutoscalerConfig, Bytes: append(data, '\n')}}, nil
}
