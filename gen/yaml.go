package gen

import (
	"bytes"
	"fmt"

	"go.yaml.in/yaml/v4"
)

// YAML marshals doc with two-space indentation, the style of every YAML
// file lbgen writes.
func YAML(doc any) ([]byte, error) {
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(doc); err != nil {
		return nil, fmt.Errorf("marshal yaml: %w", err)
	}
	if err := enc.Close(); err != nil {
		return nil, fmt.Errorf("marshal yaml: %w", err)
	}
	return buf.Bytes(), nil
}
