package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"sync"
	"time"
)

// loadResult is what "testapp load" prints, as JSON.
type loadResult struct {
	Requests int            `json:"requests"`
	Failed   int            `json:"failed"`
	Seconds  float64        `json:"seconds"`
	By       map[string]int `json:"by"`
	Errors   []string       `json:"errors,omitempty"`
}

// runLoad sends -n GET requests from -c keep-alive clients and prints a
// loadResult. With -direct, the URL's host is resolved once and each
// client keeps to one of its addresses, so the replicas of a compose
// service share the load without a balancer in between.
func runLoad(args []string) error {
	fs := flag.NewFlagSet("load", flag.ContinueOnError)
	target := fs.String("url", "", "URL to GET")
	conc := fs.Int("c", 16, "concurrent keep-alive clients")
	total := fs.Int("n", 10000, "requests in all")
	direct := fs.Bool("direct", false, "spread the clients over every address of the URL's host")
	if err := fs.Parse(args); err != nil {
		return err
	}
	u, err := url.Parse(*target)
	if err != nil || u.Host == "" {
		return fmt.Errorf("-url %q: not an absolute URL", *target)
	}
	addrs := []string{u.Host}
	if *direct {
		if addrs, err = resolveAll(u); err != nil {
			return err
		}
	}
	res := load(*target, addrs, *conc, *total)
	return json.NewEncoder(os.Stdout).Encode(res)
}

func resolveAll(u *url.URL) ([]string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	ips, err := net.DefaultResolver.LookupHost(ctx, u.Hostname())
	if err != nil {
		return nil, fmt.Errorf("resolve %s: %w", u.Hostname(), err)
	}
	port := u.Port()
	if port == "" {
		port = "80"
	}
	var addrs []string
	for _, ip := range ips {
		addrs = append(addrs, net.JoinHostPort(ip, port))
	}
	return addrs, nil
}

// client returns a keep-alive client whose connections all go to addr.
func client(addr string) *http.Client {
	d := &net.Dialer{Timeout: 5 * time.Second}
	tr := &http.Transport{
		MaxIdleConnsPerHost: 1,
		DialContext: func(ctx context.Context, network, _ string) (net.Conn, error) {
			return d.DialContext(ctx, network, addr)
		},
	}
	return &http.Client{Transport: tr, Timeout: 30 * time.Second}
}

func load(target string, addrs []string, conc, total int) loadResult {
	var (
		mu  sync.Mutex
		res = loadResult{By: map[string]int{}}
		wg  sync.WaitGroup
	)
	jobs := make(chan struct{}, total)
	for range total {
		jobs <- struct{}{}
	}
	close(jobs)
	start := time.Now()
	for i := range conc {
		wg.Add(1)
		go func(c *http.Client) {
			defer wg.Done()
			for range jobs {
				inst, err := get(c, target)
				mu.Lock()
				res.Requests++
				if err != nil {
					res.Failed++
					if len(res.Errors) < 5 {
						res.Errors = append(res.Errors, err.Error())
					}
				} else {
					res.By[inst]++
				}
				mu.Unlock()
			}
		}(client(addrs[i%len(addrs)]))
	}
	wg.Wait()
	res.Seconds = time.Since(start).Seconds()
	return res
}

// get returns the replica that answered, from X-Instance-ID.
func get(c *http.Client, target string) (string, error) {
	resp, err := c.Get(target)
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
