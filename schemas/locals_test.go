package schemas

import (
	"fmt"
	"strings"
	"testing"
)

// localsChain is a spec whose n locals each refer to the next one in
// name order, the last to a variable: evaluating them in name order finds
// one ready local at a time, the worst order for an evaluator that
// retries.
func localsChain(n int) []byte {
	var b strings.Builder
	b.WriteString("project = \"demo\"\nvariable \"base\" { default = 1 }\nlocals {\n")
	for i := 0; i < n-1; i++ {
		fmt.Fprintf(&b, "  l%05d = local.l%05d + 1\n", i, i+1)
	}
	fmt.Fprintf(&b, "  l%05d = var.base\n}\n", n-1)
	b.WriteString("service \"app\" {\n  image    = \"example/app:1.0\"\n  replicas = local.l00000 % 5 + 1\n}\n")
	return []byte(b.String())
}

func loadChain(tb testing.TB, n int) Result {
	tb.Helper()
	res, diags := LoadSource("lbgen.hcl", localsChain(n), Options{})
	if diags.HasErrors() {
		tb.Fatal(diags)
	}
	return res
}

// TestLocalsChainValue checks the chain's result, so the benchmark measures
// a correct evaluation.
func TestLocalsChainValue(t *testing.T) {
	res := loadChain(t, 100)
	if got := res.Topology.Service("app").ReplicaCount; got != 100%5+1 {
		t.Errorf("replicas = %d; want %d", got, 100%5+1)
	}
}

// TestLocalsLinear: evaluating locals does work linear in their number (it
// was quadratic: 10,000 locals took 13 s). Work is counted in allocations,
// which, unlike time, do not depend on what else the machine is doing: ten
// times the locals may allocate at most twenty times as much (a quadratic
// evaluator allocates about a hundred times as much). Timings are in
// BenchmarkLocals and docs/performance.md.
func TestLocalsLinear(t *testing.T) {
	allocs := func(n int) float64 {
		src := localsChain(n)
		return testing.AllocsPerRun(1, func() {
			if _, diags := LoadSource("lbgen.hcl", src, Options{}); diags.HasErrors() {
				t.Fatal(diags)
			}
		})
	}
	small, large := allocs(500), allocs(5000)
	t.Logf("allocations: 500 locals %.0f, 5000 locals %.0f", small, large)
	if large > 20*small {
		t.Errorf("5000 locals allocate %.0f times, 500 allocate %.0f: more than 20 times as much", large, small)
	}
}

func BenchmarkLocals(b *testing.B) {
	for _, n := range []int{1000, 3000, 10000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			src := localsChain(n)
			b.ReportAllocs()
			for b.Loop() {
				if _, diags := LoadSource("lbgen.hcl", src, Options{}); diags.HasErrors() {
					b.Fatal(diags)
				}
			}
		})
	}
}
