// Package alertmanager renders Alertmanager's config: one route to the
// first receiver, grouped per alert and job, and each receiver's
// credentials read from a Docker secret file, never written here.
package alertmanager

import (
	"fmt"

	"github.com/lbgen/lbgen/component"
	"github.com/lbgen/lbgen/gen"
	"github.com/lbgen/lbgen/schemas"
)

// ConfigFile is the config's name inside gen.AlertmanagerDir.
const ConfigFile = "alertmanager.yml"

// Render returns alertmanager.yml when the spec has an alertmanager block.
func Render(t *schemas.Topology, ctx gen.Context) ([]gen.File, error) {
	if t.Monitoring == nil || t.Monitoring.Alertmanager == nil {
		return nil, nil
	}
	a := t.Monitoring.Alertmanager
	cfg := config{Route: route{
		Receiver: a.Receivers[0].Name, GroupBy: []string{"alertname", "job"},
		GroupWait: "30s", GroupInterval: "5m", RepeatInterval: "4h",
	}}
	for _, r := range a.Receivers {
		cfg.Receivers = append(cfg.Receivers, newReceiver(r))
	}
	body, err := gen.YAML(cfg)
	if err != nil {
		return nil, fmt.Errorf("render alertmanager config: %w", err)
	}
	return []gen.File{{Path: gen.AlertmanagerDir + "/" + ConfigFile, Bytes: append(ctx.Header("#"), body...)}}, nil
}

type config struct {
	Route     route      `yaml:"route"`
	Receivers []receiver `yaml:"receivers"`
}

type route struct {
	Receiver       string   `yaml:"receiver"`
	GroupBy        []string `yaml:"group_by,flow"`
	GroupWait      string   `yaml:"group_wait"`
	GroupInterval  string   `yaml:"group_interval"`
	RepeatInterval string   `yaml:"repeat_interval"`
}

type receiver struct {
	Name    string    `yaml:"name"`
	Slack   []slack   `yaml:"slack_configs,omitempty"`
	Webhook []webhook `yaml:"webhook_configs,omitempty"`
	Email   []email   `yaml:"email_configs,omitempty"`
}

type slack struct {
	APIURLFile   string `yaml:"api_url_file"`
	Channel      string `yaml:"channel,omitempty"`
	SendResolved bool   `yaml:"send_resolved"`
}

type webhook struct {
	URLFile      string `yaml:"url_file"`
	SendResolved bool   `yaml:"send_resolved"`
}

type email struct {
	To               string `yaml:"to"`
	From             string `yaml:"from"`
	Smarthost        string `yaml:"smarthost"`
	AuthUsername     string `yaml:"auth_username,omitempty"`
	AuthPasswordFile string `yaml:"auth_password_file,omitempty"`
	SendResolved     bool   `yaml:"send_resolved"`
}

// newReceiver points each credential at the secret file compose mounts
// (schemas.Receiver.Secrets names them).
func newReceiver(r *schemas.Receiver) receiver {
	files := map[string]string{}
	for _, s := range r.Secrets() {
		files[s.Env] = component.SecretsDir + "/" + s.Name
	}
	out := receiver{Name: r.Name}
	switch {
	case r.Slack != nil:
		out.Slack = []slack{{APIURLFile: files[r.Slack.URLEnv], Channel: r.Slack.Channel, SendResolved: true}}
	case r.Webhook != nil:
		out.Webhook = []webhook{{URLFile: files[r.Webhook.URLEnv], SendResolved: true}}
	case r.Email != nil:
		e := r.Email
		out.Email = []email{{To: e.To, From: e.From, Smarthost: e.Smarthost, AuthUsername: e.Username,
			AuthPasswordFile: files[e.PasswordEnv], SendResolved: true}}
	}
	return out
}
