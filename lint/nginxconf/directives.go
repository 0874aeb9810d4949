package nginxconf

import "strings"

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

// bundledPrefixes and bundledNames are the directives of the third-party
// modules OpenResty bundles (lua-nginx-module, headers-more, echo,
// set-misc) and of common dynamic modules, which NGINX's reference does
// not document. They are accepted anywhere: lbgen does not know their
// contexts, and nginx -t says when the module is not loaded.
var (
	bundledPrefixes = []string{"lua_", "echo_", "more_", "set_by_lua", "srcache_", "redis2_", "rds_",
		// and the dynamic modules common in custom images: brotli,
		// GeoIP2, VTS, ModSecurity, PageSpeed
		"brotli", "geoip2", "vhost_traffic_status", "modsecurity", "pagespeed"}
	bundledSuffixes = []string{"_by_lua", "_by_lua_block", "_by_lua_file"}
	bundledNames    = map[string]bool{"echo": true, "set_unescape_uri": true, "set_escape_uri": true, "set_md5": true,
		"set_sha1": true, "set_quote_sql_str": true, "set_encode_base64": true, "set_decode_base64": true}
)

// Bundled reports whether a directive belongs to a module OpenResty
// bundles with nginx.
func Bundled(name string) bool {
	if bundledNames[name] {
		return true
	}
	for _, p := range bundledPrefixes {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	for _, s := range bundledSuffixes {
		if strings.HasSuffix(name, s) {
			return true
		}
	}
	return false
}
