package e2e

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/lbgen/lbgen/schemas"
)

// benchWorkers is how many clients send requests at once.
const benchWorkers = 16

// BenchmarkThroughput sends GETs through each balancer, and to the
// replicas directly as the baseline, all on loopback, and reports
// requests per second and the 99th percentile latency. Run with:
//
//	eval "$(scripts/test-tools.sh)"; go test ./e2e -run '^$' -bench Throughput -benchtime 20000x -count 5
func BenchmarkThroughput(b *testing.B) {
	ips := []string{"127.0.0.2", "127.0.0.3"}
	bs := replicas(b, lessonPort, ips...)
	d := startDNS(b)
	d.set("app", ips...)
	targets := []struct {
		name string
		url  func() string
	}{
		{"direct", nil},
		{"lbgen-nginx", func() string {
			cfg, _ := render(b, stack(routeToApp, ""), "engine=nginx", fmt.Sprintf("port=%d", lessonPort), "resolver="+d.addr)
			return startProxy(b, schemas.EngineNginx, cfg).url
		}},
		{"lesson-nginx", func() string { return startLessonNginx(b, ips...).url }},
		{"lbgen-haproxy", func() string {
			cfg, _ := render(b, stack(routeToApp, ""), "engine=haproxy", fmt.Sprintf("port=%d", lessonPort), "resolver="+d.addr)
			return startProxy(b, schemas.EngineHAProxy, cfg).url
		}},
	}
	for _, target := range targets {
		b.Run(target.name, func(b *testing.B) {
			urls := []string{fmt.Sprintf("http://%s:%d", ips[0], lessonPort), fmt.Sprintf("http://%s:%d", ips[1], lessonPort)}
			if target.url != nil {
				url := target.url()
				warm(b, url, bs)
				urls = []string{url}
			}
			runLoad(b, urls)
		})
	}
}

// runLoad sends b.N GETs from benchWorkers keep-alive clients, spreading
// them over urls, and reports req/s and p99 latency.
func runLoad(b *testing.B, urls []string) {
	latencies := make([]time.Duration, b.N)
	var next, failed atomic.Int64
	var wg sync.WaitGroup
	b.ResetTimer()
	start := time.Now()
	for w := 0; w < benchWorkers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c := newClient()
			for {
				i := next.Add(1) - 1
				if i >= int64(b.N) {
					return
				}
				t0 := time.Now()
				if _, err := c.get(urls[i%int64(len(urls))]); err != nil {
					failed.Add(1)
				}
				latencies[i] = time.Since(t0)
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	b.StopTimer()
	if failed.Load() > 0 {
		b.Fatalf("%d of %d requests failed", failed.Load(), b.N)
	}
	sort.Slice(latencies, func(i, j int) bool { return latencies[i] < latencies[j] })
	b.ReportMetric(float64(b.N)/elapsed.Seconds(), "req/s")
	b.ReportMetric(float64(latencies[len(latencies)*99/100].Microseconds())/1000, "p99-ms")
}
