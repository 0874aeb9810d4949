// Command lbgen renders and lints horizontally scaled Docker Compose stacks.
package main

import (
	"os"

	"github.com/lbgen/lbgen/internal/cli"
)

func main() {
	os.Exit(cli.Main(os.Args[1:], cli.Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Environ: os.Environ()}))
}
