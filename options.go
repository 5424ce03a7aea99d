package scoop

import (
	"log/slog"

	"github.com/newsscoop/scoop/selectors"
)

// Default limits. Each can be changed with an Option.
const (
	// DefaultMaxBytes is the most bytes of a page read: 32 MiB.
	DefaultMaxBytes = 32 << 20
	// DefaultMaxNodes is the most HTML nodes a page may have.
	DefaultMaxNodes = 2_000_000
)

// An Option configures an Extractor. Options are applied in order by New and
// are frozen there.
type Option func(*config)

type config struct {
	maxBytes    int64
	maxNodes    int
	contentType string
	rules       *selectors.Set
	logger      *slog.Logger
}

func newConfig(opts []Option) config {
	c := config{
		maxBytes: DefaultMaxBytes,
		maxNodes: DefaultMaxNodes,
	}
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	if c.rules == nil {
		c.rules = selectors.Default()
	}
	if c.logger == nil {
		c.logger = slog.New(slog.DiscardHandler)
	}
	return c
}

// WithMaxBytes sets the most bytes read from a page (n <= 0 keeps the
// default). A longer page fails with a *LimitError.
func WithMaxBytes(n int64) Option {
	return func(c *config) {
		if n > 0 {
			c.maxBytes = n
		}
	}
}

// WithMaxNodes sets the most HTML nodes a page may have (n <= 0 keeps the
// default). A page with more fails with a *LimitError.
func WithMaxNodes(n int) Option {
	return func(c *config) {
		if n > 0 {
			c.maxNodes = n
		}
	}
}

// WithContentType gives the HTTP Content-Type the page was served with, so
// that its charset parameter decides the decoding. Extract only.
func WithContentType(ct string) Option {
	return func(c *config) { c.contentType = ct }
}

// WithSelectors replaces the field rules (selectors.Default()), for example
// with a set extended by site profiles from selectors.Load. The Set must not
// be modified afterwards.
func WithSelectors(s *selectors.Set) Option {
	return func(c *config) { c.rules = s }
}

// WithLogger sets where the Extractor logs its decisions (at debug level).
// The default discards.
func WithLogger(l *slog.Logger) Option {
	return func(c *config) { c.logger = l }
}
