// Package textdiff writes unified diffs, for render --check, fmt --diff and
// lint --fix --dry-run.
package textdiff

import (
	"fmt"
	"strings"

	"github.com/pmezard/go-difflib/difflib"
)

// Unified returns the unified diff (3 lines of context) that turns old
// into new, with a/ and b/ prefixes like git's; "" when they are equal.
func Unified(name string, old, new []byte) (string, error) {
	diff, err := difflib.GetUnifiedDiffString(difflib.UnifiedDiff{
		A:        lines(old),
		B:        lines(new),
		FromFile: "a/" + name,
		ToFile:   "b/" + name,
		Context:  3,
	})
	if err != nil {
		return "", fmt.Errorf("diff %s: %w", name, err)
	}
	return diff, nil
}

// lines splits text into lines that each end in a newline (difflib's
// SplitLines adds a spurious empty last line).
func lines(text []byte) []string {
	parts := strings.SplitAfter(string(text), "\n")
	if parts[len(parts)-1] == "" {
		parts = parts[:len(parts)-1]
	} else {
		parts[len(parts)-1] += "\n"
	}
	return parts
}
