package schemas

import (
	"fmt"
	"regexp"
	"slices"

	"github.com/hashicorp/hcl/v2"
)

var (
	profilePattern    = regexp.MustCompile(`^[a-zA-Z0-9][a-zA-Z0-9_.-]*$`)
	capabilityPattern = regexp.MustCompile(`^(ALL|(CAP_)?[A-Z][A-Z_]*)$`)
	ulimitNames       = []string{"core", "cpu", "data", "fsize", "locks", "memlock", "msgqueue", "nice", "nofile", "nproc", "rss", "rtprio", "rttime", "sigpending", "stack"}
)

// composeOptions checks the Compose options a service passes through.
func (v *validator) composeOptions(s *Service) {
	for _, p := range s.Profiles {
		if !profilePattern.MatchString(p) {
			v.errorf(s.ProfilesRange, "Invalid profile", "%q cannot be a Compose profile name: use letters, digits, '_', '.' and '-'.", p)
		}
	}
	v.capabilities(s.CapAdd, s.CapAddRange)
	v.capabilities(s.CapDrop, s.CapDropRange)
	for _, t := range s.Tmpfs {
		if len(t) == 0 || t[0] != '/' {
			v.errorf(s.TmpfsRange, "Invalid tmpfs", "tmpfs %q must be an absolute path in the container.", t)
		}
	}
	s.StopGrace = v.duration(s.StopGraceRaw, s.StopGraceRange, "stop_grace_period", 0)
	for _, name := range sortedKeys(s.Ulimits) {
		if !slices.Contains(ulimitNames, name) {
			v.errorf(s.UlimitsRange, "Unknown ulimit", "%q is not a ulimit Docker knows; use one of %v.", name, ulimitNames)
		} else if s.Ulimits[name] < 0 {
			v.errorf(s.UlimitsRange, "Invalid ulimit", "ulimit %s must not be negative.", name)
		}
	}
	if l := s.Logging; l != nil && l.Driver == "" {
		v.errorf(l.DriverRange, "Logging without a driver", "Set driver, such as \"json-file\" or \"local\".")
	}
}

func (v *validator) capabilities(caps []string, rng hcl.Range) {
	for _, c := range caps {
		if !capabilityPattern.MatchString(c) {
			v.errorf(rng, "Invalid capability", "%q is not a Linux capability name, such as \"NET_BIND_SERVICE\" or \"ALL\".", c)
		}
	}
}

// profiledDependencies rejects a profile on a service a balancer routes to
// or another service depends on: `docker compose up` without the profile
// would refuse to start the stack.
func (v *validator) profiledDependencies() {
	for _, s := range v.topo.Services {
		if len(s.Profiles) == 0 {
			continue
		}
		for _, b := range v.topo.Balancers {
			if slices.Contains(b.RoutedServices(), s.Name) {
				v.errorf(s.ProfilesRange, "Profile on a routed service",
					"Balancer %q routes to service %q, which `docker compose up` would not start without profile %s; remove profiles.", b.Name, s.Name, fmt.Sprint(s.Profiles))
			}
		}
		for _, o := range v.topo.Services {
			if len(o.Profiles) == 0 && slices.Contains(o.DependsOn, s.Name) {
				v.errorf(s.ProfilesRange, "Profile on a dependency",
					"Service %q depends on %q, which `docker compose up` would not start without its profile; give both the profile, or neither.", o.Name, s.Name)
			}
		}
	}
}
