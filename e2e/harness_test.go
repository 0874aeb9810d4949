package e2e

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/miekg/dns"

	"github.com/lbgen/lbgen/gen"
	"github.com/lbgen/lbgen/gen/targets"
	"github.com/lbgen/lbgen/internal/toolcheck"
	"github.com/lbgen/lbgen/schemas"
)

// dnsServer answers A queries from a table the test changes, like Docker's
// DNS answering with the replicas a service has now.
type dnsServer struct {
	addr    string
	mu      sync.Mutex
	records map[string][]string
}

func startDNS(t testing.TB) *dnsServer {
	t.Helper()
	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	d := &dnsServer{addr: pc.LocalAddr().String(), records: map[string][]string{}}
	srv := &dns.Server{PacketConn: pc, Handler: d}
	go srv.ActivateAndServe()
	t.Cleanup(func() { srv.Shutdown() })
	return d
}

// set makes name resolve to ips (none: the name does not exist).
func (d *dnsServer) set(name string, ips ...string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.records[dns.Fqdn(name)] = ips
}

func (d *dnsServer) ServeDNS(w dns.ResponseWriter, r *dns.Msg) {
	m := new(dns.Msg)
	m.SetReply(r)
	if opt := r.IsEdns0(); opt != nil {
		m.SetEdns0(opt.UDPSize(), false)
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	for _, q := range r.Question {
		ips, ok := d.records[strings.ToLower(q.Name)]
		if !ok || len(ips) == 0 {
			m.Rcode = dns.RcodeNameError
			continue
		}
		if q.Qtype != dns.TypeA {
			continue // AAAA and others: no records, but the name exists
		}
		for _, ip := range ips {
			m.Answer = append(m.Answer, &dns.A{
				Hdr: dns.RR_Header{Name: q.Name, Rrtype: dns.TypeA, Class: dns.ClassINET, Ttl: 1},
				A:   net.ParseIP(ip),
			})
		}
	}
	w.WriteMsg(m)
}

// backend is one replica: it names itself in X-Instance-ID, answers
// /health (switchable to 503) and /work, and counts what it serves.
type backend struct {
	ip        string
	srv       *http.Server
	hits      atomic.Int64
	unhealthy atomic.Bool
	broken    atomic.Bool  // answers every request, /health too, with 500
	delay     atomic.Int64 // added to every request, in nanoseconds
}

func startBackend(t testing.TB, ip string, port int) *backend {
	t.Helper()
	ln, err := net.Listen("tcp", net.JoinHostPort(ip, strconv.Itoa(port)))
	if err != nil {
		t.Fatalf("backend %s:%d: %v", ip, port, err)
	}
	b := &backend{ip: ip}
	mux := http.NewServeMux()
	mux.HandleFunc("/health", func(w http.ResponseWriter, r *http.Request) {
		if b.broken.Load() {
			w.WriteHeader(http.StatusInternalServerError)
		} else if b.unhealthy.Load() {
			w.WriteHeader(http.StatusServiceUnavailable)
		}
		fmt.Fprintln(w, b.ip)
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		b.hits.Add(1)
		if b.broken.Load() {
			w.Header().Set("X-Instance-ID", b.ip)
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
		d := time.Duration(b.delay.Load())
		if ms, err := strconv.Atoi(r.URL.Query().Get("duration")); err == nil && r.URL.Path == "/work" {
			d += time.Duration(min(ms, 5000)) * time.Millisecond
		}
		time.Sleep(d)
		w.Header().Set("X-Instance-ID", b.ip)
		w.Header().Set("X-Served-Port", strconv.Itoa(port))
		w.Header().Set("X-Seen-Proto", r.Header.Get("X-Forwarded-Proto"))
		w.Header().Set("X-Seen-Path", r.URL.RequestURI())
		w.Header().Set("X-Seen-Api-Version", r.Header.Get("X-Api-Version"))
		fmt.Fprintln(w, b.ip)
	})
	b.srv = &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go b.srv.Serve(ln)
	t.Cleanup(b.stop)
	return b
}

// stop kills the replica: its port refuses connections from now on.
func (b *backend) stop() { b.srv.Close() }

// replicas starts one backend per address, all on the same port, as the
// replicas of one compose service are.
func replicas(t testing.TB, port int, ips ...string) []*backend {
	var bs []*backend
	for _, ip := range ips {
		bs = append(bs, startBackend(t, ip, port))
	}
	return bs
}

// freePort finds a TCP port that is free on addr.
func freePort(t testing.TB, addr string) int {
	t.Helper()
	return freePorts(t, addr, 1)[0]
}

// freePorts finds n different TCP ports that are free on addr. The ports
// are held until all are found: a port closed and asked for again may come
// back, and nginx and HAProxy bind with SO_REUSEPORT, so two listeners on
// one port would both start and share its connections.
func freePorts(t testing.TB, addr string, n int) []int {
	t.Helper()
	ports := make([]int, n)
	for i := range ports {
		ln, err := net.Listen("tcp", addr+":0")
		if err != nil {
			t.Fatal(err)
		}
		defer ln.Close()
		ports[i] = ln.Addr().(*net.TCPAddr).Port
	}
	return ports
}

// render loads a spec and returns the config lbgen renders for its one
// balancer, and the balancer.
func render(t testing.TB, spec string, vars ...string) ([]byte, *schemas.Balancer) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "lbgen.hcl")
	if err := os.WriteFile(path, []byte(spec), 0o644); err != nil {
		t.Fatal(err)
	}
	res, diags := schemas.Load(path, schemas.Options{Vars: vars})
	if diags.HasErrors() {
		t.Fatalf("test spec: %v", diags)
	}
	files, err := targets.Render(res.Topology, gen.Context{SpecName: "lbgen.hcl", SpecDir: "."})
	if err != nil {
		t.Fatal(err)
	}
	b := res.Topology.Balancers[0]
	for _, f := range files {
		if f.Path == gen.BalancerConfigPath(b) {
			return f.Bytes, b
		}
	}
	t.Fatalf("no config rendered for balancer %s", b.Name)
	return nil, nil
}

