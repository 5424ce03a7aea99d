package store_test

import (
	"testing"

	"github.com/newsscoop/scoop/internal/store"
	"github.com/newsscoop/scoop/internal/store/storetest"
)

func TestMemory(t *testing.T) {
	t.Parallel()
	storetest.Run(t, func(t *testing.T) store.Store { return store.NewMemory() })
}
