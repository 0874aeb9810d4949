// Package compose is the Docker Compose platform: one host, replicas found
// by the service's name through Docker's DNS, configs bind-mounted. It
// writes the stack's compose project (gen/composefile) as
// docker-compose.yml, tidied to read like a hand-written file.
package compose

import (
	"fmt"

	"go.yaml.in/yaml/v4"

	"github.com/lbgen/lbgen/gen"
	"github.com/lbgen/lbgen/gen/composefile"
	"github.com/lbgen/lbgen/schemas"
)

// Render returns the stack's docker-compose.yml.
func Render(t *schemas.Topology, ctx gen.Context) ([]gen.File, error) {
	// Encode straight into a node tree (what compose-go's MarshalYAML
	// does before emitting text), so tidy works on it and the YAML is
	// emitted once.
	var root yaml.Node
	if err := root.Encode(composefile.Build(t, ctx)); err != nil {
		return nil, fmt.Errorf("render compose: %w", err)
	}
	body, err := tidy(&root, userBinds(t, ctx))
	if err != nil {
		return nil, err
	}
	return []gen.File{{Path: gen.ComposeFile, Bytes: append(ctx.Header("#"), body...)}}, nil
}
