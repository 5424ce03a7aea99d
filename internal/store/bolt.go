package store

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"
)

// errNoChange makes update roll back a transaction that changed nothing,
// which saves the commit's fsync.
var errNoChange = errors.New("store: no change")

// boltLease is a leased request of the bbolt store. Leases live in memory
// only: the request stays in the queue bucket, so a process that dies
// with requests leased loses nothing and the next one pops them again.
type boltLease struct {
	qkey  string
	host  string
	until time.Time
	seq   uint64
	idx   int
}

// boltStore is the Store kept in one bbolt file. Requests, the seen set,
// host times, fingerprints and emitted keys are on disk; memory holds the
// scheduler (per host: next time, first request, leases), the leases and
// a few counters, so memory grows with hosts and in-flight requests, not
// with the frontier.
type boltStore struct {
	cfg    config
	db     *bolt.DB
	layout blocks

	mu         sync.Mutex
	closed     bool
	broken     error // a failed commit: in-memory state may not match the file
	c          counters
	sched      *sched[struct{}]
	leased     map[string]*boltLease // by queue key
	leases     heap[*boltLease]      // by expiry, then seq
	delayedMin time.Time             // NotBefore of the first delayed request
	hasDelayed bool
	dirtyHosts map[string]time.Time // HostNext values not yet written
}

