package importer

import (
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/hashicorp/hcl/v2/hclwrite"
	"github.com/zclconf/go-cty/cty"
)

// spec is the spec an import builds, in the order it is written. It is
// its own small model rather than schemas.Topology: the decode structs
// carry ranges and defaults an import has no use for, and what the
// importer writes is text a person will keep editing, comments included.
type spec struct {
	project    string
	platform   string
	networks   []*network
	services   []*service
	balancers  []*balancer
	monitoring *monitoring
	loadTests  []*loadTest
}

type network struct {
	name     string
	internal bool
}

type service struct {
	name, image, build, dockerfile string
	port                           int
	extraPorts                     []int
	replicas, maxReplicas          int
	command, entrypoint            []string
	env                            map[string]string
	envFiles, networks, dependsOn  []string
	labels                         map[string]string
	restart, user                  string
	profiles, capAdd, capDrop      []string
	tmpfs                          []string
	readOnly                       bool
	stopGrace                      string
	ulimits                        map[string]int
	logDriver                      string
	logOptions                     map[string]string
	volumes                        []volume
	publish                        []publish
	resources                      *resources
	health                         *health
	metrics                        *metrics
	// notes are comments written above an attribute or block, by its name.
	notes map[string]string
}

type volume struct {
	source, target string
	readOnly       bool
}

type publish struct {
	hostPort, containerPort int
	hostIP                  string
	// from is where the port is written, file:line.
	from string
}

type resources struct{ cpus, memory, reservedCPUs, reservedMemory string }

type health struct {
	http, httpTool                 string
	command                        []string
	interval, timeout, startPeriod string
	retries                        int
	// guessed is true for a check the import chose: the service had none.
	guessed bool
}

type metrics struct {
	path                   string
	port                   int
	histogram, statusLabel string
}

type balancer struct {
	name, engine, version, image string
	listen                       int
	listenIP                     string
	// mode is "tcp" for a TCP balancer.
	mode                         string
	algorithm, healthPath        string
	keepalive, maxFails, retries *int
	failTimeout, maxBody         string
	keepaliveTimeout             string
	resolver, dnsRefresh         string
	buffering                    *bool
	gzip, retryPOST, internal    bool
	timeouts                     *timeouts
	routes                       []*route
	sticky                       *sticky
	stats                        *stats
	extra, backendExtra          []string
	trusted                      []string
	tls                          *tlsSpec
	notes                        map[string]string
	// port is the port the hand-written config takes traffic on in the
	// container, slots the replicas its retries allow for; only the
	// import uses them.
	port, slots int
}

type timeouts struct{ connect, server, client string }

// tlsSpec is a balancer's tls block.
type tlsSpec struct {
	// port is the container port HTTPS is taken on; only the import uses
	// it. certPath and keyPath are the files the config reads.
	port, listen                            int
	certPath, keyPath                       string
	certificate, key, certSecret, keySecret string
	redirect, http2, hstsSubdomains         bool
	hsts                                    string
}

type route struct {
	path, host                      string
	backends                        []*backend
	stripPrefix, websocket          bool
	rewritePrefix, maxBody, tunnel  string
	rateLimit                       *rateLimit
	requestHeaders, responseHeaders map[string]string
	extra                           []string
}

type backend struct {
	service string
	// port is the service port the route sends to, when it is not the
	// service's main port.
	port   int
	weight int
	backup bool
}

type sticky struct{ by, name string }

type stats struct {
	port   int
	hostIP string
	admin  bool
}

type monitoring struct {
	scrapeInterval, scrapeTimeout string
	prometheus                    bool
	promPort                      int
	promHostIP, grafanaHostIP     string
	grafanaPasswordEnv            string
	retention                     string
	grafana                       bool
	grafanaPort                   int
	cadvisor                      bool
	// errorRatio and p95 are the alert thresholds (monitoring.alerts);
	// histograms are the histograms alert rules read, by job.
	errorRatio, p95 string
	histograms      map[string]histogramOf
	alertmanager    *alertmanagerSpec
	notes           map[string]string
}

// service returns the service with the given name, or nil.
func (s *spec) service(name string) *service {
	for _, sv := range s.services {
		if sv.name == name {
			return sv
		}
	}
	return nil
}

