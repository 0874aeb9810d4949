package nginxconf

//go:generate ../../scripts/gen-nginx-directives.sh

// Usage is how one module allows a directive: in which contexts, as a
// block or not, and whether it takes arguments.
type Usage struct {
	Module   string
	Contexts []string
	Block    bool
	NoArgs   bool
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
