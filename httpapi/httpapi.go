// Package httpapi holds the HTTP side of serving in public: what one request
// may send (its body, its encoding), how long it may run, how many may run at
// once, how many connections may be open, and how often one client may pull
// an export. Each is a small wrapper around an http.Handler or a
// net.Listener, composed by serve (cmd_serve.go); the limits on GraphQL
// queries themselves are in package graph (graph.Limits).
package httpapi

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strconv"
	"time"
	"unicode/utf8"
)

// Error writes a JSON error the way GraphQL clients read one
// ({"errors":[{"message": ...}]}), with the message cut to an excerpt.
func Error(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	b, _ := json.Marshal(map[string]any{"errors": []map[string]string{{"message": Excerpt(msg, maxMessage)}}})
	w.Write(append(b, '\n'))
}

// maxMessage is the longest message Error sends, in bytes.
const maxMessage = 300

// Excerpt cuts s to about n bytes on a rune boundary, saying how long it was,
// so that an error about a huge input does not send the input back.
func Excerpt(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && s[cut]&0xC0 == 0x80 {
		cut--
	}
	return fmt.Sprintf("%s… (%d bytes in all)", s[:cut], len(s))
}

// Body reads a request's body, at most max bytes (413 beyond), before next
// sees it, and refuses with 400 what GraphQL cannot mean: a JSON body that is
// not valid JSON, text that is not valid UTF-8, a \u escape that is half of a
// surrogate pair (Go's JSON decoder would turn it silently into U+FFFD), and
// GET parameters that are not valid UTF-8. The errors quote at most an
// excerpt of the input.
func Body(max int64, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		for name, vals := range r.URL.Query() {
			for _, v := range vals {
				if !utf8.ValidString(v) {
					Error(w, http.StatusBadRequest, fmt.Sprintf("the URL parameter %s is not valid UTF-8", Excerpt(strconv.Quote(name), 60)))
					return
				}
			}
		}
		if r.Body == nil || r.Body == http.NoBody || r.Method == http.MethodGet || r.Method == http.MethodHead {
			next.ServeHTTP(w, r)
			return
		}
		if r.ContentLength > max {
			Error(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("the request body is %d bytes; at most %d are allowed", r.ContentLength, max))
			return
		}
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, max))
		if err != nil {
			var tooLarge *http.MaxBytesError
			if errors.As(err, &tooLarge) {
				Error(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("the request body is more than %d bytes, the most allowed", max))
				return
			}
			// The client went away or sent too slowly (ReadTimeout): no
			// one reads an answer, but it is sent in case someone does.
			Error(w, http.StatusBadRequest, "could not read the request body: "+err.Error())
			return
		}
		if msg := checkText(body, isJSON(r)); msg != "" {
			Error(w, http.StatusBadRequest, msg)
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		next.ServeHTTP(w, r)
	})
}

func isJSON(r *http.Request) bool {
	mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	return err == nil && (mt == "application/json" || mt == "application/graphql-response+json")
}

// checkText says what is wrong with a body, or "".
func checkText(b []byte, isJSON bool) string {
	if !utf8.Valid(b) {
		i := 0
		for i < len(b) {
			r, size := utf8.DecodeRune(b[i:])
			if r == utf8.RuneError && size <= 1 {
				break
			}
			i += size
		}
		return fmt.Sprintf("the request body is not valid UTF-8 (at byte %d)", i)
	}
	if !isJSON {
		return ""
	}
	if !json.Valid(b) {
		var v any
		err := json.Unmarshal(b, &v)
		msg := "the request body is not valid JSON"
		var syn *json.SyntaxError
		if errors.As(err, &syn) {
			msg = fmt.Sprintf("%s: %s (at byte %d)", msg, syn.Error(), syn.Offset)
		}
		return msg + "; it begins " + strconv.Quote(Excerpt(string(b), 40))
	}
	if i := loneSurrogate(b); i >= 0 {
		return fmt.Sprintf(`the request body has a \u escape at byte %d that is half of a surrogate pair, which stands for no character`, i)
	}
	return ""
}

// loneSurrogate is the offset of a \uD800–\uDFFF escape in valid JSON that is
// not a high surrogate followed by a low one, or -1.
func loneSurrogate(b []byte) int {
	inString := false
	for i := 0; i < len(b); i++ {
		c := b[i]
		if !inString {
			if c == '"' {
				inString = true
			}
			continue
		}
		switch c {
		case '"':
			inString = false
		case '\\':
			if i+1 < len(b) && b[i+1] == 'u' && i+6 <= len(b) {
				v, err := strconv.ParseUint(string(b[i+2:i+6]), 16, 16)
				if err == nil && v >= 0xD800 && v <= 0xDFFF {
					if v >= 0xDC00 {
						return i
					}
					// A high surrogate must be followed by a low one.
					if i+12 > len(b) || b[i+6] != '\\' || b[i+7] != 'u' {
						return i
					}
					w, err := strconv.ParseUint(string(b[i+8:i+12]), 16, 16)
					if err != nil || w < 0xDC00 || w > 0xDFFF {
						return i
					}
					i += 11
					continue
				}
				i += 5
				continue
			}
			i++ // the escaped character
		}
	}
	return -1
}

// Deadline gives each request at most d to run: its context ends then, and
// every walk of the store that honours the context stops. A request's context
// also ends when its client goes away.
func Deadline(d time.Duration, next http.Handler) http.Handler {
	if d <= 0 {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), d)
		defer cancel()
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// Concurrency lets at most n requests run next at once. A request beyond
// waits up to wait for one to finish, then gets 503 with Retry-After: a burst
// is queued briefly, a flood is turned away fast.
func Concurrency(n int, wait time.Duration, next http.Handler) http.Handler {
	if n <= 0 {
		return next
	}
	slots := make(chan struct{}, n)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case slots <- struct{}{}:
		default:
			t := time.NewTimer(wait)
			select {
			case slots <- struct{}{}:
				t.Stop()
			case <-t.C:
				busy(w, fmt.Sprintf("the server is answering %d requests, the most it runs at once; try again shortly", n))
				return
			case <-r.Context().Done():
				t.Stop()
				return
			}
		}
		defer func() { <-slots }()
		next.ServeHTTP(w, r)
	})
}

// busy answers 503 with Retry-After.
func busy(w http.ResponseWriter, msg string) {
	w.Header().Set("Retry-After", "1")
	Error(w, http.StatusServiceUnavailable, msg)
}
