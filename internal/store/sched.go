package store

import "time"

// prio orders the requests of the frontier: shallower first, then in
// push order.
type prio struct {
	depth int
	seq   uint64
}

func (a prio) less(b prio) bool {
	if a.depth != b.depth {
		return a.depth < b.depth
	}
	return a.seq < b.seq
}

// Where a host sits in the scheduler.
const (
	inNone    = iota // nothing to pop, or at its lease limit
	inWaiting        // has requests, HostNext in the future
	inReady          // has requests and may be fetched now
)

// host is the scheduler's state of one host. q is the implementation's
// per-host queue (the memory store's request heap; nothing for bbolt,
// whose queue is on disk).
type host[Q any] struct {
	name     string
	next     time.Time // HostNext
	inflight int       // leased requests
	head     prio      // first poppable request, valid if has
	has      bool
	where    int8
	idx      int // position in the ready or waiting heap
	q        Q
}

// sched picks the host to pop from: among the hosts with a poppable
// request, not at their lease limit and past their HostNext, the one whose
// first request has the smallest prio. Hosts that wait for their HostNext
// sit in a heap by time. Memory is per host, not per request. Not safe for
// concurrent use; the stores hold their lock.
type sched[Q any] struct {
	hosts   map[string]*host[Q]
	ready   heap[*host[Q]] // by head
	waiting heap[*host[Q]] // by next
	limit   int
	now     time.Time // latest time passed to pick
}

func newSched[Q any](limit int) *sched[Q] {
	setIdx := func(h *host[Q], i int) { h.idx = i }
	return &sched[Q]{
		hosts:   make(map[string]*host[Q]),
		ready:   newHeap(func(a, b *host[Q]) bool { return a.head.less(b.head) }, setIdx),
		waiting: newHeap(func(a, b *host[Q]) bool { return a.next.Before(b.next) }, setIdx),
		limit:   limit,
	}
}

// lookup returns the host called name, or nil.
func (s *sched[Q]) lookup(name string) *host[Q] { return s.hosts[name] }

// add returns the host called name, creating it with next time next if it
// is not known.
func (s *sched[Q]) add(name string, next time.Time) *host[Q] {
	h := s.hosts[name]
	if h == nil {
		h = &host[Q]{name: name, next: next, idx: -1}
		s.hosts[name] = h
	}
	return h
}

// fix re-places h after its head, has, next or inflight changed, and
// forgets it when it holds nothing and its next time has passed. The
// caller must not use h after fix unless it holds a request of h.
func (s *sched[Q]) fix(h *host[Q]) {
	want := int8(inNone)
	if h.has && h.inflight < s.limit {
		want = inWaiting
		if !h.next.After(s.now) {
			want = inReady
		}
	}
	if h.where == want {
		switch want {
		case inReady:
			s.ready.Fix(h.idx)
		case inWaiting:
			s.waiting.Fix(h.idx)
		}
	} else {
		switch h.where {
		case inReady:
			s.ready.Remove(h.idx)
		case inWaiting:
			s.waiting.Remove(h.idx)
		}
		h.where = want
		switch want {
		case inReady:
			s.ready.Push(h)
		case inWaiting:
			s.waiting.Push(h)
		}
	}
	if !h.has && h.inflight == 0 && !h.next.After(s.now) {
		delete(s.hosts, h.name)
	}
}

// advance moves the clock to now (it never goes back) and the hosts whose
// next time has come from waiting to ready.
func (s *sched[Q]) advance(now time.Time) {
	if now.After(s.now) {
		s.now = now
	}
	for s.waiting.Len() > 0 && !s.waiting.Top().next.After(s.now) {
		h := s.waiting.Pop()
		h.where = inReady
		s.ready.Push(h)
	}
}

// pick returns the host to pop from, or nil; call advance first.
func (s *sched[Q]) pick() *host[Q] {
	if s.ready.Len() == 0 {
		return nil
	}
	return s.ready.Top()
}

// nextDue returns the zero time when a host is ready, else the earliest
// next time of a waiting host; ok is false when no host is either.
func (s *sched[Q]) nextDue() (time.Time, bool) {
	switch {
	case s.ready.Len() > 0:
		return time.Time{}, true
	case s.waiting.Len() > 0:
		return s.waiting.Top().next, true
	}
	return time.Time{}, false
}
