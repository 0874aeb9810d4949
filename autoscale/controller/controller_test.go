package controller

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/lbgen/lbgen/autoscale"
)

type fakeScaler struct {
	replicas []Replica
	set      int
	scaled   []int
}

func (f *fakeScaler) Replicas(context.Context, string) ([]Replica, int, error) {
	return f.replicas, f.set, nil
}

func (f *fakeScaler) Scale(_ context.Context, _ string, n int) error {
	f.scaled = append(f.scaled, n)
	return nil
}

type fakeQuery struct {
	samples []Sample
	err     error
}

func (f fakeQuery) Query(context.Context, string) ([]Sample, error) { return f.samples, f.err }

func service(kind autoscale.Kind) autoscale.Service {
	return autoscale.Service{Name: "app", Workload: "app", Kind: autoscale.KindName(kind), Metric: "cpu", Query: "q",
		Target: 50, Min: 1, Max: 10, SyncPeriod: 15, Tolerance: 0.1,
		Up: autoscale.FileRules(autoscale.DefaultUp()), Down: autoscale.FileRules(autoscale.DefaultDown())}
}

func twoReplicas() *fakeScaler {
	return &fakeScaler{replicas: []Replica{{"p-app-1", true}, {"p-app-2", true}}, set: 2}
}

func perReplica(a, b float64) []Sample {
	return []Sample{{map[string]string{"name": "p-app-1"}, a}, {map[string]string{"name": "p-app-2"}, b}}
}

func TestTick(t *testing.T) {
	for _, tc := range []struct {
		name    string
		kind    autoscale.Kind
		query   fakeQuery
		want    []int
		logged  string
		skipped string
	}{
		{"scales up on the replicas' average", autoscale.PerReplica, fakeQuery{samples: perReplica(100, 100)}, []int{4}, "recommended=4", ""},
		{"Prometheus unreachable: nothing changes", autoscale.PerReplica, fakeQuery{err: errors.New("connection refused")}, nil, "skipped=prometheus", "prometheus"},
		{"no sample: nothing changes", autoscale.PerReplica, fakeQuery{}, nil, "skipped=metric", "metric"},
		{"samples of other containers only: nothing changes", autoscale.PerReplica,
			fakeQuery{samples: []Sample{{map[string]string{"name": "p-web-1"}, 100}}}, nil, "skipped=metric", "metric"},
		{"a shared metric without its one sample: nothing changes", autoscale.Shared, fakeQuery{}, nil, "skipped=metric", "metric"},
		// A later `docker compose up` put the count back to 2: the
		// controller sets what the metric asks for again.
		{"a reset count is set again", autoscale.Shared, fakeQuery{samples: []Sample{{nil, 250}}}, []int{5}, "desired=5", ""},
		{"within tolerance: no call", autoscale.Shared, fakeQuery{samples: []Sample{{nil, 104}}}, nil, "desired=2", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var log bytes.Buffer
			sc := twoReplicas()
			c := &Controller{Scaler: sc, Metrics: tc.query, Log: &log, Now: func() time.Time { return time.Unix(0, 0) }}
			c.Services = []autoscale.Service{service(tc.kind)}
			c.Tick(context.Background(), c.Services[0], autoscale.State{})
			if !slices.Equal(sc.scaled, tc.want) {
				t.Errorf("scaled to %v, want %v; log:\n%s", sc.scaled, tc.want, log.String())
			}
			if !strings.Contains(log.String(), tc.logged) {
				t.Errorf("log lacks %q:\n%s", tc.logged, log.String())
			}
			var m bytes.Buffer
			c.WriteMetrics(&m)
			if tc.skipped != "" && !strings.Contains(m.String(), `lbgen_autoscaler_skipped_total{service="app",reason="`+tc.skipped+`"} 1`) {
				t.Errorf("metrics lack the skipped tick:\n%s", m.String())
			}
		})
	}
}

func TestPrometheusQuery(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/api/v1/query" || r.URL.Query().Get("query") == "" {
			http.Error(w, "bad", http.StatusBadRequest)
			return
		}
		if r.URL.Query().Get("query") == "bad(" {
			w.WriteHeader(http.StatusBadRequest)
			io.WriteString(w, `{"status":"error","errorType":"bad_data","error":"parse error"}`)
			return
		}
		io.WriteString(w, `{"status":"success","data":{"resultType":"vector","result":[{"metric":{"name":"p-app-1"},"value":[1700000000.1,"42.5"]}]}}`)
	}))
	defer srv.Close()
	p := Prometheus{URL: srv.URL}
	got, err := p.Query(context.Background(), "up")
	if err != nil || len(got) != 1 || got[0].Value != 42.5 || got[0].Labels["name"] != "p-app-1" {
		t.Fatalf("Query = %v, %v", got, err)
	}
	if _, err := p.Query(context.Background(), "bad("); err == nil || !strings.Contains(err.Error(), "parse error") {
		t.Fatalf("bad query: %v", err)
	}
	srv.Close()
	if _, err := p.Query(context.Background(), "up"); err == nil {
		t.Fatal("a closed server answered")
	}
}

