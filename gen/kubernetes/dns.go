package kubernetes

import "strings"

// ServiceHost is a host name a pod resolves to a Service of the cluster:
// the Service's name, its namespace when the name says it, and for an SRV
// name (_PORT._PROTO.SERVICE...) the port name and protocol it asks for.
type ServiceHost struct {
	Service, Namespace string
	PortName, Protocol string
}

// ParseServiceHost reads a host name as the cluster DNS answers it:
// SERVICE (through the pod's search path), SERVICE.NAMESPACE,
// SERVICE.NAMESPACE.svc and SERVICE.NAMESPACE.svc.DOMAIN, each optionally
// after _PORT._PROTO. for its SRV records. ok is false for names of
// another form (an external host, a pod's own name); a bare SERVICE may
// still be an external name, which the caller decides.
func ParseServiceHost(host string) (h ServiceHost, ok bool) {
	labels := strings.Split(strings.TrimSuffix(host, "."), ".")
	if len(labels) >= 3 && strings.HasPrefix(labels[0], "_") && strings.HasPrefix(labels[1], "_") {
		h.PortName, h.Protocol = labels[0][1:], labels[1][1:]
		labels = labels[2:]
	}
	switch {
	case len(labels) == 0 || labels[0] == "":
		return ServiceHost{}, false
	case len(labels) == 1:
	case len(labels) == 2 || labels[2] == "svc":
		h.Namespace = labels[1]
	default:
		return ServiceHost{}, false
	}
	h.Service = labels[0]
	return h, true
}
