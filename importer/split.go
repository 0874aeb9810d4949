package importer

import (
	"slices"
	"strconv"
	"strings"

	"github.com/lbgen/lbgen/gen"
	"github.com/lbgen/lbgen/lint/nginxconf"
)

// maxWeight is the largest weight the spec takes (HAProxy's limit).
const maxWeight = 256

// splitWeights turns a traffic split's shares, in basis points, into the
// smallest weights lbgen renders as the same split: 8000 and 2000 are
// weights 4 and 1. Equal shares need no weights (nil). exact is false
// when no weights up to the spec's limit give the same split: the
// nearest are returned.
func splitWeights(bps []int) (weights []int, exact bool) {
	if len(bps) < 2 || slices.Equal(gen.BasisPoints(make1s(len(bps))), bps) {
		return nil, true
	}
	for total := len(bps); total <= maxWeight*len(bps); total++ {
		w := make([]int, len(bps))
		ok := true
		for i, bp := range bps {
			w[i] = max(1, (bp*total+5000)/10000)
			ok = ok && w[i] <= maxWeight
		}
		if ok && slices.Equal(gen.BasisPoints(w), bps) {
			return w, true
		}
	}
	w := make([]int, len(bps))
	for i, bp := range bps {
		w[i] = max(1, bp*maxWeight/10000)
	}
	return w, false
}

func make1s(n int) []int {
	w := make([]int, n)
	for i := range w {
		w[i] = 1
	}
	return w
}

// percentBasisPoints reads a split_clients share ("80%", "33.33%") as
// basis points.
func percentBasisPoints(v string) (int, bool) {
	num, ok := strings.CutSuffix(v, "%")
	if !ok {
		return 0, false
	}
	whole, frac, _ := strings.Cut(num, ".")
	if len(frac) > 2 {
		return 0, false
	}
	frac += strings.Repeat("0", 2-len(frac))
	w, err1 := strconv.Atoi(whole)
	f, err2 := strconv.Atoi(frac)
	if err1 != nil || err2 != nil || w < 0 || w > 100 {
		return 0, false
	}
	return w*100 + f, true
}

// lbgenSplitKeys are the keys lbgen splits on: a random draw per
// request, or the stickiness key.
var lbgenSplitKeys = map[string]bool{"$request_id": true, "$remote_addr": true, "$request_uri": true, "$split_key": true}

// nginxShare is one line of a split_clients block: a share of the
// requests and the upstream it goes to.
type nginxShare struct {
	basisPoints int
	upstream    string
}

// splitShares reads a split_clients block whose every line sends a share
// to an upstream of the config, the last one "*" or all of them
// percentages; nil when it is another form.
func (n *nginxImport) splitShares(d *nginxconf.Directive) []nginxShare {
	var shares []nginxShare
	left := 10000
	for i, c := range d.Block {
		if len(c.Args) != 1 || n.upstreams[c.Args[0].Value] == nil {
			return nil
		}
		bp, ok := percentBasisPoints(c.Name)
		if c.Name == "*" && i == len(d.Block)-1 {
			bp, ok = left, true
		}
		if !ok || bp > left {
			return nil
		}
		left -= bp
		shares = append(shares, nginxShare{basisPoints: bp, upstream: c.Args[0].Value})
	}
	if len(shares) < 2 {
		return nil
	}
	return shares
}

// splitKeyMap reports whether d is the map lbgen renders for a split
// with stickiness: requests without the key are drawn at random.
func splitKeyMap(d *nginxconf.Directive) bool {
	return d.Name == "map" && len(d.Args) == 2 && d.Args[1].Value == "$split_key" &&
		(strings.HasPrefix(d.Args[0].Value, "$cookie_") || strings.HasPrefix(d.Args[0].Value, "$http_"))
}

// split imports a route that proxies to a split_clients variable: each
// share's upstream gives its primary service, with the share as weight,
// and the backups that upstream falls back to.
func (n *nginxImport) split(r *route, sp *nginxconf.Directive, pass *nginxconf.Directive) {
	shares := n.splitShares(sp)
	bps := make([]int, len(shares))
	var primaries []*backend
	for i, sh := range shares {
		bps[i] = sh.basisPoints
		part := &route{}
		n.backends(part, sh.upstream, pass)
		var primary *backend
		for _, be := range part.backends {
			switch {
			case be.backup:
				addBackend(r, be).backup = true
			case primary == nil:
				primary = addBackend(r, &backend{service: be.service, port: be.port})
			default:
				n.im.skipped("upstream "+sh.upstream+": "+be.service, n.at(pass), "a split's share goes to one service (and its backups); the upstream's first service takes it")
			}
		}
		primaries = append(primaries, primary)
	}
	weights, exact := splitWeights(bps)
	for i, be := range primaries {
		if be != nil && weights != nil {
			be.weight += weights[i]
		}
	}
	if key := sp.Args[0].Value; !lbgenSplitKeys[key] {
		n.im.changed("", "split_clients key "+key, n.at(sp), "lbgen draws each request at random ($request_id), or by the stickiness key when the balancer is sticky")
	}
	if !exact {
		n.im.changed("", "split_clients "+sp.Args[1].Value, n.at(sp), "the spec's weights (up to 256) give the nearest split, not the exact percentages")
	}
}
