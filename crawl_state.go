package scoop

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/newsscoop/scoop/internal/store"
)

// openStateStore opens the crawl state kept in dir. Commits are not
// fsynced: what a process wrote survives its being killed (the kernel
// has it), only a power cut can lose the last writes. An fsync per call
// would cap a crawl near 150 pages/s on a fast disk.
func openStateStore(dir string, opts ...store.Option) (store.Store, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("creating %s: %w", dir, err)
	}
	return store.OpenBolt(filepath.Join(dir, "crawl.db"), append(opts, store.WithNoSync())...)
}
