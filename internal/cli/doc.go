// Package cli implements the parley command: its subcommands, flags, and
// the exit status. cmd/parley only calls Main.
package cli
