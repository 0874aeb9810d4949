package rules

import (
	"strconv"
	"strings"

	"github.com/lbgen/lbgen/lint"
	"github.com/lbgen/lbgen/lint/haproxycfg"
)

// HAProxyPrivilegedBind flags ports below 1024 in the non-root images.
var HAProxyPrivilegedBind = &lint.Rule{
	ID: "LB312", Name: "haproxy-privileged-bind", Severity: lint.Error,
	Summary: "HAProxy binds a port below 1024 in a non-root image on the host network.",
	Doc: "The official haproxy images run as user haproxy since 2.4. In its own network namespace that is fine: " +
		"Docker 20.10 and later set net.ipv4.ip_unprivileged_port_start=0 there, so any user binds :80. With " +
		"`network_mode: host` the host's setting applies (1024 by default), and HAProxy exits with \"cannot bind socket\". " +
		"Bind 8080, or leave the host network.",
	Bad:   "# network_mode: host\nfrontend web\n    bind *:80",
	Good:  "# network_mode: host\nfrontend web\n    bind *:8080",
	Kinds: haproxyKinds,
	Run: func(p *lint.Pass) {
		for _, f := range p.FilesOf(lint.KindHAProxy) {
			nonRoot := false
			for _, ref := range p.Project.MountedBy(f) {
				nonRoot = nonRoot || (ref.Service.HostNetwork && nonRootHAProxy(ref.Service.Image))
			}
			if !nonRoot {
				continue
			}
			for _, s := range sectionsOf(f.HAProxy, "frontend", "listen") {
				for _, l := range lines(s, "bind") {
					if port, ok := bindPort(l); ok && port < 1024 {
						p.Report(f, wordsRange(l, 1, 1), "port %d is privileged: on the host network the haproxy image (a non-root user since 2.4) cannot bind it; bind 8080", port)
					}
				}
			}
		}
	},
}

// nonRootHAProxy reports whether an image is an official haproxy 2.4+.
func nonRootHAProxy(image string) bool {
	name, tag, _ := strings.Cut(image[strings.LastIndex(image, "/")+1:], ":")
	if name != "haproxy" {
		return false
	}
	if tag == "" || strings.HasPrefix(tag, "latest") || strings.HasPrefix(tag, "lts") || strings.HasPrefix(tag, "alpine") {
		return true
	}
	major, minor, _ := strings.Cut(tag, ".")
	ma, err1 := strconv.Atoi(major)
	mi, err2 := strconv.Atoi(strings.TrimLeft(strings.SplitN(minor, "-", 2)[0], "v"))
	return err1 == nil && err2 == nil && (ma > 2 || (ma == 2 && mi >= 4))
}

// bindPort reads the port of a bind line ("*:80", ":8404", "ipv4@:80").
func bindPort(l *haproxycfg.Line) (int, bool) {
	if len(l.Words) < 2 {
		return 0, false
	}
	addr := l.Words[1].Value
	i := strings.LastIndex(addr, ":")
	if i < 0 {
		return 0, false
	}
	port, err := strconv.Atoi(addr[i+1:])
	return port, err == nil
}
