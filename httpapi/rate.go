package httpapi

import (
	"fmt"
	"math"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
)

// RateLimit lets each client (ClientID) start at most perHour requests of
// next an hour, in a burst of at most burst, and run one at a time: a full
// dump costs the server seconds of work and tens of megabytes sent, and one
// client pulling dumps in a loop, or sixteen at once, would take it from the
// others. Beyond, the answer is 429 with Retry-After. A request answered
// with a client error (a bad parameter, an unknown root) costs nothing.
// Clients are forgotten
// once their bucket is full again, so the table holds only recent clients.
func RateLimit(perHour, burst int, clientID func(*http.Request) string, next http.Handler) http.Handler {
	if perHour <= 0 {
		return next
	}
	rl := &rateLimiter{
		every:   time.Hour / time.Duration(perHour),
		burst:   float64(max(burst, 1)),
		clients: map[string]*bucket{},
		now:     time.Now,
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := clientID(r)
		wait, ok := rl.take(id)
		if !ok {
			w.Header().Set("Retry-After", strconv.Itoa(int(math.Ceil(wait.Seconds()))))
			msg := fmt.Sprintf("too many exports from one client: at most %d an hour, one at a time; try again in %s", perHour, wait.Round(time.Second))
			if wait == 0 {
				w.Header().Set("Retry-After", "5")
				msg = "an export for this client is still running; exports run one at a time for each client"
			}
			Error(w, http.StatusTooManyRequests, msg)
			return
		}
		sw := &statusWriter{ResponseWriter: w}
		defer func() { rl.done(id, sw.status >= 400 && sw.status < 500) }()
		next.ServeHTTP(sw, r)
	})
}

// statusWriter notes the status of a response.
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(p []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.ResponseWriter.Write(p)
}

// Unwrap lets http.ResponseController reach the connection.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

type rateLimiter struct {
	mu      sync.Mutex
	every   time.Duration // one token comes back every this long
	burst   float64
	clients map[string]*bucket
	swept   time.Time
	now     func() time.Time
}

type bucket struct {
	tokens  float64
	at      time.Time // when tokens was counted
	running bool
}

// take takes a token for id: ok, or how long until one comes back (0 when
// the client's previous request is still running).
func (rl *rateLimiter) take(id string) (time.Duration, bool) {
	rl.mu.Lock()
	defer rl.mu.Unlock()
	now := rl.now()
	rl.forget(now)
	b := rl.clients[id]
	if b == nil {
		b = &bucket{tokens: rl.burst, at: now}
		rl.clients[id] = b
	}
	b.refill(now, rl.every, rl.burst)
	switch {
	case b.running:
		return 0, false
	case b.tokens < 1:
		return time.Duration((1 - b.tokens) * float64(rl.every)), false
	}
	b.tokens--
	b.running = true
	return 0, true
}

// done ends id's request; refund gives its token back, for a request the
// client got wrong (4xx), which cost the server next to nothing.
func (rl *rateLimiter) done(id string, refund bool) {
	rl.mu.Lock()
	defer rl.mu.Unlock()
	if b := rl.clients[id]; b != nil {
		b.running = false
		if refund {
			b.tokens = min(rl.burst, b.tokens+1)
		}
	}
}

func (b *bucket) refill(now time.Time, every time.Duration, burst float64) {
	b.tokens = min(burst, b.tokens+float64(now.Sub(b.at))/float64(every))
	b.at = now
}

// forget drops the clients whose buckets are full again and who run
// nothing: they are as if never seen. It walks the table only when it has
// grown, and at most once a second.
func (rl *rateLimiter) forget(now time.Time) {
	if len(rl.clients) < 1024 || now.Sub(rl.swept) < time.Second {
		return
	}
	rl.swept = now
	for id, b := range rl.clients {
		b.refill(now, rl.every, rl.burst)
		if !b.running && b.tokens >= rl.burst {
			delete(rl.clients, id)
		}
	}
}

// ClientIP identifies a client by its address, or, when header is set (a
// reverse proxy's X-Real-IP or X-Forwarded-For), by the last address the
// header gives: the one the proxy itself saw. Trust header only behind a
// proxy that sets it, since clients can send it too.
func ClientIP(header string) func(*http.Request) string {
	return func(r *http.Request) string {
		if header != "" {
			if v := r.Header.Values(header); len(v) > 0 {
				last := v[len(v)-1]
				if i := strings.LastIndexByte(last, ','); i >= 0 {
					last = last[i+1:]
				}
				if ip := strings.TrimSpace(last); ip != "" {
					return ip
				}
			}
		}
		host, _, err := net.SplitHostPort(r.RemoteAddr)
		if err != nil {
			return r.RemoteAddr
		}
		return host
	}
}
