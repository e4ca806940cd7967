package server

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/parley-news/parley/internal/store"
)

// params reads a request's query string, checking each value as it is
// read; the first problem is kept in err. A key the endpoint does not
// know is an error too, so that a misspelt filter is not silently ignored.
type params struct {
	values url.Values
	err    error
}

const maxParamLen = 200

func newParams(r *http.Request, allowed ...string) *params {
	values, err := url.ParseQuery(r.URL.RawQuery)
	p := &params{values: values}
	if err != nil {
		p.fail("malformed query string: %v", err)
	}
	known := map[string]bool{"limit": true, "offset": true}
	for _, k := range allowed {
		known[k] = true
	}
	for k, vs := range p.values {
		if !known[k] {
			p.fail("unknown parameter %q (this endpoint takes %s)", k, strings.Join(allowed, ", "))
		}
		for _, v := range vs {
			if len(v) > maxParamLen {
				p.fail("parameter %q is longer than %d bytes", k, maxParamLen)
			}
		}
	}
	return p
}

func (p *params) fail(format string, args ...any) {
	if p.err == nil {
		p.err = fmt.Errorf(format, args...)
	}
}

func (p *params) get(key string) string { return strings.TrimSpace(p.values.Get(key)) }

// code reads an actor code: letters and digits, e.g. IRN or USAGOV.
func (p *params) code(key string) string {
	v := p.get(key)
	if v == "" {
		return ""
	}
	if len(v) > 24 || strings.IndexFunc(v, func(r rune) bool { return !isASCIIAlnum(r) }) >= 0 {
		p.fail("%s: %q is not an actor code (letters and digits, such as IRN or USAGOV)", key, v)
		return ""
	}
	return strings.ToUpper(v)
}

// codes reads a comma-separated pair of actor codes.
func (p *params) dyad(key string) []string {
	v := p.get(key)
	if v == "" {
		return nil
	}
	parts := strings.Split(v, ",")
	if len(parts) != 2 {
		p.fail("%s: want two actor codes separated by a comma, such as USA,IRN", key)
		return nil
	}
	out := make([]string, 2)
	for i, c := range parts {
		sub := &params{values: url.Values{key: {c}}}
		out[i] = sub.code(key)
		if sub.err != nil || out[i] == "" {
			p.fail("%s: %q is not an actor code", key, c)
			return nil
		}
	}
	return out
}

// name reads a person's or organisation's name: letters, digits, spaces
// and the punctuation names hold, and nothing that reads as code.
func (p *params) name(key string) string {
	v := p.get(key)
	if v == "" {
		return ""
	}
	ok := !strings.Contains(v, "--") && strings.IndexFunc(v, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || r == ' ' || strings.ContainsRune(".,'’-()&/", r))
	}) < 0
	if !ok {
		p.fail("%s: %q is not a name (letters, digits, spaces and . , ' - ( ) & /)", key, v)
		return ""
	}
	return v
}

// word reads a value from a fixed set.
func (p *params) word(key string, allowed ...string) string {
	v := p.get(key)
	if v == "" {
		return ""
	}
	for _, a := range allowed {
		if strings.EqualFold(v, a) {
			return a
		}
	}
	p.fail("%s: %q is not one of %s", key, v, strings.Join(allowed, ", "))
	return ""
}

// digits reads a CAMEO code or root: up to n digits.
func (p *params) digits(key string, n int) string {
	v := p.get(key)
	if v == "" {
		return ""
	}
	if len(v) > n || strings.IndexFunc(v, func(r rune) bool { return r < '0' || r > '9' }) >= 0 {
		p.fail("%s: %q is not a CAMEO code (up to %d digits)", key, v, n)
		return ""
	}
	return v
}

// date reads a calendar date, YYYY-MM-DD.
func (p *params) date(key string) string {
	v := p.get(key)
	if v == "" {
		return ""
	}
	if _, err := time.Parse("2006-01-02", v); err != nil {
		p.fail("%s: %q is not a date (YYYY-MM-DD)", key, v)
		return ""
	}
	return v
}

func (p *params) int(key string, lo, hi int) int {
	v := p.get(key)
	if v == "" {
		return 0
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < lo || n > hi {
		p.fail("%s: %q is not a whole number from %d to %d", key, v, lo, hi)
		return 0
	}
	return n
}

func (p *params) bool(key string) *bool {
	v := p.get(key)
	if v == "" {
		return nil
	}
	b, err := strconv.ParseBool(v)
	if err != nil {
		p.fail("%s: %q is not true or false", key, v)
		return nil
	}
	return &b
}

func (p *params) page() store.Page {
	return store.Page{Limit: p.int("limit", 1, store.MaxLimit), Offset: p.int("offset", 0, 1<<30)}
}

func isASCIIAlnum(r rune) bool {
	return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
}
