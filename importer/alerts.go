package importer

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v4"

	"github.com/lbgen/lbgen/internal/yamlnode"
	"github.com/lbgen/lbgen/lint"
)

// The expressions of the alert rules lbgen renders (gen/prometheus): a
// rule of the same name and shape, rendered or hand-written, is read back
// as the spec it comes from.
var (
	targetDownExpr     = regexp.MustCompile(`^up == 0$`)
	replicasBelowExpr  = regexp.MustCompile(`^\(count\(up\{job="[^"]+"\} == 1\) or vector\(0\)\) < \d+$`)
	balancerDownExpr   = regexp.MustCompile(`^(up|nginx_up)\{job="[^"]+"\} == 0$`)
	appErrorRatioExpr  = regexp.MustCompile(`^sum\(rate\(([A-Za-z_:][\w:]*)_count\{job="([^"]+)",([A-Za-z_]\w*)=~"5\.\."\}\[(\w+)\]\)\) / sum\(rate\(([A-Za-z_:][\w:]*)_count\{job="([^"]+)"\}\[(\w+)\]\)\) > ([0-9.eE+-]+)$`)
	anyErrorRatioExpr  = regexp.MustCompile(`^sum\(rate\([^)]*\)\) / sum\(rate\([^)]*\)\) > ([0-9.eE+-]+)$`)
	latencyP95Expr     = regexp.MustCompile(`^histogram_quantile\(0\.95, sum by \(le\) \(rate\(([A-Za-z_:][\w:]*)_bucket\{job="([^"]+)"\}\[\w+\]\)\)\) > ([0-9.eE+-]+)$`)
	lbgenRecordPrefixs = []string{"service:container_", "replica:container_"}
	stackNamespaceSel  = regexp.MustCompile(`container_label_com_docker_stack_namespace="([a-z0-9][a-z0-9_-]*)"`)
)

// stackNamespace names the project after the Swarm stack lbgen's
// cAdvisor rules select, when no compose file names it: the stack was
// deployed under the spec's project name.
func (im *importer) stackNamespace(expr string) {
	g := stackNamespaceSel.FindStringSubmatch(expr)
	if g == nil || !im.projectGuessed {
		return
	}
	im.spec.project, im.projectGuessed = g[1], false
	im.imported("project "+g[1]+" (the stack namespace lbgen's cAdvisor rules select)", "")
}

// histogramOf is what an alert rule says of a service's metrics.
type histogramOf struct{ name, statusLabel string }

// alertRules reads a rule file: lbgen's own rules become the spec's alert
// thresholds and the histograms they read; the others are listed as not
// imported.
func (im *importer) alertRules(f *lint.File, m *monitoring) {
	var others []string
	for _, g := range yamlnode.Items(yamlnode.Get(f.YAML, "groups")) {
		for _, r := range yamlnode.Items(yamlnode.Get(g, "rules")) {
			name := yamlnode.Value(yamlnode.Get(r, "alert"))
			if name == "" {
				name = yamlnode.Value(yamlnode.Get(r, "record"))
			}
			if im.alertRule(r, m) {
				im.imported("rule "+name+" (lbgen renders it from the spec)", where(f.Path, r.Line, r.Column))
				continue
			}
			others = append(others, name)
		}
	}
	if len(others) > 0 {
		im.skipped("rules "+strings.Join(others, ", "), where(f.Path, 1, 1),
			"lbgen renders its own rules (TargetDown, ReplicasBelowMinimum, BalancerDown; HighErrorRatio and HighLatencyP95 from monitoring.alerts) with unit tests; keep your own rule file by hand")
	}
}

// alertRule reads one rule of lbgen's shape; false for any other.
func (im *importer) alertRule(r *yaml.Node, m *monitoring) bool {
	alert := yamlnode.Value(yamlnode.Get(r, "alert"))
	expr := strings.TrimSpace(yamlnode.Value(yamlnode.Get(r, "expr")))
	if rec := yamlnode.Value(yamlnode.Get(r, "record")); rec != "" {
		for _, p := range lbgenRecordPrefixs {
			if strings.HasPrefix(rec, p) {
				im.stackNamespace(expr)
				return true // lbgen records them with cAdvisor
			}
		}
		return false
	}
	switch alert {
	case "TargetDown":
		return targetDownExpr.MatchString(expr)
	case "ReplicasBelowMinimum":
		return replicasBelowExpr.MatchString(expr)
	case "BalancerDown":
		return balancerDownExpr.MatchString(expr)
	case "HighErrorRatio":
		if g := appErrorRatioExpr.FindStringSubmatch(expr); g != nil && g[1] == g[5] && g[2] == g[6] {
			label := g[3]
			if label == "code" {
				label = ""
			}
			im.histogram(m, g[2], histogramOf{name: g[1], statusLabel: label})
			return m.threshold(&m.errorRatio, g[8])
		}
		if g := anyErrorRatioExpr.FindStringSubmatch(expr); g != nil {
			return m.threshold(&m.errorRatio, g[1])
		}
	case "HighLatencyP95":
		if g := latencyP95Expr.FindStringSubmatch(expr); g != nil {
			secs, err := strconv.ParseFloat(g[3], 64)
			if err != nil || secs <= 0 {
				return false
			}
			im.histogram(m, g[2], histogramOf{name: g[1]})
			return m.threshold(&m.p95, latency(secs))
		}
	}
	return false
}

// threshold sets an alert threshold; every rule must say the same one,
// as the spec has one for the stack.
func (m *monitoring) threshold(v *string, got string) bool {
	if *v != "" && *v != got {
		return false
	}
	*v = got
	return true
}

// histogram records the histogram a job's alerts read; scrape jobs are
// read after the rules, so it is placed by placeHistograms.
func (im *importer) histogram(m *monitoring, job string, h histogramOf) {
	if m.histograms == nil {
		m.histograms = map[string]histogramOf{}
	}
	old := m.histograms[job]
	if old.statusLabel != "" {
		h.statusLabel = old.statusLabel
	}
	m.histograms[job] = h
}

// placeHistograms puts each histogram in the metrics block of the
// service its job scrapes.
func (im *importer) placeHistograms(m *monitoring) {
	for job, h := range m.histograms {
		sv := im.spec.service(job)
		if sv == nil || sv.metrics == nil {
			im.skipped(fmt.Sprintf("histogram %s of job %s", h.name, job), "", "the job scrapes no imported service with a metrics block")
			continue
		}
		sv.metrics.histogram, sv.metrics.statusLabel = h.name, h.statusLabel
	}
}

// latency writes seconds as a spec duration: whole milliseconds or
// seconds.
func latency(secs float64) string {
	d := time.Duration(secs*float64(time.Second) + 0.5)
	if d%time.Second == 0 {
		return fmt.Sprintf("%ds", d/time.Second)
	}
	return fmt.Sprintf("%dms", d/time.Millisecond)
}
