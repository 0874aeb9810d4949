package importer

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v4"

	"github.com/lbgen/lbgen/component"
	"github.com/lbgen/lbgen/internal/yamlnode"
	"github.com/lbgen/lbgen/lint"
	"github.com/lbgen/lbgen/schemas"
	"github.com/lbgen/lbgen/stack"
)

// monitoring imports Prometheus, Grafana and cAdvisor services and what
// prometheus.yml scrapes.
func (im *importer) monitoring() {
	m := &monitoring{notes: map[string]string{}}
	any := false
	for _, s := range im.composeServices() {
		at := where(s.File.Path, s.Key.Line, s.Key.Column)
		switch roleOf(s) {
		case rolePrometheus:
			any, m.prometheus = true, true
			im.imported("prometheus", at)
			m.promPort, m.promHostIP = publishedFor(s, component.PrometheusPort)
			im.prometheusFlags(s, m)
			for _, f := range im.p.FilesOf(lint.KindPrometheus) {
				for _, r := range im.p.MountedBy(f) {
					// Rule files are Prometheus files too: they are read
					// through rule_files.
					if r.Service == s && component.ConfigAt(r.Target) == component.ConfigPrometheus {
						im.prometheusConfig(f, m)
					}
				}
			}
		case roleGrafana:
			any, m.grafana = true, true
			im.imported("grafana", at)
			m.grafanaPort, m.grafanaHostIP = publishedFor(s, component.GrafanaPort)
			for _, mt := range s.Mounts {
				if strings.HasPrefix(mt.Target, component.GrafanaProvisioningDir) {
					im.skipped("grafana provisioning "+mt.Source, nodeWhere(s, mt.Node),
						"lbgen provisions the Prometheus data source and a dashboard of the stack; keep your own dashboards beside it by hand")
				}
			}
			m.grafanaPasswordEnv = secretEnv(s)
			if env := keyValues(yamlnode.Get(s.Node, "environment")); env["GF_SECURITY_ADMIN_PASSWORD"] != "" {
				im.changed("LB110", "GF_SECURITY_ADMIN_PASSWORD of grafana", envWhere(s, "GF_SECURITY_ADMIN_PASSWORD"),
					"read from the GRAFANA_ADMIN_PASSWORD variable of `docker compose up` into a secret")
			}
		case roleCAdvisor:
			any, m.cadvisor = true, true
			im.imported("cadvisor", at)
		case roleAlertmanager:
			im.alertmanager(s, m)
		case roleExporter:
			im.imported("exporter "+s.Name+" (lbgen adds one per nginx balancer with stats)", at)
		}
	}
	if m.promPort == component.PrometheusPort {
		m.promPort = 0
	}
	if m.grafanaPort == component.GrafanaPort {
		m.grafanaPort = 0
	}
	if m.grafana && !m.prometheus {
		m.grafana = false
		im.skipped("grafana", "", "lbgen's Grafana shows the Prometheus lbgen renders, and the stack runs none")
		any = m.cadvisor
	}
	if any {
		im.spec.monitoring = m
	}
}

// secretEnv returns the variable a service's first secret is read from
// (Compose's secrets.NAME.environment), "" for the default or none: the
// Grafana admin password lbgen renders comes from GRAFANA_ADMIN_PASSWORD.
func secretEnv(s *lint.Service) string {
	for _, item := range yamlnode.Items(yamlnode.Get(s.Node, "secrets")) {
		name := item.Value
		if item.Kind == yaml.MappingNode {
			name = yamlnode.Value(yamlnode.Get(item, "source"))
		}
		env := yamlnode.Value(yamlnode.Get(yamlnode.Get(yamlnode.Get(s.File.YAML, "secrets"), name), "environment"))
		if env != "" && env != "GRAFANA_ADMIN_PASSWORD" {
			return env
		}
	}
	return ""
}

// publishedFor returns the host port a service publishes its port on, and
// the private address it publishes it on ("" for loopback, lbgen's
// default, and for every interface, which LB111 finds).
func publishedFor(s *lint.Service, port int) (int, string) {
	for _, p := range s.Ports {
		if t, _ := strconv.Atoi(p.Target); t == port {
			if h, err := strconv.Atoi(p.Published); err == nil {
				return h, privateIP(p.HostIP)
			}
		}
	}
	return 0, ""
}

// privateIP returns a host address to keep: a specific non-loopback one.
func privateIP(ip string) string {
	if stack.EveryInterface(ip) || stack.Loopback(ip) {
		return ""
	}
	return ip
}

