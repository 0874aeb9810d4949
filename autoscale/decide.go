// Package autoscale decides how many replicas a service should run, the
// way Kubernetes' HorizontalPodAutoscaler does: a replica count from the
// metric's ratio to its target (with a tolerance, and conservative
// assumptions for replicas that are not ready or report nothing), then a
// scale-down stabilisation window and rate limits per period, then the
// service's minimum and maximum. Decide is pure: the caller passes the
// time and the state the previous decision returned, so the algorithm is
// tested with tables and no clock.
package autoscale

import (
	"errors"
	"fmt"
	"math"
	"time"
)

// Kind says how a metric relates to the replica count.
type Kind int

const (
	// PerReplica metrics are reported by each replica and their average
	// is kept at the target (CPU utilisation of the reservation, as the
	// HPA's Resource metrics).
	PerReplica Kind = iota
	// Shared metrics are one total for the service that the replicas
	// share, kept at target per replica (requests per second, as the
	// HPA's External metrics with an AverageValue target).
	Shared
	// Level metrics are one value for the service kept at the target
	// (p95 latency, as the HPA's Object metrics with a Value target).
	Level
)

// Replica is one running replica as the metric sees it.
type Replica struct {
	Name  string
	Ready bool
	// HasValue is false when the replica reported no metric.
	HasValue bool
	Value    float64
}

// Observation is what the controller saw on one tick.
type Observation struct {
	Kind   Kind
	Target float64
	// Current is the service's replica count as set.
	Current int
	// Replicas are the running replicas: their metric (PerReplica) and
	// readiness (Level scales by the ready ones).
	Replicas []Replica
	// Value is the service's metric for Shared and Level kinds.
	Value float64
}

// Policy limits how much a scale may change the replica count within
// Period: by Pods replicas or by Percent of the count at the period's
// start (exactly one of the two is set).
type Policy struct {
	Pods    int
	Percent int
	Period  time.Duration
}

// Rules govern one direction: the stabilisation window and the policies,
// of which the one allowing the largest change applies (the HPA's
// selectPolicy: Max).
type Rules struct {
	Stabilization time.Duration
	Policies      []Policy
}

// Config is a service's bounds and behaviour.
type Config struct {
	Min, Max  int
	Tolerance float64
	Up, Down  Rules
}

// HPA defaults (Kubernetes' autoscaling/v2 behaviour when none is set).
const (
	DefaultTolerance         = 0.1
	DefaultSyncPeriod        = 15 * time.Second
	DefaultUpStabilization   = 0
	DefaultDownStabilization = 5 * time.Minute
	DefaultPolicyPeriod      = 15 * time.Second
	DefaultUpPods            = 4
	DefaultUpPercent         = 100
	DefaultDownPercent       = 100
)

// DefaultUp and DefaultDown are the HPA's default rules: scale up by the
// larger of 4 replicas or 100% per 15s at once, scale down to the highest
// recommendation of the last 5 minutes, by up to 100% per 15s.
func DefaultUp() Rules {
	return Rules{Stabilization: DefaultUpStabilization, Policies: []Policy{
		{Pods: DefaultUpPods, Period: DefaultPolicyPeriod}, {Percent: DefaultUpPercent, Period: DefaultPolicyPeriod}}}
}

// DefaultDown: see DefaultUp.
func DefaultDown() Rules {
	return Rules{Stabilization: DefaultDownStabilization, Policies: []Policy{{Percent: DefaultDownPercent, Period: DefaultPolicyPeriod}}}
}

// State is what one decision remembers for the next: the recommendations
// within the stabilisation windows and the scale events within the
// policies' periods.
type State struct {
	Recommendations []Timed
	Ups, Downs      []Timed
}

// Timed is a replica count (a recommendation, or the size of a scale
// event) at a time.
type Timed struct {
	At    time.Time
	Count int
}

