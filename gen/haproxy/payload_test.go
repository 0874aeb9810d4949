package haproxy

import (
	"fmt"
	"strings"
	"testing"

	"github.com/lbgen/lbgen/schemas"
)

// TestPayloadSizeMatchesSpecLimit: the spec bounds replicas by what a DNS
// answer of schemas.DNSPayloadSize bytes can list, so the resolvers
// section must accept answers of exactly that size.
func TestPayloadSizeMatchesSpecLimit(t *testing.T) {
	want := fmt.Sprintf("accepted_payload_size %d\n", schemas.DNSPayloadSize)
	if !strings.Contains(cfgTemplate, want) {
		t.Errorf("haproxy.cfg.tmpl does not say %q", strings.TrimSpace(want))
	}
}