func TestParsePS(t *testing.T) {
	lines := `{"Name":"p-app-1","State":"running","Health":"healthy","Labels":"a=b,com.docker.compose.project.working_dir=/srv/p"}
{"Name":"p-app-2","State":"running","Health":"starting"}
`
	array := `[{"Name":"p-app-1","State":"running","Health":""}]`
	for _, in := range []string{lines, array} {
		cs, err := parsePS([]byte(in))
		if err != nil || len(cs) == 0 || cs[0].Name != "p-app-1" {
			t.Fatalf("parsePS(%q) = %v, %v", in, cs, err)
		}
	}
	run := func(_ context.Context, _ string, args ...string) ([]byte, error) {
		if args[len(args)-2] == "json" {
			return []byte(lines), nil
		}
		return nil, nil
	}
	var calls [][]string
	c := Compose{Project: "p", File: "/stack/docker-compose.yml", Run: func(ctx context.Context, name string, args ...string) ([]byte, error) {
		calls = append(calls, args)
		return run(ctx, name, args...)
	}}
	rs, set, err := c.Replicas(context.Background(), "app")
	if err != nil || set != 2 || !rs[0].Ready || rs[1].Ready {
		t.Fatalf("Replicas = %v, %d, %v: a starting container is not ready", rs, set, err)
	}
	if err := c.Scale(context.Background(), "app", 4); err != nil {
		t.Fatal(err)
	}
	got := strings.Join(calls[len(calls)-1], " ")
	want := "compose -p p -f /stack/docker-compose.yml --project-directory /srv/p up -d --no-deps --no-recreate --scale app=4 app"
	if got != want {
		t.Fatalf("scale ran\n  docker %s\nwant\n  docker %s", got, want)
	}
}

// TestSwarmScale runs the Engine API calls against a fake engine on a
// unix socket: the update goes to the service's ID at the version read,
// and keeps every field of the spec but the replica count.
func TestSwarmScale(t *testing.T) {
	sock := filepath.Join(t.TempDir(), "docker.sock")
	ln, err := net.Listen("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	var update map[string]any
	var updatePath string
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.Method == http.MethodGet && r.URL.Path == "/services/p_app":
			io.WriteString(w, `{"ID":"abc","Version":{"Index":17},"Spec":{"Name":"p_app","Labels":{"x":"y"},"Mode":{"Replicated":{"Replicas":2}}}}`)
		case r.Method == http.MethodGet && r.URL.Path == "/tasks":
			io.WriteString(w, `[{"ID":"t1","Slot":1,"Status":{"State":"running"}},{"ID":"t2","Slot":2,"Status":{"State":"starting"}}]`)
		case r.Method == http.MethodPost && r.URL.Path == "/services/abc/update":
			updatePath = r.URL.RequestURI()
			json.NewDecoder(r.Body).Decode(&update)
			io.WriteString(w, `{}`)
		default:
			http.NotFound(w, r)
		}
	})}
	go srv.Serve(ln)
	defer srv.Close()
	s := Swarm{Engine: NewEngine(sock)}
	rs, set, err := s.Replicas(context.Background(), "p_app")
	if err != nil || set != 2 || len(rs) != 2 || rs[0].Name != "p_app.1.t1" || !rs[0].Ready || rs[1].Ready {
		t.Fatalf("Replicas = %v, %d, %v", rs, set, err)
	}
	if err := s.Scale(context.Background(), "p_app", 5); err != nil {
		t.Fatal(err)
	}
	if updatePath != "/services/abc/update?version=17" {
		t.Errorf("update sent to %s", updatePath)
	}
	if n, _ := replicasOf(update); n != 5 || update["Labels"] == nil {
		t.Errorf("update spec = %v: want 5 replicas and the labels kept", update)
	}
	if err := s.Scale(context.Background(), "p_missing", 1); err == nil || !strings.Contains(err.Error(), "404") {
		t.Errorf("scaling a missing service: %v", err)
	}
}