// OpenBolt opens or creates the bbolt file at path and returns a Store
// backed by it, safe for concurrent use. The file is locked: a second
// process (or a second OpenBolt in this one) waits up to a second and then
// fails. Every call that changes requests, emitted keys or fingerprints
// commits (with fsync unless WithNoSync) before it returns, so a crash
// after it loses nothing; Pop commits only when it moves delayed
// requests into the queue, and SetHostNext is written with the next
// commit or at Close. Leases are not written at all: requests that were
// leased when the process stopped are popped again after OpenBolt. When
// a commit fails, the store returns that error from every later call;
// reopen it to continue from the last commit.
func OpenBolt(path string, opts ...Option) (Store, error) {
	cfg := newConfig(opts)
	db, err := bolt.Open(path, 0o600, &bolt.Options{
		Timeout:        time.Second,
		NoSync:         cfg.noSync,
		FreelistType:   bolt.FreelistMapType,
		NoFreelistSync: true,
	})
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	s := &boltStore{
		cfg:    cfg,
		db:     db,
		layout: layoutFor(cfg.maxDistance),
		sched:  newSched[struct{}](cfg.perHost),
		leased: make(map[string]*boltLease),
		leases: newHeap(func(a, b *boltLease) bool {
			if !a.until.Equal(b.until) {
				return a.until.Before(b.until)
			}
			return a.seq < b.seq
		}, func(l *boltLease, i int) { l.idx = i }),
		dirtyHosts: make(map[string]time.Time),
	}
	if err := db.Update(s.init); err != nil {
		_ = db.Close()
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	if err := db.View(s.load); err != nil {
		_ = db.Close()
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	return s, nil
}

// init creates the buckets, checks the format, reads the counters and
// rebuilds the fingerprint index if its layout changed.
func (s *boltStore) init(tx *bolt.Tx) error {
	for _, name := range [][]byte{bucketMeta, bucketSeen, bucketQueue, bucketDelayed, bucketHosts, bucketEmitted, bucketFP, bucketFPIndex} {
		if _, err := tx.CreateBucketIfNotExists(name); err != nil {
			return err
		}
	}
	meta := tx.Bucket(bucketMeta)
	switch v := meta.Get(keyVersion); {
	case v == nil:
		if err := meta.Put(keyVersion, []byte{formatVersion}); err != nil {
			return err
		}
	case !bytes.Equal(v, []byte{formatVersion}):
		return fmt.Errorf("store: file format %v, want %d: %w", v, formatVersion, ErrCorrupt)
	}
	if v := meta.Get(keyCounters); v != nil {
		if err := s.c.decode(v); err != nil {
			return err
		}
	}
	if v := meta.Get(keyFPBlocks); len(v) == 1 && int(v[0]) == int(s.layout) {
		return nil
	}
	return s.rebuildFingerprints(tx)
}

// rebuildFingerprints writes the fingerprint index for the current layout.
func (s *boltStore) rebuildFingerprints(tx *bolt.Tx) error {
	if err := tx.DeleteBucket(bucketFPIndex); err != nil {
		return err
	}
	idx, err := tx.CreateBucket(bucketFPIndex)
	if err != nil {
		return err
	}
	err = tx.Bucket(bucketFP).ForEach(func(k, v []byte) error {
		if len(k) != 8 || len(v) < 8 {
			return fmt.Errorf("store: fingerprint record: %w", ErrCorrupt)
		}
		return s.indexFingerprint(idx, binary.BigEndian.Uint64(v), binary.BigEndian.Uint64(k))
	})
	if err != nil {
		return err
	}
	return tx.Bucket(bucketMeta).Put(keyFPBlocks, []byte{byte(s.layout)})
}

// indexFingerprint adds the index entries of fingerprint seq.
func (s *boltStore) indexFingerprint(idx *bolt.Bucket, fp, seq uint64) error {
	val := binary.BigEndian.AppendUint64(nil, fp)
	for i := range int(s.layout) {
		k := make([]byte, 0, 17)
		k = append(k, byte(i))
		k = binary.BigEndian.AppendUint64(k, s.layout.value(fp, i))
		k = binary.BigEndian.AppendUint64(k, seq)
		if err := idx.Put(k, val); err != nil {
			return err
		}
	}
	return nil
}

// load builds the scheduler from the queue: one Seek per host.
func (s *boltStore) load(tx *bolt.Tx) error {
	c := tx.Bucket(bucketQueue).Cursor()
	for k, _ := c.First(); k != nil; {
		name, p, err := splitQueueKey(k)
		if err != nil {
			return err
		}
		h := s.hostFor(tx, name)
		h.head, h.has = p, true
		s.sched.fix(h)
		k, _ = c.Seek(append([]byte(name), 1))
	}
	return s.refreshDelayed(tx)
}

// hostFor returns the scheduler's host, loading its next time if new.
func (s *boltStore) hostFor(tx *bolt.Tx, name string) *host[struct{}] {
	if h := s.sched.lookup(name); h != nil {
		return h
	}
	return s.sched.add(name, s.storedHostNext(tx, name))
}

// storedHostNext returns a host's next time from the unwritten changes or
// the file.
func (s *boltStore) storedHostNext(tx *bolt.Tx, name string) time.Time {
	if t, ok := s.dirtyHosts[name]; ok {
		return t
	}
	if v := tx.Bucket(bucketHosts).Get([]byte(name)); len(v) == 8 {
		return fromSortable(binary.BigEndian.Uint64(v))
	}
	return time.Time{}
}

// lock takes the lock after checking ctx, Close and earlier failures; on
// nil the caller must unlock.
func (s *boltStore) lock(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("store: %w", err)
	}
	s.mu.Lock()
	switch {
	case s.closed:
		s.mu.Unlock()
		return ErrClosed
	case s.broken != nil:
		s.mu.Unlock()
		return fmt.Errorf("store: after an earlier failure: %w", s.broken)
	}
	return nil
}

// update runs fn in a write transaction and, if fn changed something,
// writes the counters and pending host times and commits. fn returns
// errNoChange to roll back. A failure after fn started changing the
// in-memory state breaks the store (see OpenBolt).
func (s *boltStore) update(fn func(tx *bolt.Tx) error) error {
	err := s.db.Update(func(tx *bolt.Tx) error {
		if err := fn(tx); err != nil {
			return err
		}
		return s.flush(tx)
	})
	switch {
	case err == nil:
		clear(s.dirtyHosts)
		return nil
	case errors.Is(err, errNoChange):
		return nil
	case errors.Is(err, ErrNotFound):
		return err // found before any change
	}
	s.broken = err
	return fmt.Errorf("store: commit: %w", err)
}

// flush writes the counters and the pending host times.
func (s *boltStore) flush(tx *bolt.Tx) error {
	if err := tx.Bucket(bucketMeta).Put(keyCounters, s.c.encode()); err != nil {
		return err
	}
	hosts := tx.Bucket(bucketHosts)
	for name, t := range s.dirtyHosts {
		var err error
		if t.IsZero() {
			err = hosts.Delete([]byte(name))
		} else {
			err = hosts.Put([]byte(name), binary.BigEndian.AppendUint64(nil, sortableTime(t)))
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func (s *boltStore) Push(ctx context.Context, r Request) (bool, error) {
	n, err := s.PushAll(ctx, []Request{r})
	return n == 1, err
}

func (s *boltStore) PushAll(ctx context.Context, rs []Request) (int, error) {
	norm, err := normalizeAll(rs)
	if err != nil {
		return 0, err
	}
	if err := s.lock(ctx); err != nil {
		return 0, err
	}
	defer s.mu.Unlock()
	// Most links of a page were seen before: look first, without a
	// write transaction.
	var todo []Request
	err = s.db.View(func(tx *bolt.Tx) error {
		seen := tx.Bucket(bucketSeen)
		for _, r := range norm {
			v := seen.Get(key8(r.URL))
			if v == nil || mayBeShallower(v, r.Depth) {
				todo = append(todo, r)
			}
		}
		return nil
	})
	if err != nil || len(todo) == 0 {
		return 0, wrapIO(err)
	}
	added, changed := 0, false
	err = s.update(func(tx *bolt.Tx) error {
		for _, r := range todo {
			a, ch, err := s.push(tx, r)
			if err != nil {
				return err
			}
			if a {
				added++
			}
			changed = changed || ch
		}
		if !changed {
			return errNoChange
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	return added, nil
}

// mayBeShallower reports whether depth may be smaller than that of the
// queued request with seen record v (a cheap filter before the write
// transaction).
func mayBeShallower(v []byte, depth int) bool {
	switch {
	case len(v) == 0:
		return false
	case v[0] == seenQueued:
		_, p, err := splitQueueKey(v[1:])
		return err == nil && depth < p.depth
	case v[0] == seenDelayed:
		return true
	}
	return false
}

// push adds r or applies the depth rule, in tx.
func (s *boltStore) push(tx *bolt.Tx, r Request) (added, changed bool, err error) {
	seen := tx.Bucket(bucketSeen)
	k := key8(r.URL)
	v := seen.Get(k)
	if v == nil {
		s.c.seq++
		s.c.seen++
		return true, true, s.enqueue(tx, k, r, s.c.seq)
	}
	switch v[0] {
	case seenQueued:
		qk := bytes.Clone(v[1:])
		if _, leased := s.leased[string(qk)]; leased {
			return false, false, nil
		}
		name, p, err := splitQueueKey(qk)
		if err != nil || r.Depth >= p.depth {
			return false, false, err
		}
		q := tx.Bucket(bucketQueue)
		old, err := decodeRequest(q.Get(qk))
		if err != nil {
			return false, false, err
		}
		old.Depth, old.Seed, old.Referer = r.Depth, r.Seed, r.Referer
		np := prio{r.Depth, p.seq}
		nk := queueKey(name, np)
		if err := q.Delete(qk); err != nil {
			return false, false, err
		}
		if err := q.Put(nk, encodeRequest(old)); err != nil {
			return false, false, err
		}
		if err := seen.Put(k, append([]byte{seenQueued}, nk...)); err != nil {
			return false, false, err
		}
		h := s.hostFor(tx, name)
		if !h.has || np.less(h.head) {
			h.head, h.has = np, true
		}
		s.sched.fix(h)
		return false, true, nil
	case seenDelayed:
		dk := bytes.Clone(v[1:])
		d := tx.Bucket(bucketDelayed)
		old, err := decodeRequest(d.Get(dk))
		if err != nil || r.Depth >= old.Depth {
			return false, false, err
		}
		old.Depth, old.Seed, old.Referer = r.Depth, r.Seed, r.Referer
		return false, true, d.Put(dk, encodeRequest(old))
	}
	return false, false, nil
}

// enqueue writes a request that is in neither bucket: into the queue, or
// into the delayed bucket if it has a NotBefore.
func (s *boltStore) enqueue(tx *bolt.Tx, k []byte, r Request, seq uint64) error {
	s.c.queued++
	if !r.NotBefore.IsZero() {
		dk := delayedKey(r.NotBefore, seq)
		if err := tx.Bucket(bucketDelayed).Put(dk, encodeRequest(r)); err != nil {
			return err
		}
		s.c.delayed++
		if !s.hasDelayed || r.NotBefore.Before(s.delayedMin) {
			s.delayedMin, s.hasDelayed = r.NotBefore, true
		}
		return tx.Bucket(bucketSeen).Put(k, append([]byte{seenDelayed}, dk...))
	}
	return s.queue(tx, k, r, seq)
}

// queue writes r into the queue bucket and updates its host's head.
func (s *boltStore) queue(tx *bolt.Tx, k []byte, r Request, seq uint64) error {
	name := Host(r.URL)
	p := prio{r.Depth, seq}
	qk := queueKey(name, p)
	if err := tx.Bucket(bucketQueue).Put(qk, encodeRequest(r)); err != nil {
		return err
	}
	if err := tx.Bucket(bucketSeen).Put(k, append([]byte{seenQueued}, qk...)); err != nil {
		return err
	}
	h := s.hostFor(tx, name)
	if !h.has || p.less(h.head) {
		h.head, h.has = p, true
	}
	s.sched.fix(h)
	return nil
}

// seekHead sets h's head to its first queued request that is not leased,
// starting at from (a queue key of h, or nil for the first).
func (s *boltStore) seekHead(tx *bolt.Tx, h *host[struct{}], from []byte) error {
	prefix := hostPrefix(h.name)
	if from == nil {
		from = prefix
	}
	h.has = false
	c := tx.Bucket(bucketQueue).Cursor()
	for k, _ := c.Seek(from); k != nil && bytes.HasPrefix(k, prefix) && len(k) == len(prefix)+queueKeySuffix-1; k, _ = c.Next() {
		if _, leased := s.leased[string(k)]; leased {
			continue
		}
		_, p, err := splitQueueKey(k)
		if err != nil {
			return err
		}
		h.head, h.has = p, true
		break
	}
	return nil
}

// remove takes the live request with seen record v out of the queue or
// delayed bucket (releasing its lease), leaving the seen record to the
// caller.
func (s *boltStore) remove(tx *bolt.Tx, v []byte) error {
	switch v[0] {
	case seenQueued:
		qk := bytes.Clone(v[1:])
		name, p, err := splitQueueKey(qk)
		if err != nil {
			return err
		}
		if err := tx.Bucket(bucketQueue).Delete(qk); err != nil {
			return err
		}
		s.c.queued--
		h := s.hostFor(tx, name)
		if l, ok := s.leased[string(qk)]; ok {
			delete(s.leased, l.qkey)
			s.leases.Remove(l.idx)
			h.inflight--
		} else if h.has && h.head == p {
			if err := s.seekHead(tx, h, qk); err != nil {
				return err
			}
		}
		s.sched.fix(h)
	case seenDelayed:
		if err := tx.Bucket(bucketDelayed).Delete(v[1:]); err != nil {
			return err
		}
		s.c.queued--
		s.c.delayed--
		return s.refreshDelayed(tx)
	}
	return nil
}

// refreshDelayed re-reads the first delayed request's time.
func (s *boltStore) refreshDelayed(tx *bolt.Tx) error {
	s.hasDelayed = false
	if k, _ := tx.Bucket(bucketDelayed).Cursor().First(); k != nil {
		nb, _, err := splitDelayedKey(k)
		if err != nil {
			return err
		}
		s.delayedMin, s.hasDelayed = nb, true
	}
	return nil
}

func (s *boltStore) Pop(ctx context.Context, now time.Time) (Request, bool, error) {
	if err := s.lock(ctx); err != nil {
		return Request{}, false, err
	}
	defer s.mu.Unlock()
	s.sched.advance(now)
	for s.leases.Len() > 0 && !s.leases.Top().until.After(now) {
		l := s.leases.Pop()
		delete(s.leased, l.qkey)
		_, p, err := splitQueueKey([]byte(l.qkey))
		if err != nil {
			return Request{}, false, err
		}
		h := s.sched.lookup(l.host)
		h.inflight--
		if !h.has || p.less(h.head) {
			h.head, h.has = p, true
		}
		s.sched.fix(h)
	}
	if s.hasDelayed && !s.delayedMin.After(now) {
		if err := s.update(func(tx *bolt.Tx) error { return s.promote(tx, now) }); err != nil {
			return Request{}, false, err
		}
	}
	h := s.sched.pick()
	if h == nil {
		return Request{}, false, nil
	}
	var r Request
	err := s.db.View(func(tx *bolt.Tx) error {
		qk := queueKey(h.name, h.head)
		var err error
		if r, err = decodeRequest(tx.Bucket(bucketQueue).Get(qk)); err != nil {
			return err
		}
		l := &boltLease{qkey: string(qk), host: h.name, until: now.Add(s.cfg.lease), seq: h.head.seq}
		s.leased[l.qkey] = l
		s.leases.Push(l)
		h.inflight++
		return s.seekHead(tx, h, qk)
	})
	if err != nil {
		s.broken = err
		return Request{}, false, fmt.Errorf("store: pop: %w", err)
	}
	s.sched.fix(h)
	return r, true, nil
}

// promote moves the delayed requests due at now into the queue.
func (s *boltStore) promote(tx *bolt.Tx, now time.Time) error {
	c := tx.Bucket(bucketDelayed).Cursor()
	for k, v := c.First(); k != nil; k, v = c.First() {
		nb, seq, err := splitDelayedKey(k)
		if err != nil {
			return err
		}
		if nb.After(now) {
			break
		}
		r, err := decodeRequest(v)
		if err != nil {
			return err
		}
		if err := c.Delete(); err != nil {
			return err
		}
		s.c.delayed--
		if err := s.queue(tx, key8(r.URL), r, seq); err != nil {
			return err
		}
	}
	return s.refreshDelayed(tx)
}

func (s *boltStore) Done(ctx context.Context, url string) error {
	if err := s.lock(ctx); err != nil {
		return err
	}
	defer s.mu.Unlock()
	return s.update(func(tx *bolt.Tx) error {
		seen := tx.Bucket(bucketSeen)
		k := key8(url)
		v := seen.Get(k)
		switch {
		case v == nil:
			return fmt.Errorf("store: done %q: %w", url, ErrNotFound)
		case len(v) > 0 && v[0] == seenDone:
			return errNoChange
		}
		if err := s.remove(tx, v); err != nil {
			return err
		}
		s.c.done++
		return seen.Put(k, []byte{seenDone})
	})
}

func (s *boltStore) Retry(ctx context.Context, r Request) error {
	r, err := normalize(r)
	if err != nil {
		return err
	}
	if err := s.lock(ctx); err != nil {
		return err
	}
	defer s.mu.Unlock()
	return s.update(func(tx *bolt.Tx) error {
		k := key8(r.URL)
		v := tx.Bucket(bucketSeen).Get(k)
		switch {
		case v == nil:
			return fmt.Errorf("store: retry %q: %w", r.URL, ErrNotFound)
		case len(v) > 0 && v[0] == seenDone:
			s.c.done--
		default:
			if err := s.remove(tx, v); err != nil {
				return err
			}
		}
		s.c.seq++
		return s.enqueue(tx, k, r, s.c.seq)
	})
}

func (s *boltStore) Seen(ctx context.Context, url string) (bool, error) {
	if err := s.lock(ctx); err != nil {
		return false, err
	}
	defer s.mu.Unlock()
	var ok bool
	err := s.db.View(func(tx *bolt.Tx) error {
		ok = tx.Bucket(bucketSeen).Get(key8(url)) != nil
		return nil
	})
	return ok, wrapIO(err)
}

func (s *boltStore) HostNext(ctx context.Context, name string) (time.Time, error) {
	if err := s.lock(ctx); err != nil {
		return time.Time{}, err
	}
	defer s.mu.Unlock()
	if h := s.sched.lookup(name); h != nil {
		return h.next, nil
	}
	var t time.Time
	err := s.db.View(func(tx *bolt.Tx) error {
		t = s.storedHostNext(tx, name)
		return nil
	})
	return t, wrapIO(err)
}

func (s *boltStore) SetHostNext(ctx context.Context, name string, t time.Time) error {
	t, err := normTime(t)
	if err != nil {
		return err
	}
	if err := s.lock(ctx); err != nil {
		return err
	}
	defer s.mu.Unlock()
	h := s.sched.add(name, t)
	h.next = t
	s.sched.fix(h)
	s.dirtyHosts[name] = t
	return nil
}

func (s *boltStore) NextDue(ctx context.Context) (time.Time, bool, error) {
	if err := s.lock(ctx); err != nil {
		return time.Time{}, false, err
	}
	defer s.mu.Unlock()
	at, ok := s.sched.nextDue()
	if ok && at.IsZero() {
		return at, true, nil
	}
	if s.hasDelayed {
		at, ok = earliest(at, ok, s.delayedMin)
	}
	if s.leases.Len() > 0 {
		at, ok = earliest(at, ok, s.leases.Top().until)
	}
	return at, ok, nil
}

func (s *boltStore) AddFingerprint(ctx context.Context, url string, fp uint64, maxDistance int) (bool, string, error) {
	if err := checkDistance(maxDistance, s.cfg.maxDistance); err != nil {
		return false, "", err
	}
	if err := s.lock(ctx); err != nil {
		return false, "", err
	}
	defer s.mu.Unlock()
	var m fpMatch
	err := s.update(func(tx *bolt.Tx) error {
		fps, idx := tx.Bucket(bucketFP), tx.Bucket(bucketFPIndex)
		known := false
		for i := range int(s.layout) {
			prefix := make([]byte, 0, 9)
			prefix = append(prefix, byte(i))
			prefix = binary.BigEndian.AppendUint64(prefix, s.layout.value(fp, i))
			c := idx.Cursor()
			for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
				if len(k) != 17 || len(v) != 8 {
					return fmt.Errorf("store: fingerprint index: %w", ErrCorrupt)
				}
				d := distance(fp, binary.BigEndian.Uint64(v))
				if d > maxDistance {
					continue
				}
				rec := fps.Get(k[9:])
				if len(rec) < 8 {
					return fmt.Errorf("store: fingerprint record: %w", ErrCorrupt)
				}
				if string(rec[8:]) == url {
					known = known || d == 0
					continue
				}
				m.consider(d, binary.BigEndian.Uint64(k[9:]), string(rec[8:]))
			}
		}
		if m.found || known {
			return errNoChange
		}
		seq, err := fps.NextSequence()
		if err != nil {
			return err
		}
		rec := binary.BigEndian.AppendUint64(make([]byte, 0, 8+len(url)), fp)
		if err := fps.Put(binary.BigEndian.AppendUint64(nil, seq), append(rec, url...)); err != nil {
			return err
		}
		s.c.fps++
		return s.indexFingerprint(idx, fp, seq)
	})
	if err != nil {
		return false, "", err
	}
	return m.found, m.url, nil
}

func (s *boltStore) MarkEmitted(ctx context.Context, key string) (bool, error) {
	if err := s.lock(ctx); err != nil {
		return false, err
	}
	defer s.mu.Unlock()
	first := false
	err := s.update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketEmitted)
		k := key8(key)
		if b.Get(k) != nil {
			return errNoChange
		}
		first = true
		s.c.emitted++
		return b.Put(k, nil)
	})
	return first && err == nil, err
}

func (s *boltStore) Emitted(ctx context.Context, key string) (bool, error) {
	if err := s.lock(ctx); err != nil {
		return false, err
	}
	defer s.mu.Unlock()
	found := false
	err := s.db.View(func(tx *bolt.Tx) error {
		found = tx.Bucket(bucketEmitted).Get(key8(key)) != nil
		return nil
	})
	return found, err
}

func (s *boltStore) Stats(ctx context.Context) (Stats, error) {
	if err := s.lock(ctx); err != nil {
		return Stats{}, err
	}
	defer s.mu.Unlock()
	leased := int64(len(s.leased))
	return Stats{
		Queued:       int64(s.c.queued) - leased,
		Delayed:      int64(s.c.delayed),
		Leased:       leased,
		Done:         int64(s.c.done),
		Seen:         int64(s.c.seen),
		Emitted:      int64(s.c.emitted),
		Fingerprints: int64(s.c.fps),
	}, nil
}

func (s *boltStore) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil
	}
	s.closed = true
	var err error
	if s.broken == nil && len(s.dirtyHosts) > 0 {
		err = s.update(func(*bolt.Tx) error { return nil })
	}
	if cerr := s.db.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("store: close: %w", cerr)
	}
	return err
}

// wrapIO prefixes an error from a read transaction.
func wrapIO(err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("store: %w", err)
}
