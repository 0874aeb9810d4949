package rules

import (
	"maps"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v4"

	"github.com/lbgen/lbgen/gen/kubernetes"
	"github.com/lbgen/lbgen/lint"
	"github.com/lbgen/lbgen/lint/haproxycfg"
	"github.com/lbgen/lbgen/lint/nginxconf"
)

var kubeKinds = []lint.Kind{lint.KindKubernetes}

// ofKind are the objects of a kind.
func ofKind(objs []*lint.KubeObject, kind string) []*lint.KubeObject {
	var out []*lint.KubeObject
	for _, o := range objs {
		if o.Kind == kind {
			out = append(out, o)
		}
	}
	return out
}

// workloads are the objects with a pod template.
func workloads(objs []*lint.KubeObject) []*lint.KubeObject {
	var out []*lint.KubeObject
	for _, o := range objs {
		if o.PodTemplate() != nil {
			out = append(out, o)
		}
	}
	return out
}

// podLabels are the labels of a workload's pods.
func podLabels(w *lint.KubeObject) map[string]string {
	return lint.Labels(lint.Get(lint.Get(w.PodTemplate(), "metadata"), "labels"))
}

// containers are a workload's containers (not its init containers).
func containers(w *lint.KubeObject) []*yaml.Node {
	return lint.Items(lint.Get(lint.Get(w.PodTemplate(), "spec"), "containers"))
}

// selects reports whether a selector's labels all appear in labels; an
// empty selector selects nothing here (a Service without one has its
// endpoints managed by hand).
func selects(selector, labels map[string]string) bool {
	if len(selector) == 0 {
		return false
	}
	for k, v := range selector {
		if labels[k] != v {
			return false
		}
	}
	return true
}

// controllerLabels are labels a controller puts on the pods it creates,
// which their template does not carry: a selector may name them.
var controllerLabels = map[string]bool{
	"controller-revision-hash": true, "pod-template-hash": true, "apps.kubernetes.io/pod-index": true,
	"job-name": true, "batch.kubernetes.io/job-name": true, "controller-uid": true,
	"batch.kubernetes.io/controller-uid": true, "batch.kubernetes.io/job-completion-index": true,
}

// podNameLabel names each pod of a StatefulSet: a Service per pod
// (Redis HA's announce Services, Kafka's per-broker external access)
// selects one by it.
const podNameLabel = "statefulset.kubernetes.io/pod-name"

// selectsPods reports whether a selector selects some of a workload's
// pods: its labels are the template's, or added by the workload's
// controller (a StatefulSet's pod-name is NAME-ORDINAL).
func selectsPods(selector map[string]string, w *lint.KubeObject) bool {
	if len(selector) == 0 {
		return false
	}
	labels := podLabels(w)
	for k, v := range selector {
		switch {
		case labels[k] == v:
		case k == podNameLabel:
			if w.Kind != "StatefulSet" || !strings.HasPrefix(v, w.Name+"-") {
				return false
			}
		case !controllerLabels[k]:
			return false
		}
	}
	return true
}

// onePod reports whether a selector selects a single pod of a
// StatefulSet, by its name or ordinal.
func onePod(selector map[string]string) bool {
	_, name := selector[podNameLabel]
	_, index := selector["apps.kubernetes.io/pod-index"]
	return name || index
}

// selectorOf reads a selector written as matchLabels (a label selector)
// or as a plain map (a Service's); ok is false for one with
// matchExpressions, which lint does not evaluate.
func selectorOf(n *yaml.Node) (labels map[string]string, ok bool) {
	if lint.Get(n, "matchExpressions") != nil {
		return nil, false
	}
	if m := lint.Get(n, "matchLabels"); m != nil {
		return lint.Labels(m), true
	}
	return lint.Labels(n), true
}

