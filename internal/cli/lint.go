package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/lbgen/lbgen/gen"
	"github.com/lbgen/lbgen/internal/textdiff"
	"github.com/lbgen/lbgen/internal/writer"
	"github.com/lbgen/lbgen/lint"
	"github.com/lbgen/lbgen/lint/format"
	"github.com/lbgen/lbgen/lint/rules"
)

type lintOptions struct {
	format        string
	failLevel     string
	kind          string
	scale         []string
	platform      string
	color         string
	baseline      string
	baselineWrite bool
	fix           bool
	dryRun        bool
}

func newLintCmd(env Env) *cobra.Command {
	opts := &lintOptions{}
	cmd := &cobra.Command{
		Use:   "lint [PATH...]",
		Short: "Check specs and hand-written compose, nginx, HAProxy and Prometheus files",
		Long: `Lint reads lbgen specs and hand-written compose, nginx, HAProxy and Prometheus
files (default: the current directory). A directory is linted as a project:
its compose files say which config each service mounts and how many replicas
it runs, so rules can check one file against another.

Exit codes: 0 no finding at or above --fail-level, 1 findings, 2 lbgen could
not run (usage, unreadable path, nothing to lint).`,
		Example: `  lbgen lint
  lbgen lint --scale app=3 stack/
  lbgen lint --format sarif . > lbgen.sarif
  cat haproxy.cfg | lbgen lint --kind haproxy -`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				args = []string{"."}
			}
			return runLint(args, opts, env)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.format, "format", "text", "output format: "+strings.Join(format.Formats, ", "))
	f.StringVar(&opts.failLevel, "fail-level", "warning", "exit 1 when a finding is at least this severe: error, warning or info")
	f.StringVar(&opts.kind, "kind", "", "kind of the files given (needed for -): "+kindNames())
	f.StringVar(&opts.platform, "platform", "", "where the compose files are deployed: compose, or swarm (docker stack deploy); default: by file name and content")
	f.StringArrayVar(&opts.scale, "scale", nil, "replicas of a service, as with docker compose up --scale SERVICE=N (repeatable)")
	f.StringVar(&opts.color, "color", "auto", "colour text output: auto, always or never")
	f.StringVar(&opts.baseline, "baseline", "", "report only findings not recorded in this baseline file")
	f.BoolVar(&opts.baselineWrite, "baseline-write", false, "record today's findings in the --baseline file and exit 0")
	f.BoolVar(&opts.fix, "fix", false, "apply mechanical fixes in place")
	f.BoolVar(&opts.dryRun, "dry-run", false, "with --fix: print the changes as a diff instead of writing them")
	return cmd
}

func kindNames() string {
	var names []string
	for _, k := range lint.Kinds {
		names = append(names, string(k))
	}
	return strings.Join(names, ", ")
}

func runLint(paths []string, opts *lintOptions, env Env) error {
	failLevel, err := lint.ParseSeverity(opts.failLevel)
	if err != nil {
		return fmt.Errorf("--fail-level: %w", err)
	}
	scale, err := parseScale(opts.scale)
	if err != nil {
		return err
	}
	if opts.platform != "" && opts.platform != "compose" && opts.platform != "swarm" {
		return fmt.Errorf("--platform %q: lint knows compose and swarm", opts.platform)
	}
	if opts.baselineWrite && opts.baseline == "" {
		return fmt.Errorf("--baseline-write needs --baseline FILE")
	}
	if opts.dryRun && !opts.fix {
		return fmt.Errorf("--dry-run goes with --fix")
	}
	cfg, err := lint.FindConfig(configDir(paths[0]))
	if err != nil {
		return err
	}
	active, err := cfg.Apply(rules.Runnable())
	if err != nil {
		return err
	}
	project, err := lint.Load(paths, lint.LoadOptions{Kind: lint.Kind(opts.kind), Stdin: env.Stdin, Scale: scale, Platform: opts.platform})
	if err != nil {
		return err
	}
	var findings []lint.Finding
	for _, f := range lint.Run(project, active) {
		if !cfg.Excluded(f.File) {
			findings = append(findings, f)
		}
	}

	if opts.fix {
		return applyFixes(project, findings, opts.dryRun, env)
	}
	if opts.baselineWrite {
		if err := lint.WriteBaseline(opts.baseline, lint.NewBaseline(project, findings)); err != nil {
			return fmt.Errorf("write baseline: %w", err)
		}
		fmt.Fprintf(env.Stderr, "recorded %d finding(s) in %s\n", len(findings), opts.baseline)
		return nil
	}
	if opts.baseline != "" {
		b, err := lint.ReadBaseline(opts.baseline)
		if err != nil {
			return err
		}
		findings = b.Filter(project, findings)
	}

	files := map[string]*lint.File{}
	for _, f := range project.Files {
		files[f.Path] = f
	}
	fopts := format.Options{Color: useColor(opts.color, env), Files: files, Rules: rules.All(), Version: moduleVersion(),
		Checked: project.Summary()}
	if err := format.Write(env.Stdout, opts.format, findings, fopts); err != nil {
		return err
	}
	if nothingParsed(project) {
		return errReported // nothing could be linted: the parse errors say why
	}
	for _, f := range findings {
		if f.Severity >= failLevel {
			return errFindings
		}
	}
	return nil
}