// prometheusFlags reads the retention; the other flags are lbgen's.
func (im *importer) prometheusFlags(s *lint.Service, m *monitoring) {
	for _, w := range strOrList(yamlnode.Get(s.Node, "command")) {
		name, value, _ := strings.Cut(w, "=")
		switch name {
		case "--storage.tsdb.retention.time":
			m.retention = value
		case "--config.file", "--storage.tsdb.path", "--web.console.libraries", "--web.console.templates":
		case "--web.enable-lifecycle", "--web.enable-admin-api":
			im.changed("", "prometheus "+name, from(s, "command"), "left out: it lets anybody who reaches Prometheus reload or shut it down")
		default:
			im.skipped("prometheus flag "+w, from(s, "command"), "lbgen renders Prometheus's command itself")
		}
	}
}

// prometheusConfig reads the scrape interval and the jobs.
func (im *importer) prometheusConfig(f *lint.File, m *monitoring) {
	doc := f.YAML
	global := yamlnode.Get(doc, "global")
	m.scrapeInterval = yamlnode.Value(yamlnode.Get(global, "scrape_interval"))
	m.scrapeTimeout = yamlnode.Value(yamlnode.Get(global, "scrape_timeout"))
	yamlnode.Pairs(doc, func(k, v *yaml.Node) {
		at := where(f.Path, k.Line, k.Column)
		switch k.Value {
		case "global", "scrape_configs":
		case "alerting":
			im.imported("prometheus alerting (lbgen renders it for monitoring.alertmanager)", at)
		case "rule_files":
			im.ruleFiles(v, m)
		default:
			im.skipped("prometheus "+k.Value, at, "lbgen renders prometheus.yml from the monitoring block")
		}
	})
	jobs := yamlnode.Items(yamlnode.Get(doc, "scrape_configs"))
	for _, job := range jobs {
		im.scrapeJob(f, job, m)
	}
	im.placeHistograms(m)
	im.jobOrder(jobs)
}

// jobOrder puts the scraped services, and the scraped balancers, in the
// order of their jobs: lbgen writes the jobs (and the dashboard's
// panels) in the order of the spec, so the spec keeps that order.
// Services no job scrapes keep their places.
func (im *importer) jobOrder(jobs []*yaml.Node) {
	index := map[string]int{}
	for i, job := range jobs {
		for _, host := range jobHosts(job) {
			h, _ := splitHostPort(host, 80)
			if _, seen := index[h]; !seen {
				index[h] = i
			}
		}
	}
	reorder(im.spec.services, func(sv *service) (int, bool) { i, ok := index[sv.name]; return i, ok && sv.metrics != nil })
	reorder(im.spec.balancers, func(lb *balancer) (int, bool) {
		i, ok := index[lb.name]
		if e, exp := index[component.NginxExporterService(lb.name)]; exp && !ok {
			i, ok = e, true
		}
		return i, ok
	})
}

// reorder sorts the items key finds among themselves, in the places they
// hold; the others stay where they are.
func reorder[T any](items []T, key func(T) (int, bool)) {
	var places []int
	var keyed []T
	for i, it := range items {
		if _, ok := key(it); ok {
			places = append(places, i)
			keyed = append(keyed, it)
		}
	}
	sort.SliceStable(keyed, func(a, b int) bool {
		ka, _ := key(keyed[a])
		kb, _ := key(keyed[b])
		return ka < kb
	})
	for n, i := range places {
		items[i] = keyed[n]
	}
}

// ruleFiles reads the rule files prometheus.yml loads.
func (im *importer) ruleFiles(v *yaml.Node, m *monitoring) {
	for _, rf := range yamlnode.Items(v) {
		ref := im.p.RuleFile(rf)
		if ref == nil || len(ref.Files) == 0 {
			continue // missing: LB403 reports it
		}
		for _, f := range ref.Files {
			im.alertRules(f, m)
		}
	}
}

