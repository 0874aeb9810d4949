package autoscale

import (
	"errors"
	"testing"
	"time"
)

var t0 = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

func hpa(minR, maxR int) Config {
	return Config{Min: minR, Max: maxR, Tolerance: DefaultTolerance, Up: DefaultUp(), Down: DefaultDown()}
}

// cpu is a PerReplica observation at a 50% target: one ready replica per
// value, a negative value standing for a replica without a metric.
func cpu(current int, values ...float64) Observation {
	o := Observation{Kind: PerReplica, Target: 50, Current: current}
	for _, v := range values {
		o.Replicas = append(o.Replicas, Replica{Ready: true, HasValue: v >= 0, Value: v})
	}
	return o
}

func TestRecommend(t *testing.T) {
	unready := cpu(4, 100, 100)
	unready.Replicas = append(unready.Replicas, Replica{}, Replica{})
	ready := func(o Observation, n int) Observation {
		for range n {
			o.Replicas = append(o.Replicas, Replica{Ready: true})
		}
		return o
	}
	for _, tc := range []struct {
		name string
		o    Observation
		want int
	}{
		{"double the target doubles the replicas", cpu(2, 100, 100), 4},
		{"ceil of current × ratio", cpu(3, 60, 60, 60), 4},
		{"within the 10% tolerance above", cpu(2, 54, 54), 2},
		{"within the 10% tolerance below", cpu(2, 46, 46), 2},
		{"just outside the tolerance", cpu(2, 56, 56), 3},
		{"half the target halves the replicas", cpu(4, 25, 25, 25, 25), 2},
		// Scale up: the replica without a metric counts as 0.
		{"missing metric on a scale up counts as 0", cpu(3, 100, 100, -1), 4},
		// Scale down: it counts as at the target.
		{"missing metric on a scale down counts as the target", cpu(3, 10, 10, -1), 2},
		// Unready replicas count as 0 on a scale up: 200/4 = 50 = target.
		{"not-ready replicas count as 0 on a scale up", unready, 4},
		{"a missing metric that reverses the direction holds", cpu(2, 52, -1), 2},
		{"requests per second shared by the replicas", Observation{Kind: Shared, Target: 50, Current: 2, Value: 300}, 6},
		{"requests per second within tolerance", Observation{Kind: Shared, Target: 50, Current: 2, Value: 105}, 2},
		{"latency over the target scales the ready replicas", ready(Observation{Kind: Level, Target: 0.3, Current: 3, Value: 0.6}, 2), 4},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, _, _, err := recommend(tc.o, DefaultTolerance)
			if err != nil || got != tc.want {
				t.Errorf("recommend = %d, %v; want %d", got, err, tc.want)
			}
		})
	}
}

func TestNoMetricNoDecision(t *testing.T) {
	_, st, err := Decide(hpa(1, 5), State{}, t0, cpu(2, -1, -1))
	if !errors.Is(err, ErrNoMetric) || len(st.Recommendations) != 0 {
		t.Fatalf("Decide without metrics: %v, state %v; want ErrNoMetric and no recommendation kept", err, st)
	}
}

// tick is one observation of a sequence, 15s apart, and the count the
// controller must set.
type tick struct {
	o    func(current int) Observation
	want int
}

func run(t *testing.T, cfg Config, start int, ticks []tick) {
	t.Helper()
	var st State
	current := start
	for i, tk := range ticks {
		now := t0.Add(time.Duration(i) * 15 * time.Second)
		d, next, err := Decide(cfg, st, now, tk.o(current))
		if err != nil {
			t.Fatalf("tick %d: %v", i, err)
		}
		if d.Desired != tk.want {
			t.Fatalf("tick %d (t+%v): desired %d (%+v), want %d", i, now.Sub(t0), d.Desired, d, tk.want)
		}
		st, current = next, d.Desired
	}
}

// at is every replica at ratio × the 50% target.
func at(ratio float64) func(int) Observation {
	return func(current int) Observation {
		v := make([]float64, current)
		for i := range v {
			v[i] = 50 * ratio
		}
		return cpu(current, v...)
	}
}

