package cli

import (
	"fmt"
	"runtime/debug"

	"github.com/spf13/cobra"
)

func newVersionCmd(env Env) *cobra.Command {
	return &cobra.Command{
		Use:     "version",
		Short:   "Print lbgen's version and the commit it was built from",
		Example: "  lbgen version",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			fmt.Fprintln(env.Stdout, versionString(debug.ReadBuildInfo()))
			return nil
		},
	}
}

// versionString describes the build: the module version (set when built
// with `go install module@version`) and the VCS commit (set when built
// from a checkout with VCS stamping on).
func versionString(info *debug.BuildInfo, ok bool) string {
	if !ok {
		return "lbgen (unknown version)"
	}
	version := info.Main.Version
	if version == "" {
		version = "(devel)"
	}
	commit, modified := "unknown", false
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			commit = s.Value
		case "vcs.modified":
			modified = s.Value == "true"
		}
	}
	if modified {
		commit += "+dirty"
	}
	return fmt.Sprintf("lbgen %s (commit %s, %s)", version, commit, info.GoVersion)
}
