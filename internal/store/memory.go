package store

import (
	"context"
	"fmt"
	"sync"
	"time"
)

// Item states in the memory store.
const (
	stQueued  = iota // in its host's queue
	stDelayed        // in the delayed heap, NotBefore not reached
	stLeased         // in the lease heap
)

// item is a request in the memory store's frontier.
type item struct {
	req   Request
	seq   uint64
	until time.Time // lease expiry, when leased
	host  *host[itemHeap]
	state uint8
	idx   int // position in the heap of its state
}

func (it *item) prio() prio { return prio{it.req.Depth, it.seq} }

// itemHeap is a host's queue, by prio.
type itemHeap = heap[*item]

func setItemIndex(it *item, i int) { it.idx = i }

// memory is the in-memory Store. A request costs its Request and about
// 200 bytes of bookkeeping while it is queued or leased, and a map entry
// of its 64-bit key (about 20 bytes) once it is done; see
// TestMemoryPerURL.
type memory struct {
	cfg config

	mu       sync.Mutex
	closed   bool
	seq      uint64
	seen     map[uint64]struct{} // keys of every URL pushed
	live     map[uint64]*item    // queued, delayed or leased requests
	livePeak int                 // most entries live had since it was made
	sched    *sched[itemHeap]
	delayed  heap[*item] // by NotBefore, then seq
	leases   heap[*item] // by lease expiry, then seq
	emitted  map[uint64]struct{}
	fps      *memIndex
	stats    Stats
}

// NewMemory returns an empty in-memory Store, safe for concurrent use.
// Its state lives as long as the value and is lost with the process; use
// it for tests and crawls that need no resume. WithNoSync is ignored.
func NewMemory(opts ...Option) Store {
	cfg := newConfig(opts)
	return &memory{
		cfg:   cfg,
		seen:  make(map[uint64]struct{}),
		live:  make(map[uint64]*item),
		sched: newSched[itemHeap](cfg.perHost),
		delayed: newHeap(func(a, b *item) bool {
			if !a.req.NotBefore.Equal(b.req.NotBefore) {
				return a.req.NotBefore.Before(b.req.NotBefore)
			}
			return a.seq < b.seq
		}, setItemIndex),
		leases: newHeap(func(a, b *item) bool {
			if !a.until.Equal(b.until) {
				return a.until.Before(b.until)
			}
			return a.seq < b.seq
		}, setItemIndex),
		emitted: make(map[uint64]struct{}),
		fps:     newMemIndex(cfg.maxDistance),
	}
}

// lock takes the lock after checking ctx and the closed state; on nil the
// caller must unlock.
func (m *memory) lock(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("store: %w", err)
	}
	m.mu.Lock()
	if m.closed {
		m.mu.Unlock()
		return ErrClosed
	}
	return nil
}

func (m *memory) Push(ctx context.Context, r Request) (bool, error) {
	n, err := m.PushAll(ctx, []Request{r})
	return n == 1, err
}

func (m *memory) PushAll(ctx context.Context, rs []Request) (int, error) {
	norm, err := normalizeAll(rs)
	if err != nil {
		return 0, err
	}
	if err := m.lock(ctx); err != nil {
		return 0, err
	}
	defer m.mu.Unlock()
	added := 0
	for _, r := range norm {
		if m.push(r) {
			added++
		}
	}
	return added, nil
}

// push adds one normalised request or applies the depth rule.
func (m *memory) push(r Request) bool {
	key := keyOf(r.URL)
	if _, ok := m.seen[key]; ok {
		if it := m.live[key]; it != nil && it.state != stLeased && r.Depth < it.req.Depth {
			it.req.Depth, it.req.Seed, it.req.Referer = r.Depth, r.Seed, r.Referer
			if it.state == stQueued {
				it.host.q.Fix(it.idx)
				m.refresh(it.host)
			}
		}
		return false
	}
	m.seen[key] = struct{}{}
	m.stats.Seen++
	m.seq++
	it := &item{req: r, seq: m.seq}
	m.setLive(key, it)
	m.stats.Queued++
	m.enqueue(it, !r.NotBefore.IsZero())
	return true
}

