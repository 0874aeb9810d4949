package kubernetes

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"time"

	"github.com/lbgen/lbgen/schemas"
)

// volumeSize is the storage a named volume's PersistentVolumeClaim asks
// for; the spec does not size volumes.
const volumeSize = "1Gi"

// service renders an application service: its Deployment, a ClusterIP
// Service, and for a service that is balanced or scaled a headless Service
// (its DNS name answers with every ready pod), a PodDisruptionBudget and
// its autoscaler (a HorizontalPodAutoscaler or a KEDA ScaledObject), which
// then owns the Deployment's replica count.
func (b *builder) service(s *schemas.Service) {
	owner := autoscaler(s)
	var replicas *int
	if owner == ownerNone {
		replicas = ptr(s.ReplicaCount)
	}
	pod := podSpec{
		// The app gets no API token and no docker-link-style variables
		// for every Service in the namespace.
		AutomountServiceAccountToken: ptr(false),
		EnableServiceLinks:           ptr(false),
		Containers:                   []container{b.appContainer(s)},
	}
	b.place(s.Name, s.Placement, &pod)
	claims := false
	for _, v := range s.Volumes {
		name := schemas.ClaimName(v.Source)
		pod.Volumes = append(pod.Volumes, volume{Name: name, PersistentVolumeClaim: &claimVolume{ClaimName: name}})
		if !b.claimed[name] { // services sharing a volume share its claim
			b.claimed[name] = true
			b.add(s.Name, b.claim(name, volumeSize))
		}
		claims = true
	}
	b.add(s.Name, withoutSurge(b.deployment(s.Name, replicas, annotations(s.Labels), pod, claims), s.Placement))
	if ports := servicePorts(b.topo, s); len(ports) > 0 {
		b.add(s.Name, b.clusterService(s.Name, s.Name, "", ports))
		if balanced(b.topo, s) || s.Scaled() {
			headless := b.clusterService(schemas.HeadlessService(s.Name), s.Name, "", ports)
			spec := headless.Spec.(serviceSpec)
			spec.ClusterIP = "None"
			headless.Spec = spec
			b.add(s.Name, headless)
		}
	}
	if s.Scaled() && s.ReplicaCount >= 1 {
		b.add(s.Name, object{APIVersion: "policy/v1", Kind: "PodDisruptionBudget", Metadata: b.meta(s.Name),
			Spec: pdbSpec{MaxUnavailable: 1, Selector: labelSelector{MatchLabels: b.selector(s.Name)}}})
	}
	switch owner {
	case ownerHPA:
		b.add(s.Name, b.hpa(s))
	case ownerKEDA:
		b.add(s.Name, b.scaledObject(s))
	}
}

// hpa scales the service on CPU between replicas and max_replicas: at the
// autoscale block's target and behaviour when it has one, else at the
// kubernetes block's cpu_utilization with the HPA's default behaviour.
func (b *builder) hpa(s *schemas.Service) object {
	target := b.k.CPUTarget
	if s.Autoscale != nil {
		target = int(s.Autoscale.Target)
	}
	return object{APIVersion: "autoscaling/v2", Kind: "HorizontalPodAutoscaler", Metadata: b.meta(s.Name),
		Spec: hpaSpec{
			ScaleTargetRef: crossVersionRef{APIVersion: "apps/v1", Kind: "Deployment", Name: s.Name},
			MinReplicas:    s.ReplicaCount,
			MaxReplicas:    s.MaxReplicaCount,
			Metrics: []metricSpec{{Type: "Resource", Resource: resourceMetric{Name: "cpu",
				Target: metricTarget{Type: "Utilization", AverageUtilization: target}}}},
			Behavior: behavior(s.Autoscale),
		}}
}

func (b *builder) appContainer(s *schemas.Service) container {
	c := container{
		Name:      s.Name,
		Image:     b.image(s),
		Command:   s.Entrypoint,
		Args:      s.Command,
		Ports:     containerPorts(b.topo, s),
		Env:       environment(s.Env),
		Resources: containerResources(s.Resources),
	}
	if len(s.EnvFiles) > 0 {
		// An env file may hold secrets: the Secret is created from it at
		// deploy time (docs/kubernetes.md), never written here.
		c.EnvFrom = []envFromSource{{SecretRef: &nameRef{Name: s.Name + "-env"}}}
	}
	for _, v := range s.Volumes {
		c.VolumeMounts = append(c.VolumeMounts, volumeMount{Name: schemas.ClaimName(v.Source), MountPath: v.Target, ReadOnly: v.ReadOnly})
	}
	c.StartupProbe, c.ReadinessProbe, c.LivenessProbe = probes(b.topo, s)
	return c
}

// image is the service's image; a service built from source is named as
// Compose names its image, to be retagged with `kustomize edit set image`
// once pushed to a registry.
func (b *builder) image(s *schemas.Service) string {
	if s.Image != "" {
		return s.Image
	}
	return b.topo.Project + "-" + s.Name
}

func annotations(labels map[string]string) map[string]string {
	if len(labels) == 0 {
		return nil
	}
	return labels
}

func environment(env map[string]string) []envVar {
	names := make([]string, 0, len(env))
	for n := range env {
		names = append(names, n)
	}
	sort.Strings(names)
	var out []envVar
	for _, n := range names {
		out = append(out, envVar{Name: n, Value: env[n]})
	}
	return out
}