// Decision is the outcome of one tick, with the steps that led to it for
// the log.
type Decision struct {
	// Ratio is the metric's ratio to its target after the conservative
	// assumptions; Recommended is the replica count it asks for.
	Ratio       float64
	Recommended int
	// Stabilized is Recommended after the stabilisation windows; Desired
	// is that after the rate limits and bounds: the count to set.
	Stabilized int
	Desired    int
	Reason     string
}

// ErrNoMetric is returned when the observation holds nothing to decide
// on: the controller then keeps the count.
var ErrNoMetric = errors.New("no replica reported the metric")

// Decide returns the replica count for an observation at now, and the
// state for the next call.
func Decide(cfg Config, st State, now time.Time, o Observation) (Decision, State, error) {
	if o.Target <= 0 {
		return Decision{}, st, fmt.Errorf("target %v is not positive", o.Target)
	}
	var d Decision
	var err error
	d.Recommended, d.Ratio, d.Reason, err = recommend(o, cfg.Tolerance)
	if err != nil {
		return Decision{}, st, err
	}
	st = st.prune(now, cfg)
	d.Stabilized = stabilize(cfg, st, now, o.Current, d.Recommended)
	st.Recommendations = append(st.Recommendations, Timed{now, d.Recommended})
	var limit string
	d.Desired, limit = limitRate(cfg, st, now, o.Current, d.Stabilized)
	if limit != "" {
		d.Reason = limit
	} else if d.Stabilized != d.Recommended {
		d.Reason = "held by the stabilisation window"
	}
	switch {
	case d.Desired > o.Current:
		st.Ups = append(st.Ups, Timed{now, d.Desired - o.Current})
	case d.Desired < o.Current:
		st.Downs = append(st.Downs, Timed{now, o.Current - d.Desired})
	}
	return d, st, nil
}

// recommend is the HPA's replica calculator: ceil(current × ratio),
// unless the ratio is within the tolerance of 1.
func recommend(o Observation, tolerance float64) (int, float64, string, error) {
	switch o.Kind {
	case Shared:
		if o.Current == 0 {
			return 0, 0, "", errors.New("the service runs no replica")
		}
		ratio := o.Value / (o.Target * float64(o.Current))
		if math.Abs(1-ratio) <= tolerance {
			return o.Current, ratio, "within tolerance", nil
		}
		return int(math.Ceil(o.Value / o.Target)), ratio, "metric", nil
	case Level:
		ratio := o.Value / o.Target
		if math.Abs(1-ratio) <= tolerance {
			return o.Current, ratio, "within tolerance", nil
		}
		ready := 0
		for _, r := range o.Replicas {
			if r.Ready {
				ready++
			}
		}
		return int(math.Ceil(ratio * float64(ready))), ratio, "metric", nil
	}
	return perReplica(o, tolerance)
}

// perReplica averages the ready replicas' metric; when some replicas are
// not ready or report nothing, it recomputes the average assuming what
// the HPA assumes: a replica without a metric at the target on a scale
// down and at 0 on a scale up, a replica not ready at 0 on a scale up. A
// recomputed ratio that changes direction, or falls within the
// tolerance, keeps the count.
func perReplica(o Observation, tolerance float64) (int, float64, string, error) {
	var sum float64
	var measured, missing, unready int
	for _, r := range o.Replicas {
		switch {
		case !r.Ready:
			unready++
		case !r.HasValue:
			missing++
		default:
			sum += r.Value
			measured++
		}
	}
	if measured == 0 {
		return 0, 0, "", ErrNoMetric
	}
	ratio := sum / float64(measured) / o.Target
	upWithUnready := unready > 0 && ratio > 1
	if !upWithUnready && missing == 0 {
		if math.Abs(1-ratio) <= tolerance {
			return o.Current, ratio, "within tolerance", nil
		}
		return int(math.Ceil(ratio * float64(measured))), ratio, "metric", nil
	}
	count := measured
	if missing > 0 {
		count += missing
		if ratio < 1 {
			sum += float64(missing) * o.Target // at the target on a scale down
		} // and at 0 on a scale up
	}
	if upWithUnready {
		count += unready // at 0
	}
	next := sum / float64(count) / o.Target
	if math.Abs(1-next) <= tolerance || (ratio < 1 && next > 1) || (ratio > 1 && next < 1) {
		return o.Current, next, "held: replicas without a metric or not ready", nil
	}
	n := int(math.Ceil(next * float64(count)))
	if (next < 1 && n > o.Current) || (next > 1 && n < o.Current) {
		return o.Current, next, "held: replicas without a metric or not ready", nil
	}
	return n, next, "metric, counting replicas without a metric or not ready", nil
}

