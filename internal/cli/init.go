package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/lbgen/lbgen/schemas"
)

func newInitCmd(env Env) *cobra.Command {
	return &cobra.Command{
		Use:   "init [DIR]",
		Short: "Write a commented starter spec (lbgen.hcl) into DIR",
		Example: `  lbgen init
  lbgen init stacks/web`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			dir := "."
			if len(args) == 1 {
				dir = args[0]
			}
			return runInit(dir, env)
		},
	}
}

func runInit(dir string, env Env) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("init: %w", err)
	}
	path := filepath.Join(dir, "lbgen.hcl")
	// O_EXCL makes the refusal to overwrite atomic: no check-then-write race.
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("init: %s already exists; lbgen init never overwrites a spec", path)
	}
	if err != nil {
		return fmt.Errorf("init: %w", err)
	}
	_, err = f.Write(schemas.Starter)
	if closeErr := f.Close(); err == nil {
		err = closeErr
	}
	if err != nil {
		os.Remove(path)
		return fmt.Errorf("init: write %s: %w", path, err)
	}
	fmt.Fprintf(env.Stdout, "created   %s\nNext: edit it, then run: lbgen render -f %s\n", path, path)
	return nil
}
