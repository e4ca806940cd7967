// Package server is parley's HTTP face: a JSON API over a corpus (articles
// with their actors, attributions and events; events by actor, dyad, type,
// date and mode; actors with counts; statements by speaker; full-text
// search), an endpoint that codes a posted article without storing it, and
// the web UI, whose assets are embedded in the binary.
//
// Every error is a JSON body {"error": "..."} with a 4xx or 5xx status;
// bodies and query strings are bounded and checked before anything runs.
package server
