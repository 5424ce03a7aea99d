package store

import "time"

// Defaults of the options.
const (
	// DefaultLease is how long a popped request stays leased.
	DefaultLease = 5 * time.Minute
	// DefaultHostParallelism is how many requests of one host may be
	// leased at once.
	DefaultHostParallelism = 1
	// DefaultFingerprintDistance is the largest maxDistance
	// AddFingerprint accepts unless WithFingerprintDistance says more.
	DefaultFingerprintDistance = 3
)

// Option configures a Store at construction; the configuration is frozen
// afterwards. Out-of-range values are replaced by the default.
type Option func(*config)

// config is the frozen configuration of a Store.
type config struct {
	lease       time.Duration
	perHost     int
	maxDistance int
	noSync      bool
}

// newConfig applies opts over the defaults.
func newConfig(opts []Option) config {
	c := config{lease: DefaultLease, perHost: DefaultHostParallelism, maxDistance: DefaultFingerprintDistance}
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	return c
}

// WithLease sets how long a popped request stays leased before Pop hands
// it out again (default DefaultLease). Choose it above the longest fetch
// and extraction time, or slow pages are fetched twice.
func WithLease(d time.Duration) Option {
	return func(c *config) {
		if d > 0 {
			c.lease = d
		}
	}
}

// WithHostParallelism sets how many requests of one host may be leased at
// the same time (default 1, which with SetHostNext spaces the fetches of
// a host by its crawl delay).
func WithHostParallelism(n int) Option {
	return func(c *config) {
		if n > 0 {
			c.perHost = n
		}
	}
}

// WithFingerprintDistance sets the largest maxDistance AddFingerprint
// accepts, 0 to MaxFingerprintDistance (default 3). The fingerprint index
// splits the 64 bits into k+1 blocks, so that two fingerprints at most k
// bits apart agree on at least one whole block: k=3 gives 4 blocks of 16
// bits, k=7 gives 8 blocks of 8 bits. A larger k finds more edited copies
// but compares each new fingerprint with about n·(k+1)/2^(64/(k+1))
// stored ones (n stored in all): 60 for k=3 and 31,000 for k=7 at n=1M.
// OpenBolt rebuilds a file's index when k differs from the one it was
// built with.
func WithFingerprintDistance(k int) Option {
	return func(c *config) {
		if k >= 0 && k <= MaxFingerprintDistance {
			c.maxDistance = k
		}
	}
}

// WithNoSync makes OpenBolt skip the fsync after each commit. Every
// acknowledged call still reaches the operating system before it returns,
// so a killed process (SIGKILL, panic, OOM) loses nothing; a power cut
// or kernel crash may lose recent calls or, per bbolt, corrupt the file.
// The memory store ignores it.
func WithNoSync() Option {
	return func(c *config) { c.noSync = true }
}
