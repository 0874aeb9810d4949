package docker

import (
	"io"
	"net/http"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// importPaths are the requests the lesson's first lab answers, compared
// between the hand-written stack and the one rendered from its import.
var importPaths = []string{"/", "/health", "/work?duration=10", "/lb-health", "/no-such-page"}

// TestImportedLessonServesTheSameRoutesAndScales imports the lesson's
// first lab with the real lbgen (`lbgen import`, then `lbgen render`),
// runs the hand-written stack and the rendered one in turn, and expects
// the same answers on the lesson's routes; then scales the rendered one
// to 3 and expects the added replicas to get traffic within 20 s, which
// the hand-written one never gives them (TestLessonStackMissesScaledOutReplicas).
// Not parallel: both stacks are project lesson03, whose app image the
// harness builds, as is the lesson test's.
func TestImportedLessonServesTheSameRoutesAndScales(t *testing.T) {
	requireDocker(t)
	orig := lessonStack(t)
	out := filepath.Join(t.TempDir(), "rendered")
	spec := filepath.Join(orig.dir, "lbgen.hcl")
	for _, args := range [][]string{{"import", orig.dir, "-o", spec}, {"render", "-f", spec, "-o", out}} {
		if b, err := exec.Command(setup.lbgen, args...).CombinedOutput(); err != nil {
			t.Fatalf("lbgen %s: %v\n%s", strings.Join(args, " "), err, b)
		}
	}

	orig.up(1)
	want := routeStatus(t, orig.url("nginx", 80))
	orig.down()

	s := newStack(t, out, "docker-compose.yml")
	s.up(1)
	url := s.url("nginx", 80)
	got := routeStatus(t, url)
	for _, path := range importPaths {
		if got[path] != want[path] {
			t.Errorf("GET %s: the imported stack answers %d, the hand-written one %d", path, got[path], want[path])
		}
	}
	t.Logf("the hand-written and the imported stack answer %v", got)
	// The lesson's stub_status at /lb-status moved to its own port.
	expectHTTP(t, s.url("nginx", 8404)+"/stub_status", "", http.StatusOK, "Active connections")
	checkScaleOut(t, s, url, 3, 20*time.Second)
	checkEveryReplica(t, s, url)
}

// routeStatus GETs each of importPaths and returns the status codes.
func routeStatus(t testing.TB, url string) map[string]int {
	t.Helper()
	got := map[string]int{}
	c := newClient()
	for _, path := range importPaths {
		resp, err := c.Get(url + path)
		if err != nil {
			t.Fatalf("GET %s: %v", url+path, err)
		}
		_, _ = io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		got[path] = resp.StatusCode
	}
	return got
}
