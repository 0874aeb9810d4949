package lint

import (
	"bytes"
	"errors"
	"io"
	"path/filepath"
	"strings"

	"go.yaml.in/yaml/v4"

	"github.com/lbgen/lbgen/lint/haproxycfg"
	"github.com/lbgen/lbgen/lint/nginxconf"
)

// KubeObject is one object of a Kubernetes manifest: its identity, and its
// document for the fields rules read (lint decodes only what it needs;
// it does not depend on the k8s.io modules).
type KubeObject struct {
	File       *File
	Node       *yaml.Node // the document's mapping
	APIVersion string
	Kind       string
	Name       string
	// Namespace is "" when the manifest leaves it to kubectl or a
	// kustomization.
	Namespace string
	// Configs are a ConfigMap's values that are nginx or HAProxy
	// configs.
	Configs []*EmbeddedConfig
}

// EmbeddedConfig is an nginx or HAProxy config held in a ConfigMap key.
type EmbeddedConfig struct {
	Key     string
	Kind    Kind // KindNginx or KindHAProxy
	Nginx   *nginxconf.Config
	HAProxy *haproxycfg.Config
	// line and col place the value's first line in the manifest, for a
	// literal block (|); a value in another style is placed at its key.
	line, col int
	keyNode   *yaml.Node
}

// At turns a position inside the embedded config into a range of the
// manifest file.
func (c *EmbeddedConfig) At(line, col, length int) Range {
	if c.line == 0 {
		return NodeRange(c.keyNode)
	}
	start := Pos{c.line + line - 1, c.col + col - 1}
	return Range{start, Pos{start.Line, start.Col + max(length, 1)}}
}

// Related reports whether two objects can refer to each other: they are
// in one directory (the unit kubectl apply -k and kustomize take, so two
// apps or a base and its overlays in one repository are not mixed up) and
// in one namespace, where a manifest without a namespace is applied into
// the other's.
func Related(a, b *KubeObject) bool {
	return filepath.Dir(a.File.Path) == filepath.Dir(b.File.Path) &&
		(a.Namespace == "" || b.Namespace == "" || a.Namespace == b.Namespace)
}

// Get returns the node at a path of mapping keys, or nil.
func (o *KubeObject) Get(path ...string) *yaml.Node {
	n := o.Node
	for _, key := range path {
		if n = Get(n, key); n == nil {
			return nil
		}
	}
	return n
}

// PodTemplate is the pod template of a workload (Deployment, StatefulSet,
// DaemonSet, ReplicaSet, Job, CronJob) or a Pod itself: the mapping with
// metadata and spec, or nil.
func (o *KubeObject) PodTemplate() *yaml.Node {
	switch o.Kind {
	case "Pod":
		return o.Node
	case "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job", "ReplicationController":
		return o.Get("spec", "template")
	case "CronJob":
		return o.Get("spec", "jobTemplate", "spec", "template")
	}
	return nil
}

// Labels reads a label mapping (metadata.labels, a selector) as a map.
func Labels(n *yaml.Node) map[string]string {
	out := map[string]string{}
	Pairs(n, func(k, v *yaml.Node) { out[k.Value] = Value(v) })
	return out
}

// KubeObjects returns every object of the project's Kubernetes files but
// kustomize patches: a file a kustomization lists as a patch holds a
// fragment merged into an object of its base (a Deployment patch setting
// one container's env has no labels, resources or selector), not an
// object of its own.
func (p *Project) KubeObjects() []*KubeObject { return p.kubeObjects(false) }

// KubePatches returns the objects of the files kustomizations list as
// patches: what an overlay changes in its base's objects.
func (p *Project) KubePatches() []*KubeObject { return p.kubeObjects(true) }

func (p *Project) kubeObjects(patch bool) []*KubeObject {
	patches := p.kustomizePatches()
	var out []*KubeObject
	for _, f := range p.FilesOf(KindKubernetes) {
		if patches[filepath.Clean(f.Path)] == patch {
			out = append(out, f.Kube...)
		}
	}
	return out
}