// selected are the workloads in o's namespace whose pods a selector
// selects.
func selected(objs []*lint.KubeObject, o *lint.KubeObject, selector map[string]string) []*lint.KubeObject {
	var out []*lint.KubeObject
	for _, w := range workloads(objs) {
		if lint.Related(o, w) && selectsPods(selector, w) {
			out = append(out, w)
		}
	}
	return out
}

// named finds an object by kind and name in o's namespace.
func named(objs []*lint.KubeObject, o *lint.KubeObject, kind, name string) *lint.KubeObject {
	for _, x := range objs {
		if x.Kind == kind && x.Name == name && lint.Related(o, x) {
			return x
		}
	}
	return nil
}

// autoscalers are the HorizontalPodAutoscalers that scale a workload,
// and the KEDA ScaledObjects, which scale it through one of their own
// (their target's kind defaults to Deployment).
func autoscalers(objs []*lint.KubeObject, w *lint.KubeObject) []*lint.KubeObject {
	var out []*lint.KubeObject
	for _, h := range objs {
		ref := h.Get("spec", "scaleTargetRef")
		kind := lint.Value(lint.Get(ref, "kind"))
		if h.Kind == "ScaledObject" && kind == "" {
			kind = "Deployment"
		}
		if (h.Kind == "HorizontalPodAutoscaler" || h.Kind == "ScaledObject") && kind == w.Kind &&
			lint.Value(lint.Get(ref, "name")) == w.Name && lint.Related(h, w) {
			out = append(out, h)
		}
	}
	return out
}

// replicaBounds are the fewest and most replicas an autoscaler runs, with
// the defaults of its kind when not written: an HPA's minReplicas is 1, a
// ScaledObject's minReplicaCount 0 and maxReplicaCount 100.
func replicaBounds(h *lint.KubeObject) (lo, hi int) {
	minKey, maxKey, lo, hi := "minReplicas", "maxReplicas", 1, 0
	if h.Kind == "ScaledObject" {
		minKey, maxKey, lo, hi = "minReplicaCount", "maxReplicaCount", 0, 100
	}
	if n, err := strconv.Atoi(lint.Value(h.Get("spec", minKey))); err == nil {
		lo = n
	}
	if n, err := strconv.Atoi(lint.Value(h.Get("spec", maxKey))); err == nil {
		hi = n
	}
	return lo, hi
}

// replicas is a workload's spec.replicas, and whether it is written
// (Kubernetes runs one pod when it is not).
func replicas(w *lint.KubeObject) (int, bool) {
	n := w.Get("spec", "replicas")
	if n == nil {
		return 1, false
	}
	v, err := strconv.Atoi(lint.Value(n))
	if err != nil {
		return 1, false
	}
	return v, true
}

// scaledWorkload reports whether a workload runs more than one pod, now
// or once its autoscaler scales it.
func scaledWorkload(objs []*lint.KubeObject, w *lint.KubeObject) bool {
	if w.Kind != "Deployment" && w.Kind != "StatefulSet" && w.Kind != "ReplicaSet" {
		return false
	}
	if n, _ := replicas(w); n > 1 {
		return true
	}
	for _, h := range autoscalers(objs, w) {
		if _, hi := replicaBounds(h); hi > 1 {
			return true
		}
	}
	return false
}

// headless reports whether a Service has no virtual IP: its DNS name
// answers with every ready pod.
func headless(svc *lint.KubeObject) bool {
	return lint.Value(svc.Get("spec", "clusterIP")) == "None"
}

// upstreamHost is a host name a balancer config sends traffic to, or an
// SRV name it looks up, and where it is written.
type upstreamHost struct {
	Host  string
	Range lint.Range
}

// configMapUpstreams are the names of the nginx upstream blocks in the
// ConfigMaps related to cm: a config split over keys (upstreams.conf
// beside default.conf, both included from nginx.conf) proxies to a block
// another key defines.
func configMapUpstreams(objs []*lint.KubeObject, cm *lint.KubeObject) map[string]bool {
	upstreams := map[string]bool{}
	for _, o := range objs {
		if !lint.Related(cm, o) {
			continue
		}
		for _, c := range o.Configs {
			if c.Nginx != nil {
				maps.Copy(upstreams, upstreamNames(c.Nginx))
			}
		}
	}
	return upstreams
}

