// Package golden holds lbgen's end-to-end golden suites: each txtar
// archive under render/ is a spec and the exact files, output and exit
// code `lbgen render` produces for it; examples/ holds the same for each
// bundled example. Run `go test ./golden -update` to rewrite them, then
// review the diff like code.
package golden