// hcl writes the spec as HCL in the layout `lbgen fmt` gives it.
func (s *spec) hcl(header []string) []byte {
	f := hclwrite.NewEmptyFile()
	b := f.Body()
	for _, line := range header {
		comment(b, line)
	}
	if len(header) > 0 {
		b.AppendNewline()
	}
	b.SetAttributeValue("project", cty.StringVal(s.project))
	if s.platform != "" {
		b.SetAttributeValue("platform", cty.StringVal(s.platform))
	}
	for _, n := range s.networks {
		b.AppendNewline()
		nb := b.AppendNewBlock("network", []string{n.name}).Body()
		if n.internal {
			nb.SetAttributeValue("internal", cty.True)
		}
	}
	for _, sv := range s.services {
		b.AppendNewline()
		sv.write(b)
	}
	for _, lb := range s.balancers {
		b.AppendNewline()
		lb.write(b)
	}
	if s.monitoring != nil {
		b.AppendNewline()
		s.monitoring.write(b)
	}
	for _, lt := range s.loadTests {
		b.AppendNewline()
		lt.write(b)
	}
	return emptyBlock.ReplaceAll(hclwrite.Format(f.Bytes()), []byte("{}\n"))
}

// emptyBlock is an empty block as hclwrite writes it, "{" and "}" on two
// lines; specs write it "{}".
var emptyBlock = regexp.MustCompile(`\{\n[ \t]*\}\n`)

func (sv *service) write(parent *hclwrite.Body) {
	note(parent, sv.notes, "")
	b := parent.AppendNewBlock("service", []string{sv.name}).Body()
	str(b, sv.notes, "image", sv.image)
	str(b, sv.notes, "build", sv.build)
	str(b, sv.notes, "dockerfile", sv.dockerfile)
	if sv.port > 0 {
		num(b, sv.notes, "port", sv.port)
	}
	if len(sv.extraPorts) > 0 {
		vals := make([]cty.Value, len(sv.extraPorts))
		for i, p := range sv.extraPorts {
			vals[i] = cty.NumberIntVal(int64(p))
		}
		note(b, sv.notes, "extra_ports")
		b.SetAttributeValue("extra_ports", cty.ListVal(vals))
	}
	if sv.replicas > 1 {
		num(b, sv.notes, "replicas", sv.replicas)
	}
	if sv.maxReplicas > sv.replicas && sv.maxReplicas > 1 {
		num(b, sv.notes, "max_replicas", sv.maxReplicas)
	}
	list(b, sv.notes, "command", sv.command)
	list(b, sv.notes, "entrypoint", sv.entrypoint)
	list(b, sv.notes, "env_file", sv.envFiles)
	list(b, sv.notes, "networks", sv.networks)
	list(b, sv.notes, "depends_on", sv.dependsOn)
	str(b, sv.notes, "restart", sv.restart)
	str(b, sv.notes, "user", sv.user)
	list(b, sv.notes, "profiles", sv.profiles)
	list(b, sv.notes, "cap_add", sv.capAdd)
	list(b, sv.notes, "cap_drop", sv.capDrop)
	if sv.readOnly {
		b.SetAttributeValue("read_only", cty.True)
	}
	list(b, sv.notes, "tmpfs", sv.tmpfs)
	str(b, sv.notes, "stop_grace_period", sv.stopGrace)
	if len(sv.ulimits) > 0 {
		m := map[string]cty.Value{}
		for k, v := range sv.ulimits {
			m[k] = cty.NumberIntVal(int64(v))
		}
		b.SetAttributeValue("ulimits", cty.ObjectVal(m))
	}
	strMap(b, sv.notes, "env", sv.env)
	strMap(b, sv.notes, "labels", sv.labels)
	sv.writeBlocks(b)
}