// setLive adds a live request.
func (m *memory) setLive(key uint64, it *item) {
	m.live[key] = it
	m.livePeak = max(m.livePeak, len(m.live))
}

// deleteLive removes a live request. Go maps keep their memory when they
// shrink, so once a drained frontier holds less than a quarter of its
// peak the map is copied into a smaller one (amortised O(1)).
func (m *memory) deleteLive(key uint64) {
	delete(m.live, key)
	if m.livePeak > 1024 && len(m.live) < m.livePeak/4 {
		live := make(map[uint64]*item, len(m.live))
		for k, v := range m.live {
			live[k] = v
		}
		m.live, m.livePeak = live, len(live)
	}
}

// enqueue puts a request that is in no heap into its host's queue, or
// into the delayed heap.
func (m *memory) enqueue(it *item, delayed bool) {
	if delayed {
		it.state = stDelayed
		m.delayed.Push(it)
		m.stats.Delayed++
		return
	}
	h := m.sched.add(Host(it.req.URL), time.Time{})
	if h.q.less == nil {
		h.q = newHeap(func(a, b *item) bool { return a.prio().less(b.prio()) }, setItemIndex)
	}
	it.state, it.host = stQueued, h
	h.q.Push(it)
	m.refresh(h)
}

// refresh updates h's head from its queue and re-places it.
func (m *memory) refresh(h *host[itemHeap]) {
	h.has = h.q.Len() > 0
	if h.has {
		h.head = h.q.Top().prio()
	}
	m.sched.fix(h)
}

// unlink takes a live request out of whatever heap it is in.
func (m *memory) unlink(it *item) {
	switch it.state {
	case stQueued:
		it.host.q.Remove(it.idx)
		m.refresh(it.host)
		m.stats.Queued--
	case stDelayed:
		m.delayed.Remove(it.idx)
		m.stats.Delayed--
		m.stats.Queued--
	case stLeased:
		m.leases.Remove(it.idx)
		it.host.inflight--
		m.refresh(it.host)
		m.stats.Leased--
	}
	it.host = nil
}

func (m *memory) Pop(ctx context.Context, now time.Time) (Request, bool, error) {
	if err := m.lock(ctx); err != nil {
		return Request{}, false, err
	}
	defer m.mu.Unlock()
	m.sched.advance(now)
	for m.leases.Len() > 0 && !m.leases.Top().until.After(now) {
		it := m.leases.Pop()
		it.host.inflight--
		m.stats.Leased--
		m.stats.Queued++
		it.state = stQueued
		it.host.q.Push(it)
		m.refresh(it.host)
	}
	for m.delayed.Len() > 0 && !m.delayed.Top().req.NotBefore.After(now) {
		it := m.delayed.Pop()
		m.stats.Delayed--
		m.enqueue(it, false)
	}
	h := m.sched.pick()
	if h == nil {
		return Request{}, false, nil
	}
	it := h.q.Pop()
	h.inflight++
	m.refresh(h)
	it.state, it.until = stLeased, now.Add(m.cfg.lease)
	m.leases.Push(it)
	m.stats.Queued--
	m.stats.Leased++
	return it.req, true, nil
}

func (m *memory) Done(ctx context.Context, url string) error {
	if err := m.lock(ctx); err != nil {
		return err
	}
	defer m.mu.Unlock()
	key := keyOf(url)
	if _, ok := m.seen[key]; !ok {
		return fmt.Errorf("store: done %q: %w", url, ErrNotFound)
	}
	if it := m.live[key]; it != nil {
		m.unlink(it)
		m.deleteLive(key)
		m.stats.Done++
	}
	return nil
}