// kustomizePatches are the paths of the files the project's
// kustomizations (and components) list under patches,
// patchesStrategicMerge or patchesJson6902.
func (p *Project) kustomizePatches() map[string]bool {
	out := map[string]bool{}
	for _, f := range p.FilesOf(KindKubernetes) {
		for _, o := range f.Kube {
			if o.Kind != "Kustomization" && o.Kind != "Component" {
				continue
			}
			for _, key := range []string{"patches", "patchesStrategicMerge", "patchesJson6902"} {
				for _, item := range Items(o.Get(key)) {
					path := Value(item)
					if item.Kind == yaml.MappingNode {
						path = Value(Get(item, "path"))
					}
					if path != "" && !strings.Contains(path, "\n") {
						out[filepath.Join(filepath.Dir(f.Path), path)] = true
					}
				}
			}
		}
	}
	return out
}

// parseKube reads a manifest's documents; a document that is not an
// object (a comment, an empty document) is skipped.
func (f *File) parseKube() {
	dec := yaml.NewDecoder(bytes.NewReader(f.Src))
	for {
		var doc yaml.Node
		err := dec.Decode(&doc)
		if errors.Is(err, io.EOF) {
			return
		}
		if err != nil {
			f.ParseErr = yamlError(err)
			return
		}
		if f.ParseErr = checkYAML(&doc); f.ParseErr != nil {
			return
		}
		if len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
			continue
		}
		o := f.kubeObject(doc.Content[0])
		if o.Kind == "" && isKustomization(f.Path) {
			o.Kind = "Kustomization" // kustomize reads the file without apiVersion and kind
		}
		f.Kube = append(f.Kube, o)
		// A List (kubectl get -o yaml prints one) holds its objects in
		// items; kubectl apply applies each.
		if strings.HasSuffix(o.Kind, "List") {
			for _, item := range Items(o.Get("items")) {
				if item.Kind == yaml.MappingNode {
					f.Kube = append(f.Kube, f.kubeObject(item))
				}
			}
		}
	}
}

// kubeObject reads an object's identity, and a ConfigMap's configs.
func (f *File) kubeObject(n *yaml.Node) *KubeObject {
	o := &KubeObject{File: f, Node: n}
	o.APIVersion, o.Kind = Value(o.Get("apiVersion")), Value(o.Get("kind"))
	o.Name, o.Namespace = Value(o.Get("metadata", "name")), Value(o.Get("metadata", "namespace"))
	if o.Kind == "ConfigMap" {
		o.Configs = f.embeddedConfigs(o.Get("data"))
	}
	return o
}

// embeddedConfigs parses the nginx and HAProxy configs among a
// ConfigMap's values, told apart as files are (DetectKind); a value
// that does not parse is not a config lint reads.
func (f *File) embeddedConfigs(data *yaml.Node) []*EmbeddedConfig {
	var out []*EmbeddedConfig
	Pairs(data, func(k, v *yaml.Node) {
		src := []byte(v.Value)
		c := &EmbeddedConfig{Key: k.Value, Kind: DetectKind(k.Value, src), keyNode: k}
		var err error
		switch c.Kind {
		case KindNginx:
			c.Nginx, err = nginxconf.Parse(src)
		case KindHAProxy:
			c.HAProxy, err = haproxycfg.Parse(src)
		default:
			return
		}
		if err != nil {
			return
		}
		if v.Style&yaml.LiteralStyle != 0 {
			// The value starts on the line after the indicator, at the
			// block's indentation (that of its first non-blank line).
			c.line = v.Line + 1
			for _, text := range f.Lines[min(v.Line, len(f.Lines)):] {
				if strings.TrimSpace(text) != "" {
					c.col = len(text) - len(strings.TrimLeft(text, " ")) + 1
					break
				}
			}
		}
		out = append(out, c)
	})
	return out
}

// isKustomization reports whether a file is one kustomize reads as a
// directory's kustomization, with or without apiVersion and kind.
func isKustomization(path string) bool {
	switch filepath.Base(path) {
	case "kustomization.yaml", "kustomization.yml", "Kustomization":
		return true
	}
	return false
}
