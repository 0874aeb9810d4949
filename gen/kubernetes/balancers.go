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
		Ports:           []containerPort{{Name: "http", ContainerPort: lb.ContainerPort(), Protocol: "TCP"}},
		Env:             env,
		VolumeMounts:    []volumeMount{{Name: "config", MountPath: mountDir, ReadOnly: true}},
		SecurityContext: &containerSecurity{AllowPrivilegeEscalation: ptr(false)},
	}
	// An internal balancer publishes nothing: other pods reach it at the
	// port its URL names (balancer.NAME.url), its container's.
	port := lb.Listen
	if lb.Internal {
		port = lb.ContainerPort()
	}
	ports := []servicePort{{Name: "http", Port: port, TargetPort: "http", Protocol: "TCP"}}
	if lb.Stats != nil {
		c.Ports = append(c.Ports, containerPort{Name: "stats", ContainerPort: lb.Stats.Port, Protocol: "TCP"})
		ports = append(ports, servicePort{Name: "stats", Port: lb.Stats.Port, TargetPort: "stats", Protocol: "TCP"})
	}
	check := func(failures int) *probe {
		return &probe{HTTPGet: &httpGetAction{Path: lb.HealthPath, Port: "http"}, PeriodSeconds: 10, TimeoutSeconds: 3, FailureThreshold: failures}
	}
	c.ReadinessProbe, c.LivenessProbe = check(3), check(6)

	pod := podSpec{
		AutomountServiceAccountToken: ptr(false),
		EnableServiceLinks:           ptr(false),
		Containers:                   []container{c},
		Volumes:                      []volume{{Name: "config", ConfigMap: &configMapVolume{Name: cfgMap}}},
	}
	b.add(lb.Name,
		b.configMap(cfgMap, map[string]string{key: string(cfg)}),
		b.deployment(lb.Name, ptr(1), map[string]string{checksumAnnotation: hex.EncodeToString(sum[:])}, pod, false),
		b.clusterService(lb.Name, lb.Name, "", ports),
	)
	if b.k.ServiceType != "ClusterIP" && !lb.Internal {
		b.add(lb.Name, b.clusterService(lb.Name+"-external", lb.Name, b.k.ServiceType, ports[:1]))
	}
	if b.topo.HasNginxExporter(lb) {
		b.nginxExporter(lb)
	}
	return nil
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
	site := path.Base(component.NginxSiteConfig)
	if lb.ResolverAddr == "" && b.ctx.Platform.ResolvConf {
		return site + ".template", nginxTemplatesDir, []envVar{{Name: nginxLocalResolvers, Value: "1"}}
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
