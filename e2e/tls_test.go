package e2e

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/lbgen/lbgen/component"
	"github.com/lbgen/lbgen/internal/toolcheck"
	"github.com/lbgen/lbgen/schemas"
)

// TestTLSTermination: a client that trusts only a CA made in the test
// completes a real handshake with the balancer over HTTP/2, gets the
// app's answer with X-Forwarded-Proto https and the HSTS header (also on
// a route with response headers of its own, which nginx would drop it
// from unless the location repeats it); plain
// HTTP is redirected to the same path over HTTPS, and the health check
// still answers over plain HTTP.
func TestTLSTermination(t *testing.T) {
	forEngines(t, func(t *testing.T, engine string) {
		toolcheck.Binaries(t, engine)
		pool, certPEM, keyPEM := testCA(t, "127.0.0.1")
		spec := stack(`  tls {
    certificate = "certs/lb.crt"
    key         = "certs/lb.key"
    hsts        = "365d"
  }
  route "/" {
    service          = "app"
    response_headers = { "X-Frame-Options" = "DENY" }
  }
`, "")
		d := startDNS(t)
		port := freePort(t, "127.0.0.2")
		bs := replicas(t, port, "127.0.0.2", "127.0.0.3")
		d.set("app", "127.0.0.2", "127.0.0.3")
		cfg, _ := render(t, spec, "engine="+engine, fmt.Sprintf("port=%d", port), "resolver="+d.addr)
		httpsPort := freePort(t, "127.0.0.1")
		cfg = withTLSFiles(t, engine, cfg, httpsPort, certPEM, keyPEM)
		p := startProxy(t, engine, cfg)
		httpsURL := fmt.Sprintf("https://127.0.0.1:%d", httpsPort)

		c := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{
			TLSClientConfig:   &tls.Config{RootCAs: pool, ServerName: "127.0.0.1"},
			ForceAttemptHTTP2: true,
		}}
		waitFor(t, 20*time.Second, "every replica answers over HTTPS", func() bool {
			for range 10 {
				if resp, err := c.Get(httpsURL + "/"); err == nil {
					io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
				}
			}
			return bs[0].hits.Load() > 0 && bs[1].hits.Load() > 0
		})
		resp, err := c.Get(httpsURL + "/orders?id=7")
		if err != nil {
			t.Fatalf("HTTPS request: %v", err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK || resp.ProtoMajor != 2 {
			t.Errorf("HTTPS: status %d over %s; want 200 over HTTP/2", resp.StatusCode, resp.Proto)
		}
		if got := resp.Header.Get("X-Seen-Proto"); got != "https" {
			t.Errorf("the app saw X-Forwarded-Proto %q; want https", got)
		}
		if got := resp.Header.Get("Strict-Transport-Security"); got != "max-age=31536000" || resp.Header.Get("X-Frame-Options") != "DENY" {
			t.Errorf("HTTPS Strict-Transport-Security = %q, X-Frame-Options = %q; want max-age=31536000 and DENY", got, resp.Header.Get("X-Frame-Options"))
		}
		if v := resp.TLS.Version; v < tls.VersionTLS12 {
			t.Errorf("negotiated TLS version %x; want 1.2 or later", v)
		}
		checkRedirect(t, p.url+"/orders?id=7", "https://127.0.0.1/orders?id=7")
		checkTLS10Refused(t, httpsPort)
	})
}

// withTLSFiles moves the rendered HTTPS listener to a loopback port and
// points the config at the test's certificate and key instead of the
// container's secrets.
func withTLSFiles(t *testing.T, engine string, cfg []byte, port int, certPEM, keyPEM []byte) []byte {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, component.TLSCertificateSecret("lb")), certPEM)
	writeFile(t, filepath.Join(dir, component.TLSKeySecret("lb")), keyPEM)
	cfg = bytes.ReplaceAll(cfg, []byte(component.SecretsDir+"/"), []byte(dir+"/"))
	if engine == schemas.EngineNginx {
		return bindLoopback(t, cfg, "listen 443 ssl", fmt.Sprintf("listen 127.0.0.1:%d ssl", port))
	}
	return bindLoopback(t, cfg, "bind :8443 ssl", fmt.Sprintf("bind 127.0.0.1:%d ssl", port))
}

// checkRedirect: plain HTTP is sent to the same path over HTTPS, without
// HSTS (browsers ignore it over HTTP), and /lb-health is not redirected.
func checkRedirect(t *testing.T, url, want string) {
	t.Helper()
	c := &http.Client{Timeout: 10 * time.Second, CheckRedirect: func(*http.Request, []*http.Request) error {
		return http.ErrUseLastResponse
	}}
	resp, err := c.Get(url)
	if err != nil {
		t.Fatalf("plain HTTP: %v", err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMovedPermanently || resp.Header.Get("Location") != want {
		t.Errorf("plain HTTP: status %d, Location %q; want 301 to %s", resp.StatusCode, resp.Header.Get("Location"), want)
	}
	if h := resp.Header.Get("Strict-Transport-Security"); h != "" {
		t.Errorf("plain HTTP answer carries Strict-Transport-Security %q", h)
	}
	health := url[:strings.Index(url[len("http://"):], "/")+len("http://")] + "/lb-health"
	if resp, err := c.Get(health); err != nil || resp.StatusCode != http.StatusOK {
		t.Errorf("health check over plain HTTP: %v %v", resp, err)
	} else {
		resp.Body.Close()
	}
}

// checkTLS10Refused: the intermediate profile accepts TLS 1.2 and later.
func checkTLS10Refused(t *testing.T, port int) {
	t.Helper()
	conn, err := tls.DialWithDialer(&net.Dialer{Timeout: 5 * time.Second}, "tcp", fmt.Sprintf("127.0.0.1:%d", port),
		&tls.Config{InsecureSkipVerify: true, MinVersion: tls.VersionTLS10, MaxVersion: tls.VersionTLS11})
	if err == nil {
		conn.Close()
		t.Error("a TLS 1.1 handshake succeeded; want it refused")
	}
}

// testCA makes a certificate authority and a server certificate it
// signs for ip, and returns a pool trusting only that CA.
func testCA(t *testing.T, ip string) (*x509.CertPool, []byte, []byte) {
	t.Helper()
	caKey, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	ca := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "lbgen test CA"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		IsCA: true, BasicConstraintsValid: true, KeyUsage: x509.KeyUsageCertSign,
	}
	caDER, err := x509.CreateCertificate(rand.Reader, ca, ca, &caKey.PublicKey, caKey)
	if err != nil {
		t.Fatal(err)
	}
	caCert, err := x509.ParseCertificate(caDER)
	if err != nil {
		t.Fatal(err)
	}
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	leaf := &x509.Certificate{
		SerialNumber: big.NewInt(2), Subject: pkix.Name{CommonName: ip},
		IPAddresses: []net.IP{net.ParseIP(ip)},
		NotBefore:   time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		KeyUsage: x509.KeyUsageDigitalSignature, ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	der, err := x509.CreateCertificate(rand.Reader, leaf, caCert, &key.PublicKey, caKey)
	if err != nil {
		t.Fatal(err)
	}
	keyDER, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	pool := x509.NewCertPool()
	pool.AddCert(caCert)
	return pool, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}),
		pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: keyDER})
}
