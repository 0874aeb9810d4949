package kubetest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// openAPIDoc names the OpenAPI v3 document of an API group version, as
// the k8s.io/kubernetes module ships them under api/openapi-spec/v3.
func openAPIDoc(apiVersion string) string {
	if apiVersion == "v1" {
		return "api__v1_openapi.json"
	}
	return "apis__" + strings.ReplaceAll(apiVersion, "/", "__") + "_openapi.json"
}

// schemaName is the OpenAPI component of a kind: the Go package path of
// its type in k8s.io/api.
func schemaName(apiVersion, kind string) string {
	group, version, ok := strings.Cut(apiVersion, "/")
	if !ok {
		group, version = "core", apiVersion
	}
	group = strings.TrimSuffix(group, ".authorization.k8s.io")
	return fmt.Sprintf("io.k8s.api.%s.%s.%s", group, version, kind)
}

// TestManifestsMatchOpenAPISchemas validates every rendered object against
// the official OpenAPI v3 schema of its kind, closed to unknown fields as
// the API server's strict field validation is.
func TestManifestsMatchOpenAPISchemas(t *testing.T) {
	dir := requireEnv(t, "LBGEN_KUBE_OPENAPI")
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft4)
	loaded := map[string]bool{}
	schemas := map[string]*jsonschema.Schema{}
	for _, set := range goldenSets(t) {
		t.Run(set.Case, func(t *testing.T) {
			for _, m := range set.Manifests {
				if isCustom(m.APIVersion) {
					// Not in Kubernetes' OpenAPI documents: the API server
					// test validates custom resources against their CRDs'
					// schemas, strictly.
					continue
				}
				doc := openAPIDoc(m.APIVersion)
				url := "file:///" + doc
				if !loaded[doc] {
					if err := addClosedDoc(c, url, filepath.Join(dir, doc)); err != nil {
						t.Fatal(err)
					}
					loaded[doc] = true
				}
				ref := url + "#/components/schemas/" + schemaName(m.APIVersion, m.Kind)
				s, ok := schemas[ref]
				if !ok {
					var err error
					if s, err = c.Compile(ref); err != nil {
						t.Fatalf("%s: %v", ref, err)
					}
					schemas[ref] = s
				}
				inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(m.JSON))
				if err != nil {
					t.Fatal(err)
				}
				if err := s.Validate(inst); err != nil {
					t.Errorf("%s: %v", m.Where, err)
				}
			}
		})
	}
}

// addClosedDoc adds an OpenAPI document whose object schemas reject
// properties they do not declare (unless Kubernetes marks them as keeping
// unknown fields).
func addClosedDoc(c *jsonschema.Compiler, url, path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var doc any
	if err := json.Unmarshal(data, &doc); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	closeObjects(doc)
	return c.AddResource(url, doc)
}

func closeObjects(v any) {
	switch v := v.(type) {
	case map[string]any:
		_, props := v["properties"].(map[string]any)
		_, open := v["additionalProperties"]
		_, preserve := v["x-kubernetes-preserve-unknown-fields"]
		if props && !open && !preserve {
			v["additionalProperties"] = false
		}
		for _, child := range v {
			closeObjects(child)
		}
	case []any:
		for _, child := range v {
			closeObjects(child)
		}
	}
}

func TestSchemaValidationRejectsMistakes(t *testing.T) {
	dir := requireEnv(t, "LBGEN_KUBE_OPENAPI")
	ms, err := splitManifests("bad", []byte(badDeployment))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft4)
	url := "file:///" + openAPIDoc(ms[0].APIVersion)
	if err := addClosedDoc(c, url, filepath.Join(dir, openAPIDoc(ms[0].APIVersion))); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile(url + "#/components/schemas/" + schemaName(ms[0].APIVersion, ms[0].Kind))
	if err != nil {
		t.Fatal(err)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(ms[0].JSON))
	if err != nil {
		t.Fatal(err)
	}
	err = s.Validate(inst)
	if err == nil || !strings.Contains(err.Error(), "replica") || !strings.Contains(err.Error(), "containerPort") {
		t.Errorf("the schema check should reject spec.replica and a string containerPort; it says %v", err)
	}
}
