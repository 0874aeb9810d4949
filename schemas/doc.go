// Package schemas defines lbgen's HCL topology spec: it parses a spec file,
// evaluates its variables, locals and functions, decodes it into a Topology
// and validates it. Every element keeps its source range, so every mistake
// is reported as an HCL diagnostic at the exact file:line:col.
//
// The Topology is the one model all renderers read; it describes services,
// balancers and monitoring, never the syntax of any output format.
package schemas
