// Package redistest starts a real redis-server for tests: a process of
// its own on a free loopback port, with persistence off, in a temporary
// folder, stopped when the test that started it ends.
//
// It is imported by tests only. When redis-server is not on PATH, Start
// skips the test, unless the environment sets SCOOP_REQUIRE_REDIS=1 (CI
// does), in which case the test fails.
package redistest

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"
)

// RequireEnv is the environment variable that turns a missing
// redis-server into a failure.
const RequireEnv = "SCOOP_REQUIRE_REDIS"

// Server is a running redis-server.
type Server struct {
	// Addr is its host:port.
	Addr string
	// URL is its redis:// URL (database 0).
	URL string

	names atomic.Int64
}

// Available reports whether Start would start a server rather than skip:
// redis-server is on PATH, or RequireEnv is set (and Start fails).
func Available() bool {
	if os.Getenv(RequireEnv) == "1" {
		return true
	}
	_, err := exec.LookPath("redis-server")
	return err == nil
}

// Start starts a redis-server for tb and stops it (SIGKILL, then Wait)
// in tb's cleanup. Parallel subtests of tb may share it; give each its
// own crawl name (see Name).
func Start(tb testing.TB) *Server {
	tb.Helper()
	bin, err := exec.LookPath("redis-server")
	if err != nil {
		if os.Getenv(RequireEnv) == "1" {
			tb.Fatalf("redistest: redis-server not on PATH and %s=1", RequireEnv)
		}
		tb.Skipf("redistest: redis-server not on PATH (set %s=1 to fail instead)", RequireEnv)
	}
	var lastErr error
	for range 3 { // the free port may be taken between Listen and the server's bind
		s, err := start(tb, bin)
		if err == nil {
			return s
		}
		lastErr = err
	}
	tb.Fatalf("redistest: %v", lastErr)
	return nil
}

// start makes one attempt at starting a server.
func start(tb testing.TB, bin string) (*Server, error) {
	tb.Helper()
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	dir := tb.TempDir()
	var out bytes.Buffer
	cmd := exec.Command(bin, "--port", strconv.Itoa(port), "--bind", "127.0.0.1",
		"--save", "", "--appendonly", "no", "--dir", dir, "--logfile", "")
	cmd.Dir = dir
	log := &syncWriter{w: &out}
	cmd.Stdout, cmd.Stderr = log, log
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("starting redis-server: %w", err)
	}
	exited := make(chan struct{})
	go func() {
		_ = cmd.Wait()
		close(exited)
	}()
	stop := func() {
		_ = cmd.Process.Kill()
		<-exited
	}
	addr := net.JoinHostPort("127.0.0.1", strconv.Itoa(port))
	c := redis.NewClient(&redis.Options{Addr: addr, DisableIdentity: true, MaxRetries: -1})
	defer c.Close()
	deadline := time.Now().Add(10 * time.Second)
	for {
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		err := c.Ping(ctx).Err()
		cancel()
		if err == nil {
			break
		}
		select {
		case <-exited:
			return nil, fmt.Errorf("redis-server exited: %s", out.String())
		default:
		}
		if time.Now().After(deadline) {
			stop()
			return nil, fmt.Errorf("redis-server did not answer PING: %w", err)
		}
		time.Sleep(10 * time.Millisecond)
	}
	tb.Cleanup(stop)
	return &Server{Addr: addr, URL: "redis://" + addr + "/0"}, nil
}

// Client returns a new client of the server, closed in tb's cleanup.
func (s *Server) Client(tb testing.TB) *redis.Client {
	c := redis.NewClient(&redis.Options{Addr: s.Addr, DisableIdentity: true})
	tb.Cleanup(func() { _ = c.Close() })
	return c
}

// Name returns a crawl name used by no other call of Name on s.
func (s *Server) Name(prefix string) string {
	return fmt.Sprintf("%s-%d", prefix, s.names.Add(1))
}

// freePort returns a loopback TCP port that was free a moment ago.
func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// syncWriter serialises the server's stdout and stderr into one buffer.
type syncWriter struct {
	mu sync.Mutex
	w  *bytes.Buffer
}

func (w *syncWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.w.Write(p)
}
