// Package loadtest renders an Artillery script for each loadtest block:
// phases of constant arrival rate and weighted scenarios of requests with
// think times, aimed at a balancer over the compose network.
package loadtest

import (
	"encoding/json"
	"fmt"

	ctyjson "github.com/zclconf/go-cty/cty/json"

	"github.com/lbgen/lbgen/gen"
	"github.com/lbgen/lbgen/schemas"
)

// Render returns one Artillery script per load test.
func Render(t *schemas.Topology, ctx gen.Context) ([]gen.File, error) {
	var files []gen.File
	for _, l := range t.LoadTests {
		script, err := newScript(t, l)
		if err != nil {
			return nil, fmt.Errorf("render load test %q: %w", l.Name, err)
		}
		body, err := gen.YAML(script)
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
	// RampTo, when set, raises the arrival rate linearly to it.
	RampTo int `yaml:"rampTo,omitempty"`
}

// Scenario is a weighted flow of steps.
type Scenario struct {
	Name   string `yaml:"name"`
	Weight int    `yaml:"weight"`
	Flow   []Step `yaml:"flow"`
}

// Step is a request ({get: {url}}, {post: {url, json}} ...) or a pause
// ({think: seconds}).
type Step struct {
	Get    *Request `yaml:"get,omitempty"`
	Post   *Request `yaml:"post,omitempty"`
	Put    *Request `yaml:"put,omitempty"`
	Patch  *Request `yaml:"patch,omitempty"`
	Delete *Request `yaml:"delete,omitempty"`
	Think  float64  `yaml:"think,omitempty"`
}

// Request is one HTTP request. URL and Body may hold Artillery
// templates ({{ $randomInt(1, 100) }}), filled in per request.
type Request struct {
	URL     string            `yaml:"url"`
	Headers map[string]string `yaml:"headers,omitempty"`
	JSON    any               `yaml:"json,omitempty"`
	Body    string            `yaml:"body,omitempty"`
}

func newScript(t *schemas.Topology, l *schemas.LoadTest) (Script, error) {
	s := Script{Config: Config{Target: t.Balancer(l.Target).URL()}}
	for _, p := range l.Phases {
		ph := Phase{Name: p.Name, Duration: int(p.Duration.Seconds()), ArrivalRate: p.ArrivalRate}
		if p.RampTo != nil {
			ph.RampTo = *p.RampTo
		}
		s.Config.Phases = append(s.Config.Phases, ph)
	}
	for _, sc := range l.Scenarios {
		scenario := Scenario{Name: sc.Name, Weight: sc.Weight}
		for _, st := range sc.Steps {
			step, err := newStep(st)
			if err != nil {
				return Script{}, err
			}
			scenario.Flow = append(scenario.Flow, step)
			if st.Think > 0 {
				scenario.Flow = append(scenario.Flow, Step{Think: st.Think.Seconds()})
			}
		}
		s.Scenarios = append(s.Scenarios, scenario)
	}
	return s, nil
}

// newStep is the request of one spec step under its method's key.
func newStep(st *schemas.Step) (Step, error) {
	req := &Request{URL: st.URL, Headers: st.Headers, Body: st.Body}
	if st.JSONRange.Filename != "" {
		// The spec's object, as Artillery's json: JSON is valid YAML.
		data, err := ctyjson.Marshal(st.JSON, st.JSON.Type())
		if err != nil {
			return Step{}, fmt.Errorf("json of a %s step: %w", st.Method, err)
		}
		if err := json.Unmarshal(data, &req.JSON); err != nil {
			return Step{}, err
		}
	}
	switch st.Method {
	case "post":
		return Step{Post: req}, nil
	case "put":
		return Step{Put: req}, nil
	case "patch":
		return Step{Patch: req}, nil
	case "delete":
		return Step{Delete: req}, nil
	}
	return Step{Get: req}, nil
}
