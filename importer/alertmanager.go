package importer

import (
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/hashicorp/hcl/v2/hclwrite"
	"github.com/zclconf/go-cty/cty"
	"go.yaml.in/yaml/v4"

	"github.com/lbgen/lbgen/component"
	"github.com/lbgen/lbgen/internal/yamlnode"
	"github.com/lbgen/lbgen/lint"
)

// alertmanagerSpec is monitoring.alertmanager.
type alertmanagerSpec struct {
	image, hostIP string
	port          int
	receivers     []*receiver
}

// receiver is one receiver block: kind is slack, webhook or email; env
// names the variable its credential is read from (never the value).
type receiver struct {
	name, kind, env            string
	channel                    string
	to, from, smarthost, login string
}

// alertmanager imports an Alertmanager service and the receivers of the
// alertmanager.yml it mounts, when every credential is a Compose secret
// read from an environment variable, as lbgen renders them.
func (im *importer) alertmanager(s *lint.Service, m *monitoring) {
	at := where(s.File.Path, s.Key.Line, s.Key.Column)
	doc, file := alertmanagerConfig(s)
	if doc == nil {
		im.skipped("service "+s.Name+" ("+s.Image+")", at, "its alertmanager.yml is not mounted from the imported paths: write a monitoring.alertmanager block with its receivers")
		return
	}
	am := &alertmanagerSpec{}
	if s.Image != component.AlertmanagerImage {
		am.image = s.Image
	}
	if p, ip := publishedFor(s, component.AlertmanagerPort); p != 0 && p != component.AlertmanagerPort {
		am.port, am.hostIP = p, ip
	} else {
		am.hostIP = ip
	}
	first := yamlnode.Value(yamlnode.Get(yamlnode.Get(doc, "route"), "receiver"))
	for _, r := range yamlnode.Items(yamlnode.Get(doc, "receivers")) {
		rc, why := im.receiver(s, r)
		name := yamlnode.Value(yamlnode.Get(r, "name"))
		if rc == nil {
			im.skipped("alertmanager receiver "+name, where(file, r.Line, r.Column), why)
			continue
		}
		im.imported("alertmanager receiver "+name+" ("+rc.kind+", its credential from $"+rc.env+")", where(file, r.Line, r.Column))
		if name == first {
			am.receivers = append([]*receiver{rc}, am.receivers...)
		} else {
			am.receivers = append(am.receivers, rc)
		}
	}
	if len(am.receivers) == 0 {
		im.skipped("service "+s.Name+" ("+s.Image+")", at, "none of its receivers could be imported")
		return
	}
	if len(am.receivers) > 0 && am.receivers[0].name != first {
		im.changed("", "alertmanager route to "+first, where(file, 1, 1), "every alert goes to the first imported receiver, "+am.receivers[0].name)
	}
	im.imported("alertmanager (lbgen renders its route: grouped by alert name and job, resolved notifications on)", at)
	m.alertmanager = am
}

// alertmanagerConfig reads the alertmanager.yml the service mounts.
func alertmanagerConfig(s *lint.Service) (*yaml.Node, string) {
	want := component.AlertmanagerConfigDir + "/alertmanager.yml"
	for _, mt := range s.Mounts {
		host := ""
		switch path.Clean(mt.Target) {
		case want:
			host = mt.Path
		case component.AlertmanagerConfigDir:
			host = filepath.Join(mt.Path, "alertmanager.yml")
		}
		if host == "" {
			continue
		}
		src, err := os.ReadFile(host)
		if err != nil {
			continue
		}
		var doc yaml.Node
		if yaml.Unmarshal(src, &doc) != nil || len(doc.Content) == 0 {
			continue
		}
		rel, err := filepath.Rel(filepath.Dir(s.File.Abs), host)
		if err != nil {
			rel = host
		}
		return doc.Content[0], filepath.ToSlash(filepath.Join(filepath.Dir(s.File.Path), rel))
	}
	return nil, ""
}

