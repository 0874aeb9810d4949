package kubetest

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/rsa"
	"crypto/tls"
	"crypto/x509"
	"encoding/pem"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// cluster is a kube-apiserver on 127.0.0.1 backed by its own etcd: no
// kubelet, scheduler or controllers, so nothing runs, but every object
// goes through the API server's defaulting, validation and admission.
type cluster struct {
	url, token string
	kubeconfig string
	http       *http.Client
}

// startCluster starts etcd and kube-apiserver from the binaries
// scripts/kube-tools.sh installs, and stops them when the test ends.
func startCluster(t *testing.T) *cluster {
	t.Helper()
	apiserver := requireEnv(t, "LBGEN_KUBE_APISERVER")
	etcd := requireEnv(t, "LBGEN_ETCD")
	dir := t.TempDir()

	client, peer := freePort(t), freePort(t)
	etcdURL := fmt.Sprintf("http://127.0.0.1:%d", client)
	peerURL := fmt.Sprintf("http://127.0.0.1:%d", peer)
	start(t, "etcd", etcd,
		"--name=default", "--data-dir="+filepath.Join(dir, "etcd"),
		"--listen-client-urls="+etcdURL, "--advertise-client-urls="+etcdURL,
		"--listen-peer-urls="+peerURL, "--initial-advertise-peer-urls="+peerURL,
		"--initial-cluster=default="+peerURL, "--log-level=error")
	waitFor(t, 30*time.Second, "etcd is healthy", func() bool {
		code, body := get(http.DefaultClient, etcdURL+"/health", "")
		return code == http.StatusOK && strings.Contains(body, `"true"`)
	})

	c := &cluster{token: "lbgen-test-token"}
	key := writeServiceAccountKey(t, dir)
	tokens := filepath.Join(dir, "tokens.csv")
	writeFile(t, tokens, []byte(c.token+",admin,admin,system:masters\n"))
	port := freePort(t)
	start(t, "kube-apiserver", apiserver,
		"--etcd-servers="+etcdURL,
		"--bind-address=127.0.0.1", "--advertise-address=127.0.0.1", fmt.Sprintf("--secure-port=%d", port),
		"--cert-dir="+filepath.Join(dir, "certs"),
		"--token-auth-file="+tokens, "--authorization-mode=RBAC",
		"--service-account-issuer=https://kubernetes.default.svc",
		"--service-account-key-file="+key, "--service-account-signing-key-file="+key,
		"--service-cluster-ip-range=10.96.0.0/16",
		// Nothing here runs endpoints; the API server must not look for
		// itself among them.
		"--endpoint-reconciler-type=none")
	c.url = fmt.Sprintf("https://127.0.0.1:%d", port)
	// The API server's certificate is self-signed for this run.
	c.http = &http.Client{Timeout: 20 * time.Second, Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}}
	waitFor(t, 90*time.Second, "kube-apiserver is ready", func() bool {
		code, _ := get(c.http, c.url+"/readyz", c.token)
		return code == http.StatusOK
	})
	c.kubeconfig = filepath.Join(dir, "kubeconfig")
	writeFile(t, c.kubeconfig, []byte(fmt.Sprintf(`apiVersion: v1
kind: Config
clusters:
  - name: test
    cluster: {server: %q, insecure-skip-tls-verify: true}
users:
  - name: admin
    user: {token: %q}
contexts:
  - name: test
    context: {cluster: test, user: admin}
current-context: test
`, c.url, c.token)))
	return c
}

// path is the REST collection of a manifest's kind.
func (m manifest) path() string {
	plural := strings.ToLower(m.Kind) + "s"
	prefix := "/apis/" + m.APIVersion
	if m.APIVersion == "v1" {
		prefix = "/api/v1"
	}
	if m.Kind == "Namespace" || m.Kind == "CustomResourceDefinition" {
		return prefix + "/" + plural
	}
	return fmt.Sprintf("%s/namespaces/%s/%s", prefix, m.Namespace, plural)
}

