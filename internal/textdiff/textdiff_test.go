package textdiff

import "testing"

func TestUnified(t *testing.T) {
	got, err := Unified("x.yml", []byte("a\nb\nc\n"), []byte("a\nB\nc\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := "--- a/x.yml\n+++ b/x.yml\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n"
	if got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
	if same, _ := Unified("x", []byte("a\n"), []byte("a\n")); same != "" {
		t.Errorf("equal inputs give %q", same)
	}
}
