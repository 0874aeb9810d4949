package toolcheck

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/lbgen/lbgen/component"
)

// secretRef matches the Docker secrets a rendered config reads.
var secretRef = regexp.MustCompile(regexp.QuoteMeta(component.SecretsDir) + `/([A-Za-z0-9_.-]+)`)

// WithSecrets writes a throwaway certificate and key into dir for every
// secret the config reads (names ending in ".key" get the key) and returns
// the config reading them from there: nginx -t and haproxy -c load the
// certificate, as the container would from /run/secrets.
func WithSecrets(dir string, cfg []byte) ([]byte, error) {
	refs := secretRef.FindAllSubmatch(cfg, -1)
	if len(refs) == 0 {
		return cfg, nil
	}
	certPEM, keyPEM, err := SelfSigned("localhost")
	if err != nil {
		return nil, err
	}
	files := map[string][]byte{}
	for _, m := range refs {
		name := string(m[1])
		if strings.HasSuffix(name, ".key") {
			files[name] = keyPEM
			continue
		}
		// HAProxy names only the certificate and reads its key from
		// the file beside it (component.TLSKeySecret).
		files[name], files[name+".key"] = certPEM, keyPEM
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o600); err != nil {
			return nil, err
		}
	}
	return bytes.ReplaceAll(cfg, []byte(component.SecretsDir+"/"), []byte(dir+"/")), nil
}

// SelfSigned returns a PEM certificate for host, valid for a day, and its
// PEM private key.
func SelfSigned(host string) (certPEM, keyPEM []byte, err error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, nil, err
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1),
		Subject:      pkix.Name{CommonName: host},
		DNSNames:     []string{host},
		NotBefore:    time.Now().Add(-time.Hour),
		NotAfter:     time.Now().Add(24 * time.Hour),
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		return nil, nil, fmt.Errorf("self-signed certificate: %w", err)
	}
	keyDER, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		return nil, nil, err
	}
	return pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}),
		pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: keyDER}), nil
}
