// Package cli is lbgen's command line: it turns arguments into options,
// runs the verb, and decides the exit code. It is the only package that
// knows about cobra, flags, standard streams or exit codes.
package cli

import (
	"errors"
	"fmt"
	"io"
	"runtime/debug"

	"github.com/spf13/cobra"
)

// Exit codes, the same for every command.
const (
	ExitOK       = 0
	ExitFindings = 1 // lint findings or drift
	ExitInvalid  = 2 // invalid input, usage error, or lbgen could not run
)

// errReported means the failure was already printed (as diagnostics), so
// Main only sets the exit code.
var errReported = errors.New("reported")

// errFindings means lint found problems at or above the fail level.
var errFindings = errors.New("findings")

// Env is the process's surroundings, passed in so tests can run commands
// in-process.
type Env struct {
	Stdin   io.Reader
	Stdout  io.Writer
	Stderr  io.Writer
	Environ []string
}

// Main runs lbgen with args (without the program name) and returns the
// exit code.
func Main(args []string, env Env) int {
	root := newRoot(env)
	root.SetArgs(args)
	err := root.Execute()
	switch {
	case err == nil:
		return ExitOK
	case errors.Is(err, errReported):
		return ExitInvalid
	case errors.Is(err, errFindings):
		return ExitFindings
	default:
		fmt.Fprintf(env.Stderr, "lbgen: %s\n", err)
		return ExitInvalid
	}
}

func newRoot(env Env) *cobra.Command {
	root := &cobra.Command{
		Use:   "lbgen",
		Short: "Render and lint horizontally scaled Docker Compose stacks",
		Long: `lbgen turns one HCL topology spec into every config of a horizontally
scaled Docker Compose stack: docker-compose.yml, load balancer configs,
monitoring and load tests, right for scaled services by construction.`,
		SilenceErrors: true,
		SilenceUsage:  true,
	}
	root.Version = versionString(debug.ReadBuildInfo())
	root.SetVersionTemplate("{{.Version}}\n")
	root.AddCommand(newAutoscaleCmd(env))
	root.SetOut(env.Stdout)
	root.SetErr(env.Stderr)
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error {
		return fmt.Errorf("%w (see '%s --help')", err, cmd.CommandPath())
	})
	root.AddCommand(newRenderCmd(env), newInitCmd(env), newVersionCmd(env),
		newLintCmd(env), newRulesCmd(env), newExplainCmd(env), newFmtCmd(env), newImportCmd(env))
	return root
}
