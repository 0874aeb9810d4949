package schemas

import (
	"fmt"
	"regexp"
	"strings"
)

var (
	metricNamePattern = regexp.MustCompile(`^[a-zA-Z_:][a-zA-Z0-9_:]*$`)
	labelNamePattern  = regexp.MustCompile(`^[a-zA-Z_][a-zA-Z0-9_]*$`)
	restartPolicies   = []string{"no", "always", "on-failure", "unless-stopped"}
	healthTools       = []string{"wget", "curl"}
)

func (v *validator) service(s *Service, networks map[string]bool) {
	if s.Image == "" && s.Build == "" {
		v.errorf(s.DefRange, "Service has no image",
			"Service %q needs image = \"NAME:TAG\" or build = \"./DIR\" (or both, to tag what is built).", s.Name)
	}
	if s.Port != 0 {
		v.port(s.Port, s.PortRange, "port")
	}
	for _, p := range s.ExtraPorts {
		v.port(p, s.ExtraPortsRange, "extra port")
	}
	v.replicas(s)
	if s.Restart == "" {
		s.Restart = DefaultRestart
	} else {
		v.oneOf(s.Restart, restartPolicies, s.RestartRange, "restart policy")
	}
	for _, n := range s.Networks {
		if !networks[n] {
			v.errorf(s.NetworksRange, "Unknown network",
				"Service %q joins network %q, which the spec does not declare. Add network %q {} at the top level.", s.Name, n, n)
		}
	}
	for _, dep := range s.DependsOn {
		if dep == s.Name {
			v.errorf(s.DependsOnRange, "Service depends on itself", "Service %q lists itself in depends_on.", s.Name)
			continue
		}
		if v.topo.Balancer(dep) != nil {
			continue // a balancer the service calls, such as an internal one
		}
		v.serviceRef(dep, s.DependsOnRange, fmt.Sprintf("depends_on of service %q", s.Name))
	}
	for _, vol := range s.Volumes {
		v.volume(vol)
	}
	v.composeOptions(s)
	for _, p := range s.Publish {
		v.publishBlock(s, p)
	}
	if s.Resources != nil {
		v.resources(s.Resources)
	}
	if s.Health != nil {
		v.health(s, s.Health)
	}
	if s.Metrics != nil {
		v.metrics(s, s.Metrics)
	}
}

func (v *validator) replicas(s *Service) {
	s.ReplicaCount = 1
	if s.Replicas != nil {
		s.ReplicaCount = *s.Replicas
		if s.ReplicaCount < 1 {
			v.errorf(s.ReplicasRange, "Invalid replicas",
				"Service %q has replicas = %d; a service needs at least 1. Remove the service to run none.", s.Name, s.ReplicaCount)
		}
	}
	s.MaxReplicaCount = s.ReplicaCount
	if s.MaxReplicas != nil {
		s.MaxReplicaCount = *s.MaxReplicas
		if s.MaxReplicaCount < s.ReplicaCount {
			v.errorf(s.MaxReplicasRange, "max_replicas below replicas",
				"Service %q starts %d replicas but max_replicas is %d. Raise max_replicas to at least %d.",
				s.Name, s.ReplicaCount, s.MaxReplicaCount, s.ReplicaCount)
		}
	}
	if limit := MaxDiscoverableReplicas(s.Name); s.MaxReplicaCount > limit {
		at, attr := s.ReplicasRange, "replicas"
		if s.MaxReplicas != nil {
			at, attr = s.MaxReplicasRange, "max_replicas"
		}
		v.errorf(at, "Too many replicas to discover",
			"Service %q may run %d replicas, but balancers and Prometheus find replicas through Docker's DNS, whose answer for %q holds at most %d addresses in %d bytes (the DNS payload size lbgen configures: %d bytes of header, question and EDNS record, %d per address): replicas beyond that never get traffic or scrapes. Set %s to %d or less.",
			s.Name, s.MaxReplicaCount, s.Name, limit, DNSPayloadSize, dnsFixedBytes(s.Name), dnsARecordBytes, attr, limit)
	}
}

// DNSPayloadSize is the largest DNS answer lbgen's HAProxy configs accept
// (accepted_payload_size in gen/haproxy's template); Docker's DNS cuts
// longer answers short.
const DNSPayloadSize = 8192