// proxy is a running nginx or HAProxy.
type proxy struct {
	url, statsURL string
	output        *syncBuffer
}

// bindLoopback moves the rendered config's listeners from the container's
// all-interface ports to free ports on 127.0.0.1, the one change the tests
// make to what lbgen renders. Each replacement must happen.
func bindLoopback(t testing.TB, cfg []byte, pairs ...string) []byte {
	t.Helper()
	for i := 0; i < len(pairs); i += 2 {
		if !bytes.Contains(cfg, []byte(pairs[i])) {
			t.Fatalf("rendered config has no %q to move to loopback:\n%s", pairs[i], cfg)
		}
		cfg = bytes.ReplaceAll(cfg, []byte(pairs[i]), []byte(pairs[i+1]))
	}
	return cfg
}

// startProxy runs the real balancer for a rendered config, waits until
// it answers /lb-health, and stops it when the test ends.
func startProxy(t testing.TB, engine string, cfg []byte, wrap ...string) *proxy {
	t.Helper()
	ports := freePorts(t, "127.0.0.1", 2)
	listen, stats := ports[0], ports[1]
	dir := t.TempDir()
	var args []string
	var env []string
	bin := toolcheck.Binaries(t, engine)[0] // the current release
	switch engine {
	case schemas.EngineNginx:
		main := filepath.Join(dir, "nginx.conf")
		if bytes.Contains(cfg, []byte("\nstream {")) {
			// A TCP balancer's config is the main nginx.conf itself.
			cfg = bindLoopback(t, cfg, "listen 80 default_server;", fmt.Sprintf("listen 127.0.0.1:%d default_server;", listen))
			writeFile(t, main, toolcheck.LocalMainConfig(dir, cfg))
		} else {
			cfg = bindLoopback(t, cfg,
				"listen 80 default_server;", fmt.Sprintf("listen 127.0.0.1:%d default_server;", listen),
				"listen 8404;", fmt.Sprintf("listen 127.0.0.1:%d;", stats))
			site := filepath.Join(dir, "site.conf")
			writeFile(t, site, cfg)
			writeFile(t, main, toolcheck.NginxMainConfig(dir, site))
		}
		args = []string{bin.Path, "-p", dir, "-c", main, "-e", "stderr", "-g", "daemon off;"}
	default:
		cfg = bindLoopback(t, cfg,
			"bind :8080", fmt.Sprintf("bind 127.0.0.1:%d", listen),
			"bind :8404", fmt.Sprintf("bind 127.0.0.1:%d", stats))
		path := filepath.Join(dir, "haproxy.cfg")
		writeFile(t, path, cfg)
		args = []string{bin.Path, "-db", "-f", path}
		env = []string{"STATS_USER=stats", "STATS_PASSWORD=s3cret", "COOKIE_KEY=test-key"}
	}
	p := &proxy{url: fmt.Sprintf("http://127.0.0.1:%d", listen), statsURL: fmt.Sprintf("http://127.0.0.1:%d", stats), output: &syncBuffer{}}
	startProcess(t, append(wrap, args...), env, p.output)
	waitFor(t, 10*time.Second, engine+" answers /lb-health", func() bool {
		resp, err := http.Get(p.url + "/lb-health")
		if err != nil {
			return false
		}
		resp.Body.Close()
		return resp.StatusCode == http.StatusOK
	})
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("%s output:\n%s", engine, p.output.String())
		}
	})
	return p
}

