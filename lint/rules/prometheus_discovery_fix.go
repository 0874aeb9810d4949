package rules

import (
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v4"

	"github.com/lbgen/lbgen/component"
	"github.com/lbgen/lbgen/gen"
	"github.com/lbgen/lbgen/lint"
)

// defaultScrapeInterval is Prometheus's scrape interval when neither the
// job nor global sets one.
const defaultScrapeInterval = time.Minute

// discoveryFix replaces a job's static_configs, when its one target is
// the scaled service's, with the discovery the platform's renderer writes
// (gen.Platform.Discovery: dns_sd_configs of type A with the target's
// port, asked again every scrape interval), so every replica is a target.
// There is no fix when the job has other targets or labels on them (they
// would need relabelling), already discovers targets, shares its targets
// through a YAML anchor, or no container (or containers on different
// platforms) read the file.
func discoveryFix(p *lint.Project, f *lint.File, job, target *yaml.Node, service string) *lint.Fix {
	key, static := lint.GetPair(job, "static_configs")
	configs := lint.Items(static)
	if job.Style&yaml.FlowStyle != 0 || len(configs) != 1 || len(configs[0].Content) != 2 ||
		len(lint.Items(lint.Get(configs[0], "targets"))) != 1 || lint.Get(job, "dns_sd_configs") != nil || shared(static) {
		return nil
	}
	_, portText := hostPort(target.Value)
	port, err := strconv.Atoi(portText)
	if err != nil {
		return nil
	}
	platform, ok := platformOf(readers(p, f, component.ConfigPrometheus))
	if !ok || platform.Discovery == nil {
		return nil
	}
	dkey, value := platform.Discovery(service, port, scrapeInterval(f, job))
	out, err := gen.YAML(map[string]any{dkey: value})
	if err != nil {
		return nil
	}
	last := lastLine(static)
	if !nothingFollows(f, last, key.Column) {
		return nil // a flow collection closes on a later line
	}
	first := f.Line(key.Line)
	lead, indent := first[:key.Column-1], strings.Repeat(" ", key.Column-1)
	var lines []string
	for l := key.Line; l <= last; l++ {
		if c := comment(f.Line(l)); c != "" {
			lines = append(lines, indent+c) // the user's comments stay
		}
	}
	for _, l := range strings.Split(strings.TrimSuffix(string(out), "\n"), "\n") {
		lines = append(lines, indent+l)
	}
	lines[0] = lead + strings.TrimPrefix(lines[0], indent)
	return lint.ReplaceLines(key.Line, last, lines...)
}

// shared reports whether a node or one inside it is an anchor or an
// alias: replacing its text would change, or break, another place.
func shared(n *yaml.Node) bool {
	if n.Anchor != "" || n.Kind == yaml.AliasNode {
		return true
	}
	for _, c := range n.Content {
		if shared(c) {
			return true
		}
	}
	return false
}

// scrapeInterval is how often Prometheus scrapes a job: its own
// scrape_interval, global's, or Prometheus's default.
func scrapeInterval(f *lint.File, job *yaml.Node) time.Duration {
	for _, n := range []*yaml.Node{lint.Get(job, "scrape_interval"), lint.Get(lint.Get(f.YAML, "global"), "scrape_interval")} {
		if d, err := time.ParseDuration(lint.Value(n)); n != nil && err == nil && d > 0 {
			return d
		}
	}
	return defaultScrapeInterval
}

// lastLine is the last line a node's text reaches.
func lastLine(n *yaml.Node) int {
	last := n.Line
	for _, c := range n.Content {
		last = max(last, lastLine(c))
	}
	return last
}

// nothingFollows reports whether the next line with content after line is
// indented less than column, so nothing there continues what ends on line.
func nothingFollows(f *lint.File, line, column int) bool {
	for l := line + 1; l <= len(f.Lines); l++ {
		text := f.Line(l)
		trimmed := strings.TrimSpace(text)
		if trimmed == "" || strings.HasPrefix(trimmed, "#") {
			continue
		}
		return len(lineIndent(text)) < column
	}
	return true
}

// comment is a YAML line's comment ("# ..."), or "". A # starts a comment
// at the start of the line or after white space, outside quotes.
func comment(line string) string {
	var quote byte
	for i := 0; i < len(line); i++ {
		switch c := line[i]; {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '\'' || c == '"':
			quote = c
		case c == '#' && (i == 0 || line[i-1] == ' ' || line[i-1] == '\t'):
			return line[i:]
		}
	}
	return ""
}
