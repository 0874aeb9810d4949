package cli

import (
	"fmt"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/lbgen/lbgen/gen"
	"github.com/lbgen/lbgen/gen/targets"
	"github.com/lbgen/lbgen/internal/diagtext"
	"github.com/lbgen/lbgen/internal/writer"
	"github.com/lbgen/lbgen/schemas"
)

type renderOptions struct {
	specFile string
	outDir   string
	vars     []string
	varFiles []string
	force    bool
}

func newRenderCmd(env Env) *cobra.Command {
	opts := &renderOptions{}
	cmd := &cobra.Command{
		Use:   "render",
		Short: "Render the spec into docker-compose.yml and the other stack files",
		Long: `Render reads the spec, checks it, and writes every output file. If the spec
has any error, nothing is written. Each file is replaced atomically, and a
file that lbgen did not generate is never overwritten unless --force is given.`,
		Example: `  lbgen render
  lbgen render -f stacks/web.hcl -o build/web --var app_replicas=5`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runRender(opts, env)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opts.specFile, "file", "f", "lbgen.hcl", "spec file to render")
	f.StringVarP(&opts.outDir, "out", "o", "", "output directory (default: the spec's directory)")
	f.StringArrayVar(&opts.vars, "var", nil, "set a variable, as name=value (repeatable)")
	f.StringArrayVar(&opts.varFiles, "var-file", nil, "read variables from an HCL file of name = value lines (repeatable)")
	f.BoolVar(&opts.force, "force", false, "replace output files even if lbgen did not generate them")
	return cmd
}

func runRender(opts *renderOptions, env Env) error {
	res, diags := schemas.Load(opts.specFile, schemas.Options{
		Vars:     opts.vars,
		VarFiles: opts.varFiles,
		Environ:  env.Environ,
	})
	if len(diags) > 0 {
		if err := diagtext.Write(env.Stderr, diags, res.Files); err != nil {
			return err
		}
	}
	if diags.HasErrors() {
		return errReported
	}

	outDir := opts.outDir
	if outDir == "" {
		outDir = filepath.Dir(opts.specFile)
	}
	ctx, err := renderContext(opts.specFile, outDir)
	if err != nil {
		return err
	}
	files, err := targets.Render(res.Topology, ctx)
	if err != nil {
		return err
	}
	results, err := writer.Write(outDir, files, writer.Options{Force: opts.force})
	if err != nil {
		return err
	}
	for _, r := range results {
		fmt.Fprintf(env.Stdout, "%-9s %s\n", r.Status, filepath.Join(outDir, filepath.FromSlash(r.Path)))
	}
	return nil
}

// renderContext locates the spec relative to the output directory, so
// paths in the spec still point at the same place from the rendered files.
func renderContext(specFile, outDir string) (gen.Context, error) {
	specDir, err := filepath.Abs(filepath.Dir(specFile))
	if err != nil {
		return gen.Context{}, fmt.Errorf("locate spec: %w", err)
	}
	out, err := filepath.Abs(outDir)
	if err != nil {
		return gen.Context{}, fmt.Errorf("locate output directory: %w", err)
	}
	rel, err := filepath.Rel(out, specDir)
	if err != nil {
		return gen.Context{}, fmt.Errorf("locate spec from %s: %w", outDir, err)
	}
	return gen.Context{SpecName: filepath.Base(specFile), SpecDir: filepath.ToSlash(rel)}, nil
}
