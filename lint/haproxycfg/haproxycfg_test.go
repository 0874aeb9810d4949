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
