package e2e

import (
	"strings"
	"testing"
	"time"
)

// TestScaleInOfSeveralReplicasLosesNoRequest: `docker compose up --scale
// app=3` from 8 stops 5 replicas at once. Their ports refuse connections
// at once, while the DNS answer still lists them until the balancer asks
// again. Under a steady GET loop no request may fail: the balancer takes a
// replica out at its first refused connection and retries the request on
// another, as often as it takes to find a live one.
func TestScaleInOfSeveralReplicasLosesNoRequest(t *testing.T) {
	forEngines(t, func(t *testing.T, engine string) {
		ips := serviceIPs(8)[0]
		spec := stack(routeToApp, "")
		p, d, bs, _ := setup(t, engine, replaceOnce(t, spec, "max_replicas = 6", "max_replicas = 8"), ips...)
		warm(t, p.url, bs)

		load := startLoad(p.url)
		time.Sleep(time.Second)
		atStop := load.ok.Load()
		for _, b := range bs[3:] {
			b.stop()
		}
		// Docker's DNS stops listing them; the balancer notices within
		// dns_refresh, so it must cope with the dead addresses until then.
		time.Sleep(dnsRefresh)
		d.set("app", ips[:3]...)
		time.Sleep(3 * time.Second)
		load.end()
		ok, failed := load.ok.Load(), load.failed.Load()
		t.Logf("%s: %d requests, %d after 5 of 8 replicas stopped, %d failed %v", engine, ok+failed, ok-atStop, failed, load.errs)
		if after := ok - atStop; after < 100 {
			t.Fatalf("only %d requests after the scale-in; the load must outlast it", after)
		}
		if failed > 0 {
			t.Errorf("%d of %d requests failed when 5 of 8 replicas stopped at once: %v", failed, ok+failed, load.errs)
		}
	})
}

func replaceOnce(t *testing.T, s, old, new string) string {
	t.Helper()
	i := strings.Index(s, old)
	if i < 0 {
		t.Fatalf("no %q to replace", old)
	}
	return s[:i] + new + s[i+len(old):]
}