// containerResources turns Compose's limits and reservations into limits
// and requests; Kubernetes requests as much as the limit when only a limit
// is set.
func containerResources(r *schemas.Resources) *resources {
	if r == nil {
		return nil
	}
	out := &resources{Limits: quantities(r.CPULimit, r.MemoryLimit), Requests: quantities(r.CPUReservation, r.MemoryReservation)}
	if out.Limits == nil && out.Requests == nil {
		return nil
	}
	return out
}

func quantities(cpus float64, memory int64) map[string]string {
	q := map[string]string{}
	if cpus > 0 {
		q["cpu"] = fmt.Sprintf("%dm", int64(math.Ceil(cpus*1000)))
	}
	if memory > 0 {
		q["memory"] = bytesQuantity(memory)
	}
	if len(q) == 0 {
		return nil
	}
	return q
}

// balanced reports whether a balancer routes to the service.
func balanced(t *schemas.Topology, s *schemas.Service) bool {
	for _, b := range t.Balancers {
		for _, name := range b.RoutedServices() {
			if name == s.Name {
				return true
			}
		}
	}
	return false
}

// portName names a port of the service; a balancer's SRV lookup
// (_NAME._tcp) finds the port by it. The main port is "http" for services
// that speak HTTP (balanced, HTTP-checked or serving metrics); another
// port an HTTP balancer routes to is "http-PORT".
func portName(t *schemas.Topology, s *schemas.Service, port int) string {
	switch {
	case port == s.Port && (balanced(t, s) || (s.Health != nil && s.Health.HTTP != "") || s.Metrics != nil):
		return "http"
	case port == s.Port:
		return "tcp"
	case s.Metrics != nil && port == s.Metrics.Port:
		return "metrics"
	case routedHTTP(t, s, port):
		return fmt.Sprintf("http-%d", port)
	}
	return fmt.Sprintf("tcp-%d", port)
}

// routedHTTP reports whether an HTTP balancer sends to the service's port.
func routedHTTP(t *schemas.Topology, s *schemas.Service, port int) bool {
	for _, b := range t.Balancers {
		if b.TCP() {
			continue
		}
		for _, r := range b.Routes {
			for _, be := range r.Backends {
				if be.Service == s.Name && be.Port == port {
					return true
				}
			}
		}
	}
	return false
}

// ports are every port the service listens on, main port first.
func ports(s *schemas.Service) []int {
	var out []int
	seen := map[int]bool{}
	for _, p := range append([]int{s.Port}, s.ExtraPorts...) {
		if p != 0 && !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	if s.Metrics != nil && s.Metrics.Port != 0 && !seen[s.Metrics.Port] {
		out = append(out, s.Metrics.Port)
	}
	return out
}

func containerPorts(t *schemas.Topology, s *schemas.Service) []containerPort {
	var out []containerPort
	for _, p := range ports(s) {
		out = append(out, containerPort{Name: portName(t, s, p), ContainerPort: p, Protocol: "TCP"})
	}
	return out
}

func servicePorts(t *schemas.Topology, s *schemas.Service) []servicePort {
	var out []servicePort
	for _, p := range ports(s) {
		name := portName(t, s, p)
		out = append(out, servicePort{Name: name, Port: p, TargetPort: name, Protocol: "TCP"})
	}
	return out
}

// probes turn the health block into a startup probe (which holds the
// other two off for the start period), a readiness probe (failing it
// takes the pod out of its Services, as a failed Compose check takes a
// replica out of a balancer's DNS answer) and a liveness probe with twice
// the failure threshold, so a pod is restarted only after it has been out
// of rotation for a while.
func probes(t *schemas.Topology, s *schemas.Service) (startup, readiness, liveness *probe) {
	h := s.Health
	if h == nil {
		return nil, nil, nil
	}
	mk := func(period time.Duration, failures int) *probe {
		p := &probe{PeriodSeconds: seconds(period), TimeoutSeconds: seconds(h.Timeout), FailureThreshold: max(failures, 1)}
		if h.HTTP != "" {
			p.HTTPGet = &httpGetAction{Path: h.HTTP, Port: portName(t, s, s.Port)}
		} else {
			p.Exec = &execAction{Command: execCommand(h.Command)}
		}
		return p
	}
	startPeriod := min(h.Interval, 5*time.Second)
	startFailures := int(math.Ceil(float64(h.StartPeriod)/float64(startPeriod))) + h.RetryCount
	return mk(startPeriod, startFailures), mk(h.Interval, h.RetryCount), mk(h.Interval, 2*h.RetryCount)
}

// execCommand turns a Compose health-check test into an exec probe's
// command: CMD runs its arguments, CMD-SHELL a shell line.
func execCommand(test []string) []string {
	switch {
	case len(test) > 0 && test[0] == "CMD":
		return test[1:]
	case len(test) > 0 && test[0] == "CMD-SHELL":
		return []string{"/bin/sh", "-c", strings.Join(test[1:], " ")}
	}
	return test
}

// seconds rounds a duration up to whole seconds, at least one: probes
// count in seconds.
func seconds(d time.Duration) int {
	return max(int(math.Ceil(d.Seconds())), 1)
}

// bytesQuantity writes a size in the largest binary unit that divides it.
func bytesQuantity(n int64) string {
	for _, u := range []struct {
		suffix string
		size   int64
	}{{"Gi", 1 << 30}, {"Mi", 1 << 20}, {"Ki", 1 << 10}} {
		if n%u.size == 0 {
			return fmt.Sprintf("%d%s", n/u.size, u.suffix)
		}
	}
	return fmt.Sprint(n)
}