// writeBlocks writes the service's blocks: volumes, publish, logging,
// resources, health and metrics.
func (sv *service) writeBlocks(b *hclwrite.Body) {
	for _, v := range sv.volumes {
		vb := block(b, sv.notes, "volume "+v.source, v.source)
		vb.SetAttributeValue("target", cty.StringVal(v.target))
		if v.readOnly {
			vb.SetAttributeValue("read_only", cty.True)
		}
	}
	for _, p := range sv.publish {
		pb := block(b, sv.notes, "publish", "")
		pb.SetAttributeValue("host_port", cty.NumberIntVal(int64(p.hostPort)))
		if p.containerPort != 0 && p.containerPort != sv.port {
			pb.SetAttributeValue("container_port", cty.NumberIntVal(int64(p.containerPort)))
		}
		if p.hostIP != "" {
			pb.SetAttributeValue("host_ip", cty.StringVal(p.hostIP))
		}
	}
	if sv.logDriver != "" || len(sv.logOptions) > 0 {
		lb := block(b, sv.notes, "logging", "")
		str(lb, nil, "driver", sv.logDriver)
		strMap(lb, nil, "options", sv.logOptions)
	}
	if r := sv.resources; r != nil {
		rb := block(b, sv.notes, "resources", "")
		str(rb, nil, "cpus", r.cpus)
		str(rb, nil, "memory", r.memory)
		str(rb, nil, "reserved_cpus", r.reservedCPUs)
		str(rb, nil, "reserved_memory", r.reservedMemory)
	}
	if h := sv.health; h != nil {
		hb := block(b, sv.notes, "health", "")
		str(hb, nil, "http", h.http)
		str(hb, nil, "http_tool", h.httpTool)
		list(hb, nil, "command", h.command)
		str(hb, nil, "interval", h.interval)
		str(hb, nil, "timeout", h.timeout)
		if h.retries > 0 {
			hb.SetAttributeValue("retries", cty.NumberIntVal(int64(h.retries)))
		}
		str(hb, nil, "start_period", h.startPeriod)
	}
	if m := sv.metrics; m != nil {
		mb := block(b, sv.notes, "metrics", "")
		str(mb, nil, "path", m.path)
		if m.port != 0 {
			mb.SetAttributeValue("port", cty.NumberIntVal(int64(m.port)))
		}
		str(mb, nil, "histogram", m.histogram)
		str(mb, nil, "status_label", m.statusLabel)
	}
}

func (lb *balancer) write(parent *hclwrite.Body) {
	note(parent, lb.notes, "")
	b := parent.AppendNewBlock("balancer", []string{lb.name}).Body()
	str(b, lb.notes, "engine", lb.engine)
	str(b, lb.notes, "mode", lb.mode)
	str(b, lb.notes, "version", lb.version)
	str(b, lb.notes, "image", lb.image)
	if lb.internal {
		note(b, lb.notes, "internal")
		b.SetAttributeValue("internal", cty.True)
	}
	if lb.listen > 0 {
		num(b, lb.notes, "listen", lb.listen)
		str(b, lb.notes, "listen_ip", lb.listenIP)
	}
	str(b, lb.notes, "algorithm", lb.algorithm)
	str(b, lb.notes, "health_path", lb.healthPath)
	if lb.keepalive != nil {
		num(b, lb.notes, "keepalive", *lb.keepalive)
	}
	if lb.retries != nil {
		num(b, lb.notes, "retries", *lb.retries)
	}
	if lb.maxFails != nil {
		num(b, lb.notes, "max_fails", *lb.maxFails)
	}
	str(b, lb.notes, "fail_timeout", lb.failTimeout)
	str(b, lb.notes, "keepalive_timeout", lb.keepaliveTimeout)
	str(b, lb.notes, "resolver", lb.resolver)
	str(b, lb.notes, "dns_refresh", lb.dnsRefresh)
	if lb.buffering != nil {
		b.SetAttributeValue("buffering", cty.BoolVal(*lb.buffering))
	}
	if lb.retryPOST {
		b.SetAttributeValue("retry_non_idempotent", cty.True)
	}
	if lb.gzip {
		b.SetAttributeValue("gzip", cty.True)
	}
	str(b, lb.notes, "max_body_size", lb.maxBody)
	list(b, lb.notes, "trusted_proxies", lb.trusted)
	list(b, lb.notes, "extra", lb.extra)
	list(b, lb.notes, "backend_extra", lb.backendExtra)
	lb.writeBlocks(b)
}

