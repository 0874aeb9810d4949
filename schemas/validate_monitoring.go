package schemas

import (
	"time"

	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"

	"github.com/lbgen/lbgen/component"
)

func (v *validator) monitoring(m *Monitoring) {
	m.ScrapeInterval = v.duration(m.ScrapeIntervalRaw, m.ScrapeIntervalRange, "scrape_interval", DefaultScrapeInterval)
	m.ScrapeTimeout = v.duration(m.ScrapeTimeoutRaw, m.ScrapeTimeoutRange, "scrape_timeout", min(DefaultScrapeTimeout, m.ScrapeInterval))
	if m.ScrapeInterval > 0 && m.ScrapeTimeout > m.ScrapeInterval {
		v.errorf(m.ScrapeTimeoutRange, "Scrape timeout longer than interval",
			"Prometheus refuses a scrape_timeout (%s) longer than scrape_interval (%s).", m.ScrapeTimeoutRaw, m.ScrapeInterval)
	}
	if m.ScrapeRange.Filename == "" {
		for _, s := range v.topo.Services {
			if s.Metrics != nil {
				m.Scrape = append(m.Scrape, s.Name)
			}
		}
	}
	for _, name := range m.Scrape {
		s := v.serviceRef(name, m.ScrapeRange, "monitoring scrape")
		if s != nil && s.Metrics == nil {
			v.errorf(m.ScrapeRange, "Scraped service without metrics",
				"Service %q is listed in scrape but declares no metrics endpoint. Add metrics { path = \"/metrics\" } to it.", name)
		}
	}
	if p := m.Prometheus; p != nil {
		v.claimName(component.PrometheusService, "service", p.DefRange)
		p.Image = orDefault(p.Image, component.PrometheusImage)
		p.Port = v.adminPort(p.Port, component.PrometheusPort, at(p.PortRange, p.DefRange), &p.HostIP, p.HostIPRange, "Prometheus")
		p.Retention = v.duration(p.RetentionRaw, p.RetentionRange, "retention", DefaultRetention)
	}
	if a := m.Alertmanager; a != nil {
		v.alertmanager(m, a)
	}
	if g := m.Grafana; g != nil {
		v.claimName(component.GrafanaService, "service", g.DefRange)
		g.Image = orDefault(g.Image, component.GrafanaImage)
		g.Port = v.adminPort(g.Port, component.GrafanaPort, at(g.PortRange, g.DefRange), &g.HostIP, g.HostIPRange, "Grafana")
		g.AdminPasswordEnv = orDefault(g.AdminPasswordEnv, DefaultGrafanaSecretEnv)
	}
	if c := m.CAdvisor; c != nil {
		v.claimName(component.CAdvisorService, "service", c.DefRange)
		c.Image = orDefault(c.Image, component.CAdvisorImage)
	}
	for _, b := range v.topo.Balancers {
		if v.topo.HasNginxExporter(b) {
			v.claimName(component.NginxExporterService(b.Name), "service", b.Stats.DefRange)
		}
	}
	if m.Prometheus == nil && m.Grafana != nil {
		v.errorf(m.Grafana.DefRange, "Grafana without Prometheus", "Grafana's dashboards read Prometheus: add prometheus {} to the monitoring block.")
	}
	if m.Prometheus == nil && m.Alerts != nil {
		v.errorf(m.Alerts.DefRange, "Alerts without Prometheus", "Prometheus evaluates the alert rules: add prometheus {} to the monitoring block.")
	}
	if a := m.Alerts; a != nil {
		v.alerts(a)
	}
}

