package kubernetes

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path"

	"github.com/lbgen/lbgen/component"
	"github.com/lbgen/lbgen/gen"
	"github.com/lbgen/lbgen/schemas"
)

// How the official nginx image takes a config template: its entrypoint
// copies /etc/nginx/templates/NAME.template to /etc/nginx/conf.d/NAME,
// substituting environment variables; with local resolvers enabled it
// first sets NGINX_LOCAL_RESOLVERS from /etc/resolv.conf.
const (
	nginxTemplatesDir   = "/etc/nginx/templates"
	nginxLocalResolvers = "NGINX_ENTRYPOINT_LOCAL_RESOLVERS"
	// nginxEnvsubstOutputDir is where the entrypoint writes the filled-in
	// templates (default /etc/nginx/conf.d).
	nginxEnvsubstOutputDir = "NGINX_ENVSUBST_OUTPUT_DIR"
)

// balancer renders a balancer: its config in a ConfigMap, a Deployment
// that mounts it (rolled when the config changes), a ClusterIP Service for
// its traffic and stats ports inside the cluster, and a Service of the
// spec's type exposing its traffic port outside. An nginx balancer with
// stats gets its Prometheus exporter too.
func (b *builder) balancer(lb *schemas.Balancer) error {
	cfgPath := gen.BalancerConfigPath(lb)
	cfg, ok := b.ctx.RenderedFile(cfgPath)
	if !ok {
		return fmt.Errorf("render kubernetes: no %s config rendered for balancer %q", lb.Engine, lb.Name)
	}
	key, mountDir, env := b.delivery(lb)
	cfgMap := lb.Name + "-config"
	sum := sha256.Sum256(cfg)

	c := container{
		Name:            lb.Name,
		Image:           lb.Image,
		Env:             env,
		VolumeMounts:    []volumeMount{{Name: "config", MountPath: mountDir, ReadOnly: true}},
		SecurityContext: &containerSecurity{AllowPrivilegeEscalation: ptr(false)},
	}
	traffic, ports := balancerPorts(lb)
	for _, p := range ports {
		c.Ports = append(c.Ports, containerPort{Name: p.Name, ContainerPort: p.container, Protocol: "TCP"})
	}
	var svcPorts []servicePort
	for _, p := range ports {
		if !p.podOnly {
			svcPorts = append(svcPorts, p.servicePort)
		}
	}
	check := func(failures int) *probe {
		return &probe{HTTPGet: &httpGetAction{Path: lb.HealthPath, Port: "http"}, PeriodSeconds: 10, TimeoutSeconds: 3, FailureThreshold: failures}
	}
	c.ReadinessProbe, c.LivenessProbe = check(3), check(6)

	pod := podSpec{
		AutomountServiceAccountToken: ptr(false),
		EnableServiceLinks:           ptr(false),
		Volumes:                      []volume{{Name: "config", ConfigMap: &configMapVolume{Name: cfgMap}}},
	}
	if lb.TLS != nil {
		pod.Volumes = append(pod.Volumes, tlsVolume(lb))
		c.VolumeMounts = append(c.VolumeMounts, volumeMount{Name: "tls", MountPath: component.SecretsDir, ReadOnly: true})
	}
	pod.Containers = []container{c}
	b.place(lb.Name, lb.Placement, &pod)
	b.add(lb.Name,
		b.configMap(cfgMap, map[string]string{key: string(cfg)}),
		withoutSurge(b.deployment(lb.Name, ptr(1), map[string]string{checksumAnnotation: hex.EncodeToString(sum[:])}, pod, false), lb.Placement),
		b.clusterService(lb.Name, lb.Name, "", svcPorts),
	)
	if b.k.ServiceType != "ClusterIP" && !lb.Internal {
		external := b.clusterService(lb.Name+"-external", lb.Name, b.k.ServiceType, svcPorts[:traffic])
		if lb.PreserveClientIP {
			spec := external.Spec.(serviceSpec)
			spec.ExternalTrafficPolicy = "Local"
			external.Spec = spec
		}
		b.add(lb.Name, external)
	}
	if b.topo.HasNginxExporter(lb) {
		b.nginxExporter(lb)
	}
	return nil
}

// balancerPort is a port of a balancer's container and its Service.
type balancerPort struct {
	servicePort
	container int
	// podOnly ports are the container's alone (a TCP balancer's health
	// check, which only the kubelet's probes use).
	podOnly bool
}

