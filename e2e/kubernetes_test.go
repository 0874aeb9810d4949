package e2e

import (
	"crypto/tls"
	"fmt"
	"io"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/miekg/dns"

	"github.com/lbgen/lbgen/internal/toolcheck"
)

// The namespace and cluster domain of the Kubernetes test spec: every
// name the balancers look up ends in them.
const (
	kubeNamespace = "shop"
	kubeDomain    = "cluster.test"
)

// clusterDNS answers like a cluster DNS server for a headless Service
// whose port is named "http": the SRV name
// _http._tcp.<svc>.<ns>.svc.<domain> lists one record per ready pod, with
// the pod's port and a per-pod host name (its A record in the additional
// section), and the Service's own name has one A record per ready pod.
type clusterDNS struct {
	addr string
	mu   sync.Mutex
	// pods maps a headless Service's DNS name to its ready pods' IPs.
	pods map[string][]string
	port int
	// srvQueries counts SRV questions, to prove the balancer asked them.
	srvQueries atomic.Int64
}

func startClusterDNS(t testing.TB, addr string, port int) *clusterDNS {
	t.Helper()
	pc, err := net.ListenPacket("udp", addr)
	if err != nil {
		t.Fatal(err)
	}
	d := &clusterDNS{addr: pc.LocalAddr().String(), pods: map[string][]string{}, port: port}
	srv := &dns.Server{PacketConn: pc, Handler: d}
	go srv.ActivateAndServe()
	t.Cleanup(func() { srv.Shutdown() })
	return d
}

// headless is the DNS name of a service's headless Service.
func headless(service string) string {
	return dns.Fqdn(fmt.Sprintf("%s-headless.%s.svc.%s", service, kubeNamespace, kubeDomain))
}

// setReady makes ips the ready pods of the service's headless Service.
func (d *clusterDNS) setReady(service string, ips ...string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.pods[headless(service)] = ips
}

// podName is a pod's host name under its headless Service.
func podName(ip, svc string) string { return strings.ReplaceAll(ip, ".", "-") + "." + svc }

