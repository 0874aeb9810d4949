package writer

import (
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/lbgen/lbgen/gen"
)

// Replace swaps new content into existing files the user owns (`lbgen fmt`,
// `lbgen lint --fix`), with the same guarantees as Write: every file is
// checked first, each keeps its mode, links and non-regular files are
// refused, and either every file is replaced or none is. Paths are as the
// caller opened them.
func Replace(files []gen.File) error {
	plans := make([]plan, 0, len(files))
	var problems []error
	for _, f := range files {
		info, err := os.Lstat(f.Path)
		switch {
		case err != nil:
			problems = append(problems, err)
			continue
		case info.Mode()&fs.ModeSymlink != 0:
			problems = append(problems, fmt.Errorf("%s is a symbolic link; lbgen does not write through links", f.Path))
			continue
		case !info.Mode().IsRegular():
			problems = append(problems, fmt.Errorf("%s is not a regular file", f.Path))
			continue
		}
		plans = append(plans, plan{file: f, target: f.Path, status: Updated, mode: info.Mode().Perm()})
	}
	if err := errors.Join(problems...); err != nil {
		return fmt.Errorf("nothing was written: %w", err)
	}
	return commit(plans)
}
