package importer

import (
	"fmt"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v4"

	"github.com/lbgen/lbgen/internal/yamlnode"
	"github.com/lbgen/lbgen/lint"
)

// tlsOf returns the balancer's tls block, started when the config first
// shows TLS: lbgen's defaults (redirect, HTTP/2) are off until the config
// shows them.
func (lb *balancer) tlsOf() *tlsSpec {
	if lb.tls == nil {
		lb.tls = &tlsSpec{}
	}
	return lb.tls
}

// tlsFiles turns the certificate and key files the balancer's config
// reads into the files or secrets the tls block names: a Compose secret
// (its file, or the name of an external one) or a bind-mounted host file.
// The files are never read. A block whose files cannot be traced is
// dropped and reported.
func (im *importer) tlsFiles(s *lint.Service, lb *balancer) {
	t := lb.tls
	if t == nil {
		return
	}
	from := where(s.File.Path, s.Key.Line, s.Key.Column)
	if t.certPath == "" || t.keyPath == "" {
		lb.tls = nil
		im.skipped("TLS of "+s.Name, from, "its config names no certificate and key file lbgen can pair: write a tls block with certificate and key (or certificate_secret and key_secret)")
		return
	}
	var ok1, ok2 bool
	t.certificate, t.certSecret, ok1 = im.hostFile(s, t.certPath)
	t.key, t.keySecret, ok2 = im.hostFile(s, t.keyPath)
	if !ok1 || !ok2 {
		lb.tls = nil
		im.skipped("TLS of "+s.Name+" ("+t.certPath+", "+t.keyPath+")", from,
			"the certificate or key is neither a Compose secret nor a bind-mounted file: write a tls block with certificate and key naming the files on the host, or certificate_secret and key_secret")
		return
	}
	im.imported(fmt.Sprintf("TLS of %s (certificate %s, key %s, read by reference)", s.Name, t.certPath, t.keyPath), from)
}

// hostFile finds where a file a container reads comes from: a Compose
// secret mounted under /run/secrets (its file relative to the spec, or
// an external secret's name) or a bind mount.
func (im *importer) hostFile(s *lint.Service, p string) (file, secret string, ok bool) {
	if def, source := secretAt(s, p); def != nil {
		if f := yamlnode.Value(yamlnode.Get(def, "file")); f != "" {
			return im.relPath(s, f), "", true
		}
		if yamlnode.Value(yamlnode.Get(def, "external")) == "true" {
			if name := yamlnode.Value(yamlnode.Get(def, "name")); name != "" {
				return "", name, true
			}
			return "", source, true
		}
	}
	for _, v := range yamlnode.Items(yamlnode.Get(s.Node, "volumes")) {
		parts := strings.Split(v.Value, ":")
		if v.Kind != yaml.ScalarNode || len(parts) < 2 || !strings.HasPrefix(parts[0], ".") && !strings.HasPrefix(parts[0], "/") {
			continue
		}
		rest, found := strings.CutPrefix(p, parts[1])
		if !found || rest != "" && !strings.HasPrefix(rest, "/") {
			continue
		}
		host := path.Clean(parts[0] + rest)
		// A directory mount says nothing of the file: it must be there
		// (HAProxy's key beside a certificate that holds both is not).
		abs := host
		if !filepath.IsAbs(host) {
			abs = filepath.Join(filepath.Dir(s.File.Abs), host)
		}
		if _, err := os.Stat(abs); err != nil {
			return "", "", false
		}
		return im.relPath(s, host), "", true
	}
	return "", "", false
}

// hstsHeader reads a Strict-Transport-Security value the spec can say:
// max-age, and includeSubDomains.
func hstsHeader(v string) (maxAge string, sub, ok bool) {
	for _, part := range strings.Split(v, ";") {
		part = strings.TrimSpace(part)
		switch {
		case strings.HasPrefix(part, "max-age="):
			n, err := strconv.Atoi(strings.TrimPrefix(part, "max-age="))
			if err != nil || n <= 0 {
				return "", false, false
			}
			maxAge = days(n)
		case strings.EqualFold(part, "includeSubDomains"):
			sub = true
		case part == "":
		default:
			return "", false, false
		}
	}
	return maxAge, sub, maxAge != ""
}

// days writes a number of seconds in whole days where it is some.
func days(n int) string {
	d := time.Duration(n) * time.Second
	if d%(24*time.Hour) == 0 {
		return fmt.Sprintf("%dd", d/(24*time.Hour))
	}
	return fmt.Sprintf("%ds", n)
}