// stabilize keeps the count within the recommendations of the windows:
// not above the lowest of the scale-up window, not below the highest of
// the scale-down window.
func stabilize(cfg Config, st State, now time.Time, current, rec int) int {
	up, down := rec, rec
	for _, r := range st.Recommendations {
		if r.At.After(now.Add(-cfg.Up.Stabilization)) {
			up = min(up, r.Count)
		}
		if r.At.After(now.Add(-cfg.Down.Stabilization)) {
			down = max(down, r.Count)
		}
	}
	n := current
	n = max(n, up)
	n = min(n, down)
	return n
}

// limitRate applies the policies and the bounds to a count. The HPA's
// default selectPolicy (Max) applies the policy that allows the largest
// change; a period's start is the count before the events within it.
func limitRate(cfg Config, st State, now time.Time, current, want int) (int, string) {
	switch {
	case current > cfg.Max:
		return cfg.Max, "above max_replicas"
	case current < cfg.Min:
		return cfg.Min, "below the minimum (replicas)"
	case want > current:
		limit := math.MinInt
		for _, p := range cfg.Up.Policies {
			start := periodStart(st, now, current, p.Period)
			if p.Pods > 0 {
				limit = max(limit, start+p.Pods)
			} else {
				limit = max(limit, int(math.Ceil(float64(start)*(1+float64(p.Percent)/100))))
			}
		}
		limit = max(limit, current) // no scale-up until old events expire
		if allowed := min(limit, cfg.Max); want > allowed {
			if limit < cfg.Max {
				return allowed, "scale-up rate limit"
			}
			return allowed, "max_replicas"
		}
	case want < current:
		limit := math.MaxInt
		for _, p := range cfg.Down.Policies {
			start := periodStart(st, now, current, p.Period)
			if p.Pods > 0 {
				limit = min(limit, start-p.Pods)
			} else {
				limit = min(limit, int(float64(start)*(1-float64(p.Percent)/100)))
			}
		}
		limit = min(limit, current)
		if allowed := max(limit, cfg.Min); want < allowed {
			if limit > cfg.Min {
				return allowed, "scale-down rate limit"
			}
			return allowed, "the minimum (replicas)"
		}
	}
	return want, ""
}

// periodStart is the replica count before the scale events of the last
// period.
func periodStart(st State, now time.Time, current int, period time.Duration) int {
	return current - changed(st.Ups, now, period) + changed(st.Downs, now, period)
}

// changed sums the scale events within period before now.
func changed(events []Timed, now time.Time, period time.Duration) int {
	n := 0
	for _, e := range events {
		if e.At.After(now.Add(-period)) {
			n += e.Count
		}
	}
	return n
}

// prune forgets what no window or period can reach any more, so the state
// stays as small as the longest window.
func (st State) prune(now time.Time, cfg Config) State {
	keep := max(cfg.Up.Stabilization, cfg.Down.Stabilization)
	period := time.Duration(0)
	for _, p := range append(append([]Policy{}, cfg.Up.Policies...), cfg.Down.Policies...) {
		period = max(period, p.Period)
	}
	since := func(ts []Timed, d time.Duration) []Timed {
		var out []Timed
		for _, t := range ts {
			if t.At.After(now.Add(-d)) {
				out = append(out, t)
			}
		}
		return out
	}
	return State{Recommendations: since(st.Recommendations, keep), Ups: since(st.Ups, period), Downs: since(st.Downs, period)}
}
