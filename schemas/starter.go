package schemas

import _ "embed"

// Starter is the commented spec `lbgen init` writes.
//
//go:embed starter.hcl
var Starter []byte
