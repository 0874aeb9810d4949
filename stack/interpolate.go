package stack

import (
	"bufio"
	"bytes"
	"strings"
)

// Interpolate substitutes Compose variables in s the way Compose does:
// $VAR, ${VAR}, ${VAR:-default}, ${VAR-default}, ${VAR:?error},
// ${VAR?error}, ${VAR:+alt}, ${VAR+alt}, and $$ for a literal $. Values come
// from env only (a project's .env), never from the environment lbgen runs
// in, so a lint gives the same result on every machine. ok is false when a
// variable has neither a value nor a default; its text is then kept as
// written.
func Interpolate(s string, env map[string]string) (out string, ok bool) {
	if !strings.Contains(s, "$") {
		return s, true
	}
	var b strings.Builder
	ok = true
	for i := 0; i < len(s); i++ {
		if s[i] != '$' || i+1 >= len(s) {
			b.WriteByte(s[i])
			continue
		}
		switch next := s[i+1]; {
		case next == '$':
			b.WriteByte('$')
			i++
		case next == '{':
			end := strings.IndexByte(s[i:], '}')
			if end < 0 {
				b.WriteString(s[i:])
				return b.String(), false
			}
			v, found := expand(s[i+2:i+end], env)
			if !found {
				ok = false
				v = s[i : i+end+1]
			}
			b.WriteString(v)
			i += end
		case isNameStart(next):
			j := i + 1
			for j < len(s) && isNameChar(s[j]) {
				j++
			}
			v, found := env[s[i+1:j]]
			if !found {
				ok = false
				v = s[i:j]
			}
			b.WriteString(v)
			i = j - 1
		default:
			b.WriteByte('$')
		}
	}
	return b.String(), ok
}

// expand evaluates the inside of ${...}.
func expand(expr string, env map[string]string) (string, bool) {
	for _, op := range []string{":-", ":?", ":+", "-", "?", "+"} {
		name, arg, found := strings.Cut(expr, op)
		if !found || !validName(name) {
			continue
		}
		v, set := env[name]
		empty := !set || (strings.HasPrefix(op, ":") && v == "")
		switch op[len(op)-1] {
		case '-':
			if empty {
				return arg, true
			}
			return v, true
		case '+':
			if empty {
				return "", true
			}
			return arg, true
		default: // '?': required; unknown here
			return v, set
		}
	}
	v, set := env[expr]
	return v, set && validName(expr)
}

func validName(s string) bool {
	if s == "" || !isNameStart(s[0]) {
		return false
	}
	for i := 1; i < len(s); i++ {
		if !isNameChar(s[i]) {
			return false
		}
	}
	return true
}

func isNameStart(c byte) bool { return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isNameChar(c byte) bool  { return isNameStart(c) || c >= '0' && c <= '9' }

// ParseDotEnv reads a Compose .env file: NAME=VALUE lines, # comments,
// optional `export`, values optionally in single or double quotes.
func ParseDotEnv(src []byte) map[string]string {
	env := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(src))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		line = strings.TrimPrefix(line, "export ")
		name, value, found := strings.Cut(line, "=")
		name = strings.TrimSpace(name)
		if !found || !validName(name) {
			continue
		}
		value = strings.TrimSpace(value)
		if len(value) >= 2 && (value[0] == '"' || value[0] == '\'') && value[len(value)-1] == value[0] {
			value = value[1 : len(value)-1]
		} else if i := strings.Index(value, " #"); i >= 0 {
			value = strings.TrimSpace(value[:i])
		}
		env[name] = value
	}
	return env
}
