package kubernetes

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strings"

	"github.com/lbgen/lbgen/component"
	"github.com/lbgen/lbgen/gen"
	"github.com/lbgen/lbgen/schemas"
)

// Storage the monitoring volumes ask for, and the users the images run as
// (whose group must own the mounted volume).
const (
	prometheusSize  = "10Gi"
	grafanaSize     = "1Gi"
	prometheusGroup = 65534
	grafanaGroup    = 472
	// grafanaSecret holds Grafana's admin password under the key
	// "password"; the operator creates it (docs/kubernetes.md).
	grafanaSecret = "grafana-admin"
)

func (b *builder) monitoring(m *schemas.Monitoring) error {
	switch {
	case m.Prometheus != nil && b.k.Operator():
		if err := b.operator(m); err != nil {
			return err
		}
	case m.Prometheus != nil:
		if err := b.prometheus(m.Prometheus); err != nil {
			return err
		}
	}
	if m.Grafana != nil {
		if err := b.grafana(m.Grafana); err != nil {
			return err
		}
	}
	if m.CAdvisor != nil {
		b.cadvisor(m.CAdvisor)
	}
	return nil
}

// rendered collects the shared targets' files under dir (without
// rule tests, which only promtool reads), by path relative to dir.
func (b *builder) rendered(dir string) map[string]string {
	files := map[string]string{}
	for _, f := range b.ctx.Rendered {
		if rel, ok := strings.CutPrefix(f.Path, dir+"/"); ok && !strings.HasSuffix(rel, ".test.yml") {
			files[rel] = string(f.Bytes)
		}
	}
	return files
}

// checksum is a digest of a config's files, for the pod template.
func checksum(files map[string]string) map[string]string {
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	h := sha256.New()
	for _, n := range names {
		fmt.Fprintf(h, "%s\x00%s\x00", n, files[n])
	}
	return map[string]string{checksumAnnotation: hex.EncodeToString(h.Sum(nil))}
}

// prometheus runs Prometheus with the rendered config and rules, and the
// ServiceAccount and Role its Kubernetes service discovery needs: read
// access to Services, Pods and EndpointSlices in the stack's namespace.
func (b *builder) prometheus(p *schemas.Prometheus) error {
	const name = component.PrometheusService
	files := b.rendered(gen.PrometheusDir)
	if len(files) == 0 {
		return fmt.Errorf("render kubernetes: no Prometheus config rendered")
	}
	read := []string{"get", "list", "watch"}
	b.add(name,
		object{APIVersion: "v1", Kind: "ServiceAccount", Metadata: b.meta(name)},
		object{APIVersion: "rbac.authorization.k8s.io/v1", Kind: "Role", Metadata: b.meta(name), Rules: []policyRule{
			{APIGroups: []string{""}, Resources: []string{"services", "pods", "endpoints"}, Verbs: read},
			{APIGroups: []string{"discovery.k8s.io"}, Resources: []string{"endpointslices"}, Verbs: read},
		}},
		object{APIVersion: "rbac.authorization.k8s.io/v1", Kind: "RoleBinding", Metadata: b.meta(name),
			RoleRef:  &roleRef{APIGroup: "rbac.authorization.k8s.io", Kind: "Role", Name: name},
			Subjects: []subject{{Kind: "ServiceAccount", Name: name, Namespace: b.k.Namespace}}},
		b.configMap(name+"-config", files),
		b.claim(name+"-data", prometheusSize),
	)
	check := func(path string, failures int) *probe {
		return &probe{HTTPGet: &httpGetAction{Path: path, Port: "web"}, PeriodSeconds: 10, TimeoutSeconds: 3, FailureThreshold: failures}
	}
	c := container{
		Name:  name,
		Image: p.Image,
		Args: []string{
			"--config.file=" + component.PrometheusConfigDir + "/prometheus.yml",
			"--storage.tsdb.path=" + component.PrometheusDataDir,
			"--storage.tsdb.retention.time=" + gen.FormatDuration(p.Retention),
		},
		Ports: []containerPort{{Name: "web", ContainerPort: component.PrometheusPort, Protocol: "TCP"}},
		VolumeMounts: []volumeMount{
			{Name: "config", MountPath: component.PrometheusConfigDir, ReadOnly: true},
			{Name: "data", MountPath: component.PrometheusDataDir},
		},
		ReadinessProbe:  check("/-/ready", 3),
		LivenessProbe:   check("/-/healthy", 6),
		SecurityContext: &containerSecurity{AllowPrivilegeEscalation: ptr(false), ReadOnlyRootFilesystem: ptr(true)},
	}
	pod := podSpec{
		ServiceAccountName: name,
		SecurityContext:    &podSecurity{FSGroup: ptr(prometheusGroup)},
		Containers:         []container{c},
		Volumes: []volume{
			{Name: "config", ConfigMap: &configMapVolume{Name: name + "-config"}},
			{Name: "data", PersistentVolumeClaim: &claimVolume{ClaimName: name + "-data"}},
		},
	}
	b.add(name,
		b.deployment(name, ptr(1), checksum(files), pod, true),
		b.clusterService(name, name, "", []servicePort{{Name: "web", Port: component.PrometheusPort, TargetPort: "web", Protocol: "TCP"}}),
	)
	return nil
}

