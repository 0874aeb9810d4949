package nginx

import (
	_ "embed"
	"text/template"

	"github.com/lbgen/lbgen/gen"
	"github.com/lbgen/lbgen/schemas"
)

//go:embed stream.conf.tmpl
var streamTemplate string

var streamTmpl = template.Must(template.New("stream").Funcs(funcs).Parse(streamTemplate))

// streamView is what a TCP balancer's main config prints.
type streamView struct {
	gen.BalancerBasics
	dns
	StreamPort int
	Upstream   upstream
	Tries      int
}

func newStreamView(t *schemas.Topology, b *schemas.Balancer, ctx gen.Context) streamView {
	pools, _ := gen.Pools(b, true)
	v := streamView{BalancerBasics: gen.NewBalancerBasics(b, ctx), dns: newDNS(b, ctx), StreamPort: b.StreamPort, Tries: gen.Retries(t, b, pools[0]) + 1}
	v.Upstream = newUpstream(t, ctx, b, pools[0])
	if b.Sticky != nil { // by source: the only stickiness a TCP connection has
		v.Upstream.Method = "hash $remote_addr"
	}
	return v
}
