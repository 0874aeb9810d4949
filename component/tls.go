package component

// TLS facts shared by the nginx and HAProxy renderers.

// NginxHTTP2Directive is the first nginx with the `http2 on;` directive;
// before it HTTP/2 is a parameter of `listen` (deprecated since).
var NginxHTTP2Directive = Version{1, 25, 1}

// Mozilla's "intermediate" server configuration (guideline 5.7): TLS 1.2
// and 1.3, forward-secret AEAD ciphers only, and the client's preference,
// since every cipher left is strong. The DHE suites of the guideline are
// left out: they need a DH parameter file, and nginx and HAProxy skip them
// without one.
const (
	TLSMinVersion          = "TLSv1.2"
	TLSIntermediateCiphers = "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:" +
		"ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:" +
		"ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305"
	TLS13Ciphersuites = "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256"
)

// SecretsDir is where Docker mounts a container's secrets.
const SecretsDir = "/run/secrets"

// TLS files a balancer reads, as secret names under SecretsDir. The key
// is the certificate's name plus ".key": HAProxy (2.2 and later) loads
// the key of a certificate without one from that file, so nginx and
// HAProxy read the same two secrets.
func TLSCertificateSecret(balancer string) string { return balancer + "_tls_crt" }

// TLSKeySecret is the secret holding a balancer's private key.
func TLSKeySecret(balancer string) string { return TLSCertificateSecret(balancer) + ".key" }