// grafana runs Grafana with the rendered provisioning files; its admin
// password comes from a Secret, never from these files.
func (b *builder) grafana(g *schemas.Grafana) error {
	const name = component.GrafanaService
	files := b.rendered(gen.GrafanaProvisionDir)
	if len(files) == 0 {
		return fmt.Errorf("render kubernetes: no Grafana provisioning rendered")
	}
	// ConfigMap keys cannot hold "/": each file gets a flat key and its
	// path back through the volume's items.
	data := map[string]string{}
	var items []keyToPath
	for _, rel := range sortedKeys(files) {
		key := strings.ReplaceAll(rel, "/", "_")
		data[key] = files[rel]
		items = append(items, keyToPath{Key: key, Path: rel})
	}
	b.add(name, b.configMap(name+"-provisioning", data), b.claim(name+"-data", grafanaSize))
	check := func(failures int) *probe {
		return &probe{HTTPGet: &httpGetAction{Path: "/api/health", Port: "http"}, PeriodSeconds: 10, TimeoutSeconds: 3, FailureThreshold: failures}
	}
	c := container{
		Name:  name,
		Image: g.Image,
		Ports: []containerPort{{Name: "http", ContainerPort: component.GrafanaPort, Protocol: "TCP"}},
		Env: []envVar{{Name: "GF_SECURITY_ADMIN_PASSWORD", ValueFrom: &envSource{
			SecretKeyRef: &keySelector{Name: grafanaSecret, Key: "password"}}}},
		VolumeMounts: []volumeMount{
			{Name: "provisioning", MountPath: component.GrafanaProvisioningDir, ReadOnly: true},
			{Name: "data", MountPath: component.GrafanaDataDir},
		},
		ReadinessProbe:  check(3),
		LivenessProbe:   check(6),
		SecurityContext: &containerSecurity{AllowPrivilegeEscalation: ptr(false)},
	}
	pod := podSpec{
		AutomountServiceAccountToken: ptr(false),
		EnableServiceLinks:           ptr(false),
		SecurityContext:              &podSecurity{FSGroup: ptr(grafanaGroup)},
		Containers:                   []container{c},
		Volumes: []volume{
			{Name: "provisioning", ConfigMap: &configMapVolume{Name: name + "-provisioning", Items: items}},
			{Name: "data", PersistentVolumeClaim: &claimVolume{ClaimName: name + "-data"}},
		},
	}
	b.add(name,
		b.deployment(name, ptr(1), checksum(files), pod, true),
		b.clusterService(name, name, "", []servicePort{{Name: "http", Port: component.GrafanaPort, TargetPort: "http", Protocol: "TCP"}}),
	)
	return nil
}

// cadvisor runs cAdvisor on every node, reading the container runtime's
// state from the host, and a headless Service through whose
// EndpointSlices Prometheus finds every instance.
func (b *builder) cadvisor(c *schemas.CAdvisor) {
	const name = component.CAdvisorService
	host := []struct{ name, path string }{
		{"rootfs", "/"}, {"var-run", "/var/run"}, {"sys", "/sys"},
		{"containerd", "/var/lib/containerd"}, {"disk", "/dev/disk"},
	}
	ctr := container{
		Name:  name,
		Image: c.Image,
		Ports: []containerPort{{Name: "http", ContainerPort: component.CAdvisorPort, Protocol: "TCP"}},
	}
	var vols []volume
	for _, h := range host {
		mount := h.path
		if h.path == "/" {
			mount = "/rootfs"
		}
		ctr.VolumeMounts = append(ctr.VolumeMounts, volumeMount{Name: h.name, MountPath: mount, ReadOnly: true})
		vols = append(vols, volume{Name: h.name, HostPath: &hostPathVolume{Path: h.path}})
	}
	pod := podSpec{AutomountServiceAccountToken: ptr(false), EnableServiceLinks: ptr(false), Containers: []container{ctr}, Volumes: vols}
	ds := object{APIVersion: "apps/v1", Kind: "DaemonSet", Metadata: b.meta(name), Spec: daemonSetSpec{
		Selector: labelSelector{MatchLabels: b.selector(name)},
		Template: podTemplate{Metadata: meta{Labels: b.labels(name)}, Spec: pod},
	}}
	svc := b.clusterService(schemas.HeadlessService(name), name, "", []servicePort{{Name: "http", Port: component.CAdvisorPort, TargetPort: "http", Protocol: "TCP"}})
	spec := svc.Spec.(serviceSpec)
	spec.ClusterIP = "None"
	svc.Spec = spec
	b.add(name, ds, svc)
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
