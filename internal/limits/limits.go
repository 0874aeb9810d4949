// Package limits holds the bounds lbgen puts on what it reads, so that no
// input, however large or deep, makes it slow or hungry.
package limits

import (
	"fmt"
	"io"
	"os"
	"unicode/utf8"
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

// TextError finds what makes content not text: a NUL byte or invalid
// UTF-8. It returns the 1-based line and byte column of the first one and
// a message, or ok when the content is text.
func TextError(src []byte) (line, col int, msg string, ok bool) {
	line, col = 1, 1
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRune(src[i:])
		switch {
		case r == 0:
			return line, col, "NUL byte: this is not a text file", false
		case r == utf8.RuneError && size == 1:
			return line, col, "invalid UTF-8: save the file as UTF-8", false
		case r == '\n':
			line, col = line+1, 1
		default:
			col += size
		}
		i += size
	}
	return 0, 0, "", true
}
