package schemas

import (
	"fmt"
	"net"
	"regexp"
	"strings"
	"time"

	"github.com/hashicorp/hcl/v2"
)

// validator collects every problem in a decoded spec, so one run reports
// them all, and fills in defaults and parsed values as it goes.
type validator struct {
	topo  *Topology
	diags hcl.Diagnostics
	// names maps each compose service name to what defines it, and where.
	names map[string]namedAt
	// published lists every host port the stack publishes.
	published []publishedPort
}

type namedAt struct {
	kind string
	at   hcl.Range
}

// publishedPort is one host port binding, for conflict detection.
type publishedPort struct {
	ip    string
	port  int
	owner string
	at    hcl.Range
}

var (
	projectNamePattern = regexp.MustCompile(`^[a-z0-9][a-z0-9_-]*$`)
	namePattern        = regexp.MustCompile(`^[a-z0-9][a-z0-9_-]*$`)
	volumeNamePattern  = regexp.MustCompile(`^[a-zA-Z0-9][a-zA-Z0-9_.-]*$`)
	urlPathPattern     = regexp.MustCompile(`^/[A-Za-z0-9._~%/+:@=&?,-]*$`)
	hostPattern        = regexp.MustCompile(`^(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$`)
)

func validate(t *Topology) hcl.Diagnostics {
	v := &validator{topo: t, names: map[string]namedAt{}}
	if !projectNamePattern.MatchString(t.Project) {
		v.errorf(t.ProjectRange, "Invalid project name",
			"Project name %q must be lowercase letters, digits, '-' and '_', starting with a letter or digit, as Docker Compose requires.", t.Project)
	}
	if len(t.Services) == 0 {
		// Without a service, render would write an empty stack and succeed.
		v.errorf(t.ProjectRange, "No services",
			"The spec defines no service block, so there is nothing to run. Add one, e.g. service \"app\" { image = \"example/app:1.0\" }.")
	}
	networks := v.networks()
	for _, s := range t.Services {
		v.claimName(s.Name, "service", s.LabelRange)
		v.service(s, networks)
		v.placement(s.Placement)
	}
	for _, b := range t.Balancers {
		v.claimName(b.Name, "balancer", b.LabelRange)
		v.balancer(b)
		v.placement(b.Placement)
		v.preserveClientIP(b)
	}
	v.dependencyCycles()
	v.profiledDependencies()
	if t.Monitoring != nil {
		v.monitoring(t.Monitoring)
	}
	for _, l := range t.LoadTests {
		v.loadTest(l)
	}
	v.platform()
	v.autoscaling()
	v.agreeWithLint(t)
	v.networkReach(t)
	v.checkInvariants()
	return v.diags
}

// errorf reports an error once: a route with several hosts is checked
// once per host, and would otherwise repeat each mistake.
func (v *validator) errorf(subject hcl.Range, summary, format string, args ...any) {
	d := &hcl.Diagnostic{
		Severity: hcl.DiagError,
		Summary:  summary,
		Detail:   fmt.Sprintf(format, args...),
		Subject:  subject.Ptr(),
	}
	for _, prev := range v.diags {
		if prev.Summary == d.Summary && prev.Detail == d.Detail && prev.Subject != nil && *prev.Subject == *d.Subject {
			return
		}
	}
	v.diags = append(v.diags, d)
}

// pos writes where a range starts as file:line:col.
func pos(r hcl.Range) string {
	return fmt.Sprintf("%s:%d:%d", r.Filename, r.Start.Line, r.Start.Column)
}

// at returns the first range that points somewhere: an attribute's own
// range when the attribute is present, else its block's.
func at(ranges ...hcl.Range) hcl.Range {
	for _, r := range ranges {
		if r.Filename != "" {
			return r
		}
	}
	return hcl.Range{}
}

// claimName records a compose service name and reports a clash. Services,
// balancers and the services lbgen generates share one namespace because
// each becomes a compose service and a DNS name.
func (v *validator) claimName(name, kind string, rng hcl.Range) {
	if !namePattern.MatchString(name) {
		v.errorf(rng, fmt.Sprintf("Invalid %s name", kind),
			"%q cannot be a %s name: it becomes a compose service and DNS name, so use lowercase letters, digits, '-' and '_', starting with a letter or digit.", name, kind)
		return
	}
	if prev, dup := v.names[name]; dup {
		v.errorf(rng, "Duplicate name",
			"%q is already the name of the %s at %s. Services, balancers and the services lbgen adds share one namespace, because each becomes a compose service; rename one.",
			name, prev.kind, pos(prev.at))
		return
	}
	v.names[name] = namedAt{kind: kind, at: rng}
}

