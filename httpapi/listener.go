package httpapi

import (
	"net"
	"strconv"
	"sync"
	"time"
)

// LimitListener lets at most n connections be open at once. A connection
// beyond is accepted, told 503 with Retry-After and closed at once, rather
// than left waiting in the kernel's queue (as netutil.LimitListener does):
// clients learn fast that the server is full, and the queue cannot hide the
// server's own health check behind a flood. With n <= 0 it returns ln.
func LimitListener(ln net.Listener, n int) net.Listener {
	if n <= 0 {
		return ln
	}
	return &limitListener{Listener: ln, slots: make(chan struct{}, n)}
}

type limitListener struct {
	net.Listener
	slots chan struct{}
}

// fullBody is what a connection beyond the limit reads, after fullHeader.
const (
	fullBody   = "the server has all the connections it can hold\n"
	fullHeader = "HTTP/1.1 503 Service Unavailable\r\nRetry-After: 1\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\nContent-Length: "
)

func (l *limitListener) Accept() (net.Conn, error) {
	for {
		c, err := l.Listener.Accept()
		if err != nil {
			return nil, err
		}
		select {
		case l.slots <- struct{}{}:
			return &limitConn{Conn: c, release: func() { <-l.slots }}, nil
		default:
			go refuse(c)
		}
	}
}

// refuse tells a connection beyond the limit so, without waiting on it long.
func refuse(c net.Conn) {
	c.SetWriteDeadline(time.Now().Add(time.Second))
	c.Write([]byte(fullHeader + strconv.Itoa(len(fullBody)) + "\r\n\r\n" + fullBody))
	c.Close()
}

type limitConn struct {
	net.Conn
	once    sync.Once
	release func()
}

func (c *limitConn) Close() error {
	err := c.Conn.Close()
	c.once.Do(c.release)
	return err
}
