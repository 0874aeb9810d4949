// Package loadtest renders an Artillery script for each loadtest block:
// phases of constant arrival rate and weighted scenarios of requests with
// think times, aimed at a balancer over the compose network.
package loadtest

import (
	"fmt"

	"github.com/lbgen/lbgen/gen"
	"github.com/lbgen/lbgen/schemas"
)

// Render returns one Artillery script per load test.
func Render(t *schemas.Topology, ctx gen.Context) ([]gen.File, error) {
	var files []gen.File
	for _, l := range t.LoadTests {
		body, err := gen.YAML(newScript(t, l))
		if err != nil {
			return nil, fmt.Errorf("render load test %q: %w", l.Name, err)
		}
		files = append(files, gen.File{Path: gen.LoadTestPath(l.Name), Bytes: append(ctx.Header("#"), body...)})
	}
	return files, nil
}

// Script is the part of Artillery's script format lbgen writes.
type Script struct {
	Config    Config     `yaml:"config"`
	Scenarios []Scenario `yaml:"scenarios"`
}

// Config says where the load goes and how it ramps.
type Config struct {
	Target string  `yaml:"target"`
	Phases []Phase `yaml:"phases"`
}

// Phase is Artillery's phase: Duration in seconds, ArrivalRate new
// virtual users per second.
type Phase struct {
	Name        string `yaml:"name"`
	Duration    int    `yaml:"duration"`
	ArrivalRate int    `yaml:"arrivalRate"`
}

// Scenario is a weighted flow of steps.
type Scenario struct {
	Name   string `yaml:"name"`
	Weight int    `yaml:"weight"`
	Flow   []Step `yaml:"flow"`
}

// Step is a request ({get: {url}}) or a pause ({think: seconds}).
type Step struct {
	Get   *Request `yaml:"get,omitempty"`
	Think float64  `yaml:"think,omitempty"`
}

// Request is one HTTP request.
type Request struct {
	URL string `yaml:"url"`
}

func newScript(t *schemas.Topology, l *schemas.LoadTest) Script {
	s := Script{Config: Config{Target: t.Balancer(l.Target).URL()}}
	for _, p := range l.Phases {
		s.Config.Phases = append(s.Config.Phases, Phase{Name: p.Name, Duration: int(p.Duration.Seconds()), ArrivalRate: p.ArrivalRate})
	}
	for _, sc := range l.Scenarios {
		scenario := Scenario{Name: sc.Name, Weight: sc.Weight}
		for _, st := range sc.Steps {
			scenario.Flow = append(scenario.Flow, Step{Get: &Request{URL: st.Get}})
			if st.Think > 0 {
				scenario.Flow = append(scenario.Flow, Step{Think: st.Think.Seconds()})
			}
		}
		s.Scenarios = append(s.Scenarios, scenario)
	}
	return s
}
