package store_test

import (
	"bufio"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsscoop/scoop/internal/store"
	"github.com/newsscoop/scoop/internal/store/storetest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func openBolt(t *testing.T, path string, opts ...store.Option) store.Store {
	t.Helper()
	s, err := store.OpenBolt(path, opts...)
	require.NoError(t, err)
	return s
}

func TestBolt(t *testing.T) {
	t.Parallel()
	storetest.Run(t, func(t *testing.T) store.Store {
		return openBolt(t, filepath.Join(t.TempDir(), "crawl.db"))
	})
}

func TestBoltDurable(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	storetest.RunDurable(t, func(t *testing.T, name string) store.Store {
		return openBolt(t, filepath.Join(dir, name+".db"))
	})
}

// crashEnv names the file the crash child works on.
const crashEnv = "SCOOP_STORE_CRASH_DB"

// TestBoltCrashChild is the process TestBoltSIGKILL kills; it does nothing
// in a normal run.
func TestBoltCrashChild(t *testing.T) {
	path := os.Getenv(crashEnv)
	if path == "" {
		t.Skip("helper process for TestBoltSIGKILL")
	}
	ctx := context.Background()
	s, err := store.OpenBolt(path)
	if err != nil {
		fmt.Println("error", err)
		os.Exit(1)
	}
	var rs []store.Request
	for i := range 100 {
		rs = append(rs, store.Request{URL: fmt.Sprintf("https://h%d.example/%d", i%10, i)})
	}
	must := func(err error) {
		if err != nil {
			fmt.Println("error", err)
			os.Exit(1)
		}
	}
	_, err = s.PushAll(ctx, rs)
	must(err)
	for range 5 {
		_, _, err := s.Pop(ctx, storetest.T0)
		must(err)
	}
	must(s.Done(ctx, "https://h0.example/0"))
	must(s.Done(ctx, "https://h1.example/1"))
	_, err = s.MarkEmitted(ctx, "https://h0.example/0")
	must(err)
	_, _, err = s.AddFingerprint(ctx, "https://h0.example/0", 42, 3)
	must(err)
	fmt.Println("ready")
	time.Sleep(time.Minute) // killed before this ends
	os.Exit(2)
}

// TestBoltSIGKILL kills a process that uses the store without closing it
// and checks that the next process sees every acknowledged change and
// gets the leased requests again.
func TestBoltSIGKILL(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("starts a process")
	}
	path := filepath.Join(t.TempDir(), "crash.db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestBoltCrashChild$")
	cmd.Env = append(os.Environ(), crashEnv+"="+path)
	out, err := cmd.StdoutPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	lines := bufio.NewScanner(out)
	ready := false
	for lines.Scan() {
		if lines.Text() == "ready" {
			ready = true
			break
		}
		t.Log("child:", lines.Text())
	}
	require.NoError(t, cmd.Process.Kill()) // SIGKILL on Unix
	_ = cmd.Wait()
	require.True(t, ready, "child did not get ready")

	ctx := context.Background()
	s := openBolt(t, path)
	defer s.Close()
	st, err := s.Stats(ctx)
	require.NoError(t, err)
	assert.Equal(t, store.Stats{Queued: 98, Done: 2, Seen: 100, Emitted: 1, Fingerprints: 1}, st)
	// The three requests leased but not done come back first.
	var got []string
	for range 3 {
		r, ok, err := s.Pop(ctx, storetest.T0)
		require.NoError(t, err)
		require.True(t, ok)
		got = append(got, r.URL)
	}
	assert.Equal(t, []string{"https://h2.example/2", "https://h3.example/3", "https://h4.example/4"}, got)
	first, err := s.MarkEmitted(ctx, "https://h0.example/0")
	require.NoError(t, err)
	assert.False(t, first)
	dup, of, err := s.AddFingerprint(ctx, "https://copy.example/", 43, 3)
	require.NoError(t, err)
	assert.True(t, dup)
	assert.Equal(t, "https://h0.example/0", of)
}

func TestBoltLocked(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "locked.db")
	s := openBolt(t, path)
	defer s.Close()
	_, err := store.OpenBolt(path)
	require.Error(t, err, "second open of a locked file")
	assert.Contains(t, err.Error(), "store: open")
}

func TestBoltNotABoltFile(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "junk.db")
	require.NoError(t, os.WriteFile(path, []byte(strings.Repeat("junk", 2000)), 0o600))
	_, err := store.OpenBolt(path)
	require.Error(t, err)
}

// TestBoltFingerprintLayoutChange reopens a file with a larger
// WithFingerprintDistance: the index is rebuilt and finds old entries at
// the new distance.
func TestBoltFingerprintLayoutChange(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "fp.db")
	s := openBolt(t, path)
	rng := rand.New(rand.NewPCG(3, 4))
	fps := make([]uint64, 200)
	for i := range fps {
		fps[i] = rng.Uint64()
		dup, _, err := s.AddFingerprint(ctx, fmt.Sprintf("u%d", i), fps[i], 3)
		require.NoError(t, err)
		require.False(t, dup)
	}
	require.NoError(t, s.Close())

	s = openBolt(t, path, store.WithFingerprintDistance(7))
	// Seven bits off u100, spread over all four 16-bit blocks: the old
	// layout could not find it.
	fp := fps[100] ^ (1<<1 | 1<<17 | 1<<33 | 1<<49 | 1<<50 | 1<<51 | 1<<2)
	dup, of, err := s.AddFingerprint(ctx, "new", fp, 7)
	require.NoError(t, err)
	assert.True(t, dup)
	assert.Equal(t, "u100", of)
	st, err := s.Stats(ctx)
	require.NoError(t, err)
	assert.Equal(t, int64(200), st.Fingerprints)
	require.NoError(t, s.Close())

	// And back.
	s = openBolt(t, path)
	defer s.Close()
	dup, _, err = s.AddFingerprint(ctx, "new2", fps[5]^1<<63, 3)
	require.NoError(t, err)
	assert.True(t, dup)
}