// create sends an object to the API server, as a server-side dry run
// with strict field validation unless real is set, and returns the
// status, the body and any warnings.
func (c *cluster) create(m manifest, real bool) (int, string, []string, error) {
	url := c.url + m.path() + "?fieldValidation=Strict"
	if !real {
		url += "&dryRun=All"
	}
	req, err := http.NewRequest(http.MethodPost, url, bytes.NewReader(m.JSON))
	if err != nil {
		return 0, "", nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return 0, "", nil, err
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(body), resp.Header.Values("Warning"), nil
}

// apply dry-runs a manifest set: its namespaces are created for real
// (objects in a namespace that does not exist are refused), everything
// else is a dry run. It returns one error per refused object.
func (c *cluster) apply(ms []manifest) []error {
	errs := c.namespaces(ms)
	for _, m := range ms {
		code, body, warnings, err := c.create(m, m.Kind == "Namespace")
		switch {
		case err != nil:
			errs = append(errs, fmt.Errorf("%s: %w", m.Where, err))
		case m.Kind == "Namespace" && code == http.StatusConflict:
		case code != http.StatusCreated:
			errs = append(errs, fmt.Errorf("%s: the API server refuses it (%d): %s", m.Where, code, body))
		case len(warnings) > 0:
			errs = append(errs, fmt.Errorf("%s: the API server warns: %v", m.Where, warnings))
		}
	}
	return errs
}

// namespaces creates, for real, the namespaces the objects are in.
func (c *cluster) namespaces(ms []manifest) []error {
	var errs []error
	for _, m := range ms {
		if m.Kind == "Namespace" {
			continue
		}
		if m.Namespace != "" && m.Namespace != "default" {
			ns := manifest{APIVersion: "v1", Kind: "Namespace", Name: m.Namespace,
				JSON: []byte(fmt.Sprintf(`{"apiVersion":"v1","kind":"Namespace","metadata":{"name":%q}}`, m.Namespace))}
			if code, body, _, err := c.create(ns, true); err != nil || (code != http.StatusCreated && code != http.StatusConflict) {
				errs = append(errs, fmt.Errorf("create namespace %s: %d %v %s", m.Namespace, code, err, body))
			}
		}
	}
	return errs
}

// TestManifestsPassServerSideDryRun sends every rendered manifest set to
// a real API server, with the CRDs of the custom resources installed, and
// applies each kustomization with kubectl's server-side dry run.
func TestManifestsPassServerSideDryRun(t *testing.T) {
	sets := goldenSets(t)
	c := startCluster(t)
	c.installCRDs(t, crds(t, crdSources))
	for _, set := range sets {
		t.Run(set.Case, func(t *testing.T) {
			for _, err := range c.apply(set.Manifests) {
				t.Error(err)
			}
		})
	}
	kubectl := requireEnv(t, "LBGEN_KUBECTL")
	for _, set := range sets {
		t.Run("kubectl/"+set.Case, func(t *testing.T) {
			dir := writeSet(t, set.Case)
			ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
			defer cancel()
			run := func(args ...string) ([]byte, error) {
				return exec.CommandContext(ctx, kubectl, append([]string{"--kubeconfig", c.kubeconfig}, args...)...).CombinedOutput()
			}
			// The namespace is applied for real: nothing can be created,
			// not even in a dry run, in a namespace that does not exist.
			if ns := filepath.Join(dir, "namespace.yaml"); fileExists(ns) {
				if out, err := run("apply", "-f", ns); err != nil {
					t.Fatalf("kubectl apply -f namespace.yaml: %v\n%s", err, out)
				}
			}
			out, err := run("apply", "-k", dir, "--dry-run=server", "--validate=strict")
			if err != nil || bytes.Contains(out, []byte("Warning")) {
				t.Errorf("kubectl apply -k --dry-run=server: %v\n%s", err, out)
			}
		})
	}
}

// TestDryRunCatchesWhatSchemasMiss: objects that are well-formed but
// wrong are refused, so the dry run above proves more than the schemas;
// custom resources are checked against their CRDs' schemas.
func TestDryRunCatchesWhatSchemasMiss(t *testing.T) {
	c := startCluster(t)
	c.installCRDs(t, crds(t, crdSources))
	bad := map[string]string{
		"selector does not match the pod labels": `apiVersion: apps/v1
kind: Deployment
metadata: {name: app, namespace: default}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: api}}
    spec: {containers: [{name: app, image: "app:1"}]}
`,
		"invalid port name": `apiVersion: v1
kind: Service
metadata: {name: app, namespace: default}
spec:
  selector: {app: web}
  ports: [{name: HTTP_Port, port: 80}]
`,
		"HPA minimum above its maximum": `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: {name: app, namespace: default}
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: app}
  minReplicas: 5
  maxReplicas: 2
`,
		"ServiceMonitor with a misspelt endpoint field": `apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata: {name: app, namespace: default}
spec:
  selector: {matchLabels: {app: web}}
  endpoints: [{port: metrics, intervall: 15s}]
`,
		"PrometheusRule with an alert that has no expression": `apiVersion: monitoring.coreos.com/v1
kind: PrometheusRule
metadata: {name: app, namespace: default}
spec:
  groups: [{name: g, rules: [{alert: Down, for: 2m}]}]
`,
		"ScaledObject with a misspelt field": `apiVersion: keda.sh/v1alpha1
kind: ScaledObject
metadata: {name: app, namespace: default}
spec:
  scaleTargetRef: {name: app}
  maxReplicaCont: 5
  triggers: [{type: cpu, metricType: Utilization, metadata: {value: "70"}}]
`,
	}
	for what, doc := range bad {
		ms, err := splitManifests(what, []byte(doc))
		if err != nil {
			t.Fatal(err)
		}
		if errs := c.apply(ms); len(errs) == 0 {
			t.Errorf("%s: the API server accepts it", what)
		}
	}
	// The same custom resources, right, are accepted: the refusals above
	// are the mistakes, not a missing CRD.
	good := `apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata: {name: app, namespace: default}
spec:
  selector: {matchLabels: {app: web}}
  endpoints: [{port: metrics, interval: 15s}]
---
apiVersion: monitoring.coreos.com/v1
kind: PrometheusRule
metadata: {name: app, namespace: default}
spec:
  groups: [{name: g, rules: [{alert: Down, expr: up == 0, for: 2m}]}]
---
apiVersion: keda.sh/v1alpha1
kind: ScaledObject
metadata: {name: app, namespace: default}
spec:
  scaleTargetRef: {name: app}
  maxReplicaCount: 5
  triggers: [{type: cpu, metricType: Utilization, metadata: {value: "70"}}]
`
	ms, err := splitManifests("good custom resources", []byte(good))
	if err != nil {
		t.Fatal(err)
	}
	for _, err := range c.apply(ms) {
		t.Error(err)
	}
}

// writeSet writes a golden case's kubernetes/ files into a directory.
func writeSet(t *testing.T, goldenCase string) string {
	t.Helper()
	dir := t.TempDir()
	for name, data := range kubernetesFiles(t, "../golden/"+goldenCase) {
		writeFile(t, filepath.Join(dir, name), data)
	}
	return dir
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

func writeServiceAccountKey(t *testing.T, dir string) string {
	t.Helper()
	key, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "sa.key")
	writeFile(t, path, pem.EncodeToMemory(&pem.Block{Type: "RSA PRIVATE KEY", Bytes: x509.MarshalPKCS1PrivateKey(key)}))
	return path
}

func writeFile(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
}

func freePort(t *testing.T) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

func get(client *http.Client, url, token string) (int, string) {
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		return 0, ""
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := client.Do(req)
	if err != nil {
		return 0, ""
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(body)
}

// start runs a server for the rest of the test, in its own process group,
// and stops it (SIGTERM, then SIGKILL after 5s) when the test ends; its
// output is logged if the test fails.
func start(t *testing.T, name, bin string, args ...string) {
	t.Helper()
	var out lockedBuffer
	cmd := exec.Command(bin, args...)
	cmd.Stdout, cmd.Stderr = &out, &out
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		t.Fatalf("start %s: %v", name, err)
	}
	done := make(chan struct{})
	go func() { cmd.Wait(); close(done) }()
	t.Cleanup(func() {
		syscall.Kill(-cmd.Process.Pid, syscall.SIGTERM)
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
			<-done
		}
		if t.Failed() {
			t.Logf("%s output:\n%s", name, out.String())
		}
	})
}

// waitFor polls cond every 200ms until it holds, failing the test after
// timeout.
func waitFor(t *testing.T, timeout time.Duration, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(timeout); time.Now().Before(deadline); time.Sleep(200 * time.Millisecond) {
		if cond() {
			return
		}
	}
	t.Fatalf("timed out after %s waiting until %s", timeout, what)
}

type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.buf.Len() > 1<<20 {
		return len(p), nil
	}
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
