package nginx

import (
	"testing"

	"github.com/lbgen/lbgen/gen"
	"github.com/lbgen/lbgen/schemas"
)

func targetsOf(b *schemas.Balancer) []gen.RouteTarget {
	_, targets := gen.Pools(b, true)
	return targets
}

func TestMethod(t *testing.T) {
	for _, tc := range []struct {
		algorithm string
		sticky    *schemas.Sticky
		want      string
	}{
		{"round_robin", nil, ""},
		{"least_conn", nil, "least_conn"},
		{"random", nil, "random two least_conn"},
		{"round_robin", &schemas.Sticky{By: "source"}, "ip_hash"},
		{"round_robin", &schemas.Sticky{By: "uri"}, "hash $request_uri"},
		{"round_robin", &schemas.Sticky{By: "header", Name: "X-User-Id"}, "hash $http_x_user_id"},
		{"round_robin", &schemas.Sticky{By: "cookie", Name: "SRV"}, "hash $cookie_SRV"},
	} {
		b := &schemas.Balancer{Algorithm: tc.algorithm, Sticky: tc.sticky}
		if got := method(b); got != tc.want {
			t.Errorf("method(%s, %+v) = %q; want %q", tc.algorithm, tc.sticky, got, tc.want)
		}
	}
}

func TestServersGroupByHost(t *testing.T) {
	b := &schemas.Balancer{Routes: []*schemas.Route{
		{Path: "/", Backends: []*schemas.Backend{{Service: "app", Port: 3000}}},
		{Path: "/v1", Host: "api.example.com", Backends: []*schemas.Backend{{Service: "api", Port: 8000}}},
		{Path: "/api", Backends: []*schemas.Backend{{Service: "api", Port: 8000}}},
	}}
	got := servers(composeLike, targetsOf(b), true)
	if len(got) != 2 || got[0].Host != "" || got[1].Host != "api.example.com" {
		t.Fatalf("servers = %+v; want the default server, then api.example.com", got)
	}
	if !got[0].HasRoot || got[1].HasRoot {
		t.Errorf("HasRoot = %v, %v; want true, false (the host server needs its own 404)", got[0].HasRoot, got[1].HasRoot)
	}
	// Route /api matches whole segments: /api exactly, and under /api/.
	if l := got[0].Locations; len(l) != 3 || l[0].Match != "/" || l[1].Match != "= /api" || l[2].Match != "/api/" || l[2].Upstream != "api" {
		t.Errorf("default server locations = %+v", got[0].Locations)
	}

	old := servers(composeLike, targetsOf(b), false)
	if loc := old[0].Locations[0]; loc.Upstream != "" || loc.Variable != "upstream_app" || loc.Address != "app:3000" {
		t.Errorf("variable form location = %+v; want $upstream_app = app:3000", loc)
	}
}

// composeLike finds a service's replicas by its name, as Compose does.
var composeLike = gen.Context{Platform: gen.Platform{ReplicaHost: func(s string) string { return s }}}
