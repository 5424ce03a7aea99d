// Package store keeps a crawl's state: the frontier of requests to fetch,
// the set of URLs ever pushed, per-host politeness times, simhash
// fingerprints of emitted articles and the keys of emitted articles. One
// interface, Store, has three implementations that pass the same test
// suite (package storetest): NewMemory, for tests and crawls that need no
// resume; OpenBolt, one bbolt file for resumable crawls; and OpenRedis, a
// Redis server that several crawl workers share.
//
// The frontier is a real queue, not a goroutine per URL: a queued request
// costs about 310 bytes of heap in the memory store (URL text included)
// and about 4 bytes of heap plus 700 bytes of file in the bbolt store; a
// finished URL costs a 64-bit key (about 23 bytes in memory).
//
// Design:
//   - Order: shallowest depth first, then push order, across the hosts
//     that may be fetched now (see Store). Within one host that is
//     breadth-first order, so (with HostParallelism 1 and a page's links
//     pushed before its Done) a page is usually first reached by its
//     shallowest path, and Push's depth rule corrects the depth of a
//     request still queued. A request already leased or done keeps its
//     depth: a shorter path found after the fetch does not re-queue it.
//   - Scheduling is per host: a heap of hosts that may be fetched, keyed
//     by their first request, and a heap of hosts waiting for HostNext,
//     keyed by time. Pop is O(log hosts + log requests of the host).
//   - Leases are kept in memory only, so a crash loses none of them
//     (bbolt). In Redis, whose other workers live on, a lease is kept
//     with its expiry: Close gives a handle's leases back, a dead
//     worker's come back when they expire.
//   - Redis: every call that changes several keys is one Lua script
//     (atomic in the server); per-host queues are sorted sets, and sorted
//     sets of ready hosts (by head), waiting hosts (by HostNext), delayed
//     requests and leases make Pop O(log n) there too. Times are the
//     callers', never the server's.
//   - Near duplicates: fingerprints are indexed by k+1 blocks of bits
//     (k = WithFingerprintDistance), the pigeonhole index of Manku et al.;
//     a lookup reads the entries that share a block, not all of them.
//   - Keys: URLs and emitted keys are kept as FNV-1a 64 hashes where the
//     text is not needed (seen set, emitted set).
//
// Files:
//   - store.go: Request, Stats, the Store and Claimer interfaces,
//     validation, limits.
//   - options.go: Option and the With… functions, defaults.
//   - errors.go: the sentinel errors.
//   - host.go: Host, the politeness key of a URL.
//   - sched.go: the per-host scheduler both implementations use.
//   - heap.go: the indexed binary heap under the scheduler and queues.
//   - fpindex.go: the fingerprint block layout and the in-memory index.
//   - memory.go: NewMemory.
//   - bolt.go: OpenBolt; codec.go: its keys and records.
//   - redis.go: OpenRedis, OpenRedisURL, the Claimer of emitted keys;
//     redislua.go: its key layout and scripts.
//   - storetest/: the shared test suite (Run, RunDurable).
//   - redistest/: starts a real redis-server for tests.
package store
