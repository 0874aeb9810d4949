package stack

import (
	"regexp"
	"strings"
)

// The judgements of single values that render and lint both make: render
// refuses a spec whose output lint would flag, so the two must read a
// value the same way. Each is written here once.

// Unpinned reports whether an image names no version: no tag, or
// :latest. Two replicas started a day apart could run different images.
// A digest pins it; a ${VAR} is for whoever sets the variable.
func Unpinned(image string) bool {
	if image == "" || strings.Contains(image, "@") || strings.Contains(image, "$") {
		return false
	}
	name := image[strings.LastIndex(image, "/")+1:]
	_, tag, tagged := strings.Cut(name, ":")
	return !tagged || tag == "latest"
}

// credentialName matches environment variables that hold credentials;
// notCredential matches values that cannot be one: booleans, numbers and
// durations (TOKEN_TTL=3600, JWT_SECRET_ROTATION=true).
var (
	credentialName = regexp.MustCompile(`(?i)(PASSWORD|PASSWD|SECRET|TOKEN|API_KEY|PRIVATE_KEY|_KEY$)`)
	notCredential  = regexp.MustCompile(`(?i)^(true|false|yes|no|on|off|\d+[smhd]?)$`)
)

// LiteralCredential reports whether an environment variable writes a
// credential into the file itself, rather than naming a file (NAME_FILE)
// or taking it from the environment (${NAME}).
func LiteralCredential(name, value string) bool {
	return credentialName.MatchString(name) && !strings.HasSuffix(name, "_FILE") && value != "" &&
		!strings.Contains(value, "${") && !notCredential.MatchString(value)
}

// DockerSocket reports whether a host path mounted into a container
// exposes the Docker socket: control of the engine, which is root on the
// host unless mounted read-only.
func DockerSocket(source string) bool {
	switch strings.TrimSuffix(source, "/") {
	case "/var/run/docker.sock", "/run/docker.sock", "/var/run", "/run":
		return true
	}
	return false
}

// EveryInterface reports whether a published port's host address is every
// interface of the host (the default when none is given).
func EveryInterface(hostIP string) bool {
	switch hostIP {
	case "", "0.0.0.0", "::", "[::]":
		return true
	}
	return false
}

// Loopback reports whether a host address is the host's own: a port
// published there is for an operator on the host, not for clients.
func Loopback(ip string) bool {
	return strings.HasPrefix(ip, "127.") || ip == "::1" || ip == "[::1]" || ip == "localhost"
}
