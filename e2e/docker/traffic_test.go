package docker

import (
	"context"
	"fmt"
	"io"
	"maps"
	"net/http"
	"slices"
	"sync"
	"testing"
	"time"
)

// traffic counts what a run of requests got.
type traffic struct {
	mu     sync.Mutex
	ok     int
	failed int
	by     map[string]int       // replica hostname → requests it answered
	first  map[string]time.Time // replica hostname → when it first answered
	errs   []string             // the first few failures
	slow   time.Duration        // the slowest successful request
}

func newTraffic() *traffic {
	return &traffic{by: map[string]int{}, first: map[string]time.Time{}}
}

func (tr *traffic) add(instance string, d time.Duration, err error) {
	tr.mu.Lock()
	defer tr.mu.Unlock()
	if err != nil {
		tr.failed++
		if len(tr.errs) < 5 {
			tr.errs = append(tr.errs, err.Error())
		}
		return
	}
	tr.ok++
	if tr.by[instance] == 0 {
		tr.first[instance] = time.Now()
	}
	tr.by[instance]++
	tr.slow = max(tr.slow, d)
}

// firstSeen returns when a replica first answered.
func (tr *traffic) firstSeen(host string) (time.Time, bool) {
	tr.mu.Lock()
	defer tr.mu.Unlock()
	at, ok := tr.first[host]
	return at, ok
}

// sawAll reports whether every one of the containers answered.
func (tr *traffic) sawAll(cs []container) bool {
	for _, c := range cs {
		if _, ok := tr.firstSeen(c.Config.Hostname); !ok {
			return false
		}
	}
	return true
}

func (tr *traffic) replicas() []string {
	tr.mu.Lock()
	defer tr.mu.Unlock()
	return slices.Sorted(maps.Keys(tr.by))
}

func (tr *traffic) String() string {
	tr.mu.Lock()
	defer tr.mu.Unlock()
	return fmt.Sprintf("%d ok, %d failed (slowest success %s) by replica %v, errors %q",
		tr.ok, tr.failed, tr.slow.Round(time.Millisecond), tr.by, tr.errs)
}

// newClient is a keep-alive client, like a browser's or a load tester's.
// Its timeout is longer than any balancer's retries take.
func newClient() *http.Client {
	return &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: 8}}
}

// get sends one GET and returns the replica that answered it.
func get(c *http.Client, url string) (string, error) {
	resp, err := c.Get(url)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	if _, err := io.Copy(io.Discard, resp.Body); err != nil {
		return "", err
	}
	if resp.StatusCode != http.StatusOK {
		return "", fmt.Errorf("status %d", resp.StatusCode)
	}
	return resp.Header.Get("X-Instance-ID"), nil
}

// burst sends n GETs from conc clients and waits for them.
func burst(url string, n, conc int) *traffic {
	tr := newTraffic()
	c := newClient()
	defer c.CloseIdleConnections()
	var wg sync.WaitGroup
	jobs := make(chan struct{}, n)
	for range n {
		jobs <- struct{}{}
	}
	close(jobs)
	for range conc {
		wg.Go(func() {
			for range jobs {
				start := time.Now()
				inst, err := get(c, url)
				tr.add(inst, time.Since(start), err)
			}
		})
	}
	wg.Wait()
	return tr
}

// steady keeps conc clients sending GETs, each at most one every pace,
// until stop is called or limit requests were sent.
type steady struct {
	*traffic
	cancel context.CancelFunc
	wg     sync.WaitGroup
}

func startSteady(url string, conc int, pace time.Duration, limit int) *steady {
	ctx, cancel := context.WithCancel(context.Background())
	s := &steady{traffic: newTraffic(), cancel: cancel}
	c := newClient()
	var sent sync.Mutex
	count := 0
	for range conc {
		s.wg.Go(func() {
			for ctx.Err() == nil {
				sent.Lock()
				count++
				over := count > limit
				sent.Unlock()
				if over {
					return
				}
				start := time.Now()
				inst, err := get(c, url)
				s.add(inst, time.Since(start), err)
				time.Sleep(pace)
			}
		})
	}
	return s
}

// stop ends the loop and waits for requests in flight.
func (s *steady) stop() *traffic {
	s.cancel()
	s.wg.Wait()
	return s.traffic
}

// waitUntil polls cond until it holds or the deadline passes.
func waitUntil(t testing.TB, within time.Duration, what string, cond func() bool) time.Duration {
	t.Helper()
	start := time.Now()
	for {
		if cond() {
			return time.Since(start)
		}
		if time.Since(start) > within {
			t.Fatalf("%s: not within %s", what, within)
		}
		time.Sleep(500 * time.Millisecond)
	}
}
