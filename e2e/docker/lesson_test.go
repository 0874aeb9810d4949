package docker

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/lbgen/lbgen/internal/seed"
)

// lessonPath is the hand-written stack lbgen replaces, kept beside the
// repository in ../shared (as CI lays it out).
var lessonPath = filepath.Join("../..", seed.Lesson)

// lessonProject is the compose project the lesson's stack runs as: its
// compose file has no name, so compose takes the directory's.
const lessonProject = "lesson03"

// lessonFiles are the files of the lesson's first lab, as it writes them.
var lessonFiles = []string{"docker-compose.yml", "nginx-lb/nginx.conf", "app/Dockerfile", "app/package.json", "app/server.js"}

// lessonFile returns a file the lesson says to create.
func lessonFile(t testing.TB, name string) []byte {
	t.Helper()
	files, err := seed.Files(lessonPath)
	if err != nil {
		t.Fatal(err)
	}
	data, ok := files[name]
	if !ok {
		t.Fatalf("the lesson creates no %s", name)
	}
	return data
}

// TestLessonStackMissesScaledOutReplicas runs the lesson's own first lab
// (its docker-compose.yml and nginx-lb/nginx.conf, unchanged) the way the
// lesson says: `up -d`, then `up -d --scale app=3`. Its nginx resolved
// "app" once at start-up, so the replicas added later get nothing, even
// after twice the time lbgen's nginx needs to reach new replicas
// (TestBalancerScaling/scalable-web-app).
func TestLessonStackMissesScaledOutReplicas(t *testing.T) {
	requireDocker(t)
	t.Parallel()
	s := lessonStack(t)
	s.up(1)
	url := s.url("nginx", 80)
	first := hostnames(s.containers("app"))
	if tr := burst(url, 20, 2); tr.failed > 0 || !slices.Equal(tr.replicas(), first) {
		t.Fatalf("the lesson's nginx with one replica %v: %v", first, tr)
	}

	s.scale(3)
	if n := len(s.containers("app")); n != 3 {
		t.Fatalf("after --scale app=3: %d replicas", n)
	}
	// lbgen's nginx re-resolves every 10 s (resolver valid=10s) and reaches
	// new replicas within 20 s; give the lesson's the same and more.
	time.Sleep(22 * time.Second)
	tr := burst(url, 150, 4)
	if tr.failed > 0 {
		t.Fatalf("the lesson's nginx failed requests: %v", tr)
	}
	if got := tr.replicas(); !slices.Equal(got, first) {
		t.Fatalf("the lesson's nginx reached %v; expected only the replica it resolved at start-up, %v", got, first)
	}
	t.Logf("after --scale app=3: the lesson's nginx sent all %d requests to the first replica, none to the 2 added", tr.ok)
}

// lessonStack writes the lesson's first lab into a directory of the
// test's own.
func lessonStack(t testing.TB) *stack {
	dir := filepath.Join(t.TempDir(), lessonProject)
	for _, name := range lessonFiles {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, lessonFile(t, name), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return newStack(t, dir, "docker-compose.yml")
}
