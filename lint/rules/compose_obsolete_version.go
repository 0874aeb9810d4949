package rules

import (
	"strings"

	"go.yaml.in/yaml/v4"

	"github.com/lbgen/lbgen/lint"
)

// ComposeObsoleteVersion flags the top-level version key.
var ComposeObsoleteVersion = &lint.Rule{
	ID: "LB101", Name: "compose-obsolete-version", Severity: lint.Warning,
	Summary: "The top-level version key is obsolete.",
	Doc: "Docker Compose v2 ignores `version` and warns about it on every command. The Compose " +
		"Specification has no version: remove the line. Swarm stack files keep it: `docker stack deploy` " +
		"still reads them with the legacy loader, which requires it.",
	Fix: "`lbgen lint --fix` removes the line (and the blank line under it, when the key opens the file); " +
		"never in a Swarm stack file, nor in a file whose deploy keys only Swarm honours (it may be deployed with docker stack deploy).",
	Bad:   "version: '3.8'\nservices:\n  app:\n    image: app:1.0",
	Good:  "services:\n  app:\n    image: app:1.0",
	Kinds: composeKinds,
	Run: func(p *lint.Pass) {
		for _, f := range p.FilesOf(lint.KindCompose) {
			if swarmFile(p.Project, f) {
				continue // docker stack deploy's legacy loader still requires version
			}
			if k, v := lint.GetPair(f.YAML, "version"); k != nil {
				at := lint.Range{Start: lint.Pos{Line: k.Line, Col: k.Column}, End: lint.NodeRange(v).End}
				if !platformTold(p.Project, f) && hasSwarmOnlyKeys(f) {
					// Deploy keys only Swarm honours: the file may be
					// deployed with docker stack deploy, which needs the
					// key, so no fix removes it.
					p.Report(f, at, "the top-level `version` key is obsolete and ignored by Docker Compose; remove it, unless this file is deployed with docker stack deploy (its deploy keys are Swarm's): then name it *stack*.yml or lint with --platform swarm")
					continue
				}
				fd := p.Report(f, at, "the top-level `version` key is obsolete and ignored by Docker Compose; remove it")
				fd.Fix = lint.ReplaceLines(k.Line, versionEnd(f, k.Line, v.Line))
			}
		}
	},
}

// versionEnd is the last line removing the version key takes: its own,
// and the blank line after it when it opens the file or follows another
// blank line, so no blank line is left at the top or doubled.
func versionEnd(f *lint.File, first, last int) int {
	opens := first == 1 || strings.TrimSpace(f.Line(first-1)) == ""
	if next := last + 1; opens && next < len(f.Lines) && strings.TrimSpace(f.Line(next)) == "" {
		return next
	}
	return last
}

// hasSwarmOnlyKeys reports whether a compose file's services use deploy
// keys that only Swarm honours (LB115).
func hasSwarmOnlyKeys(f *lint.File) bool {
	found := false
	lint.Pairs(lint.Get(f.YAML, "services"), func(_, svc *yaml.Node) {
		lint.Pairs(lint.Get(svc, "deploy"), func(k, _ *yaml.Node) {
			found = found || swarmOnly[k.Value]
		})
	})
	return found
}
