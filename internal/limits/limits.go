// Package limits holds the bounds lbgen puts on what it reads, so that no
// input, however large or deep, makes it slow or hungry.
package limits

import (
	"fmt"
	"io"
	"os"
)

// MaxFileSize is the largest spec or config lbgen reads. Real ones are a
// few kilobytes; a 20,000-line nginx config is well under 1 MiB.
const MaxFileSize = 8 << 20

// MaxDepth is the deepest nesting of blocks lbgen parses.
const MaxDepth = 100

// MaxYAMLAliases is the most YAML aliases a file may use; more is an
// alias bomb, which Docker Compose would expand without end.
const MaxYAMLAliases = 1000

// ReadFile reads a file of at most MaxFileSize bytes.
func ReadFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Read(f, path)
}

// Read reads at most MaxFileSize bytes; name is for the error.
func Read(r io.Reader, name string) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxFileSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxFileSize {
		return nil, fmt.Errorf("%s is larger than %d MiB; lbgen reads specs and configs up to that size", name, MaxFileSize>>20)
	}
	return data, nil
}