// writeBlocks writes the balancer's blocks: timeouts, routes, sticky and
// stats.
func (lb *balancer) writeBlocks(b *hclwrite.Body) {
	if t := lb.timeouts; t != nil {
		tb := block(b, lb.notes, "timeouts", "")
		str(tb, nil, "connect", t.connect)
		str(tb, nil, "server", t.server)
		str(tb, nil, "client", t.client)
	}
	for _, r := range lb.routes {
		r.write(block(b, lb.notes, "route "+r.path, r.path))
	}
	if s := lb.sticky; s != nil {
		sb := block(b, lb.notes, "sticky", "")
		sb.SetAttributeValue("by", cty.StringVal(s.by))
		str(sb, nil, "name", s.name)
	}
	if t := lb.tls; t != nil {
		t.write(block(b, lb.notes, "tls", ""))
	}
	if s := lb.stats; s != nil {
		sb := block(b, lb.notes, "stats", "")
		sb.SetAttributeValue("port", cty.NumberIntVal(int64(s.port)))
		str(sb, nil, "host_ip", s.hostIP)
		if s.admin {
			sb.SetAttributeValue("admin", cty.True)
		}
	}
}

// write writes a route: one service, or backend blocks for a split or a
// backup.
func (r *route) write(rb *hclwrite.Body) {
	str(rb, nil, "host", r.host)
	if len(r.backends) == 1 && r.backends[0].weight == 0 && !r.backends[0].backup {
		rb.SetAttributeValue("service", cty.StringVal(r.backends[0].service))
		if r.backends[0].port != 0 {
			rb.SetAttributeValue("port", cty.NumberIntVal(int64(r.backends[0].port)))
		}
	} else {
		for _, be := range r.backends {
			bb := rb.AppendNewBlock("backend", []string{be.service}).Body()
			if be.port != 0 {
				bb.SetAttributeValue("port", cty.NumberIntVal(int64(be.port)))
			}
			if be.weight > 0 {
				bb.SetAttributeValue("weight", cty.NumberIntVal(int64(be.weight)))
			}
			if be.backup {
				bb.SetAttributeValue("backup", cty.True)
			}
		}
	}
	if r.stripPrefix {
		rb.SetAttributeValue("strip_prefix", cty.True)
	}
	str(rb, nil, "rewrite_prefix", r.rewritePrefix)
	str(rb, nil, "max_body_size", r.maxBody)
	if r.websocket {
		rb.SetAttributeValue("websocket", cty.True)
	}
	str(rb, nil, "tunnel_timeout", r.tunnel)
	strMap(rb, nil, "request_headers", r.requestHeaders)
	strMap(rb, nil, "response_headers", r.responseHeaders)
	if rl := r.rateLimit; rl != nil {
		lb := rb.AppendNewBlock("rate_limit", nil).Body()
		lb.SetAttributeValue("requests", cty.NumberIntVal(int64(rl.requests)))
		if rl.perMinute {
			lb.SetAttributeValue("per", cty.StringVal("minute"))
		}
		if rl.burst > 0 {
			lb.SetAttributeValue("burst", cty.NumberIntVal(int64(rl.burst)))
		}
	}
	list(rb, nil, "extra", r.extra)
}

func (m *monitoring) write(parent *hclwrite.Body) {
	note(parent, m.notes, "")
	b := parent.AppendNewBlock("monitoring", nil).Body()
	str(b, m.notes, "scrape_interval", m.scrapeInterval)
	str(b, m.notes, "scrape_timeout", m.scrapeTimeout)
	if m.prometheus {
		pb := block(b, m.notes, "prometheus", "")
		if m.promPort != 0 {
			pb.SetAttributeValue("port", cty.NumberIntVal(int64(m.promPort)))
		}
		str(pb, nil, "host_ip", m.promHostIP)
		str(pb, nil, "retention", m.retention)
	}
	if m.grafana {
		gb := block(b, m.notes, "grafana", "")
		if m.grafanaPort != 0 {
			gb.SetAttributeValue("port", cty.NumberIntVal(int64(m.grafanaPort)))
		}
		str(gb, nil, "host_ip", m.grafanaHostIP)
		str(gb, nil, "admin_password_env", m.grafanaPasswordEnv)
	}
	if m.cadvisor {
		block(b, m.notes, "cadvisor", "")
	}
	if m.errorRatio != "" || m.p95 != "" {
		ab := block(b, m.notes, "alerts", "")
		if r, err := strconv.ParseFloat(m.errorRatio, 64); err == nil {
			ab.SetAttributeValue("error_ratio", cty.NumberFloatVal(r))
		}
		str(ab, nil, "p95_latency", m.p95)
	}
	if m.alertmanager != nil {
		m.alertmanager.write(block(b, m.notes, "alertmanager", ""))
	}
}