func (m *memory) Retry(ctx context.Context, r Request) error {
	r, err := normalize(r)
	if err != nil {
		return err
	}
	if err := m.lock(ctx); err != nil {
		return err
	}
	defer m.mu.Unlock()
	key := keyOf(r.URL)
	if _, ok := m.seen[key]; !ok {
		return fmt.Errorf("store: retry %q: %w", r.URL, ErrNotFound)
	}
	it := m.live[key]
	if it != nil {
		m.unlink(it)
	} else {
		it = &item{}
		m.setLive(key, it)
		m.stats.Done--
	}
	m.seq++
	it.req, it.seq = r, m.seq
	m.stats.Queued++
	m.enqueue(it, !r.NotBefore.IsZero())
	return nil
}

func (m *memory) Seen(ctx context.Context, url string) (bool, error) {
	if err := m.lock(ctx); err != nil {
		return false, err
	}
	defer m.mu.Unlock()
	_, ok := m.seen[keyOf(url)]
	return ok, nil
}

func (m *memory) HostNext(ctx context.Context, host string) (time.Time, error) {
	if err := m.lock(ctx); err != nil {
		return time.Time{}, err
	}
	defer m.mu.Unlock()
	if h := m.sched.lookup(host); h != nil {
		return h.next, nil
	}
	return time.Time{}, nil
}

func (m *memory) SetHostNext(ctx context.Context, host string, t time.Time) error {
	t, err := normTime(t)
	if err != nil {
		return err
	}
	if err := m.lock(ctx); err != nil {
		return err
	}
	defer m.mu.Unlock()
	h := m.sched.add(host, t)
	h.next = t
	m.sched.fix(h)
	return nil
}

func (m *memory) NextDue(ctx context.Context) (time.Time, bool, error) {
	if err := m.lock(ctx); err != nil {
		return time.Time{}, false, err
	}
	defer m.mu.Unlock()
	at, ok := m.sched.nextDue()
	if ok && at.IsZero() {
		return at, true, nil
	}
	if m.delayed.Len() > 0 {
		at, ok = earliest(at, ok, m.delayed.Top().req.NotBefore)
	}
	if m.leases.Len() > 0 {
		at, ok = earliest(at, ok, m.leases.Top().until)
	}
	return at, ok, nil
}

// earliest folds t into the running minimum (at, ok).
func earliest(at time.Time, ok bool, t time.Time) (time.Time, bool) {
	if !ok || t.Before(at) {
		return t, true
	}
	return at, true
}

func (m *memory) AddFingerprint(ctx context.Context, url string, fp uint64, maxDistance int) (bool, string, error) {
	if err := checkDistance(maxDistance, m.cfg.maxDistance); err != nil {
		return false, "", err
	}
	if err := m.lock(ctx); err != nil {
		return false, "", err
	}
	defer m.mu.Unlock()
	dup, of := m.fps.add(url, fp, maxDistance)
	m.stats.Fingerprints = int64(len(m.fps.fps))
	return dup, of, nil
}

func (m *memory) MarkEmitted(ctx context.Context, key string) (bool, error) {
	if err := m.lock(ctx); err != nil {
		return false, err
	}
	defer m.mu.Unlock()
	k := keyOf(key)
	if _, ok := m.emitted[k]; ok {
		return false, nil
	}
	m.emitted[k] = struct{}{}
	m.stats.Emitted++
	return true, nil
}

func (m *memory) Emitted(ctx context.Context, key string) (bool, error) {
	if err := m.lock(ctx); err != nil {
		return false, err
	}
	defer m.mu.Unlock()
	_, ok := m.emitted[keyOf(key)]
	return ok, nil
}

func (m *memory) Stats(ctx context.Context) (Stats, error) {
	if err := m.lock(ctx); err != nil {
		return Stats{}, err
	}
	defer m.mu.Unlock()
	return m.stats, nil
}

func (m *memory) Close() error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.closed = true
	return nil
}
