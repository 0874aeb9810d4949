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
		{Path: "/beta", Backends: []*schemas.Backend{{Service: "app", Weight: w(1)}, {Service: "canary", Weight: w(2)}, {Service: "old", Backup: true}}},
	}}
	for _, tc := range []struct {
		inline bool
		pools  []string
	}{
		{true, []string{"app", "canary", "app_old", "canary_old"}},
		{false, []string{"app", "canary", "old"}},
	} {
		pools, targets := Pools(b, tc.inline)
		var names []string
		for _, p := range pools {
			names = append(names, p.Name)
		}
		if !slices.Equal(names, tc.pools) {
			t.Errorf("inline backups %t: pools = %v; want %v (one per primary service and backups)", tc.inline, names, tc.pools)
		}
		if targets[0].Pool() != targets[1].Pool() || targets[0].Pool() != targets[2].Shares[0].Pool {
			t.Error("routes to app got different pools")
		}
		if targets[0].Split != "" || targets[2].Split != "split_app_canary" || targets[3].Split != "split_app_canary_2" {
			t.Errorf("splits = %q, %q, %q", targets[0].Split, targets[2].Split, targets[3].Split)
		}
		var bp []int
		for _, sh := range targets[3].Shares {
			bp = append(bp, sh.BasisPoints)
		}
		if want := []int{3333, 6667}; !slices.Equal(bp, want) {
			t.Errorf("shares of 1:2 = %v basis points; want %v", bp, want)
		}
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