func (d *clusterDNS) ServeDNS(w dns.ResponseWriter, r *dns.Msg) {
	m := new(dns.Msg)
	m.SetReply(r)
	m.Authoritative = true
	if opt := r.IsEdns0(); opt != nil {
		m.SetEdns0(opt.UDPSize(), false)
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	for _, q := range r.Question {
		name := strings.ToLower(q.Name)
		if svc, ok := strings.CutPrefix(name, "_http._tcp."); ok && q.Qtype == dns.TypeSRV {
			d.srvQueries.Add(1)
			d.answerSRV(m, q.Name, svc)
			continue
		}
		if ips, ok := d.pods[name]; ok && q.Qtype == dns.TypeA {
			for _, ip := range ips {
				m.Answer = append(m.Answer, aRecord(q.Name, ip))
			}
			continue
		}
		if ip, ok := d.podIP(name); ok {
			if q.Qtype == dns.TypeA {
				m.Answer = append(m.Answer, aRecord(q.Name, ip))
			}
			continue
		}
		if _, ok := d.pods[name]; !ok {
			m.Rcode = dns.RcodeNameError
		}
	}
	w.WriteMsg(m)
}

func (d *clusterDNS) answerSRV(m *dns.Msg, qname, svc string) {
	ips, ok := d.pods[svc]
	if !ok || len(ips) == 0 {
		m.Rcode = dns.RcodeNameError
		return
	}
	for _, ip := range ips {
		target := podName(ip, svc)
		m.Answer = append(m.Answer, &dns.SRV{
			Hdr:      dns.RR_Header{Name: qname, Rrtype: dns.TypeSRV, Class: dns.ClassINET, Ttl: 1},
			Priority: 0, Weight: 100 / uint16(len(ips)), Port: uint16(d.port), Target: target,
		})
		m.Extra = append(m.Extra, aRecord(target, ip))
	}
}

// podIP resolves a pod's host name if that pod is ready.
func (d *clusterDNS) podIP(name string) (string, bool) {
	for svc, ips := range d.pods {
		for _, ip := range ips {
			if name == podName(ip, svc) {
				return ip, true
			}
		}
	}
	return "", false
}

func aRecord(name, ip string) dns.RR {
	return &dns.A{Hdr: dns.RR_Header{Name: name, Rrtype: dns.TypeA, Class: dns.ClassINET, Ttl: 1}, A: net.ParseIP(ip)}
}

// kubeStack is a Kubernetes spec with app (scaled, health-checked) behind
// one balancer that asks the test's cluster DNS (var.resolver), unless
// resolver is false: then it asks the nameserver in /etc/resolv.conf, as
// in a pod.
func kubeStack(resolver bool) string {
	line := "resolver    = var.resolver"
	if !resolver {
		line = "# resolver from /etc/resolv.conf"
	}
	return fmt.Sprintf(`
variable "engine" {}
variable "port" {
  type = number
}
variable "resolver" {}

project  = "traffic"
platform = "kubernetes"

kubernetes {
  namespace      = %q
  cluster_domain = %q
}

service "app" {
  image        = "example/app:1.0"
  port         = var.port
  replicas     = 2
  max_replicas = 6
  health {
    http = "/health"
  }
}

balancer "lb" {
  engine      = var.engine
  listen      = 80
  %s
  dns_refresh = "%s"
  route "/" {
    service = "app"
  }
  stats {
    port = 8404
  }
}
`, kubeNamespace, kubeDomain, line, dnsRefresh)
}

// kubeSetup starts the cluster DNS with ips as app's ready pods, the pods
// themselves, and the balancer rendered for Kubernetes.
func kubeSetup(t *testing.T, engine string, ips ...string) (*proxy, *clusterDNS, []*backend, int) {
	t.Helper()
	toolcheck.Binaries(t, engine)
	port := freePort(t, "127.0.0.2")
	d := startClusterDNS(t, "127.0.0.1:0", port)
	bs := replicas(t, port, ips...)
	d.setReady("app", ips...)
	cfg, _ := render(t, kubeStack(true), "engine="+engine, fmt.Sprintf("port=%d", port), "resolver="+d.addr)
	want := "_http._tcp"
	if !strings.Contains(string(cfg), want) {
		t.Fatalf("the %s config does not look up SRV records:\n%s", engine, cfg)
	}
	return startProxy(t, engine, cfg), d, bs, port
}

// TestKubernetesScaleOutAndIn: pods that turn ready join the headless
// Service's SRV answer and get traffic without a reload; pods that leave
// it stop getting traffic before they stop.
func TestKubernetesScaleOutAndIn(t *testing.T) {
	forEngines(t, func(t *testing.T, engine string) {
		ips := []string{"127.0.0.2", "127.0.0.3", "127.0.0.4", "127.0.0.5"}
		p, d, bs, port := kubeSetup(t, engine, ips[:2]...)
		bs = append(bs, replicas(t, port, ips[2:]...)...)
		warm(t, p.url, bs[:2])
		if d.srvQueries.Load() == 0 {
			t.Fatalf("%s never asked for the SRV records", engine)
		}

		// kubectl scale deployment app --replicas=4 (or the autoscaler).
		d.setReady("app", ips...)
		bound := 2 * dnsRefresh
		if engine == "haproxy" {
			bound += 2 * 2 * time.Second // rise 2 × inter 2s
		}
		took := waitFor(t, bound+2*time.Second, "new pods get traffic", func() bool {
			burst(p.url, 20, 4)
			return bs[2].hits.Load() > 0 && bs[3].hits.Load() > 0
		})
		t.Logf("%s: new pods got traffic after %s", engine, took.Round(100*time.Millisecond))

		// Scale in: the pods leave the SRV answer (not ready, then
		// terminating) before they stop.
		d.setReady("app", ips[:2]...)
		time.Sleep(2 * dnsRefresh)
		bs[2].stop()
		bs[3].stop()
		for _, b := range bs {
			b.hits.Store(0)
		}
		res := burst(p.url, 200, 4)
		if res.failed > 0 {
			t.Errorf("%d requests failed after scaling in: %v", res.failed, res.errs)
		}
		if n := bs[2].hits.Load() + bs[3].hits.Load(); n > 0 {
			t.Errorf("removed pods served %d requests after scaling in", n)
		}
		if res.by[bs[0].ip] == 0 || res.by[bs[1].ip] == 0 {
			t.Errorf("after scaling in, traffic went to %v; want both remaining pods", res.by)
		}
	})
}

// TestKubernetesFailover kills a pod under GET load before the cluster
// DNS notices: the balancer retries on another pod, so no client sees an
// error, and once the pod leaves the SRV answer it gets nothing.
func TestKubernetesFailover(t *testing.T) {
	forEngines(t, func(t *testing.T, engine string) {
		ips := []string{"127.0.0.2", "127.0.0.3", "127.0.0.4"}
		p, d, bs, _ := kubeSetup(t, engine, ips...)
		warm(t, p.url, bs)
		load := startLoad(p.url)
		time.Sleep(time.Second)
		bs[1].stop()
		sentAtKill := load.ok.Load()
		time.Sleep(time.Second)
		// The pod's readiness probe fails: it leaves the endpoints.
		d.setReady("app", ips[0], ips[2])
		time.Sleep(2 * time.Second)
		load.end()
		ok, failed := load.ok.Load(), load.failed.Load()
		if after := ok - sentAtKill; after < 100 {
			t.Fatalf("only %d requests after the pod died; the load must outlast the kill", after)
		}
		if failed > 0 {
			t.Errorf("%d of %d requests failed after a pod died: %v", failed, ok+failed, load.errs)
		}
		t.Logf("%s: %d requests, %d after the kill, none failed", engine, ok, ok-sentAtKill)
	})
}

// resolvConfDNS is where TestKubernetesResolvConf's cluster DNS listens:
// resolv.conf names a nameserver without a port, so it must be 53.
const resolvConfDNS = "127.0.0.153"

// TestKubernetesResolvConf runs the configs rendered without a resolver,
// as they run in a pod: HAProxy reads the nameserver from /etc/resolv.conf
// (parse-resolv-conf), and nginx gets it from the official image's
// entrypoint, which fills NGINX_LOCAL_RESOLVERS in from the same file.
// Each balancer runs in a mount namespace where /etc/resolv.conf names
// the test's cluster DNS.
func TestKubernetesResolvConf(t *testing.T) {
	forEngines(t, func(t *testing.T, engine string) {
		toolcheck.Binaries(t, engine)
		port := freePort(t, "127.0.0.2")
		ips := []string{"127.0.0.2", "127.0.0.3"}
		bs := replicas(t, port, ips...)
		d := startClusterDNS(t, resolvConfDNS+":53", port)
		d.setReady("app", ips...)
		cfg, _ := render(t, kubeStack(false), "engine="+engine, fmt.Sprintf("port=%d", port), "resolver=unused")
		if engine == "nginx" {
			if !strings.Contains(string(cfg), "${NGINX_LOCAL_RESOLVERS}") {
				t.Fatalf("the nginx config is no resolver template:\n%s", cfg)
			}
			cfg = toolcheck.NginxTemplate(cfg, resolvConfDNS)
		} else if !strings.Contains(string(cfg), "parse-resolv-conf") {
			t.Fatalf("the HAProxy config does not read resolv.conf:\n%s", cfg)
		}
		resolvConf := filepath.Join(t.TempDir(), "resolv.conf")
		writeFile(t, resolvConf, []byte("nameserver "+resolvConfDNS+"\n"))
		p := startProxy(t, engine, cfg, "unshare", "--mount", "sh", "-c", `mount --bind "$0" /etc/resolv.conf && exec "$@"`, resolvConf)
		warm(t, p.url, bs)
		if d.srvQueries.Load() == 0 {
			t.Errorf("%s never asked the cluster DNS for SRV records", engine)
		}
	})
}

// TestKubernetesTCP: a TCP balancer rendered for Kubernetes finds the
// pods of the headless Service through its SRV records and spreads
// connections over them, bytes as they are; a pod that turns ready later
// gets connections without a reload.
func TestKubernetesTCP(t *testing.T) {
	forEngines(t, func(t *testing.T, engine string) {
		toolcheck.Binaries(t, engine)
		port := freePort(t, "127.0.0.2")
		d := startClusterDNS(t, "127.0.0.1:0", port)
		ips := []string{"127.0.0.2", "127.0.0.3", "127.0.0.4"}
		for _, ip := range ips {
			startTCPEcho(t, ip, port)
		}
		d.setReady("db", ips[:2]...)
		spec := strings.Replace(tcpSpec, `project = "traffic"`, fmt.Sprintf("project = \"traffic\"\nplatform = \"kubernetes\"\nkubernetes {\n  namespace = %q\n  cluster_domain = %q\n}", kubeNamespace, kubeDomain), 1)
		cfg, _ := render(t, tcpSpecFor(engine, spec), "engine="+engine, fmt.Sprintf("port=%d", port), "resolver="+d.addr)
		if !strings.Contains(string(cfg), "_http._tcp") {
			t.Fatalf("the %s config does not look up SRV records:\n%s", engine, cfg)
		}
		addr := startTCPProxy(t, engine, cfg, port)
		reach := func(want ...string) {
			t.Helper()
			seen := map[string]int{}
			waitFor(t, 20*time.Second, fmt.Sprintf("connections reach %v", want), func() bool {
				if who, err := tcpRoundTrip(addr, "hello"); err == nil {
					seen[who]++
				}
				for _, ip := range want {
					if seen[ip] == 0 {
						return false
					}
				}
				return true
			})
		}
		reach(ips[:2]...)
		if d.srvQueries.Load() == 0 {
			t.Fatalf("%s never asked for the SRV records", engine)
		}
		d.setReady("db", ips...)
		reach(ips[2])
	})
}

// TestKubernetesTLS: a TLS balancer rendered for Kubernetes reads the
// certificate and key where the Secret's projected volume puts them (here
// the test's own, at the same file names) and sends HTTPS requests to
// every pod of the SRV answer.
func TestKubernetesTLS(t *testing.T) {
	forEngines(t, func(t *testing.T, engine string) {
		toolcheck.Binaries(t, engine)
		pool, certPEM, keyPEM := testCA(t, "127.0.0.1")
		port := freePort(t, "127.0.0.2")
		d := startClusterDNS(t, "127.0.0.1:0", port)
		bs := replicas(t, port, "127.0.0.2", "127.0.0.3")
		d.setReady("app", "127.0.0.2", "127.0.0.3")
		spec := strings.Replace(kubeStack(true), `  route "/" {`, "  tls {\n    certificate_secret = \"lb-cert\"\n    key_secret = \"lb-cert\"\n  }\n  route \"/\" {", 1)
		cfg, _ := render(t, spec, "engine="+engine, fmt.Sprintf("port=%d", port), "resolver="+d.addr)
		httpsPort := freePort(t, "127.0.0.1")
		startProxy(t, engine, withTLSFiles(t, engine, cfg, httpsPort, certPEM, keyPEM))
		c := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{
			TLSClientConfig: &tls.Config{RootCAs: pool, ServerName: "127.0.0.1"},
		}}
		waitFor(t, 20*time.Second, "every pod answers over HTTPS", func() bool {
			for range 10 {
				if resp, err := c.Get(fmt.Sprintf("https://127.0.0.1:%d/", httpsPort)); err == nil {
					io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
				}
			}
			return bs[0].hits.Load() > 0 && bs[1].hits.Load() > 0
		})
		if d.srvQueries.Load() == 0 {
			t.Errorf("%s never asked the cluster DNS for SRV records", engine)
		}
	})
}
