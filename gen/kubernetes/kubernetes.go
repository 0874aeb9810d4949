package kubernetes

import (
	"bytes"
	"fmt"
	"sort"

	"github.com/lbgen/lbgen/gen"
	"github.com/lbgen/lbgen/schemas"
)

// KustomizationFile lists every manifest, so `kubectl apply -k
// kubernetes/` deploys the stack.
const KustomizationFile = Dir + "/kustomization.yaml"

// Labels every object carries; the first two select a workload's pods.
const (
	nameLabel      = "app.kubernetes.io/name"
	partOfLabel    = "app.kubernetes.io/part-of"
	managedByLabel = "app.kubernetes.io/managed-by"
	// checksumAnnotation on a pod template changes with the config the
	// pods mount, so a new config rolls them.
	checksumAnnotation = "checksum/config"
)

// Render returns the stack's manifests, one file per workload, and the
// kustomization that lists them. It reads the balancer, Prometheus and
// Grafana files the shared targets rendered from ctx.Rendered, and puts
// them into ConfigMaps.
func Render(t *schemas.Topology, ctx gen.Context) ([]gen.File, error) {
	b := &builder{topo: t, ctx: ctx, k: t.Kubernetes, files: map[string][]object{}, claimed: map[string]bool{}}
	if b.k == nil {
		b.k = &schemas.Kubernetes{Namespace: schemas.DefaultNamespace, ClusterDomain: schemas.DefaultClusterDomain,
			ServiceType: schemas.DefaultServiceType, CPUTarget: schemas.DefaultCPUUtilization}
	}
	if b.k.Namespace != schemas.DefaultNamespace {
		b.add("namespace", object{APIVersion: "v1", Kind: "Namespace", Metadata: meta{Name: b.k.Namespace, Labels: b.labels(b.k.Namespace)}})
	}
	for _, s := range t.Services {
		b.service(s)
	}
	for _, lb := range t.Balancers {
		if err := b.balancer(lb); err != nil {
			return nil, err
		}
	}
	if t.Monitoring != nil {
		if err := b.monitoring(t.Monitoring); err != nil {
			return nil, err
		}
	}
	return b.write()
}

// builder collects the objects of each manifest file, by file name.
type builder struct {
	topo  *schemas.Topology
	ctx   gen.Context
	k     *schemas.Kubernetes
	files map[string][]object
	order []string
	// claimed are the PersistentVolumeClaims already rendered.
	claimed map[string]bool
}

func (b *builder) add(file string, objs ...object) {
	if _, ok := b.files[file]; !ok {
		b.order = append(b.order, file)
	}
	b.files[file] = append(b.files[file], objs...)
}

// write lays each file's objects out as a YAML stream under the
// generated-file header, and the kustomization after them.
func (b *builder) write() ([]gen.File, error) {
	names := append([]string{}, b.order...)
	sort.Strings(names)
	var files []gen.File
	kust := kustomization{APIVersion: "kustomize.config.k8s.io/v1beta1", Kind: "Kustomization"}
	for _, name := range names {
		var buf bytes.Buffer
		buf.Write(b.ctx.Header("#"))
		for i, o := range b.files[name] {
			if i > 0 {
				buf.WriteString("---\n")
			}
			body, err := gen.YAML(o)
			if err != nil {
				return nil, fmt.Errorf("render kubernetes %s %s: %w", o.Kind, o.Metadata.Name, err)
			}
			buf.Write(body)
		}
		files = append(files, gen.File{Path: Dir + "/" + name + ".yaml", Bytes: buf.Bytes()})
		kust.Resources = append(kust.Resources, name+".yaml")
	}
	body, err := gen.YAML(kust)
	if err != nil {
		return nil, fmt.Errorf("render kustomization: %w", err)
	}
	files = append(files, gen.File{Path: KustomizationFile, Bytes: append(b.ctx.Header("#"), body...)})
	return files, nil
}

// selector picks a workload's pods.
func (b *builder) selector(name string) map[string]string {
	return map[string]string{nameLabel: name, partOfLabel: b.topo.Project}
}

// labels are an object's labels: its selector's, and lbgen's.
func (b *builder) labels(name string) map[string]string {
	l := b.selector(name)
	l[managedByLabel] = "lbgen"
	return l
}

func (b *builder) meta(name string) meta {
	return meta{Name: name, Namespace: b.k.Namespace, Labels: b.labels(name)}
}

// deployment runs pods with the given spec; replicas nil leaves the count
// to an autoscaler.
func (b *builder) deployment(name string, replicas *int, annotations map[string]string, pod podSpec, recreate bool) object {
	spec := deploymentSpec{
		Replicas: replicas,
		Selector: labelSelector{MatchLabels: b.selector(name)},
		Template: podTemplate{Metadata: meta{Labels: b.labels(name), Annotations: annotations}, Spec: pod},
	}
	if recreate {
		// A ReadWriteOnce volume cannot be mounted by the old and the new
		// pod at once on different nodes.
		spec.Strategy = &strategy{Type: "Recreate"}
	}
	return object{APIVersion: "apps/v1", Kind: "Deployment", Metadata: b.meta(name), Spec: spec}
}

// clusterService is a Service with a virtual IP for a workload's ports.
func (b *builder) clusterService(name, selects, typ string, ports []servicePort) object {
	return object{APIVersion: "v1", Kind: "Service", Metadata: b.meta(name),
		Spec: serviceSpec{Type: typ, Selector: b.selector(selects), Ports: ports}}
}

func (b *builder) configMap(name string, data map[string]string) object {
	return object{APIVersion: "v1", Kind: "ConfigMap", Metadata: b.meta(name), Data: data}
}

func (b *builder) claim(name, size string) object {
	return object{APIVersion: "v1", Kind: "PersistentVolumeClaim", Metadata: b.meta(name),
		Spec: claimSpec{AccessModes: []string{"ReadWriteOnce"}, Resources: resources{Requests: map[string]string{"storage": size}}}}
}

func ptr[T any](v T) *T { return &v }
