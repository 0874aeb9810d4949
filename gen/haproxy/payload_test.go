package haproxy

import (
	"fmt"
	"slices"
	"testing"

	"github.com/lbgen/lbgen/schemas"
)

// TestPayloadSizeMatchesSpecLimit: the spec bounds replicas by what a DNS
// answer of schemas.DNSPayloadSize bytes can list, so the resolvers
// section must accept answers of exactly that size.
func TestPayloadSizeMatchesSpecLimit(t *testing.T) {
	want := fmt.Sprintf("accepted_payload_size %d", schemas.DNSPayloadSize)
	if !slices.Contains(ResolverSettings("10s", "10s"), want) {
		t.Errorf("the resolvers section does not say %q", want)
	}
}
