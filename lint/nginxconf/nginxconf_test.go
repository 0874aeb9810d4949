package nginxconf

import (
	"errors"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	src := `# comment
http {
    log_format main '$remote_addr "$request"'; # trailing comment
    server {
        listen 80 default_server;
        set $x "a;b{c}";
        location ~ ^/api/(?<rest>.*)$ {
            proxy_pass http://${upstream}/$rest;
        }
    }
}
`
	cfg, err := Parse([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	http := cfg.Directives[0]
	if http.Name != "http" || !http.IsBlock || http.Line != 2 || http.Col != 1 {
		t.Fatalf("http = %+v", http)
	}
	logFormat := http.Block[0]
	if logFormat.Args[1].Value != `$remote_addr "$request"` || logFormat.Args[1].Col != 21 || logFormat.Args[1].Len != 25 {
		t.Errorf("quoted argument = %+v", logFormat.Args[1])
	}
	server := http.Block[1]
	set := server.Block[1]
	if set.Args[1].Value != "a;b{c}" {
		t.Errorf("quoted braces and semicolon: %q", set.Args[1].Value)
	}
	loc := server.Block[2]
	if len(loc.Args) != 2 || loc.Block[0].Args[0].Value != "http://${upstream}/$rest" || loc.Block[0].Parent != loc {
		t.Errorf("location = %+v, proxy_pass = %+v", loc, loc.Block[0])
	}
	var contexts []string
	Walk(cfg.Directives, "main", func(d *Directive, ctx string) {
		if d.Name == "proxy_pass" || d.Name == "listen" {
			contexts = append(contexts, d.Name+"@"+ctx)
		}
	})
	if len(contexts) != 2 || contexts[0] != "listen@server" || contexts[1] != "proxy_pass@location" {
		t.Errorf("contexts = %v", contexts)
	}
}

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct {
		src       string
		line, col int
	}{
		{"server {\n    listen 80;\n", 1, 8},
		{"server {\n    listen 80\n}\n", 3, 1},
		{"}\n", 1, 1},
		{"listen 80", 1, 1},
		{"set $a \"unterminated;\n", 1, 8},
		{"server { ; }", 1, 10},
		{strings.Repeat("a {", 101) + strings.Repeat("}", 101), 1, 303},
	} {
		_, err := Parse([]byte(tc.src))
		var se *SyntaxError
		if !errors.As(err, &se) || se.Line != tc.line || se.Col != tc.col {
			t.Errorf("Parse(%q) error = %v; want a syntax error at %d:%d", tc.src, err, tc.line, tc.col)
		}
	}
}

func TestDataAndLuaBlocks(t *testing.T) {
	src := `http {
    types { text/html html htm; application/json json; }
    map $http_upgrade $connection_upgrade { default upgrade; '' close; }
    server {
        location / {
            content_by_lua_block {
                -- don't count { in comments
                local t = { a = "}", b = [[ } ]] }
                ngx.say("it's fine")
            }
        }
        access_by_lua_block { if ngx.var.x then return end }
        listen 80;
    }
}
`
	cfg, err := Parse([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	Walk(cfg.Directives, "main", func(d *Directive, _ string) { names = append(names, d.Name) })
	want := "http types map server location content_by_lua_block access_by_lua_block listen"
	if got := strings.Join(names, " "); got != want {
		t.Errorf("walked %q; want %q (no entries of data blocks, no Lua)", got, want)
	}
	if _, err := Parse([]byte("content_by_lua_block { local x = 1\n")); err == nil {
		t.Error("an unclosed Lua block parsed")
	}
}
