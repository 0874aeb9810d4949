package rules

import (
	"sort"

	"github.com/lbgen/lbgen/lint"
)

// All returns every rule, ordered by ID. A new rule is one file and one
// line here.
func All() []*lint.Rule {
	rules := []*lint.Rule{
		lint.ParseErrorRule, lint.InvalidSuppressionRule, lint.UnusedSuppressionRule, NotFollowed,
		SpecInvalid,
		ComposeObsoleteVersion, ComposeScaledHostPort, ComposeScaledContainerName, ComposeScaleMismatch,
		ComposeBackendWithoutHealthcheck, ComposeHealthcheckDisabled, ComposeHealthyDependency, ComposeLinks,
		ComposeUnpinnedImage, ComposeLiteralCredential, ComposeAdminPortPublic, ComposeDockerSocketWritable,
		ComposePortsHostNetwork, ComposeExternalName, ComposeSwarmOnlyKeys, ComposeConfigMountWritable, ComposeV1Layout,
		SwarmRejectedKey, SwarmServiceWithoutImage, SwarmIgnoredKey, SwarmConfigBindMount, SwarmConfigUnversioned,
		SwarmDNSRRIngressPort, SwarmExporterNotGlobal, SwarmReplicasWithGlobal,
		NginxUpstreamResolvedOnce, NginxResolveWithoutZone, NginxMissingResolver, NginxRemovedDirective,
		NginxListenHTTP2, NginxUnknownDirective, NginxStubStatusOpen, NginxRetryNonIdempotent, NginxPublicResolver,
		NginxMissingInclude, NginxIncludeLoop,
		HAProxyKeywordSection, HAProxyStatsWithoutAuth, HAProxyServerResolvedOnce, HAProxySingleServerScaled,
		HAProxyTemplateSlots, HAProxyInitAddr, HAProxyResolversNameserver, HAProxyServerWithoutCheck,
		HAProxyHTTPChkHeaders, HAProxyRemovedKeyword, HAProxyImplicitBalance, HAProxyPrivilegedBind,
		PrometheusStaticTargetScaled, PrometheusScrapesStubStatus, PrometheusMissingRuleFile, PrometheusSwarmTasks, PrometheusSwarmVIPTarget,
		CrossPublishedPortNotBound, CrossUnknownTarget, CrossBackendPublishes, CrossAdminAPIExposed, CrossBalancerSwarmVIP,
		KubeBalancerClusterIP, KubeDockerDNS, KubeSRVPort, KubeProbePort, KubeHPAReplicas, KubeHPACPURequests,
		KubeSelectsNothing, KubePDBBlocksEviction,
	}
	sort.Slice(rules, func(i, j int) bool { return rules[i].ID < rules[j].ID })
	return rules
}

// Runnable is All without the engine's own rules, which have no Run.
func Runnable() []*lint.Rule {
	var out []*lint.Rule
	for _, r := range All() {
		if r.Run != nil {
			out = append(out, r)
		}
	}
	return out
}

// ByID finds a rule by ID or name.
func ByID(id string) *lint.Rule {
	for _, r := range All() {
		if r.ID == id || r.Name == id {
			return r
		}
	}
	return nil
}

func sortStrings(s []string) []string {
	sort.Strings(s)
	return s
}
