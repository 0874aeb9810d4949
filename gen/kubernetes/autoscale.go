package kubernetes

import (
	"fmt"
	"math"
	"strconv"
	"time"

	"github.com/lbgen/lbgen/autoscale"
	"github.com/lbgen/lbgen/component"
	"github.com/lbgen/lbgen/gen/scrape"
	"github.com/lbgen/lbgen/schemas"
)

// A service's replica count belongs to one autoscaler: the HPA when it
// scales on CPU (the spec's autoscale block, or a scaled service with a
// CPU request), KEDA's ScaledObject when its autoscale block scales on a
// Prometheus query (KEDA creates the HPA itself), never both.
const (
	ownerNone = iota
	ownerHPA
	ownerKEDA
)

func autoscaler(s *schemas.Service) int {
	if a := s.Autoscale; a != nil {
		if a.Metric == schemas.MetricCPU {
			return ownerHPA
		}
		return ownerKEDA
	}
	r := s.Resources
	if s.MaxReplicaCount > s.ReplicaCount && s.ReplicaCount >= 1 && r != nil && (r.CPULimit > 0 || r.CPUReservation > 0) {
		return ownerHPA
	}
	return ownerNone
}

type hpaBehavior struct {
	ScaleUp   hpaRules `yaml:"scaleUp"`
	ScaleDown hpaRules `yaml:"scaleDown"`
}

type hpaRules struct {
	StabilizationWindowSeconds int         `yaml:"stabilizationWindowSeconds"`
	SelectPolicy               string      `yaml:"selectPolicy"`
	Policies                   []hpaPolicy `yaml:"policies"`
}

type hpaPolicy struct {
	Type          string `yaml:"type"`
	Value         int    `yaml:"value"`
	PeriodSeconds int    `yaml:"periodSeconds"`
}

// behavior is the autoscale block's behaviour in the HPA's terms (Max:
// the policy allowing the largest change applies, as package autoscale
// decides).
func behavior(a *schemas.Autoscale) *hpaBehavior {
	if a == nil {
		return nil
	}
	rules := func(r autoscale.Rules) hpaRules {
		out := hpaRules{StabilizationWindowSeconds: wholeSeconds(r.Stabilization), SelectPolicy: "Max"}
		for _, p := range r.Policies {
			hp := hpaPolicy{Type: "Pods", Value: p.Pods, PeriodSeconds: wholeSeconds(p.Period)}
			if p.Pods == 0 {
				hp.Type, hp.Value = "Percent", p.Percent
			}
			out.Policies = append(out.Policies, hp)
		}
		return out
	}
	return &hpaBehavior{ScaleUp: rules(a.Config.Up), ScaleDown: rules(a.Config.Down)}
}

// wholeSeconds is a duration in the HPA's whole seconds; unlike a probe's,
// a window may be 0.
func wholeSeconds(d time.Duration) int { return int(math.Round(d.Seconds())) }

type scaledObjectSpec struct {
	ScaleTargetRef  nameRef       `yaml:"scaleTargetRef"`
	PollingInterval int           `yaml:"pollingInterval"`
	MinReplicaCount int           `yaml:"minReplicaCount"`
	MaxReplicaCount int           `yaml:"maxReplicaCount"`
	Advanced        kedaAdvanced  `yaml:"advanced"`
	Triggers        []kedaTrigger `yaml:"triggers"`
}

type kedaAdvanced struct {
	HorizontalPodAutoscalerConfig struct {
		Behavior *hpaBehavior `yaml:"behavior"`
	} `yaml:"horizontalPodAutoscalerConfig"`
}

type kedaTrigger struct {
	Type       string            `yaml:"type"`
	MetricType string            `yaml:"metricType"`
	Metadata   map[string]string `yaml:"metadata"`
}

// scaledObject is KEDA's ScaledObject for a service that scales on a
// Prometheus query: the request rate shared by the replicas
// (AverageValue: KEDA divides it by the target) or the p95 latency
// (Value).
func (b *builder) scaledObject(s *schemas.Service) object {
	a := s.Autoscale
	query, kind := scrape.AutoscaleQuery(b.topo, s)
	metricType := "AverageValue"
	if kind == autoscale.Level {
		metricType = "Value"
	}
	spec := scaledObjectSpec{ScaleTargetRef: nameRef{Name: s.Name}, PollingInterval: max(1, wholeSeconds(a.SyncPeriod)),
		MinReplicaCount: a.Config.Min, MaxReplicaCount: a.Config.Max,
		Triggers: []kedaTrigger{{Type: "prometheus", MetricType: metricType, Metadata: map[string]string{
			"serverAddress": fmt.Sprintf("http://%s:%d", b.k.ClusterName(component.PrometheusService), component.PrometheusPort),
			"query":         query,
			"threshold":     strconv.FormatFloat(a.Target, 'f', -1, 64),
		}}}}
	spec.Advanced.HorizontalPodAutoscalerConfig.Behavior = behavior(a)
	return object{APIVersion: "keda.sh/v1alpha1", Kind: "ScaledObject", Metadata: b.meta(s.Name), Spec: spec}
}
