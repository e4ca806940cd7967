// Command parley turns news articles into structured records: who did what
// to whom, and who said what according to whom. Run "parley help".
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"github.com/parley-news/parley/internal/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := cli.Main(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
