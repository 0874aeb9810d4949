package component

import "fmt"

// HAProxy releases that change what lbgen can render.
var (
	// MinHAProxy has http-check send and http-request return (2.2).
	MinHAProxy = Version{2, 2, 0}
	// DefaultHAProxyVersion is the current LTS release.
	DefaultHAProxyVersion = Version{3, 2, 0}
)

// HAProxyConfig is where the official image reads its configuration.
const HAProxyConfig = HAProxyConfigDir + "/haproxy.cfg"

// HAProxyImage is the official image of an HAProxy release.
func HAProxyImage(v Version) string { return fmt.Sprintf("haproxy:%s-alpine", v) }