// receiver reads one receiver with one config whose credential is a file
// under /run/secrets filled from an environment variable.
func (im *importer) receiver(s *lint.Service, r *yaml.Node) (*receiver, string) {
	rc := &receiver{name: yamlnode.Value(yamlnode.Get(r, "name"))}
	var cfg *yaml.Node
	var secretKey string
	n := 0
	for kind, key := range map[string]string{"slack": "api_url_file", "webhook": "url_file", "email": "auth_password_file"} {
		if items := yamlnode.Items(yamlnode.Get(r, kind+"_configs")); len(items) > 0 {
			n += len(items)
			rc.kind, cfg, secretKey = kind, items[0], key
		}
	}
	if n != 1 {
		return nil, "a receiver lbgen renders has exactly one Slack, webhook or email config"
	}
	known := map[string]bool{secretKey: true, "send_resolved": true}
	switch rc.kind {
	case "slack":
		rc.channel = yamlnode.Value(yamlnode.Get(cfg, "channel"))
		known["channel"] = true
	case "email":
		rc.to, rc.from = yamlnode.Value(yamlnode.Get(cfg, "to")), yamlnode.Value(yamlnode.Get(cfg, "from"))
		rc.smarthost, rc.login = yamlnode.Value(yamlnode.Get(cfg, "smarthost")), yamlnode.Value(yamlnode.Get(cfg, "auth_username"))
		for _, k := range []string{"to", "from", "smarthost", "auth_username"} {
			known[k] = true
		}
	}
	var other []string
	yamlnode.Pairs(cfg, func(k, v *yaml.Node) {
		if !known[k.Value] || k.Value == "send_resolved" && v.Value != "true" {
			other = append(other, k.Value)
		}
	})
	if len(other) > 0 {
		return nil, "the spec's receiver has no " + strings.Join(other, ", ") + " (credentials are read from files lbgen mounts as secrets)"
	}
	file := yamlnode.Value(yamlnode.Get(cfg, secretKey))
	rc.env = secretVariable(s, file)
	if rc.env == "" && (rc.kind != "email" || file != "") {
		return nil, "its credential is not a Compose secret read from an environment variable: write the receiver with " + envAttr[rc.kind] + " naming the variable"
	}
	return rc, ""
}

var envAttr = map[string]string{"slack": "api_url_env", "webhook": "url_env", "email": "password_env"}

// secretVariable is the environment variable the Compose secret mounted
// at a /run/secrets path is read from, "" for none.
func secretVariable(s *lint.Service, file string) string {
	def, _ := secretAt(s, file)
	return yamlnode.Value(yamlnode.Get(def, "environment"))
}

// secretAt returns the name and top-level definition of the Compose
// secret a service sees at a /run/secrets path; "" for none.
func secretAt(s *lint.Service, file string) (*yaml.Node, string) {
	target, ok := strings.CutPrefix(file, "/run/secrets/")
	if !ok {
		return nil, ""
	}
	for _, item := range yamlnode.Items(yamlnode.Get(s.Node, "secrets")) {
		source, tgt := item.Value, item.Value
		if item.Kind == yaml.MappingNode {
			source = yamlnode.Value(yamlnode.Get(item, "source"))
			if tgt = yamlnode.Value(yamlnode.Get(item, "target")); tgt == "" {
				tgt = source
			}
		}
		if tgt == target {
			return yamlnode.Get(yamlnode.Get(s.File.YAML, "secrets"), source), source
		}
	}
	return nil, ""
}

// write writes the alertmanager block.
func (am *alertmanagerSpec) write(b *hclwrite.Body) {
	str(b, nil, "image", am.image)
	if am.port != 0 {
		b.SetAttributeValue("port", cty.NumberIntVal(int64(am.port)))
	}
	str(b, nil, "host_ip", am.hostIP)
	for _, rc := range am.receivers {
		rb := b.AppendNewBlock("receiver", []string{rc.name}).Body()
		kb := rb.AppendNewBlock(rc.kind, nil).Body()
		str(kb, nil, "channel", rc.channel)
		str(kb, nil, "to", rc.to)
		str(kb, nil, "from", rc.from)
		str(kb, nil, "smarthost", rc.smarthost)
		str(kb, nil, "username", rc.login)
		str(kb, nil, envAttr[rc.kind], rc.env)
	}
}
