//go:build !unix

package lint

// openFlags: elsewhere the Lstat before opening is the guard.
const openFlags = 0
