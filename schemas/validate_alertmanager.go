package schemas

import (
	"net"
	"regexp"

	"github.com/hashicorp/hcl/v2"

	"github.com/lbgen/lbgen/component"
)

var envNamePattern = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// alertmanager checks the Alertmanager block: Prometheus to send it
// alerts, receivers with one kind each, credentials by environment
// variable only.
func (v *validator) alertmanager(m *Monitoring, a *Alertmanager) {
	v.claimName(component.AlertmanagerService, "service", a.DefRange)
	a.Image = orDefault(a.Image, component.AlertmanagerImage)
	a.Port = v.adminPort(a.Port, component.AlertmanagerPort, at(a.PortRange, a.DefRange), &a.HostIP, a.HostIPRange, "Alertmanager")
	if m.Prometheus == nil {
		v.errorf(a.DefRange, "Alertmanager without Prometheus", "Alertmanager only receives the alerts Prometheus fires: add prometheus {} to monitoring.")
	}
	if len(a.Receivers) == 0 {
		v.errorf(a.DefRange, "Alertmanager without receivers",
			"Alerts would be sent nowhere: add receiver \"NAME\" { slack { ... } }, webhook { ... } or email { ... }.")
	}
	seen := map[string]bool{}
	for _, r := range a.Receivers {
		if seen[r.Name] {
			v.errorf(r.LabelRange, "Duplicate receiver", "Receiver %q is defined twice.", r.Name)
		}
		seen[r.Name] = true
		if !namePattern.MatchString(r.Name) {
			v.errorf(r.LabelRange, "Invalid receiver name", "%q: use lowercase letters, digits, '-' and '_'.", r.Name)
		}
		v.receiver(r)
	}
}

func (v *validator) receiver(r *Receiver) {
	kinds := 0
	if s := r.Slack; s != nil {
		kinds++
		v.envName(s.URLEnv, s.URLRange)
	}
	if w := r.Webhook; w != nil {
		kinds++
		v.envName(w.URLEnv, w.URLRange)
	}
	if e := r.Email; e != nil {
		kinds++
		if e.PasswordEnv != "" {
			v.envName(e.PasswordEnv, e.PasswordRange)
		}
		if _, _, err := net.SplitHostPort(e.Smarthost); err != nil {
			v.errorf(e.SmarthostRange, "Invalid smarthost", "smarthost is the SMTP server as HOST:PORT, such as \"smtp.example.com:587\".")
		}
	}
	if kinds != 1 {
		v.errorf(r.DefRange, "Receiver needs one kind", "Receiver %q needs exactly one of slack, webhook and email (one receiver block per destination).", r.Name)
	}
}

// envName checks the environment variable a secret is read from.
func (v *validator) envName(name string, rng hcl.Range) {
	if !envNamePattern.MatchString(name) {
		v.errorf(rng, "Invalid environment variable", "%q is not an environment variable name: the secret is read from this variable at `docker compose up`, never written into the spec.", name)
	}
}