// scrapeJob imports a job as the metrics block of what it scrapes.
func (im *importer) scrapeJob(f *lint.File, job *yaml.Node, m *monitoring) {
	name := yamlnode.Value(yamlnode.Get(job, "job_name"))
	at := where(f.Path, job.Line, job.Column)
	path := yamlnode.Value(yamlnode.Get(job, "metrics_path"))
	if iv := yamlnode.Value(yamlnode.Get(job, "scrape_interval")); iv != "" && iv != m.scrapeInterval {
		im.skipped(fmt.Sprintf("job %s's scrape_interval %s", name, iv), at, "the spec scrapes every job at monitoring.scrape_interval")
	}
	for _, sc := range yamlnode.Items(yamlnode.Get(job, "static_configs")) {
		yamlnode.Pairs(yamlnode.Get(sc, "labels"), func(k, _ *yaml.Node) {
			if k.Value != "service" {
				im.skipped("job "+name+" label "+k.Value, where(f.Path, k.Line, k.Column), "lbgen labels every series with its service only")
			}
		})
	}
	for _, host := range jobHosts(job) {
		h, port := splitHostPort(host, 80)
		switch {
		case h == "localhost" || h == component.PrometheusService:
			im.imported("job "+name+" (Prometheus itself)", at)
		case h == component.CAdvisorService || im.sources[h] != nil && roleOf(im.sources[h]) == roleCAdvisor:
			m.cadvisor = true
			im.imported("job "+name+" (cAdvisor)", at)
		case im.spec.service(h) != nil:
			sv := im.spec.service(h)
			sv.metrics = &metrics{}
			im.staticTarget(sv, job)
			if path != "" && path != "/metrics" {
				sv.metrics.path = path
			}
			if port != sv.port {
				sv.metrics.port = port
			}
			im.imported("job "+name+" (metrics of "+h+")", at)
		case im.balancer(h) != nil:
			lb := im.balancer(h)
			if lb.stats == nil {
				lb.stats = &stats{port: defaultStatsPort}
				lb.notes["stats"] = "Prometheus scraped the balancer: lbgen scrapes it through its stats port."
			}
			im.imported("job "+name+" (the stats of "+h+")", at)
		default:
			im.skipped("job "+name+" target "+host, at, "it names no imported service: lbgen scrapes the services with a metrics block")
		}
	}
	yamlnode.Pairs(job, func(k, v *yaml.Node) {
		switch {
		case k.Value == "job_name", k.Value == "static_configs", k.Value == "dns_sd_configs", k.Value == "metrics_path", k.Value == "scrape_interval":
		case k.Value == "relabel_configs" && serviceLabelOnly(v):
			// lbgen's own: every series gets a service label.
		default:
			im.skipped("job "+name+": "+k.Value, where(f.Path, k.Line, k.Column), "lbgen renders each job from the service's metrics block")
		}
	})
}

// serviceLabelOnly reports whether relabel_configs only set the service
// label, as lbgen's rendered jobs do.
func serviceLabelOnly(v *yaml.Node) bool {
	for _, r := range yamlnode.Items(v) {
		if yamlnode.Value(yamlnode.Get(r, "target_label")) != "service" {
			return false
		}
	}
	return true
}

// jobHosts lists a job's targets: static ones, and the names DNS
// discovery asks for with its port.
func jobHosts(job *yaml.Node) []string {
	var out []string
	for _, sc := range yamlnode.Items(yamlnode.Get(job, "static_configs")) {
		for _, t := range yamlnode.Items(yamlnode.Get(sc, "targets")) {
			out = append(out, t.Value)
		}
	}
	for _, dc := range yamlnode.Items(yamlnode.Get(job, "dns_sd_configs")) {
		port := yamlnode.Value(yamlnode.Get(dc, "port"))
		for _, n := range yamlnode.Items(yamlnode.Get(dc, "names")) {
			out = append(out, strings.TrimPrefix(n.Value, "tasks.")+":"+port)
		}
	}
	return out
}

// balancer returns the imported balancer (or its exporter) of a name.
func (im *importer) balancer(name string) *balancer {
	for _, lb := range im.spec.balancers {
		if lb.name == name || component.NginxExporterService(lb.name) == name {
			return lb
		}
	}
	return nil
}

// staticTarget reads a static scrape target of a service whose balancer
// retries no more than lbgen's floor: those retries say nothing of how
// far it scales, and a fixed target says it runs one replica (lbgen
// discovers the replicas of a scaled service through DNS).
func (im *importer) staticTarget(sv *service, job *yaml.Node) {
	if yamlnode.Get(job, "dns_sd_configs") != nil || yamlnode.Get(job, "static_configs") == nil {
		return
	}
	if sv.replicas <= 1 && sv.maxReplicas > 1 && sv.maxReplicas <= schemas.DefaultRetries+1 && sv.notes["max_replicas"] == "" {
		sv.maxReplicas = 0
	}
}
