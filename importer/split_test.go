package importer

import (
	"slices"
	"testing"
)

func TestSplitWeights(t *testing.T) {
	for _, c := range []struct {
		bps   []int
		want  []int
		exact bool
	}{
		{[]int{8000, 2000}, []int{4, 1}, true},
		{[]int{9000, 1000}, []int{9, 1}, true},
		{[]int{5000, 5000}, nil, true},
		{[]int{3333, 3333, 3334}, nil, true},
		{[]int{3000, 2000, 5000}, []int{3, 2, 5}, true},
		{[]int{1, 9999}, []int{1, 255}, false},
	} {
		got, exact := splitWeights(c.bps)
		if !slices.Equal(got, c.want) || exact != c.exact {
			t.Errorf("splitWeights(%v) = %v, %v; want %v, %v", c.bps, got, exact, c.want, c.exact)
		}
	}
}

func TestPercentBasisPoints(t *testing.T) {
	for in, want := range map[string]int{"80%": 8000, "33.33%": 3333, "0.5%": 50, "100%": 10000} {
		if got, ok := percentBasisPoints(in); !ok || got != want {
			t.Errorf("percentBasisPoints(%q) = %d, %v; want %d", in, got, ok, want)
		}
	}
	for _, in := range []string{"*", "80", "1.234%", "101%", "x%"} {
		if _, ok := percentBasisPoints(in); ok {
			t.Errorf("percentBasisPoints(%q) accepted", in)
		}
	}
}
