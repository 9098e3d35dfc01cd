package httpapi

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

// echo answers with the body it was given.
var echo = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
	b, _ := io.ReadAll(r.Body)
	w.Write(b)
})

func TestBody(t *testing.T) {
	huge := strings.Repeat("x", 2<<20)
	tests := []struct {
		name, method, ctype, body, url string
		want                           int
		wantMsg                        string
	}{
		{"a query", "POST", "application/json", `{"query":"{ __typename }"}`, "/graphql", 200, ""},
		{"a pair of surrogates", "POST", "application/json", `{"variables":{"s":"\ud83d\ude00"}}`, "/graphql", 200, ""},
		{"an escaped backslash before u", "POST", "application/json", `{"s":"\\ud800"}`, "/graphql", 200, ""},
		{"too large", "POST", "application/json", `{"query":"` + huge + `"}`, "/graphql", 413, "at most 1048576"},
		{"invalid UTF-8", "POST", "application/json", "{\"query\":\"\xff\xfe\"}", "/graphql", 400, "not valid UTF-8 (at byte 10)"},
		{"invalid JSON, quoted briefly", "POST", "application/json", `{"query": ` + strings.Repeat("y", 100000), "/graphql", 400, "not valid JSON"},
		{"a lone high surrogate", "POST", "application/json", `{"variables":{"s":"\ud800"}}`, "/graphql", 400, "half of a surrogate pair"},
		{"a lone low surrogate", "POST", "application/json", `{"variables":{"s":"a\udc00b"}}`, "/graphql", 400, "half of a surrogate pair"},
		{"a high surrogate before a letter", "POST", "application/json", `{"s":"\ud800\u0041"}`, "/graphql", 400, "half of a surrogate pair"},
		{"GET with invalid UTF-8", "GET", "", "", "/graphql?query=%7B%FF%7D", 400, "URL parameter \"query\" is not valid UTF-8"},
		{"GET", "GET", "", "", "/graphql?query=%7B__typename%7D", 200, ""},
	}
	h := Body(1<<20, echo)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req := httptest.NewRequest(tt.method, tt.url, strings.NewReader(tt.body))
			if tt.ctype != "" {
				req.Header.Set("Content-Type", tt.ctype)
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			if rec.Code != tt.want {
				t.Fatalf("status %d, want %d: %.200s", rec.Code, tt.want, rec.Body.String())
			}
			if tt.want == 200 {
				if rec.Body.String() != tt.body {
					t.Errorf("the body did not reach the handler whole")
				}
				return
			}
			var r struct{ Errors []struct{ Message string } }
			if err := json.Unmarshal(rec.Body.Bytes(), &r); err != nil || len(r.Errors) != 1 {
				t.Fatalf("not a GraphQL error: %.200s", rec.Body.String())
			}
			if msg := r.Errors[0].Message; !strings.Contains(msg, tt.wantMsg) || len(msg) > maxMessage+40 {
				t.Errorf("message %q, want %q in at most %d bytes", msg, tt.wantMsg, maxMessage)
			}
		})
	}
}

func TestExcerpt(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"0123456789abc", 10, "0123456789… (13 bytes in all)"},
		{"ệệệệ", 4, "ệ… (12 bytes in all)"}, // cut on a rune boundary
	}
	for _, tt := range tests {
		if got := Excerpt(tt.in, tt.n); got != tt.want {
			t.Errorf("Excerpt(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}

// TestConcurrency: beyond n requests at once, a request waits, then gets
// 503 with Retry-After; once one finishes, the next gets through.
func TestConcurrency(t *testing.T) {
	release := make(chan struct{})
	started := make(chan struct{}, 10)
	slow := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		started <- struct{}{}
		<-release
	})
	h := Concurrency(2, 50*time.Millisecond, slow)
	var wg sync.WaitGroup
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", "/", nil))
		}()
	}
	<-started
	<-started
	rec := httptest.NewRecorder()
	start := time.Now()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	if rec.Code != http.StatusServiceUnavailable || rec.Header().Get("Retry-After") == "" {
		t.Errorf("third request: %d, Retry-After %q", rec.Code, rec.Header().Get("Retry-After"))
	}
	if took := time.Since(start); took < 50*time.Millisecond || took > 5*time.Second {
		t.Errorf("the third request waited %s, want the queue's 50ms", took)
	}
	close(release)
	wg.Wait()
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	if rec.Code != http.StatusOK {
		t.Errorf("after the others: %d", rec.Code)
	}
}

