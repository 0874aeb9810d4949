package importer

import (
	"strconv"
	"strings"

	"github.com/lbgen/lbgen/lint/haproxycfg"
)

// rule is a use_backend line's condition beyond the route's: lbgen's
// split and backup rules test a draw (txn.draw below a share's
// cumulative basis points), that a backend has a server up (nbsrv), or a
// stickiness cookie.
type rule struct {
	backend   string
	threshold int
	usable    bool
	cookie    bool
	ln        *haproxycfg.Line
}

// splitGroup is the rules of one route, in the frontend's order.
type splitGroup struct {
	path, host string
	rules      []rule
}

// braceGroup reads one { ... } anonymous ACL of lbgen's route rules into
// c and r; false for another.
func braceGroup(ws []string, c *condition, r *rule) bool {
	switch {
	case len(ws) == 2 && (ws[0] == "path" || ws[0] == "path_beg"):
		c.path = strings.TrimSuffix(ws[1], "/")
	case len(ws) == 3 && ws[0] == "hdr(host),field(1,:)" && ws[1] == "-i":
		c.host = ws[2]
	case len(ws) == 5 && ws[0] == "hdr(host),field(1,:)" && ws[1] == "-m" && ws[2] == "end" && ws[3] == "-i" && strings.HasPrefix(ws[4], "."):
		c.host = "*" + ws[4]
	case len(ws) == 5 && ws[0] == "var(txn.draw)" && ws[1] == "-m" && ws[2] == "int" && ws[3] == "lt":
		n, err := strconv.Atoi(ws[4])
		if err != nil || n <= 0 || n >= 10000 {
			return false
		}
		r.threshold = n
	case len(ws) == 3 && strings.HasPrefix(ws[0], "nbsrv(") && ws[1] == "gt" && ws[2] == "0":
		r.usable = true
	case len(ws) == 3 && strings.HasPrefix(ws[0], "req.cook(") && ws[1] == "-m" && ws[2] == "found":
		r.cookie = true
	default:
		return false
	}
	return true
}

// splitRoutes imports each route whose use_backend lines are lbgen's
// split and backup rules: the backends drawn for, in order, are the
// primaries with their shares as weights; the first usable one after the
// draws is the last share; the usable backends after that which are no
// primary are backups.
func (h *haproxyImport) splitRoutes(groups []*splitGroup) {
	for _, g := range groups {
		var primaries, backups []rule
		cum := 0
		var bps []int
		seen := map[string]bool{}
		last := false
		for _, r := range g.rules {
			switch {
			case r.cookie:
				h.im.imported("haproxy "+lineText(r.ln)+" (lbgen renders it for a split with cookie stickiness)", h.at(r.ln))
				continue
			case r.threshold > 0 && !last && r.threshold > cum:
				bps = append(bps, r.threshold-cum)
				cum = r.threshold
				primaries = append(primaries, r)
			case r.usable && !last && !seen[r.backend]:
				last = true
				bps = append(bps, 10000-cum)
				primaries = append(primaries, r)
			case r.usable && !seen[r.backend]:
				backups = append(backups, r)
			default:
				h.im.imported("haproxy "+lineText(r.ln)+" (lbgen renders it for the route's split or backups)", h.at(r.ln))
				continue
			}
			seen[r.backend] = true
		}
		weights, _ := splitWeights(bps)
		for i, r := range primaries {
			for _, be := range h.route(g.path, g.host, r.backend, r.ln) {
				if weights != nil && len(primaries) > 1 {
					be.weight = weights[i]
				}
			}
		}
		for _, r := range backups {
			for _, be := range h.route(g.path, g.host, r.backend, r.ln) {
				be.backup = true
			}
		}
	}
}

// addRule adds a rule to its route's group.
func addRule(groups []*splitGroup, c condition, r rule) []*splitGroup {
	for _, g := range groups {
		if g.path == c.path && g.host == c.host {
			g.rules = append(g.rules, r)
			return groups
		}
	}
	return append(groups, &splitGroup{path: c.path, host: c.host, rules: []rule{r}})
}
