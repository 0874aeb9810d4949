//go:build unix

package lint

import "syscall"

// openFlags make an open fail on a symlink and return at once on a FIFO
// (which a blocking open would wait on for a writer).
const openFlags = syscall.O_NOFOLLOW | syscall.O_NONBLOCK
