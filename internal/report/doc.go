// Package report writes a coded article as an account a person reads:
// its actors, who said what according to whom, and who did what to whom
// with the words each event was read from and the attribution it is
// reported under. It is the text form of what parley code writes as
// JSON; the identifiers (a1, e3) are those of the JSON.
package report