func (v *validator) networks() map[string]bool {
	declared := map[string]bool{}
	first := map[string]hcl.Range{}
	for _, n := range v.topo.Networks {
		if prev, dup := first[n.Name]; dup {
			v.diags = append(v.diags, duplicateDiag("network", n.Name, n.DefRange, prev))
			continue
		}
		if !volumeNamePattern.MatchString(n.Name) {
			v.errorf(n.DefRange, "Invalid network name", "%q cannot be a network name: use letters, digits, '.', '-' and '_'.", n.Name)
		}
		first[n.Name] = n.DefRange
		declared[n.Name] = true
	}
	return declared
}

// port checks a port number attribute.
func (v *validator) port(p int, rng hcl.Range, what string) {
	if p < 1 || p > 65535 {
		v.errorf(rng, "Port out of range", "%s %d is not a TCP port: use a number from 1 to 65535.", what, p)
	}
}

// hostIP checks an address to bind a published port to; "" means all
// interfaces.
func (v *validator) hostIP(ip string, rng hcl.Range) {
	if ip != "" && net.ParseIP(ip) == nil {
		v.errorf(rng, "Invalid IP address", "%q is not an IP address. Use for example \"127.0.0.1\" for this host only or \"0.0.0.0\" for all interfaces.", ip)
	}
}

// publish records a published host port and reports a clash with an
// earlier one on the same port and an overlapping address.
func (v *validator) publish(ip string, port int, owner string, rng hcl.Range) {
	if port < 1 || port > 65535 {
		return // reported by port()
	}
	if ip == "0.0.0.0" || ip == "::" {
		ip = ""
	}
	for _, p := range v.published {
		if p.port == port && (p.ip == ip || p.ip == "" || ip == "") {
			v.errorf(rng, "Host port already published",
				"%s publishes host port %d, which %s already publishes at %s. Two containers cannot bind the same host port; pick another port.",
				owner, port, p.owner, pos(p.at))
			return
		}
	}
	v.published = append(v.published, publishedPort{ip: ip, port: port, owner: owner, at: rng})
}

// duration parses a spec duration attribute, returning def when it is unset.
func (v *validator) duration(raw string, rng hcl.Range, what string, def time.Duration) time.Duration {
	if raw == "" {
		return def
	}
	d, err := ParseDuration(raw)
	if err != nil {
		v.errorf(rng, "Invalid duration", "%s: %s. Write for example \"500ms\", \"10s\", \"1m30s\" or \"15d\".", what, err)
	}
	return d
}

// path checks that an HTTP path attribute is absolute and plain enough to
// go into nginx and HAProxy configs verbatim: no spaces, quotes, braces or
// semicolons, which would end or break the directive it is written into.
func (v *validator) path(p string, rng hcl.Range, what string) {
	switch {
	case !strings.HasPrefix(p, "/"):
		v.errorf(rng, "Invalid path", "%s %q must start with \"/\".", what, p)
	case !urlPathPattern.MatchString(p):
		v.errorf(rng, "Invalid path", "%s %q may use only letters, digits and -._~%%/+:@=&?, (percent-encode anything else).", what, p)
	}
}

// oneOf checks an enumerated attribute and suggests the closest value.
func (v *validator) oneOf(val string, allowed []string, rng hcl.Range, what string) bool {
	for _, a := range allowed {
		if val == a {
			return true
		}
	}
	detail := fmt.Sprintf("%q is not a valid %s. Use one of: %s.", val, what, strings.Join(allowed, ", "))
	if s := suggest(val, allowed); s != "" {
		detail += fmt.Sprintf(" Did you mean %q?", s)
	}
	v.errorf(rng, "Invalid "+what, "%s", detail)
	return false
}

// serviceRef checks that name refers to a defined service.
func (v *validator) serviceRef(name string, rng hcl.Range, from string) *Service {
	if s := v.topo.Service(name); s != nil {
		return s
	}
	names := make([]string, 0, len(v.topo.Services))
	for _, s := range v.topo.Services {
		names = append(names, s.Name)
	}
	detail := fmt.Sprintf("%s refers to service %q, which the spec does not define.", from, name)
	if s := suggest(name, names); s != "" {
		detail += fmt.Sprintf(" Did you mean %q?", s)
	}
	v.errorf(rng, "Unknown service", "%s", detail)
	return nil
}
