// Command parley turns news articles into structured records: who did what
// to whom, and who said what according to whom. Run "parley help".
package main

import (
	"context"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"

	"github.com/parley-news/parley/internal/cli"
)

// memoryLimit is the soft limit on the heap when GOMEMLIMIT is unset. The
// models and the articles in flight need well under it; without a limit
// the garbage collector lets the heap grow to twice what is live, and
// ingesting a corpus with two workers peaked at 304 MB.
const memoryLimit = 200 << 20

func main() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := cli.Main(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
