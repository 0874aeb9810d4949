package lint_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/lbgen/lbgen/lint"
	"github.com/lbgen/lbgen/lint/rules"
)

// FuzzLint runs the whole lint path (load, parse, every rule, text output)
// on arbitrary content of each kind: findings are fine, panics are not.
func FuzzLint(f *testing.F) {
	seeds, _ := filepath.Glob("rules/testdata/*/*")
	for _, s := range seeds {
		data, err := os.ReadFile(s)
		if err != nil {
			continue
		}
		for k := range lint.Kinds {
			f.Add(uint8(k), data)
		}
	}
	f.Fuzz(func(t *testing.T, kind uint8, src []byte) {
		k := lint.Kinds[int(kind)%len(lint.Kinds)]
		p, err := lint.Load([]string{"-"}, lint.LoadOptions{Kind: k, Stdin: bytes.NewReader(src)})
		if err != nil {
			return
		}
		lint.Run(p, rules.Runnable())
	})
}
