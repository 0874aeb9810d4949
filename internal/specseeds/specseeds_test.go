package specseeds

import "testing"

func TestSpecsFound(t *testing.T) {
	if n := len(Specs("../..")); n < 20 {
		t.Errorf("found %d specs; want the examples and the golden render cases", n)
	}
}
