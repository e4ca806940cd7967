package cli

import (
	"context"
	"fmt"
	"net"

	"github.com/parley-news/parley/internal/server"
	"github.com/parley-news/parley/internal/store"
)

func runServe(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "serve", "[flags]",
		`Serve a corpus made by parley ingest: the web UI at / and the JSON API
under /api/ (articles, events, actors, attributions, search, and POST
/api/code to code an article without storing it). Stops gracefully on
interrupt.`)
	db := dbFlag(fs)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on")
	models := fs.String("models", "", "directory of models written by parley train (default: the models built in)")
	var dicts coderFlags
	dicts.register(fs)
	if err := parseFlags(fs, dictArgs(args)); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		fs.Usage()
		return errUsage
	}
	st, err := store.Open(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	c, err := dicts.load(*models, e.log)
	if err != nil {
		return err
	}
	srv := server.New(st, c.Code, e.log)
	return srv.Serve(ctx, *addr, func(a net.Addr) {
		fmt.Fprintf(e.stderr, "parley serve: %s on http://%s/\n", st, a)
	})
}
