package schemas

import (
	"fmt"
	"strings"
	"testing"
	"time"
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

// TestLocalsLinear: evaluating locals takes time linear in their number
// (it was quadratic: 10,000 locals took 13 s). Ten times the locals may
// take at most thirty times as long, with room for noise on a shared machine.
func TestLocalsLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test")
	}
	measure := func(n int) time.Duration {
		best := time.Duration(1 << 62)
		for range 3 {
			start := time.Now()
			loadChain(t, n)
			best = min(best, time.Since(start))
		}
		return best
	}
	small, large := measure(500), measure(5000)
	if large > 30*small {
		t.Errorf("5000 locals took %s, 500 took %s: more than 30 times as long", large, small)
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