// balancerPorts are a balancer's ports, the first traffic of them public:
// HTTP or TCP, HTTPS, then stats and a TCP balancer's health check. An
// internal balancer's Service answers at its container ports, as its URL
// (balancer.NAME.url) says.
func balancerPorts(lb *schemas.Balancer) (traffic int, ports []balancerPort) {
	add := func(name string, public, container int) {
		if lb.Internal {
			public = container
		}
		ports = append(ports, balancerPort{servicePort{Name: name, Port: public, TargetPort: name, Protocol: "TCP"}, container, false})
	}
	if lb.TCP() {
		add("tcp", lb.Listen, lb.StreamPort)
	} else {
		add("http", lb.Listen, lb.ContainerPort())
	}
	if t := lb.TLS; t != nil {
		add("https", t.Listen, lb.ContainerTLSPort())
	}
	traffic = len(ports)
	if lb.Stats != nil {
		ports = append(ports, balancerPort{servicePort{Name: "stats", Port: lb.Stats.Port, TargetPort: "stats", Protocol: "TCP"}, lb.Stats.Port, false})
	}
	if lb.TCP() {
		ports = append(ports, balancerPort{servicePort{Name: "http"}, lb.ContainerPort(), true})
	}
	return traffic, ports
}

// tlsVolume puts a balancer's certificate and key where its config reads
// them (gen.TLSFiles), from the kubernetes.io/tls Secret NAME-tls, or the
// Secrets the spec names: keys tls.crt and tls.key, as `kubectl create
// secret tls` writes them. The Secrets are never rendered.
func tlsVolume(lb *schemas.Balancer) volume {
	certSecret, keySecret := tlsSecrets(lb)
	return volume{Name: "tls", Projected: &projectedVolume{Sources: []projection{
		{Secret: &secretProjection{Name: certSecret, Items: []keyToPath{{Key: "tls.crt", Path: component.TLSCertificateSecret(lb.Name)}}}},
		{Secret: &secretProjection{Name: keySecret, Items: []keyToPath{{Key: "tls.key", Path: component.TLSKeySecret(lb.Name)}}}},
	}}}
}

// tlsSecrets are the Secrets holding a balancer's certificate and key:
// certificate_secret and key_secret when the spec names them, else the
// Secret NAME-tls for both.
func tlsSecrets(lb *schemas.Balancer) (cert, key string) {
	cert, key = lb.Name+"-tls", lb.Name+"-tls"
	if t := lb.TLS; t != nil && t.CertificateSecret != "" {
		cert = t.CertificateSecret
	}
	if t := lb.TLS; t != nil && t.KeySecret != "" {
		key = t.KeySecret
	}
	return cert, key
}

// delivery is where a balancer's image reads its config: the ConfigMap
// key, the directory it is mounted on, and the environment the config
// needs. An nginx config that reads the cluster DNS from resolv.conf is a
// template the image's entrypoint fills in; HAProxy's credentials come
// from a Secret the operator creates (docs/kubernetes.md).
func (b *builder) delivery(lb *schemas.Balancer) (key, dir string, env []envVar) {
	if lb.Engine == schemas.EngineHAProxy {
		for _, name := range gen.BalancerEnv(lb) {
			env = append(env, envVar{Name: name, ValueFrom: &envSource{SecretKeyRef: &keySelector{Name: lb.Name + "-credentials", Key: name}}})
		}
		return path.Base(component.HAProxyConfig), path.Dir(component.HAProxyConfig), env
	}
	resolvConf := lb.ResolverAddr == "" && b.ctx.Platform.ResolvConf
	if resolvConf {
		env = []envVar{{Name: nginxLocalResolvers, Value: "1"}}
	}
	if lb.TCP() {
		// The main nginx.conf: the entrypoint's envsubst writes templates
		// into conf.d unless told another directory, and a ConfigMap
		// mounted on /etc/nginx would hide the rest of it.
		env = append(env, envVar{Name: nginxEnvsubstOutputDir, Value: path.Dir(component.NginxMainConfig)})
		return path.Base(component.NginxMainConfig) + ".template", nginxTemplatesDir, env
	}
	site := path.Base(component.NginxSiteConfig)
	if resolvConf {
		return site + ".template", nginxTemplatesDir, env
	}
	return site, path.Dir(component.NginxSiteConfig), nil
}

// nginxExporter turns nginx's stub_status into Prometheus metrics, as the
// exporter service does on Compose, under the same name.
func (b *builder) nginxExporter(lb *schemas.Balancer) {
	name := component.NginxExporterService(lb.Name)
	c := container{
		Name:            name,
		Image:           component.NginxExporterImage,
		Args:            []string{fmt.Sprintf("--nginx.scrape-uri=http://%s:%d/stub_status", lb.Name, lb.Stats.Port)},
		Ports:           []containerPort{{Name: "metrics", ContainerPort: component.NginxExporterPort, Protocol: "TCP"}},
		SecurityContext: &containerSecurity{AllowPrivilegeEscalation: ptr(false), ReadOnlyRootFilesystem: ptr(true)},
	}
	pod := podSpec{AutomountServiceAccountToken: ptr(false), EnableServiceLinks: ptr(false), Containers: []container{c}}
	b.add(lb.Name,
		b.deployment(name, ptr(1), nil, pod, false),
		b.clusterService(name, name, "", []servicePort{{Name: "metrics", Port: component.NginxExporterPort, TargetPort: "metrics", Protocol: "TCP"}}),
	)
}
