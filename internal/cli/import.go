package cli

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/lbgen/lbgen/gen"
	"github.com/lbgen/lbgen/importer"
	"github.com/lbgen/lbgen/internal/writer"
)

type importOptions struct {
	out    string
	format string
	force  bool
	scale  []string
}

func newImportCmd(env Env) *cobra.Command {
	opts := &importOptions{}
	cmd := &cobra.Command{
		Use:   "import [DIR]",
		Short: "Write a spec from a hand-written stack (compose, nginx, HAProxy, Prometheus files)",
		Long: `Import reads a hand-written stack the way lint does (default: the current
directory): its compose files, and the nginx, HAProxy and Prometheus files
each container reads. It writes a spec (default DIR/lbgen.hcl) that renders
the same stack, right for scaled services, and reports what it imported,
what it changed (with the lint rule that finds the hand-written form), what
it put into the escape hatch (extra, backend_extra) and what the spec
cannot hold. An existing file is never replaced without --force; "-o -"
prints the spec and writes the report to standard error.`,
		Example: `  lbgen import
  lbgen import stack/ -o stack/lbgen.hcl
  lbgen import --format json . > import-report.json`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			dir := "."
			if len(args) == 1 {
				dir = args[0]
			}
			return runImport(dir, opts, env)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opts.out, "out", "o", "", "spec file to write (default DIR/lbgen.hcl; - for standard output)")
	f.StringVar(&opts.format, "format", "text", "report format: text or json")
	f.BoolVar(&opts.force, "force", false, "replace the spec file if it exists")
	f.StringArrayVar(&opts.scale, "scale", nil, "replicas of a service, as with docker compose up --scale SERVICE=N (repeatable)")
	return cmd
}

func runImport(dir string, opts *importOptions, env Env) error {
	if opts.format != "text" && opts.format != "json" {
		return fmt.Errorf("--format: %q is not a report format: use text or json", opts.format)
	}
	scale, err := parseScale(opts.scale)
	if err != nil {
		return err
	}
	if _, err := os.Stat(dir); err != nil {
		return fmt.Errorf("import: %w", err)
	}
	out := opts.out
	if out == "" {
		out = filepath.Join(dir, "lbgen.hcl")
	}
	specPath := out
	if out == "-" {
		specPath = filepath.Join(dir, "lbgen.hcl")
	}
	res, err := importer.Import([]string{dir}, importer.Options{Spec: specPath, Scale: scale})
	if err != nil {
		return fmt.Errorf("import: %w", err)
	}
	reportTo := env.Stdout
	if out == "-" {
		if _, err := env.Stdout.Write(res.Spec); err != nil {
			return err
		}
		reportTo = env.Stderr
	} else {
		// writer.Write refuses a file lbgen did not generate, and a spec
		// never carries that mark: an existing spec stays unless --force.
		if _, err := writer.Write(filepath.Dir(out), []gen.File{{Path: filepath.Base(out), Bytes: res.Spec}}, writer.Options{Force: opts.force}); err != nil {
			return err
		}
	}
	if opts.format == "json" {
		enc := json.NewEncoder(reportTo)
		enc.SetIndent("", "  ")
		return enc.Encode(struct {
			Spec string `json:"spec"`
			importer.Report
		}{out, res.Report})
	}
	return res.Report.WriteText(reportTo, out)
}