// configDir is where .lbgen.hcl is looked for: the first path, or its
// directory when it is a file.
func configDir(path string) string {
	if info, err := os.Stat(path); err == nil && !info.IsDir() {
		return filepath.Dir(path)
	}
	if path == "-" {
		return "."
	}
	return path
}

func parseScale(values []string) (map[string]int, error) {
	scale := map[string]int{}
	for _, v := range values {
		name, n, ok := strings.Cut(v, "=")
		count, err := strconv.Atoi(n)
		if !ok || name == "" || err != nil || count < 0 {
			return nil, fmt.Errorf("--scale %q: write SERVICE=N, as with docker compose up --scale", v)
		}
		scale[name] = count
	}
	return scale, nil
}

func applyFixes(p *lint.Project, findings []lint.Finding, dryRun bool, env Env) error {
	edits := lint.ApplyFixes(p, findings)
	if len(edits) == 0 {
		fmt.Fprintln(env.Stderr, "nothing to fix mechanically")
		return nil
	}
	if dryRun {
		for _, e := range edits {
			diff, err := textdiff.Unified(e.File.Path, e.Original(), e.Result)
			if err != nil {
				return err
			}
			fmt.Fprint(env.Stdout, diff)
		}
		return nil
	}
	// Every fixed file is replaced atomically, and all of them or none.
	files := make([]gen.File, len(edits))
	for i, e := range edits {
		files[i] = gen.File{Path: e.File.Abs, Bytes: e.Result}
	}
	if err := writer.Replace(files); err != nil {
		return fmt.Errorf("fix: %w", err)
	}
	for _, e := range edits {
		fmt.Fprintf(env.Stdout, "fixed %d finding(s) in %s\n", len(e.Fixes), e.File.Path)
	}
	return nil
}

// useColor decides on colour: always, never, or on a terminal when
// NO_COLOR is not set.
func useColor(mode string, env Env) bool {
	switch mode {
	case "always":
		return true
	case "never":
		return false
	}
	for _, kv := range env.Environ {
		if strings.HasPrefix(kv, "NO_COLOR=") {
			return false
		}
	}
	f, ok := env.Stdout.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

func moduleVersion() string {
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" {
		return info.Main.Version
	}
	return "(devel)"
}

func newRulesCmd(env Env) *cobra.Command {
	return &cobra.Command{
		Use:     "rules",
		Short:   "List every lint rule",
		Example: "  lbgen rules",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			for _, r := range rules.All() {
				fmt.Fprintf(env.Stdout, "%s  %-46s %-7s  %s\n", r.ID, r.Name, r.Severity, r.Summary)
			}
			return nil
		},
	}
}

func newExplainCmd(env Env) *cobra.Command {
	return &cobra.Command{
		Use:     "explain RULE",
		Short:   "Print a lint rule's documentation",
		Example: "  lbgen explain LB201\n  lbgen explain nginx-upstream-resolved-once",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			r := rules.ByID(args[0])
			if r == nil {
				return fmt.Errorf("no rule %q; `lbgen rules` lists them", args[0])
			}
			return rules.Markdown(env.Stdout, r)
		},
	}
}

// nothingParsed reports whether every file failed to parse.
func nothingParsed(p *lint.Project) bool {
	for _, f := range p.Files {
		if f.ParseErr == nil {
			return false
		}
	}
	return true
}
