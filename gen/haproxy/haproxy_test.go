package haproxy

import (
	"fmt"
	"slices"
	"testing"

	"github.com/lbgen/lbgen/gen"
	"github.com/lbgen/lbgen/schemas"
)

func TestBalance(t *testing.T) {
	for _, tc := range []struct {
		algorithm string
		sticky    *schemas.Sticky
		want      string
	}{
		{"round_robin", nil, "roundrobin"},
		{"least_conn", nil, "leastconn"},
		{"random", nil, "random"},
		{"round_robin", &schemas.Sticky{By: "source"}, "source"},
		{"round_robin", &schemas.Sticky{By: "uri"}, "uri"},
		{"round_robin", &schemas.Sticky{By: "header", Name: "X-User"}, "hdr(X-User)"},
		// Cookie persistence sits on top of the algorithm.
		{"least_conn", &schemas.Sticky{By: "cookie", Name: "SRV"}, "leastconn"},
	} {
		b := &schemas.Balancer{Algorithm: tc.algorithm, Sticky: tc.sticky}
		if got := balance(b); got != tc.want {
			t.Errorf("balance(%s, %+v) = %q; want %q", tc.algorithm, tc.sticky, got, tc.want)
		}
	}
}

// TestRulesMostSpecificFirst: HAProxy takes the first matching
// use_backend, so host routes and longer paths must come first.
func TestRulesMostSpecificFirst(t *testing.T) {
	b := &schemas.Balancer{Routes: []*schemas.Route{
		{Path: "/", Backends: []*schemas.Backend{{Service: "app"}}},
		{Path: "/api", Backends: []*schemas.Backend{{Service: "api"}}},
		{Path: "/api/v2", Backends: []*schemas.Backend{{Service: "api2"}}},
		{Path: "/", Host: "*.example.com", Backends: []*schemas.Backend{{Service: "tenant"}}},
	}}
	_, targets := gen.Pools(b, false)
	acls, names := pathACLs(targets)
	rules, def := rules(b, targets, names)
	want := []rule{
		{Backend: "tenant", Condition: "{ hdr(host),field(1,:) -m end -i .example.com }"},
		{Backend: "api2", Condition: "path_api_v2"},
		{Backend: "api", Condition: "path_api"},
	}
	// Paths match whole segments: /api and /api/..., not /apiary.
	wantACLs := []pathACL{
		{"path_api", []string{"path /api", "path_beg /api/"}},
		{"path_api_v2", []string{"path /api/v2", "path_beg /api/v2/"}},
	}
	if fmt.Sprint(acls) != fmt.Sprint(wantACLs) {
		t.Errorf("path ACLs = %v; want %v", acls, wantACLs)
	}
	if def != "app" {
		t.Errorf("default backend = %q; want app", def)
	}
	if len(rules) != len(want) {
		t.Fatalf("rules = %+v; want %+v", rules, want)
	}
	for i := range want {
		if rules[i] != want[i] {
			t.Errorf("rule %d = %+v; want %+v", i, rules[i], want[i])
		}
	}
}

// TestSplitRules: a split draws once per request and takes the first
// service whose cumulative share is above the draw; a service without
// usable servers passes its share on, and the backup comes last.
func TestSplitRules(t *testing.T) {
	w := func(n int) *int { return &n }
	b := &schemas.Balancer{Routes: []*schemas.Route{
		{Path: "/shop", Backends: []*schemas.Backend{{Service: "app", Weight: w(9)}, {Service: "canary", Weight: w(1)}, {Service: "old", Backup: true}}},
	}}
	_, targets := gen.Pools(b, false)
	_, names := pathACLs(targets)
	rules, def := rules(b, targets, names)
	want := []rule{
		{"app", "path_shop { var(txn.draw) -m int lt 9000 } { nbsrv(app) gt 0 }"},
		{"canary", "path_shop { nbsrv(canary) gt 0 }"},
		{"app", "path_shop { nbsrv(app) gt 0 }"},
		{"old", "path_shop { nbsrv(old) gt 0 }"},
		{"app", "path_shop"},
	}
	if def != "" || !slices.Equal(rules, want) {
		t.Errorf("rules = %+v, default %q; want %+v", rules, def, want)
	}
}

func TestCommonHealthCheck(t *testing.T) {
	topo := &schemas.Topology{Services: []*schemas.Service{
		{Name: "a", Health: &schemas.Health{HTTP: "/health"}},
		{Name: "b", Health: &schemas.Health{HTTP: "/health"}},
		{Name: "c", Health: &schemas.Health{HTTP: "/ready"}},
		{Name: "d", Health: &schemas.Health{Command: []string{"true"}}},
	}}
	pool := func(names ...string) *gen.Pool {
		p := &gen.Pool{}
		for _, n := range names {
			p.Backends = append(p.Backends, &schemas.Backend{Service: n})
		}
		return p
	}
	for _, tc := range []struct {
		pool       *gen.Pool
		path, host string
	}{
		{pool("a"), "/health", "a"},
		{pool("a", "b"), "/health", "a"},
		{pool("a", "c"), "", ""},
		{pool("d"), "", ""},
	} {
		path, host := commonHealthCheck(topo, tc.pool)
		if path != tc.path || host != tc.host {
			t.Errorf("commonHealthCheck(%v) = %q, %q; want %q, %q", tc.pool.Backends, path, host, tc.path, tc.host)
		}
	}
}
