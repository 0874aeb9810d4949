package kubetest

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// crdSource is a set of CustomResourceDefinitions shipped in a Go module
// the module proxy serves. The files are read from the module cache at
// test time, never copied into lbgen: `go mod download` fetches the
// module once, checked against the checksum database.
type crdSource struct {
	Module, Version string
	Files           []string
}

// crdSources are the CRDs of the custom resources lbgen renders, or that
// lbgen's manifests are meant to sit beside, at the versions the tests
// decode them with (go.mod's prometheus-operator/pkg/apis/monitoring is
// the same release as these CRDs).
var crdSources = []crdSource{
	{
		// The proxy serves the operator's root module up to v0.94.0.
		Module: "github.com/prometheus-operator/prometheus-operator", Version: "v0.94.0",
		Files: []string{
			"example/prometheus-operator-crd/monitoring.coreos.com_servicemonitors.yaml",
			"example/prometheus-operator-crd/monitoring.coreos.com_podmonitors.yaml",
			"example/prometheus-operator-crd/monitoring.coreos.com_prometheusrules.yaml",
		},
	},
	{
		Module: "github.com/kedacore/keda/v2", Version: "v2.21.0",
		Files: []string{"config/crd/bases/keda.sh_scaledobjects.yaml"},
	},
}

// crdGroups are the API groups the CRDs above serve.
var crdGroups = map[string]bool{"monitoring.coreos.com": true, "keda.sh": true}

// isCustom reports whether an apiVersion belongs to a custom resource.
func isCustom(apiVersion string) bool {
	group, _, _ := strings.Cut(apiVersion, "/")
	return crdGroups[group]
}

// moduleDir downloads a module into the module cache (a no-op once it is
// there) and returns its directory.
func moduleDir(t *testing.T, module, version string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "go", "mod", "download", "-json", module+"@"+version)
	// Outside any module, so kubetest's go.mod and go.sum stay as they are.
	cmd.Dir = t.TempDir()
	out, err := cmd.Output()
	var info struct{ Dir, Error string }
	if jerr := json.Unmarshal(out, &info); jerr != nil || info.Dir == "" {
		t.Fatalf("go mod download %s@%s: %v %s %s", module, version, err, info.Error, out)
	}
	return info.Dir
}

// crds reads every CRD of the sources from the module cache.
func crds(t *testing.T, sources []crdSource) []manifest {
	t.Helper()
	var out []manifest
	for _, src := range sources {
		dir := moduleDir(t, src.Module, src.Version)
		for _, f := range src.Files {
			data, err := os.ReadFile(filepath.Join(dir, f))
			if err != nil {
				t.Fatalf("%s@%s: %v", src.Module, src.Version, err)
			}
			ms, err := splitManifests(src.Module+"@"+src.Version+"/"+f, data)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, ms...)
		}
	}
	return out
}

// installCRDs creates CustomResourceDefinitions for real and waits until
// the API server serves their resources.
func (c *cluster) installCRDs(t *testing.T, defs []manifest) {
	t.Helper()
	for _, d := range defs {
		if d.Kind != "CustomResourceDefinition" {
			t.Fatalf("%s is not a CustomResourceDefinition", d.Where)
		}
		// CRDs are cluster-scoped: no namespace in the path.
		d.Namespace = ""
		code, body, _, err := c.create(d, true)
		if err != nil || code != http.StatusCreated {
			t.Fatalf("install %s: %d %v %s", d.Where, code, err, body)
		}
	}
	for _, d := range defs {
		var crd struct {
			Spec struct {
				Group    string                  `json:"group"`
				Names    struct{ Plural string } `json:"names"`
				Versions []struct {
					Name   string `json:"name"`
					Served bool   `json:"served"`
				} `json:"versions"`
			} `json:"spec"`
		}
		if err := json.Unmarshal(d.JSON, &crd); err != nil {
			t.Fatal(err)
		}
		for _, v := range crd.Spec.Versions {
			if !v.Served {
				continue
			}
			url := fmt.Sprintf("%s/apis/%s/%s", c.url, crd.Spec.Group, v.Name)
			waitFor(t, 30*time.Second, crd.Spec.Names.Plural+" are served at "+url, func() bool {
				code, body := get(c.http, url, c.token)
				return code == http.StatusOK && strings.Contains(body, `"name":"`+crd.Spec.Names.Plural+`"`)
			})
		}
	}
}
