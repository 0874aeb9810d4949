package rules

import (
	"path"
	"regexp"
	"strings"

	"go.yaml.in/yaml/v4"

	"github.com/lbgen/lbgen/component"
	"github.com/lbgen/lbgen/lint"
)

// rendersInto reports whether the official nginx image's entrypoint writes
// into a mount target: the output directory of templates the service
// mounts. Made read-only, it would fail the container's start.
func rendersInto(s *lint.Service, target string) bool {
	if path.Clean(target) != component.NginxTemplateOutputDir {
		return false
	}
	for _, m := range s.Mounts {
		if t := path.Clean(m.Target); t == component.NginxTemplateDir || component.NginxTemplateOutput(t) != "" {
			return true
		}
	}
	return false
}

// readOnlyFix makes a bind mount read-only: ":ro" at the end of the short
// syntax ("rw" becomes "ro"), "read_only: true" in the long one. It edits
// the mount's own line(s) and is nil when the text is not laid out the
// way a line edit can change safely.
func readOnlyFix(f *lint.File, n *yaml.Node) *lint.Fix {
	if n.Kind == yaml.ScalarNode {
		return shortReadOnly(f, n)
	}
	if n.Kind == yaml.MappingNode && n.Style&yaml.FlowStyle == 0 {
		return longReadOnly(f, n)
	}
	return nil
}

// interpolatedColon is a Compose variable whose default or error message
// holds a colon, which would be taken for the short syntax's separator.
var interpolatedColon = regexp.MustCompile(`\$\{[^}]*:`)

func shortReadOnly(f *lint.File, n *yaml.Node) *lint.Fix {
	raw := n.Value
	parts := strings.Split(raw, ":")
	if interpolatedColon.MatchString(raw) || len(parts) < 2 || len(parts) > 3 {
		return nil
	}
	fixed := raw + ":ro"
	if len(parts) == 3 {
		opts := strings.Split(parts[2], ",")
		for i, o := range opts {
			if o == "rw" {
				opts[i] = "ro"
			}
		}
		if !strings.Contains(","+strings.Join(opts, ",")+",", ",ro,") {
			opts = append(opts, "ro")
		}
		fixed = parts[0] + ":" + parts[1] + ":" + strings.Join(opts, ",")
	}
	text := f.Line(n.Line)
	start := n.Column - 1
	if n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0 {
		start++
	}
	if start+len(raw) > len(text) || text[start:start+len(raw)] != raw {
		return nil // escapes or a value over several lines
	}
	return lint.ReplaceLines(n.Line, n.Line, text[:start]+fixed+text[start+len(raw):])
}

func longReadOnly(f *lint.File, n *yaml.Node) *lint.Fix {
	if k, v := lint.GetPair(n, "read_only"); k != nil {
		text := f.Line(v.Line)
		if v.Kind != yaml.ScalarNode || v.Style != 0 || !strings.HasPrefix(text[v.Column-1:], v.Value) {
			return nil
		}
		return lint.ReplaceLines(v.Line, v.Line, text[:v.Column-1]+"true"+text[v.Column-1+len(v.Value):])
	}
	// After the last key whose value ends on its own line, at the keys'
	// indentation: the line cannot split another key's value.
	after := 0
	var key *yaml.Node
	lint.Pairs(n, func(k, v *yaml.Node) {
		simple := v.Kind == yaml.ScalarNode && v.Line == k.Line && v.Style&(yaml.LiteralStyle|yaml.FoldedStyle) == 0
		if simple && k.Line > after && nothingFollows(f, k.Line, k.Column) {
			after, key = k.Line, k
		}
	})
	if key == nil {
		return nil
	}
	return &lint.Fix{Edits: []lint.Edit{lint.InsertLines(after+1, strings.Repeat(" ", key.Column-1)+"read_only: true")}}
}
