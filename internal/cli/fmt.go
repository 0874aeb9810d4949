package cli

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/hashicorp/hcl/v2/hclwrite"
	"github.com/spf13/cobra"

	"github.com/lbgen/lbgen/gen"
	"github.com/lbgen/lbgen/internal/diagtext"
	"github.com/lbgen/lbgen/internal/textdiff"
	"github.com/lbgen/lbgen/internal/writer"
)

type fmtOptions struct {
	check bool
	diff  bool
}

func newFmtCmd(env Env) *cobra.Command {
	opts := &fmtOptions{}
	cmd := &cobra.Command{
		Use:   "fmt [PATH...]",
		Short: "Rewrite spec files (*.hcl) in canonical format",
		Long: `fmt rewrites lbgen specs in HCL's canonical layout (aligned equals signs,
two-space indentation). Directories are searched for *.hcl files. "-" formats
standard input to standard output. With --check it writes nothing, lists the
files that would change and exits 1 if there are any.`,
		Example: `  lbgen fmt
  lbgen fmt --check --diff stacks/
  cat lbgen.hcl | lbgen fmt -`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				args = []string{"."}
			}
			return runFmt(args, opts, env)
		},
	}
	cmd.Flags().BoolVar(&opts.check, "check", false, "write nothing; list files that are not formatted and exit 1 if any")
	cmd.Flags().BoolVar(&opts.diff, "diff", false, "print the changes as a unified diff")
	return cmd
}

func runFmt(paths []string, opts *fmtOptions, env Env) error {
	var files []string
	for _, p := range paths {
		if p == "-" {
			src, err := io.ReadAll(env.Stdin)
			if err != nil {
				return fmt.Errorf("read standard input: %w", err)
			}
			out, err := formatHCL("<stdin>", src, env)
			if err != nil {
				return err
			}
			_, err = env.Stdout.Write(out)
			return err
		}
		found, err := hclFiles(p)
		if err != nil {
			return err
		}
		files = append(files, found...)
	}
	// Format everything first: a file that does not parse means nothing is
	// written, so a run never leaves the tree half formatted.
	type change struct {
		path     string
		old, new []byte
	}
	var changes []change
	failed := false
	for _, path := range files {
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		out, err := formatHCL(path, src, env)
		if errors.Is(err, errReported) {
			failed = true
			continue
		}
		if err != nil {
			return err
		}
		if !bytes.Equal(src, out) {
			changes = append(changes, change{path, src, out})
		}
	}
	if failed {
		return errReported
	}
	var replaced []gen.File
	for _, c := range changes {
		if opts.diff {
			diff, err := textdiff.Unified(filepath.ToSlash(c.path), c.old, c.new)
			if err != nil {
				return err
			}
			fmt.Fprint(env.Stdout, diff)
		} else {
			fmt.Fprintln(env.Stdout, c.path)
		}
		replaced = append(replaced, gen.File{Path: c.path, Bytes: c.new})
	}
	if !opts.check && len(replaced) > 0 {
		// All files or none, each atomically.
		if err := writer.Replace(replaced); err != nil {
			return fmt.Errorf("fmt: %w", err)
		}
	}
	if opts.check && len(changes) > 0 {
		return errFindings
	}
	return nil
}

// formatHCL returns src in canonical format; a spec that does not parse
// is reported with positions, since formatting it could garble it.
func formatHCL(name string, src []byte, env Env) ([]byte, error) {
	file, diags := hclsyntax.ParseConfig(src, name, hcl.InitialPos)
	if diags.HasErrors() {
		if err := diagtext.Write(env.Stderr, diags, map[string]*hcl.File{name: file}); err != nil {
			return nil, err
		}
		return nil, errReported
	}
	return hclwrite.Format(src), nil
}

// hclFiles lists the *.hcl files at a path (a file, or a directory walked
// without its hidden directories).
func hclFiles(path string) ([]string, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !info.IsDir() {
		return []string{path}, nil
	}
	var files []string
	err = filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && p != path && strings.HasPrefix(d.Name(), ".") {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(p, ".hcl") {
			files = append(files, p)
		}
		return nil
	})
	return files, err
}
