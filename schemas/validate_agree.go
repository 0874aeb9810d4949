package schemas

import (
	"strings"

	"github.com/hashicorp/hcl/v2"

	"github.com/lbgen/lbgen/stack"
)

// The checks here keep `lbgen render` and `lbgen lint` in agreement: each
// refuses, at the source, what a lint rule would flag in the rendered
// files (the rule is named in the comment), judging each value with the
// same function the rule uses (stack/values.go), so rendered stacks are
// always lint-clean. golden's TestRenderedFilesLintClean checks the
// outcome.
func (v *validator) agreeWithLint(t *Topology) {
	for _, s := range t.Services {
		v.pinned(s.Image, s.ImageRange, "service "+quote(s.Name))
		v.literalSecrets(s)
		v.dockerSocket(s)
	}
	routed := map[string]string{}
	for _, b := range t.Balancers {
		v.pinned(b.Image, b.DefRange, "balancer "+quote(b.Name))
		if b.Stats != nil {
			v.adminOnLoopbackOrLAN(b.Stats.HostIP, at(b.Stats.HostIPRange, b.Stats.DefRange), "The stats page of balancer "+quote(b.Name))
		}
		for _, name := range b.RoutedServices() {
			routed[name] = b.Name
		}
	}
	for _, s := range t.Services {
		if lb, ok := routed[s.Name]; ok && publicPort(s) != nil {
			// LB503: clients would bypass the balancer. A port on the
			// host's loopback is an operator's, as lint agrees.
			v.errorf(publicPort(s).DefRange, "Routed service publishes a host port",
				"Service %q is behind balancer %q, so it is reached through it; publishing its own host port lets clients bypass the balancer (and breaks when it scales). Remove the publish block.", s.Name, lb)
		}
	}
	if m := t.Monitoring; m != nil {
		if p := m.Prometheus; p != nil {
			v.pinned(p.Image, p.DefRange, "Prometheus")
			v.adminOnLoopbackOrLAN(p.HostIP, at(p.HostIPRange, p.DefRange), "Prometheus")
		}
		if g := m.Grafana; g != nil {
			v.pinned(g.Image, g.DefRange, "Grafana")
			v.adminOnLoopbackOrLAN(g.HostIP, at(g.HostIPRange, g.DefRange), "Grafana")
		}
		if c := m.CAdvisor; c != nil {
			v.pinned(c.Image, c.DefRange, "cAdvisor")
		}
	}
	for _, l := range t.LoadTests {
		v.pinned(l.Image, l.DefRange, "load test "+quote(l.Name))
	}
}

func quote(s string) string { return `"` + s + `"` }

// publicPort is the first port a service publishes beyond the host's
// loopback, or nil.
func publicPort(s *Service) *Publish {
	for _, p := range s.Publish {
		if !stack.Loopback(p.HostIP) {
			return p
		}
	}
	return nil
}

// pinned refuses :latest and untagged images (LB109): two replicas started
// a day apart could run different versions. Digests and compose
// interpolation are left alone.
func (v *validator) pinned(image string, rng hcl.Range, owner string) {
	if stack.Unpinned(image) {
		v.errorf(rng, "Image not pinned",
			"The image of %s, %q, has no version tag or uses :latest, so replicas started at different times can run different versions. Pin a version, e.g. %q.",
			owner, image, strings.TrimSuffix(image, ":latest")+":1.2.3")
	}
}

// literalSecrets refuses credentials written into env (LB110): they would
// land in docker-compose.yml, which lbgen promises never to write a
// credential into.
func (v *validator) literalSecrets(s *Service) {
	for _, name := range sortedKeys(s.Env) {
		value := s.Env[name]
		if !stack.LiteralCredential(name, value) {
			continue
		}
		v.errorf(s.EnvRange, "Credential written into the spec",
			"Service %q sets %s literally, so it would be written into docker-compose.yml. Take it from the environment of `docker compose up` instead: %s = \"$${%s:?set %s}\" (or an env_file).",
			s.Name, name, name, name, name)
	}
}

// dockerSocket refuses a writable mount of the Docker socket (LB112): it
// is root on the host.
func (v *validator) dockerSocket(s *Service) {
	for _, vol := range s.Volumes {
		if stack.DockerSocket(vol.Source) && !vol.ReadOnly {
			v.errorf(vol.DefRange, "Docker socket mounted writable",
				"Service %q mounts %s, the Docker socket, writable: that is root on the host. Add read_only = true.", s.Name, vol.Source)
		}
	}
}

// adminOnLoopbackOrLAN refuses publishing an admin UI on every interface
// (LB111): Prometheus, Grafana and stats pages have no or weak
// authentication. A specific address (a private or VPN interface) is
// allowed.
func (v *validator) adminOnLoopbackOrLAN(hostIP string, rng hcl.Range, owner string) {
	if stack.EveryInterface(hostIP) {
		v.errorf(rng, "Admin UI on every interface",
			"%s would be published on every interface of the host, and it has no or weak authentication. Use host_ip = \"127.0.0.1\" (the default) and an SSH tunnel, or the address of a private interface.", owner)
	}
}
