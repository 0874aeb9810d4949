package schemas

import (
	"sort"
	"strings"
)

// DefaultNetwork is Compose's implicit network, joined by every service
// that names no network.
const DefaultNetwork = "default"

// ServiceNetworks is every network the named service is on: the ones it
// names, or Compose's default network.
func (t *Topology) ServiceNetworks(name string) []string {
	s := t.Service(name)
	if s == nil {
		return nil
	}
	if len(s.Networks) == 0 {
		return []string{DefaultNetwork}
	}
	return s.Networks
}

// InternalNetwork says whether the spec declares the network internal:
// Docker publishes no port of a container that is only on internal
// networks.
func (t *Topology) InternalNetwork(name string) bool {
	for _, n := range t.Networks {
		if n.Name == name {
			return n.Internal
		}
	}
	return false
}

// PublicNetworks is every non-internal network of the named services,
// sorted: what a balancer in front of them joins. It reaches each of them
// there, publishes its port through them, and stays off internal data
// networks it has no business on (the database's, say).
func (t *Topology) PublicNetworks(services []string) []string {
	set := map[string]bool{}
	for _, name := range services {
		for _, n := range t.ServiceNetworks(name) {
			if !t.InternalNetwork(n) {
				set[n] = true
			}
		}
	}
	names := make([]string, 0, len(set))
	for n := range set {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// networkReach refuses stacks whose published ports Docker would never
// open: a balancer must share a non-internal network with each backend
// (it joins only those), and Prometheus and Grafana, which are only on
// the monitoring network, need it not to be internal.
func (v *validator) networkReach(t *Topology) {
	for _, b := range t.Balancers {
		for _, r := range b.Routes {
			for _, be := range r.Backends {
				if t.Service(be.Service) == nil || len(t.PublicNetworks([]string{be.Service})) > 0 {
					continue
				}
				v.errorf(be.LabelRange, "Backend only on internal networks",
					"Balancer %q routes to service %q, which is only on internal networks (%s). Docker publishes no port through an internal network, so the balancer must share a non-internal network with each backend: add one to %q's networks (e.g. network \"front\" {} and networks = [\"front\", ...]).",
					b.Name, be.Service, strings.Join(t.ServiceNetworks(be.Service), ", "), be.Service)
			}
		}
	}
	m := t.Monitoring
	if m == nil || (m.Prometheus == nil && m.Grafana == nil) {
		return
	}
	for _, n := range t.Networks {
		if n.Name == MonitoringNetwork && n.Internal {
			v.errorf(n.DefRange, "Monitoring network is internal",
				"Prometheus and Grafana are only on the %q network and publish their ports through it, which Docker does not do on an internal network. Remove internal = true from it.", MonitoringNetwork)
		}
	}
}
