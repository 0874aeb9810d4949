package nginxconf

//go:generate ../../scripts/gen-nginx-directives.sh

// Usage is how one module allows a directive: in which contexts, and as
// a block or not. (The reference's syntax is prose, and nginx accepts
// legacy arguments it no longer documents, such as "stub_status on", so
// argument counts are not checked.)
type Usage struct {
	Module   string
	Contexts []string
	Block    bool
}

// Lookup returns the usages of a directive, and whether nginx documents it.
func Lookup(name string) ([]Usage, bool) {
	u, ok := Directives[name]
	return u, ok
}

// AllowedIn reports whether some module allows the directive in context.
// The reference lists no context ("") for directives allowed anywhere,
// such as include.
func AllowedIn(usages []Usage, context string) bool {
	for _, u := range usages {
		for _, c := range u.Contexts {
			if c == context || c == "" {
				return true
			}
		}
	}
	return false
}