// dnsARecordBytes is one A record in an answer: a 2-byte pointer to the
// name, type, class, TTL, data length and the 4-byte address.
const dnsARecordBytes = 2 + 2 + 2 + 4 + 2 + 4

// dnsFixedBytes is the rest of an answer for name: the 12-byte header, the
// question (the name's labels and 4 bytes of type and class) and the
// 11-byte EDNS record that announces the payload size.
func dnsFixedBytes(name string) int {
	return 12 + len(name) + 2 + 4 + 11
}

// MaxDiscoverableReplicas is how many replicas of the service one DNS
// answer of DNSPayloadSize bytes can list.
func MaxDiscoverableReplicas(name string) int {
	return (DNSPayloadSize - dnsFixedBytes(name)) / dnsARecordBytes
}

func (v *validator) volume(vol *Volume) {
	vol.Bind = strings.HasPrefix(vol.Source, ".") || strings.HasPrefix(vol.Source, "/") || strings.HasPrefix(vol.Source, "~")
	if !vol.Bind && !volumeNamePattern.MatchString(vol.Source) {
		v.errorf(vol.DefRange, "Invalid volume source",
			"%q is neither a volume name (letters, digits, '.', '-', '_') nor a host path (starting with ./, ../ or /).", vol.Source)
	}
	if !strings.HasPrefix(vol.Target, "/") {
		v.errorf(vol.DefRange, "Invalid volume target", "Mount target %q must be an absolute path inside the container.", vol.Target)
	}
}

func (v *validator) publishBlock(s *Service, p *Publish) {
	v.port(p.HostPort, p.HostPortRange, "host_port")
	switch {
	case p.ContainerPort != 0:
		v.port(p.ContainerPort, p.PortRange, "container_port")
	case s.Port != 0:
		p.ContainerPort = s.Port
	default:
		v.errorf(p.DefRange, "Missing container port",
			"Service %q has no port, so publish needs container_port = the port the app listens on.", s.Name)
	}
	v.hostIP(p.HostIP, p.HostIPRange)
	if s.Scaled() {
		return // every replica would bind it: an invariant of the stack (stack.ScaledHostPort)
	}
	v.publish(p.HostIP, p.HostPort, fmt.Sprintf("service %q", s.Name), p.HostPortRange)
}

func (v *validator) resources(r *Resources) {
	var err error
	if r.CPUs != "" {
		if r.CPULimit, err = ParseCPUs(r.CPUs); err != nil {
			v.errorf(r.CPUsRange, "Invalid CPU value", "%s.", err)
		}
	}
	if r.ReservedCPUs != "" {
		if r.CPUReservation, err = ParseCPUs(r.ReservedCPUs); err != nil {
			v.errorf(r.ReservedCPUsRange, "Invalid CPU value", "%s.", err)
		}
	}
	if r.Memory != "" {
		if r.MemoryLimit, err = ParseSize(r.Memory); err != nil {
			v.errorf(r.MemoryRange, "Invalid size", "%s.", err)
		}
	}
	if r.ReservedMemory != "" {
		if r.MemoryReservation, err = ParseSize(r.ReservedMemory); err != nil {
			v.errorf(r.ReservedMemoryRange, "Invalid size", "%s.", err)
		}
	}
	if r.CPULimit > 0 && r.CPUReservation > r.CPULimit {
		v.errorf(r.ReservedCPUsRange, "Reservation above limit", "reserved_cpus %s is more than cpus %s.", r.ReservedCPUs, r.CPUs)
	}
	if r.MemoryLimit > 0 && r.MemoryReservation > r.MemoryLimit {
		v.errorf(r.ReservedMemoryRange, "Reservation above limit", "reserved_memory %s is more than memory %s.", r.ReservedMemory, r.Memory)
	}
}

