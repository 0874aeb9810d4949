package schemas

import (
	"fmt"
	"strings"

	"github.com/hashicorp/hcl/v2"
)

// DefaultTLSListen is the published HTTPS port.
const DefaultTLSListen = 443

// tls checks a balancer's TLS block: a certificate and a key each from
// exactly one source, never the PEM text itself, and a port of its own.
func (v *validator) tls(b *Balancer, t *TLS) {
	if t.Listen == 0 {
		t.Listen = DefaultTLSListen
		t.ListenRange = t.DefRange
	}
	v.port(t.Listen, t.ListenRange, "tls listen port")
	if t.Listen == b.Listen {
		v.errorf(t.ListenRange, "TLS on the HTTP port",
			"Balancer %q takes plain HTTP on port %d; HTTPS needs a port of its own (tls { listen = 443 }).", b.Name, b.Listen)
	} else {
		v.publish(b.ListenIP, t.Listen, fmt.Sprintf("TLS of balancer %q", b.Name), t.ListenRange)
	}
	if b.Stats != nil && b.Stats.Port == b.ContainerTLSPort() {
		v.errorf(b.Stats.PortRange, "Stats on the TLS port",
			"%s takes HTTPS on port %d inside its container, so the stats port must be another port.", engineName(b.Engine), b.ContainerTLSPort())
	}
	v.tlsSource(t, "certificate", t.Certificate, t.CertificateRange, t.CertificateSecret, t.CertificateSecretRange)
	v.tlsSource(t, "key", t.Key, t.KeyRange, t.KeySecret, t.KeySecretRange)
	t.RedirectHTTP = t.Redirect == nil || *t.Redirect
	t.HTTP2On = t.HTTP2 == nil || *t.HTTP2
	t.HSTS = v.duration(t.HSTSRaw, t.HSTSRange, "hsts", 0)
	if t.HSTSSubdomains && t.HSTSRaw == "" {
		v.errorf(t.DefRange, "HSTS option without HSTS", "hsts_include_subdomains needs hsts = the max-age, such as \"365d\".")
	}
}

// tlsSource checks that one TLS file comes from a file or a secret.
func (v *validator) tlsSource(t *TLS, what, file string, fileRange hcl.Range, secret string, secretRange hcl.Range) {
	switch {
	case file == "" && secret == "":
		v.errorf(t.DefRange, "TLS without a "+what,
			"A tls block needs the %s: %s = \"path/to/file\" (relative to the spec), or %s_secret = \"NAME\" for an existing Docker secret.", what, what, what)
	case file != "" && secret != "":
		v.errorf(secretRange, "Two sources for the TLS "+what, "Set %s or %s_secret, not both.", what, what)
	case strings.Contains(file, "-----BEGIN") || strings.Contains(file, "\n"):
		v.errorf(fileRange, "Key material in the spec",
			"%s is the path of a PEM file, not its content: keep certificates and keys out of the spec (and out of version control).", what)
	case secret != "" && !volumeNamePattern.MatchString(secret):
		v.errorf(secretRange, "Invalid secret name", "%q cannot be a Docker secret name: use letters, digits, '_', '.' and '-'.", secret)
	}
}
