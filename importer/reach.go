package importer

import (
	"fmt"
	"slices"

	"github.com/lbgen/lbgen/internal/yamlnode"
)

// reachBackends puts a routed service that is only on internal networks
// also on one of its balancer's other networks. A spec's balancer joins
// its backends' non-internal networks (Docker publishes no port through
// an internal one), where a hand-written balancer may sit on a public
// network and on its backends' internal one at once.
func (im *importer) reachBackends() {
	internal := map[string]bool{}
	for _, n := range im.spec.networks {
		internal[n.name] = n.internal
	}
	for _, lb := range im.spec.balancers {
		src := im.sources[lb.name]
		if src == nil {
			continue
		}
		public := ""
		for _, n := range im.serviceNetworks(mapOrList(yamlnode.Get(src.Node, "networks"))) {
			if _, known := internal[n]; known && !internal[n] {
				public = n
				break
			}
		}
		for _, r := range lb.routes {
			for _, be := range r.backends {
				sv := im.spec.service(be.service)
				if public == "" || sv == nil || len(sv.networks) == 0 || !onlyInternal(sv.networks, internal) || slices.Contains(sv.networks, public) {
					continue
				}
				sv.networks = append(sv.networks, public)
				sv.notes["networks"] = "also on " + public + ": the balancer " + lb.name + " reaches it there (a spec's balancer joins its backends' non-internal networks)."
				s := im.sources[sv.name]
				im.changed("", "service "+sv.name+": networks", where(s.File.Path, s.Key.Line, s.Key.Column),
					"it was only on internal networks, which the balancer "+lb.name+" shares with it by hand; in a spec the balancer joins its backends' non-internal networks, so "+sv.name+" joins "+public)
			}
		}
	}
}

func onlyInternal(nets []string, internal map[string]bool) bool {
	for _, n := range nets {
		if !internal[n] {
			return false
		}
	}
	return true
}

// swarmImages refuses a Swarm stack with a service that is only built:
// every node pulls the images it runs, so the spec needs an image there.
func (im *importer) swarmImages() error {
	if im.spec.platform != "swarm" {
		return nil
	}
	for _, sv := range im.spec.services {
		if sv.image == "" {
			s := im.sources[sv.name]
			return fmt.Errorf("%s: service %q of a Swarm stack is only built, but every node pulls the images it runs (LB119): push the image to a registry and set image, then import again",
				where(s.File.Path, s.Key.Line, s.Key.Column), sv.name)
		}
	}
	return nil
}