// startProcess starts a command and makes sure it is gone when the test
// ends, whatever happens: SIGTERM, then SIGKILL after 5s.
func startProcess(t testing.TB, args, env []string, out io.Writer) {
	t.Helper()
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Env = append(os.Environ(), env...)
	cmd.Stdout, cmd.Stderr = out, out
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() { cmd.Wait(); close(done) }()
	t.Cleanup(func() {
		syscall.Kill(-cmd.Process.Pid, syscall.SIGTERM)
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
			<-done
		}
	})
}

func writeFile(t testing.TB, path string, data []byte) {
	t.Helper()
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// waitFor polls cond every 100ms until it holds, failing the test after
// timeout. It returns how long it took.
func waitFor(t testing.TB, timeout time.Duration, what string, cond func() bool) time.Duration {
	t.Helper()
	start := time.Now()
	for deadline := start.Add(timeout); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		if cond() {
			return time.Since(start)
		}
	}
	t.Fatalf("timed out after %s waiting until %s", timeout, what)
	return 0
}

// client sends requests through a balancer.
type client struct {
	http   *http.Client
	cookie string
}

func newClient() *client {
	return &client{http: &http.Client{
		Timeout:   10 * time.Second,
		Transport: &http.Transport{MaxIdleConnsPerHost: 64, DisableCompression: true},
	}}
}

// get sends one GET and returns the replica that answered ("" on failure).
func (c *client) get(url string, header ...string) (string, error) {
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		return "", err
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	if c.cookie != "" {
		req.Header.Set("Cookie", c.cookie)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	io.Copy(io.Discard, resp.Body)
	if resp.StatusCode != http.StatusOK {
		return "", fmt.Errorf("status %d", resp.StatusCode)
	}
	for _, sc := range resp.Cookies() {
		c.cookie = sc.Name + "=" + sc.Value
	}
	return resp.Header.Get("X-Instance-ID"), nil
}

// tally is what a burst of requests did.
type tally struct {
	ok, failed int
	by         map[string]int
	errs       []string
}

// burst sends n GETs to url from workers goroutines and tallies who
// answered. It is bounded by n and by a 60s deadline.
func burst(url string, n, workers int, header ...string) tally {
	var mu sync.Mutex
	res := tally{by: map[string]int{}}
	jobs := make(chan struct{}, n)
	for i := 0; i < n; i++ {
		jobs <- struct{}{}
	}
	close(jobs)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c := newClient()
			for range jobs {
				if ctx.Err() != nil {
					return
				}
				id, err := c.get(url, header...)
				mu.Lock()
				if err != nil {
					res.failed++
					if len(res.errs) < 5 {
						res.errs = append(res.errs, err.Error())
					}
				} else {
					res.ok++
					res.by[id]++
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return res
}

// warm sends requests until every backend has served one, so tests start
// measuring once the balancer has found and health-checked all replicas.
func warm(t testing.TB, url string, bs []*backend) {
	t.Helper()
	waitFor(t, 20*time.Second, "every replica gets traffic", func() bool {
		burst(url, 20, 4)
		for _, b := range bs {
			if b.hits.Load() == 0 {
				return false
			}
		}
		return true
	})
	for _, b := range bs {
		b.hits.Store(0)
	}
}

// syncBuffer collects a process's output for the failure log.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.buf.Len() > 1<<20 {
		return len(p), nil // keep the first MiB
	}
	return s.buf.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.buf.String()
}

// steadyLoad sends GET requests to one URL from four keep-alive clients,
// back to back, until stopped: the load a failover or scale-in test runs
// its event under.
type steadyLoad struct {
	ok, failed atomic.Int64
	stop       chan struct{}
	wg         sync.WaitGroup
	mu         sync.Mutex
	errs       []string // the first few distinct errors
}

func startLoad(url string) *steadyLoad {
	l := &steadyLoad{stop: make(chan struct{})}
	for w := 0; w < 4; w++ {
		l.wg.Add(1)
		go func() {
			defer l.wg.Done()
			c := newClient()
			for i := 0; i < 1_000_000; i++ { // a safety bound; stop ends the loop
				select {
				case <-l.stop:
					return
				default:
				}
				if _, err := c.get(url); err != nil {
					l.failed.Add(1)
					l.note(err)
				} else {
					l.ok.Add(1)
				}
			}
		}()
	}
	return l
}

func (l *steadyLoad) note(err error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.errs) < 5 && !slices.Contains(l.errs, err.Error()) {
		l.errs = append(l.errs, err.Error())
	}
}

// end stops the load and waits for its clients.
func (l *steadyLoad) end() {
	close(l.stop)
	l.wg.Wait()
}
