package gen

import "testing"

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
