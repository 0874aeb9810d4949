package gen

import (
	"slices"
	"testing"
	"time"

	"github.com/lbgen/lbgen/schemas"
)

func TestFromSpec(t *testing.T) {
	for _, tc := range []struct{ specDir, in, want string }{
		{".", "./app", "./app"},
		{".", "app", "./app"},
		{".", "../shared/app", "../shared/app"},
		{"../..", "./app", "../../app"},
		{"../..", "app.env", "../../app.env"},
		{"src", "./app", "./src/app"},
		{"..", "/abs/path", "/abs/path"},
		{".", "~/data", "~/data"},
	} {
		got := Context{SpecDir: tc.specDir}.FromSpec(tc.in)
		if got != tc.want {
			t.Errorf("FromSpec(%q) with spec dir %q = %q; want %q", tc.in, tc.specDir, got, tc.want)
		}
	}
}

func TestIsGenerated(t *testing.T) {
	ctx := Context{SpecName: "lbgen.hcl"}
	if !IsGenerated(append(ctx.Header("#"), "services: {}\n"...)) {
		t.Error("a file with lbgen's header is not recognised as generated")
	}
	if IsGenerated([]byte("services: {}\n")) {
		t.Error("a hand-written file is taken for a generated one")
	}
}

func TestPools(t *testing.T) {
	w := func(n int) *int { return &n }
	b := &schemas.Balancer{Routes: []*schemas.Route{
		{Path: "/", Backends: []*schemas.Backend{{Service: "app"}}},
		{Path: "/again", Backends: []*schemas.Backend{{Service: "app"}}},
		{Path: "/shop", Backends: []*schemas.Backend{{Service: "app", Weight: w(9)}, {Service: "canary", Weight: w(1)}}},
		{Path: "/beta", Backends: []*schemas.Backend{{Service: "app", Weight: w(1)}, {Service: "canary", Weight: w(1)}}},
	}}
	pools, targets := Pools(b)
	var names []string
	for _, p := range pools {
		names = append(names, p.Name)
	}
	if want := []string{"app", "app_canary", "app_canary_2"}; !slices.Equal(names, want) {
		t.Errorf("pool names = %v; want %v (routes to the same services with the same weights share a pool)", names, want)
	}
	if targets[0].Pool != targets[1].Pool {
		t.Error("two routes to app got different pools")
	}
}

func TestFormatDuration(t *testing.T) {
	for d, want := range map[time.Duration]string{
		15 * 24 * time.Hour:    "15d",
		200 * time.Hour:        "200h",
		90 * time.Second:       "90s",
		2 * time.Minute:        "2m",
		500 * time.Millisecond: "500ms",
	} {
		if got := FormatDuration(d); got != want {
			t.Errorf("FormatDuration(%v) = %q; want %q", d, got, want)
		}
	}
}