// TestDeadline: the handler's context ends after d.
func TestDeadline(t *testing.T) {
	var err error
	h := Deadline(20*time.Millisecond, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done()
		err = r.Context().Err()
	}))
	h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", "/", nil))
	if err != context.DeadlineExceeded {
		t.Errorf("context ended with %v", err)
	}
}

// TestRateLimit: a client gets its burst, then 429 with Retry-After; one at a
// time; a request it got wrong costs nothing; another client is not held.
func TestRateLimit(t *testing.T) {
	status := http.StatusOK
	h := RateLimit(3600, 2, ClientIP(""), http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(status)
	}))
	get := func(addr string) *httptest.ResponseRecorder {
		req := httptest.NewRequest("GET", "/export/nquads", nil)
		req.RemoteAddr = addr
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		return rec
	}
	status = http.StatusBadRequest
	for range 5 {
		if rec := get("10.0.0.1:1000"); rec.Code != http.StatusBadRequest {
			t.Fatalf("a bad request was limited: %d", rec.Code)
		}
	}
	status = http.StatusOK
	for i := range 2 {
		if rec := get("10.0.0.1:1001"); rec.Code != http.StatusOK {
			t.Fatalf("request %d of the burst: %d", i+1, rec.Code)
		}
	}
	rec := get("10.0.0.1:1002")
	if rec.Code != http.StatusTooManyRequests || rec.Header().Get("Retry-After") != "1" {
		t.Errorf("beyond the burst: %d, Retry-After %q", rec.Code, rec.Header().Get("Retry-After"))
	}
	if rec := get("10.0.0.2:1000"); rec.Code != http.StatusOK {
		t.Errorf("another client: %d", rec.Code)
	}
}

func TestClientIP(t *testing.T) {
	req := httptest.NewRequest("GET", "/", nil)
	req.RemoteAddr = "192.0.2.1:4000"
	req.Header.Add("X-Forwarded-For", "203.0.113.9, 198.51.100.7")
	if got := ClientIP("")(req); got != "192.0.2.1" {
		t.Errorf("without a header: %s", got)
	}
	if got := ClientIP("X-Forwarded-For")(req); got != "198.51.100.7" {
		t.Errorf("X-Forwarded-For: %s, want the address the proxy saw", got)
	}
	if got := ClientIP("X-Real-IP")(req); got != "192.0.2.1" {
		t.Errorf("a header the request lacks: %s", got)
	}
}

// TestLimitListener: beyond n open connections, a connection is told 503
// and closed at once; once one closes, the next is served.
func TestLimitListener(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "ok") })}
	go srv.Serve(LimitListener(ln, 2))
	defer srv.Close()
	addr := ln.Addr().String()
	var held []net.Conn
	for range 2 {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		c.Write([]byte("G")) // a request begun and never finished
		held = append(held, c)
	}
	time.Sleep(50 * time.Millisecond) // let the server accept them
	status := func() string {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		c.SetDeadline(time.Now().Add(5 * time.Second))
		io.WriteString(c, "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
		line, _ := bufio.NewReader(c).ReadString('\n')
		return strings.TrimSpace(line)
	}
	if got := status(); got != "HTTP/1.1 503 Service Unavailable" {
		t.Errorf("a third connection: %q", got)
	}
	held[0].Close()
	time.Sleep(50 * time.Millisecond)
	if got := status(); got != "HTTP/1.1 200 OK" {
		t.Errorf("after one closed: %q", got)
	}
	held[1].Close()
}

// TestDisconnect: when a client goes away, its request's context ends, so
// the walks of the store under it stop; through Body and Deadline too.
func TestDisconnect(t *testing.T) {
	seen := make(chan error, 1)
	inside := make(chan struct{})
	h := Body(1<<20, Deadline(time.Minute, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(inside)
		<-r.Context().Done()
		seen <- r.Context().Err()
	})))
	srv := httptest.NewServer(h)
	defer srv.Close()
	ctx, cancel := context.WithCancel(context.Background())
	req, _ := http.NewRequestWithContext(ctx, "POST", srv.URL, strings.NewReader(`{"query":"{ __typename }"}`))
	req.Header.Set("Content-Type", "application/json")
	go func() {
		<-inside
		cancel() // the client gives up and closes its connection
	}()
	if _, err := http.DefaultClient.Do(req); err == nil {
		t.Fatal("the request was answered")
	}
	select {
	case err := <-seen:
		if err != context.Canceled {
			t.Errorf("the handler's context ended with %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the handler's context did not end when the client left")
	}
}
