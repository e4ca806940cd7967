package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"runtime/debug"
	"strings"
)

// Exit statuses.
const (
	exitOK      = 0
	exitFailure = 1 // nothing could be read, or the command failed
	exitUsage   = 2
)

// env is what a command runs with.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	log            *slog.Logger
}

type command struct {
	name    string
	summary string
	run     func(ctx context.Context, e *env, args []string) error
}

func commands() []command {
	return []command{
		{"parse", "split, tag and parse articles; write CoNLL-U", runParse},
		{"code", "analyse articles; write one JSON record per article", runCode},
		{"ingest", "code articles and store them in a corpus (SQLite or PostgreSQL)", runIngest},
		{"serve", "serve a corpus: web UI and JSON API", runServe},
		{"eval", "measure parley against gold data (eval ud FILE.conllu)", runEval},
		{"train", "train the sentence splitter, tagger and parser from a treebank", runTrain},
		{"version", "print the version", runVersion},
	}
}

// errUsage marks an error in the command line; its message has been
// printed with the usage.
var errUsage = errors.New("usage")

// errNothingRead is returned when no input record could be read.
var errNothingRead = errors.New("no article could be read")

// Main runs parley with the arguments after the program name and returns
// the exit status.
func Main(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr,
		log: slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))}
	if len(args) == 0 {
		usage(stderr)
		return exitUsage
	}
	name := args[0]
	if name == "help" || name == "-h" || name == "--help" || name == "-help" {
		if len(args) > 1 {
			return Main(ctx, []string{args[1], "--help"}, stdin, stdout, stderr)
		}
		usage(stdout)
		return exitOK
	}
	for _, c := range commands() {
		if c.name != name {
			continue
		}
		err := c.run(ctx, e, args[1:])
		switch {
		case err == nil, errors.Is(err, flag.ErrHelp):
			return exitOK
		case errors.Is(err, errUsage):
			return exitUsage
		default:
			fmt.Fprintf(stderr, "parley %s: %v\n", name, err)
			return exitFailure
		}
	}
	fmt.Fprintf(stderr, "parley: unknown command %q\n\n", name)
	usage(stderr)
	return exitUsage
}

func usage(w io.Writer) {
	fmt.Fprintln(w, `parley reads news articles and turns them into structured records:
who did what to whom, and who said what according to whom.

Usage:
	parley <command> [flags] [arguments]

Commands:`)
	for _, c := range commands() {
		fmt.Fprintf(w, "\t%-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, `
Inputs are files, directories (read recursively), or - for standard input:
plain text, HTML pages, RSS/Atom feeds, or JSONL with one article per line
({"id","url","title","published","text"}).

Run "parley <command> --help" for a command's flags.`)
}

// newFlags makes a flag set that prints the command's usage on -h.
func newFlags(e *env, name, args, about string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: parley %s %s\n\n%s\n", name, args, about)
		var flags strings.Builder
		fs.SetOutput(&flags)
		fs.PrintDefaults()
		fs.SetOutput(e.stderr)
		if flags.Len() > 0 {
			fmt.Fprintf(fs.Output(), "\nFlags:\n%s", flags.String())
		}
	}
	return fs
}

// parseFlags parses args, mapping a bad command line to errUsage. Flags may
// follow the files too ("parley code seed.txt -format text"), as users of
// git and most command-line tools expect: the standard flag package would
// stop at the first file and take "-format" for another one.
func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(flagsFirst(fs, args)); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return errUsage
	}
	return nil
}

// flagsFirst moves the flags of args, with their values, before the other
// arguments, which follow a "--" so that none of them is read as a flag.
// Arguments after a "--" of args stay arguments; "-" (standard input) is
// one. Unknown flags are moved too, for fs.Parse to report.
func flagsFirst(fs *flag.FlagSet, args []string) []string {
	var flags, rest []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			rest = append(rest, args[i+1:]...)
			i = len(args)
		case len(a) < 2 || a[0] != '-':
			rest = append(rest, a)
		default:
			flags = append(flags, a)
			if takesValue(fs, a) && i+1 < len(args) {
				i++
				flags = append(flags, args[i])
			}
		}
	}
	if len(rest) == 0 {
		return flags
	}
	return append(append(flags, "--"), rest...)
}

// takesValue says whether a flag argument without "=" needs the next
// argument as its value: every defined flag but a boolean one.
func takesValue(fs *flag.FlagSet, arg string) bool {
	name := strings.TrimLeft(arg, "-")
	if strings.Contains(name, "=") {
		return false
	}
	f := fs.Lookup(name)
	if f == nil {
		return false
	}
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return !ok || !b.IsBoolFlag()
}

func runVersion(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "version", "", "Print parley's version and the Go version it was built with.")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	version, goVersion := "(devel)", ""
	if bi, ok := debug.ReadBuildInfo(); ok {
		goVersion = bi.GoVersion
		if bi.Main.Version != "" {
			version = bi.Main.Version
		}
		for _, s := range bi.Settings {
			if s.Key == "vcs.revision" && version == "(devel)" {
				version = "(devel) " + s.Value[:min(12, len(s.Value))]
			}
		}
	}
	fmt.Fprintf(e.stdout, "parley %s %s\n", version, goVersion)
	return nil
}