// The lesson's script scales up at 70% and down at 30% of one average
// and acts on every sample: a load around a threshold makes it add and
// remove a replica every 30 seconds. The scale-down window keeps the
// highest recommendation of the last 5 minutes instead.
func TestNoFlappingAroundThreshold(t *testing.T) {
	// 4.5 minutes of a load swinging ±30% around 3 replicas' worth: one
	// step up to 4 on the first peak, then no change.
	ticks := []tick{{load(2.1), 3}, {load(3.9), 4}}
	for i := range 16 {
		l := 2.1
		if i%2 == 1 {
			l = 3.9
		}
		ticks = append(ticks, tick{load(l), 4})
	}
	run(t, hpa(2, 10), 3, ticks)
}

// load is a total load worth n replicas at the target, spread over the
// current replicas.
func load(n float64) func(int) Observation {
	return func(current int) Observation { return at(n / float64(current))(current) }
}

func TestScaleDownOnlyAfterWindow(t *testing.T) {
	ticks := []tick{{at(2), 4}}
	for range 19 { // until 300s have passed, the window holds the 4
		ticks = append(ticks, tick{at(0.25), 4})
	}
	ticks = append(ticks, tick{at(0.25), 1})
	run(t, hpa(1, 10), 2, ticks)
}

func TestShortenedWindow(t *testing.T) {
	cfg := hpa(1, 10)
	cfg.Down.Stabilization = 30 * time.Second
	run(t, cfg, 2, []tick{{at(2), 4}, {at(0.25), 4}, {at(0.25), 1}})
}

func TestScaleUpRateLimit(t *testing.T) {
	// From 1: the larger of +4 or +100% is 5 per 15s; a second step in
	// the same period is refused until the first expires.
	run(t, hpa(1, 20), 1, []tick{{at(20), 5}, {at(4), 10}, {at(2), 20}})
	cfg := hpa(1, 20)
	cfg.Up.Policies = []Policy{{Pods: 1, Period: time.Minute}}
	run(t, cfg, 1, []tick{{at(10), 2}, {at(10), 2}, {at(10), 2}, {at(10), 2}, {at(10), 3}})
}

func TestScaleDownRateLimit(t *testing.T) {
	cfg := hpa(1, 20)
	cfg.Down = Rules{Policies: []Policy{{Pods: 2, Period: time.Minute}}}
	run(t, cfg, 8, []tick{{at(0.1), 6}, {at(0.1), 6}, {at(0.1), 6}, {at(0.1), 6}, {at(0.1), 4}})
}

func TestBounds(t *testing.T) {
	run(t, hpa(2, 6), 8, []tick{{at(1), 6}})
	run(t, hpa(2, 6), 1, []tick{{at(1), 2}})
	run(t, hpa(2, 6), 4, []tick{{at(5), 6}})
	cfg := hpa(2, 6)
	cfg.Down.Stabilization = 0
	run(t, cfg, 4, []tick{{at(0.01), 2}})
}

// The lesson averages `docker stats` over every container: with two app
// replicas at 80% and the balancer, exporter, Prometheus, Grafana and
// cAdvisor near 2%, its average is 24% and it scales the loaded app down. The controller's
// observation holds the service's replicas only (the query selects them
// by service label), so the same moment scales up.
func TestOnlyTheServicesReplicasCount(t *testing.T) {
	lesson := (80 + 80 + 5*2) / 7.0
	if lesson >= 30 {
		t.Fatalf("lesson average %v", lesson)
	}
	o := Observation{Kind: PerReplica, Target: 70, Current: 2, Replicas: []Replica{
		{Ready: true, HasValue: true, Value: 80}, {Ready: true, HasValue: true, Value: 80}}}
	d, _, err := Decide(hpa(1, 10), State{}, t0, o)
	if err != nil || d.Desired != 3 {
		t.Fatalf("Decide = %+v, %v; want 3 replicas", d, err)
	}
}
