// Command loadtest measures the latency of parley serve's event queries
// from a second process: c clients send n requests in all, or run for at
// most d, cycling through event queries of the kinds the UI makes (by
// actor, dyad, type, date range, mode), and it prints percentiles per
// query kind and overall. It exits non-zero if any request fails.
//
//	go run ./e2e/loadtest -url http://127.0.0.1:8080 -n 20000 -c 8 -d 60s
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"slices"
	"sync"
	"sync/atomic"
	"time"
)

var queries = []struct{ kind, path string }{
	{"actor", "/api/events?actor=USA"},
	{"actor", "/api/events?actor=RUSGOV&limit=100"},
	{"source", "/api/events?source=USAGOV&target=RUS"},
	{"dyad", "/api/events?dyad=USA,RUS&limit=200"},
	{"dyad", "/api/events?dyad=USA,IRN"},
	{"root", "/api/events?root=19"},
	{"plover", "/api/events?plover=CONSULT&offset=200"},
	{"dates", "/api/events?from=2016-01-01&to=2016-06-30"},
	{"mode", "/api/events?negated=true&mode=intended"},
	{"name", "/api/events?name=Donald%20Trump&limit=100"},
	{"article", "/api/events?article=17"},
	{"dyads", "/api/dyads?limit=120"},
	{"page", "/api/events?limit=500&offset=5000"},
}

func main() {
	base := flag.String("url", "http://127.0.0.1:8080", "the server")
	n := flag.Int("n", 10000, "requests in all")
	c := flag.Int("c", 8, "concurrent clients")
	d := flag.Duration("d", time.Minute, "longest run")
	flag.Parse()
	ctx, cancel := context.WithTimeout(context.Background(), *d)
	defer cancel()
	client := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: *c}}

	var next, failed atomic.Int64
	var mu sync.Mutex
	byKind := map[string][]time.Duration{}
	start := time.Now()
	var wg sync.WaitGroup
	for range *c {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				i := next.Add(1) - 1
				if i >= int64(*n) {
					return
				}
				q := queries[i%int64(len(queries))]
				t0 := time.Now()
				err := get(ctx, client, *base+q.path)
				took := time.Since(t0)
				if err != nil {
					if ctx.Err() == nil {
						failed.Add(1)
						fmt.Fprintln(os.Stderr, q.path, err)
					}
					continue
				}
				mu.Lock()
				byKind[q.kind] = append(byKind[q.kind], took)
				byKind["all"] = append(byKind["all"], took)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	all := byKind["all"]
	fmt.Printf("%d requests in %.1fs (%.0f/s) from %d clients, %d failed\n", len(all), elapsed.Seconds(), float64(len(all))/elapsed.Seconds(), *c, failed.Load())
	fmt.Printf("%-8s %7s %9s %9s %9s %9s\n", "query", "count", "p50", "p90", "p99", "max")
	kinds := []string{"all"}
	for _, q := range queries {
		if !slices.Contains(kinds, q.kind) {
			kinds = append(kinds, q.kind)
		}
	}
	for _, k := range kinds {
		ds := byKind[k]
		if len(ds) == 0 {
			continue
		}
		slices.Sort(ds)
		p := func(f float64) string {
			return ds[min(len(ds)-1, int(f*float64(len(ds))))].Round(10 * time.Microsecond).String()
		}
		fmt.Printf("%-8s %7d %9s %9s %9s %9s\n", k, len(ds), p(.5), p(.9), p(.99), ds[len(ds)-1].Round(10*time.Microsecond))
	}
	if failed.Load() > 0 || len(all) == 0 {
		os.Exit(1)
	}
}

func get(ctx context.Context, client *http.Client, url string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return err
	}
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if _, err := io.Copy(io.Discard, resp.Body); err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("HTTP %s", resp.Status)
	}
	return nil
}