// comment appends "# line" to a body.
func comment(b *hclwrite.Body, text string) {
	for _, line := range strings.Split(text, "\n") {
		b.AppendUnstructuredTokens(hclwrite.Tokens{{Type: hclsyntax.TokenComment, Bytes: []byte("# " + line + "\n")}})
	}
}

// note writes the comment recorded for key, if any.
func note(b *hclwrite.Body, notes map[string]string, key string) {
	if text, ok := notes[key]; ok {
		comment(b, text)
	}
}

func str(b *hclwrite.Body, notes map[string]string, name, v string) {
	if v == "" {
		return
	}
	note(b, notes, name)
	b.SetAttributeValue(name, cty.StringVal(v))
}

func num(b *hclwrite.Body, notes map[string]string, name string, v int) {
	note(b, notes, name)
	b.SetAttributeValue(name, cty.NumberIntVal(int64(v)))
}

func list(b *hclwrite.Body, notes map[string]string, name string, vs []string) {
	if len(vs) == 0 {
		return
	}
	note(b, notes, name)
	vals := make([]cty.Value, len(vs))
	for i, v := range vs {
		vals[i] = cty.StringVal(v)
	}
	b.SetAttributeValue(name, cty.ListVal(vals))
}

// strMap writes a map attribute one entry per line, keys sorted.
func strMap(b *hclwrite.Body, notes map[string]string, name string, m map[string]string) {
	if len(m) == 0 {
		return
	}
	note(b, notes, name)
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	toks := hclwrite.Tokens{{Type: hclsyntax.TokenOBrace, Bytes: []byte("{")}, {Type: hclsyntax.TokenNewline, Bytes: []byte("\n")}}
	for _, k := range keys {
		if hclsyntax.ValidIdentifier(k) {
			toks = append(toks, &hclwrite.Token{Type: hclsyntax.TokenIdent, Bytes: []byte(k)})
		} else {
			toks = append(toks, hclwrite.TokensForValue(cty.StringVal(k))...)
		}
		toks = append(toks, &hclwrite.Token{Type: hclsyntax.TokenEqual, Bytes: []byte("=")})
		toks = append(toks, hclwrite.TokensForValue(cty.StringVal(m[k]))...)
		toks = append(toks, &hclwrite.Token{Type: hclsyntax.TokenNewline, Bytes: []byte("\n")})
	}
	toks = append(toks, &hclwrite.Token{Type: hclsyntax.TokenCBrace, Bytes: []byte("}")})
	b.SetAttributeRaw(name, toks)
}

// block appends a block (with one label, or none), after the note kept
// under key.
func block(b *hclwrite.Body, notes map[string]string, key, label string) *hclwrite.Body {
	note(b, notes, key)
	name, _, _ := strings.Cut(key, " ")
	var labels []string
	if label != "" {
		labels = []string{label}
	}
	return b.AppendNewBlock(name, labels).Body()
}

// write writes a tls block: the certificate and key by file or secret
// name, and only the settings that differ from lbgen's defaults.
func (t *tlsSpec) write(b *hclwrite.Body) {
	if t.listen != 0 && t.listen != 443 {
		b.SetAttributeValue("listen", cty.NumberIntVal(int64(t.listen)))
	}
	str(b, nil, "certificate", t.certificate)
	str(b, nil, "key", t.key)
	str(b, nil, "certificate_secret", t.certSecret)
	str(b, nil, "key_secret", t.keySecret)
	if !t.redirect {
		b.SetAttributeValue("redirect", cty.False)
	}
	if !t.http2 {
		b.SetAttributeValue("http2", cty.False)
	}
	str(b, nil, "hsts", t.hsts)
	if t.hstsSubdomains {
		b.SetAttributeValue("hsts_include_subdomains", cty.True)
	}
}