func (v *validator) alerts(a *Alerts) {
	histograms, haproxyStats := false, false
	for _, name := range v.topo.Monitoring.Scrape {
		if s := v.topo.Service(name); s != nil && s.Metrics != nil && s.Metrics.Histogram != "" {
			histograms = true
		}
	}
	for _, b := range v.topo.Balancers {
		haproxyStats = haproxyStats || (b.Engine == EngineHAProxy && b.Stats != nil)
	}
	if a.ErrorRatio != nil {
		if *a.ErrorRatio <= 0 || *a.ErrorRatio >= 1 {
			v.errorf(a.ErrorRatioRange, "Invalid error_ratio",
				"error_ratio is the share of 5xx responses that fires the alert: a number above 0 and below 1 (0.05 = 5%%), got %g.", *a.ErrorRatio)
		} else if !histograms && !haproxyStats {
			v.errorf(a.ErrorRatioRange, "No metrics for error_ratio",
				"Nothing in the stack counts responses by status: give an HAProxy balancer a stats block, or declare histogram in a scraped service's metrics block.")
		}
	}
	a.P95Latency = v.duration(a.P95LatencyRaw, a.P95LatencyRange, "p95_latency", 0)
	if a.P95Latency > 0 && !histograms {
		v.errorf(a.P95LatencyRange, "No metrics for p95_latency",
			"Latency percentiles need the app's request-duration histogram: declare histogram = \"NAME\" in a scraped service's metrics block.")
	}
}
func (v *validator) loadTest(l *LoadTest) {
	v.claimName(l.ServiceName(), "load test", l.LabelRange)
	l.Image = orDefault(l.Image, component.ArtilleryImage)
	v.loadTestTarget(l)
	if len(l.Phases) == 0 {
		v.errorf(l.DefRange, "Load test without phases", "Load test %q needs at least one phase \"NAME\" { duration = \"60s\" arrival_rate = 5 }.", l.Name)
	}
	for _, p := range l.Phases {
		p.Duration = v.duration(p.DurationRaw, p.DurationRange, "phase duration", 0)
		if p.Duration%time.Second != 0 {
			v.errorf(p.DurationRange, "Invalid phase duration", "Artillery counts phases in whole seconds; %s is not.", p.DurationRaw)
		}
		if p.ArrivalRate < 1 {
			v.errorf(p.ArrivalRateRange, "Invalid arrival_rate", "arrival_rate is new virtual users per second: at least 1, got %d.", p.ArrivalRate)
		}
		if p.RampTo != nil && *p.RampTo < 1 {
			v.errorf(p.RampToRange, "Invalid ramp_to", "ramp_to is the arrival rate the phase ends at: at least 1, got %d.", *p.RampTo)
		}
	}
	if len(l.Scenarios) == 0 {
		v.errorf(l.DefRange, "Load test without scenarios", "Load test %q needs at least one scenario \"NAME\" { step { get = \"/\" } }.", l.Name)
	}
	for _, sc := range l.Scenarios {
		if sc.WeightRange.Filename == "" {
			sc.Weight = 1
		} else if sc.Weight < 1 {
			v.errorf(sc.WeightRange, "Invalid weight", "Scenario weight must be at least 1, got %d.", sc.Weight)
		}
		if len(sc.Steps) == 0 {
			v.errorf(sc.DefRange, "Scenario without steps", "Scenario %q needs at least one step { get = \"/\" }.", sc.Name)
		}
		for _, st := range sc.Steps {
			v.step(st)
		}
	}
}

// loadTestTarget resolves target, written as a reference (balancer.web) or
// as the balancer's name ("web").
func (v *validator) loadTestTarget(l *LoadTest) {
	l.TargetRange = l.TargetExpr.Range()
	if tr, diags := hcl.AbsTraversalForExpr(l.TargetExpr); !diags.HasErrors() {
		if len(tr) == 2 && tr.RootName() == "balancer" {
			if attr, ok := tr[1].(hcl.TraverseAttr); ok {
				l.Target = attr.Name
			}
		}
		if l.Target == "" {
			v.errorf(l.TargetRange, "Invalid load test target", "target must name a balancer, as balancer.NAME.")
			return
		}
	} else {
		val, diags := l.TargetExpr.Value(nil)
		if diags.HasErrors() || val.Type() != cty.String || val.IsNull() {
			v.errorf(l.TargetRange, "Invalid load test target", "target must name a balancer, as balancer.NAME.")
			return
		}
		l.Target = val.AsString()
	}
	if b := v.topo.Balancer(l.Target); b == nil {
		v.errorf(l.TargetRange, "Unknown balancer", "Load test %q targets balancer %q, which the spec does not define.", l.Name, l.Target)
	} else if b.TCP() {
		v.errorf(l.TargetRange, "Load test on a TCP balancer", "Load test %q sends HTTP requests; balancer %q forwards TCP connections.", l.Name, l.Target)
	}
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// adminPort applies the defaults of an admin UI's published port: its usual
// port, bound to this host only unless the spec names an address.
func (v *validator) adminPort(port, def int, rng hcl.Range, hostIP *string, ipRange hcl.Range, owner string) int {
	if port == 0 {
		port = def
	}
	v.port(port, rng, owner+" port")
	if ipRange.Filename == "" {
		*hostIP = DefaultAdminHostIP
	}
	v.hostIP(*hostIP, ipRange)
	v.publish(*hostIP, port, owner, rng)
	return port
}