func (v *validator) health(s *Service, h *Health) {
	switch {
	case h.HTTP != "" && len(h.Command) > 0:
		v.errorf(h.CommandRange, "Conflicting health checks", "Set either http or command in the health block of %q, not both.", s.Name)
	case h.HTTP == "" && len(h.Command) == 0:
		v.errorf(h.DefRange, "Empty health check", "The health block of %q needs http = \"/path\" or command = [...].", s.Name)
	case h.HTTP != "":
		v.path(h.HTTP, h.HTTPRange, "health check path")
		if s.Port == 0 {
			v.errorf(h.HTTPRange, "HTTP health check without a port", "Service %q has no port for the HTTP health check to probe. Set port.", s.Name)
		}
	}
	if h.HTTPTool == "" {
		h.HTTPTool = DefaultHealthTool
	} else {
		v.oneOf(h.HTTPTool, healthTools, h.HTTPToolRange, "http_tool")
	}
	h.Interval = v.duration(h.IntervalRaw, h.IntervalRange, "interval", DefaultHealthInterval)
	h.Timeout = v.duration(h.TimeoutRaw, h.TimeoutRange, "timeout", DefaultHealthTimeout)
	h.StartPeriod = v.duration(h.StartRaw, h.StartRange, "start_period", 0)
	h.RetryCount = DefaultHealthRetries
	if h.Retries != nil {
		h.RetryCount = *h.Retries
		if h.RetryCount < 1 {
			v.errorf(h.RetriesRange, "Invalid retries", "retries must be at least 1, got %d.", h.RetryCount)
		}
	}
	switch {
	case h.Interval <= 0 || h.Timeout <= h.Interval:
	case h.TimeoutRaw == "":
		// The default timeout has no place in the spec: point at the
		// interval that is shorter than it.
		v.errorf(h.IntervalRange, "Health timeout longer than interval",
			"A check that may run %s (the default timeout) every %s overlaps the next one. Set timeout shorter than interval.", h.Timeout, h.Interval)
	default:
		v.errorf(h.TimeoutRange, "Health timeout longer than interval",
			"A check that may run %s every %s overlaps the next one. Make timeout shorter than interval.", h.Timeout, h.Interval)
	}
}

func (v *validator) metrics(s *Service, m *Metrics) {
	if m.Path == "" {
		m.Path = DefaultMetricsPath
	}
	v.path(m.Path, at(m.PathRange, m.DefRange), "metrics path")
	if m.Histogram != "" && !metricNamePattern.MatchString(m.Histogram) {
		v.errorf(m.HistogramRange, "Invalid metric name", "%q is not a Prometheus metric name: use letters, digits, '_' and ':', not starting with a digit.", m.Histogram)
	}
	if m.Histogram != "" && m.StatusLabel == "" {
		m.StatusLabel = DefaultStatusLabel
	}
	if m.StatusLabel != "" && !labelNamePattern.MatchString(m.StatusLabel) {
		v.errorf(m.StatusLabelRange, "Invalid label name", "%q is not a Prometheus label name: use letters, digits and '_', not starting with a digit.", m.StatusLabel)
	}
	if m.Port == 0 {
		m.Port = s.Port
	}
	if m.Port == 0 {
		v.errorf(m.DefRange, "Metrics without a port", "Service %q has no port; set port in its metrics block.", s.Name)
		return
	}
	v.port(m.Port, at(m.PortRange, m.DefRange), "metrics port")
}

// dependencyCycles reports depends_on loops, which Compose refuses to start.
func (v *validator) dependencyCycles() {
	const (
		unvisited = iota
		visiting
		done
	)
	state := map[string]int{}
	var visit func(s *Service, path []string) bool
	visit = func(s *Service, path []string) bool {
		switch state[s.Name] {
		case visiting:
			v.errorf(s.DependsOnRange, "Dependency cycle",
				"depends_on forms a cycle: %s. Compose cannot decide which to start first; remove one dependency.",
				strings.Join(append(path, s.Name), " -> "))
			return false
		case done:
			return true
		}
		state[s.Name] = visiting
		for _, dep := range s.DependsOn {
			// A balancer starts after the services it routes to.
			next, via := []string{dep}, []string{s.Name}
			if b := v.topo.Balancer(dep); b != nil {
				next, via = b.RoutedServices(), []string{s.Name, "balancer " + dep}
			}
			for _, name := range next {
				if d := v.topo.Service(name); d != nil && d != s && !visit(d, append(path, via...)) {
					return false
				}
				if name == s.Name && len(via) > 1 {
					v.errorf(s.DependsOnRange, "Dependency cycle",
						"depends_on forms a cycle: %s -> %s. Compose cannot decide which to start first; remove one dependency.",
						strings.Join(append(path, via...), " -> "), s.Name)
					return false
				}
			}
		}
		state[s.Name] = done
		return true
	}
	for _, s := range v.topo.Services {
		if !visit(s, nil) {
			return
		}
	}
}
