package kubetest

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
	"sigs.k8s.io/yaml"
)

// manifest is one object of a rendered manifest file.
type manifest struct {
	// Where is the archive, file and document index, for messages.
	Where      string
	APIVersion string
	Kind       string
	Name       string
	Namespace  string
	// JSON is the object as the API server takes it.
	JSON []byte
}

// manifestSet is every manifest one golden case rendered.
type manifestSet struct {
	Case      string
	Manifests []manifest
	// Kustomization is the rendered kustomization.yaml.
	Kustomization []byte
	// Files are the manifest files' names, relative to kubernetes/.
	Files []string
}

// goldenSets reads every golden case that rendered Kubernetes manifests.
func goldenSets(t *testing.T) []manifestSet {
	t.Helper()
	paths, err := filepath.Glob("../golden/*/*.txtar")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no golden archives: %v", err)
	}
	var sets []manifestSet
	for _, p := range paths {
		ar, err := txtar.ParseFile(p)
		if err != nil {
			t.Fatal(err)
		}
		set := manifestSet{Case: strings.TrimPrefix(p, "../golden/")}
		for _, f := range ar.Files {
			dir, name := filepath.Split(f.Name)
			if !strings.HasPrefix(f.Name, "out/") || !strings.HasSuffix(dir, "/kubernetes/") {
				continue
			}
			if name == "kustomization.yaml" {
				set.Kustomization = f.Data
				continue
			}
			set.Files = append(set.Files, name)
			docs, err := splitManifests(set.Case+":"+f.Name, f.Data)
			if err != nil {
				t.Fatal(err)
			}
			set.Manifests = append(set.Manifests, docs...)
		}
		if len(set.Manifests) > 0 {
			sort.Strings(set.Files)
			sets = append(sets, set)
		}
	}
	if len(sets) == 0 {
		t.Fatal("no golden case renders Kubernetes manifests")
	}
	return sets
}

// splitManifests splits a YAML stream into its objects.
func splitManifests(where string, data []byte) ([]manifest, error) {
	var out []manifest
	for i, doc := range bytes.Split(data, []byte("\n---\n")) {
		if len(bytes.TrimSpace(doc)) == 0 {
			continue
		}
		js, err := yaml.YAMLToJSON(doc)
		if err != nil {
			return nil, fmt.Errorf("%s document %d: %w", where, i, err)
		}
		var head struct {
			APIVersion string `json:"apiVersion"`
			Kind       string `json:"kind"`
			Metadata   struct {
				Name      string `json:"name"`
				Namespace string `json:"namespace"`
			} `json:"metadata"`
		}
		if err := yaml.Unmarshal(doc, &head); err != nil {
			return nil, fmt.Errorf("%s document %d: %w", where, i, err)
		}
		out = append(out, manifest{
			Where:      fmt.Sprintf("%s#%d (%s %s)", where, i, head.Kind, head.Metadata.Name),
			APIVersion: head.APIVersion, Kind: head.Kind,
			Name: head.Metadata.Name, Namespace: head.Metadata.Namespace,
			JSON: js,
		})
	}
	return out, nil
}

// requireEnv returns an environment variable that scripts/kube-tools.sh
// sets; without it the test is skipped, or fails when
// LBGEN_REQUIRE_TOOLS=1.
func requireEnv(t *testing.T, name string) string {
	t.Helper()
	v := os.Getenv(name)
	if v == "" {
		msg := fmt.Sprintf("%s is not set: run `eval \"$(scripts/kube-tools.sh)\"`", name)
		if os.Getenv("LBGEN_REQUIRE_TOOLS") == "1" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	return v
}

// kubernetesFiles returns the kubernetes/ files a golden archive holds, by
// name.
func kubernetesFiles(t *testing.T, archive string) map[string][]byte {
	t.Helper()
	ar, err := txtar.ParseFile(archive)
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{}
	for _, f := range ar.Files {
		dir, name := filepath.Split(f.Name)
		if strings.HasPrefix(f.Name, "out/") && strings.HasSuffix(dir, "/kubernetes/") {
			files[name] = f.Data
		}
	}
	return files
}
