package haproxycfg

import "testing"

func TestParse(t *testing.T) {
	src := "stray line\n" +
		"global\n" +
		"    log stdout format raw local0 # comment\n" +
		"\n" +
		"frontend web\n" +
		"    bind :8080\n" +
		"    http-request return status 200 content-type text/plain string \"ok # not a comment\" if { path /h }\n" +
		"    option httpchk GET / HTTP/1.1\\r\\nHost:\\ app\n" +
		"    stats auth '${USER}:${PASS}'\n"
	cfg, err := Parse([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(cfg.Outside) != 1 || cfg.Outside[0].Keyword() != "stray" {
		t.Errorf("outside = %+v", cfg.Outside)
	}
	if len(cfg.Sections) != 2 || cfg.Sections[1].Kind != "frontend" || cfg.Sections[1].Name != "web" {
		t.Fatalf("sections = %+v", cfg.Sections)
	}
	if n := len(cfg.Sections[0].Lines[0].Words); n != 5 {
		t.Errorf("comment not dropped: %d words", n)
	}
	fe := cfg.Sections[1]
	ret := fe.Lines[1]
	if ret.Words[7].Value != "ok # not a comment" || ret.Words[7].Col != 67 {
		t.Errorf("quoted word = %+v", ret.Words[7])
	}
	chk := fe.Lines[2]
	if !chk.Is("option", "httpchk") || chk.Words[4].Value != "HTTP/1.1\r\nHost: app" {
		t.Errorf("escapes = %q", chk.Words[4].Value)
	}
	if auth := fe.Lines[3]; auth.Words[2].Value != "${USER}:${PASS}" || auth.No != 9 {
		t.Errorf("single quotes = %+v", auth)
	}
}

func TestUnmatchedQuote(t *testing.T) {
	_, err := Parse([]byte("frontend web\n    http-request return string \"ok\n"))
	se, ok := err.(*SyntaxError)
	if !ok || se.Line != 2 || se.Col != 32 {
		t.Errorf("err = %v; want an unmatched quote at 2:32", err)
	}
}

// A backslash that starts no escape sequence stays, as HAProxy keeps it:
// the \1 of a replacement, in a word and in double quotes.
func TestBackslashKept(t *testing.T) {
	src := "frontend web\n" +
		"    http-request replace-path ^/api/?(.*)$ /\\1 if { path_beg /api }\n" +
		"    http-request set-header X-Path \"/v1\\1 \\\"q\\\" \\x41\"\n" +
		"    http-request set-header X-Lit '/a\\1'\n"
	cfg, err := Parse([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	lines := cfg.Sections[0].Lines
	for i, want := range map[int]string{0: `/\1`, 1: `/v1\1 "q" A`, 2: `/a\1`} {
		if w := lines[i].Words[3]; w.Value != want {
			t.Errorf("line %d: word = %q, want %q", i+2, lines[i].Words[3].Value, want)
		}
	}
}
