package e2e

import (
	"net/http"
	"testing"
)

// TestForwardedProtoFromTrustedProxiesOnly: the X-Forwarded-Proto a TLS
// proxy in front of the balancer sets reaches the app when that proxy is
// in trusted_proxies; from anyone else it is replaced by the scheme the
// client used (http here), so no client can claim https.
func TestForwardedProtoFromTrustedProxiesOnly(t *testing.T) {
	forEngines(t, func(t *testing.T, engine string) {
		for _, tc := range []struct {
			trusted, sent, want string
		}{
			{`["127.0.0.1"]`, "https", "https"}, // the test client is the trusted proxy
			{`["127.0.0.1"]`, "http", "http"},
			{`["127.0.0.1"]`, "gopher", "http"},
			{`["127.0.0.1"]`, "", "http"},
			{`["10.0.0.0/8"]`, "https", "http"}, // the client is not trusted
		} {
			t.Run(tc.trusted+" "+tc.sent, func(t *testing.T) {
				spec := stack("  trusted_proxies = "+tc.trusted+"\n"+routeToApp, "")
				p, _, bs, _ := setup(t, engine, spec, "127.0.0.2")
				warm(t, p.url, bs)
				req, err := http.NewRequest(http.MethodGet, p.url+"/", nil)
				if err != nil {
					t.Fatal(err)
				}
				if tc.sent != "" {
					req.Header.Set("X-Forwarded-Proto", tc.sent)
				}
				resp, err := newClient().http.Do(req)
				if err != nil {
					t.Fatal(err)
				}
				resp.Body.Close()
				if got := resp.Header.Get("X-Seen-Proto"); resp.StatusCode != http.StatusOK || got != tc.want {
					t.Errorf("trusted %s, sent %q: the app saw X-Forwarded-Proto %q (status %d); want %q", tc.trusted, tc.sent, got, resp.StatusCode, tc.want)
				}
			})
		}
	})
}