// upstreamHosts are the hosts an embedded nginx or HAProxy config
// proxies to: nginx upstream servers (with service= an SRV name) and
// literal proxy_pass hosts that name no upstream block, HAProxy server
// and server-template addresses.
func upstreamHosts(c *lint.EmbeddedConfig, upstreams map[string]bool) []upstreamHost {
	var out []upstreamHost
	if c.Nginx != nil {
		nginxconf.Walk(c.Nginx.Directives, "main", func(d *nginxconf.Directive, _ string) {
			switch {
			case d.Name == "server" && d.Parent != nil && d.Parent.Name == "upstream" && len(d.Args) > 0:
				host, _ := hostPort(d.Args[0].Value)
				for _, a := range d.Args[1:] {
					if svc, ok := strings.CutPrefix(a.Value, "service="); ok {
						host = nginxSRVName(svc, host)
					}
				}
				out = append(out, upstreamHost{host, c.At(d.Args[0].Line, d.Args[0].Col, d.Args[0].Len)})
			case d.Name == "proxy_pass" && len(d.Args) > 0 && !strings.Contains(d.Args[0].Value, "$"):
				u := d.Args[0].Value
				if i := strings.Index(u, "://"); i >= 0 {
					u = u[i+3:]
				}
				u, _, _ = strings.Cut(u, "/")
				// A name of an upstream block is no host.
				if host, _ := hostPort(u); !upstreams[host] {
					out = append(out, upstreamHost{host, c.At(d.Args[0].Line, d.Args[0].Col, d.Args[0].Len)})
				}
			}
		})
	}
	if c.HAProxy != nil {
		forServers(c.HAProxy, func(_ *haproxycfg.Section, l *haproxycfg.Line, addr int) {
			host, _ := hostPort(l.Words[addr].Value)
			w := l.Words[addr]
			out = append(out, upstreamHost{host, c.At(l.No, w.Col, w.Len)})
		})
	}
	return out
}

// nginxSRVName is the SRV name nginx looks up for `server HOST
// service=NAME`: NAME without a dot becomes _NAME._tcp.HOST.
func nginxSRVName(service, host string) string {
	if strings.Contains(service, ".") {
		return service + "." + host
	}
	return "_" + service + "._tcp." + host
}

// serviceFor finds the Service a host name reaches from o's namespace,
// and how the name was read.
func serviceFor(objs []*lint.KubeObject, o *lint.KubeObject, host string) (*lint.KubeObject, kubernetes.ServiceHost) {
	h, ok := kubernetes.ParseServiceHost(host)
	if !ok {
		return nil, h
	}
	for _, s := range objs {
		if s.Kind != "Service" || s.Name != h.Service || !lint.Related(o, s) {
			continue
		}
		if h.Namespace == "" || s.Namespace == "" || h.Namespace == s.Namespace {
			return s, h
		}
	}
	return nil, h
}

// forUpstreams calls fn for every host a ConfigMap's balancer config
// proxies to, with the Service it reaches in the manifests (nil when it
// reaches none) and how the name was read.
func forUpstreams(objs []*lint.KubeObject, fn func(cm *lint.KubeObject, u upstreamHost, svc *lint.KubeObject, h kubernetes.ServiceHost)) {
	for _, cm := range objs {
		if len(cm.Configs) == 0 {
			continue
		}
		upstreams := configMapUpstreams(objs, cm)
		for _, c := range cm.Configs {
			for _, u := range upstreamHosts(c, upstreams) {
				svc, h := serviceFor(objs, cm, u.Host)
				fn(cm, u, svc, h)
			}
		}
	}
}
