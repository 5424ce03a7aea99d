package store

// heap is a binary min-heap that tells its elements their position, so
// that an element can be removed or re-positioned in O(log n).
type heap[E any] struct {
	items    []E
	less     func(a, b E) bool
	setIndex func(e E, i int)
}

// newHeap returns an empty heap ordered by less.
func newHeap[E any](less func(a, b E) bool, setIndex func(e E, i int)) heap[E] {
	return heap[E]{less: less, setIndex: setIndex}
}

// Len returns the number of elements.
func (h *heap[E]) Len() int { return len(h.items) }

// Top returns the smallest element; the heap must not be empty.
func (h *heap[E]) Top() E { return h.items[0] }

// Push adds e.
func (h *heap[E]) Push(e E) {
	h.items = append(h.items, e)
	h.setIndex(e, len(h.items)-1)
	h.up(len(h.items) - 1)
}

// Pop removes and returns the smallest element; the heap must not be
// empty.
func (h *heap[E]) Pop() E { return h.Remove(0) }

// Remove removes and returns the element at position i.
func (h *heap[E]) Remove(i int) E {
	e := h.items[i]
	last := len(h.items) - 1
	if i != last {
		h.swap(i, last)
	}
	var zero E
	h.items[last] = zero
	h.items = h.items[:last]
	if i != last {
		h.Fix(i)
	}
	h.setIndex(e, -1)
	if cap(h.items) > 64 && len(h.items) < cap(h.items)/4 {
		h.items = append([]E(nil), h.items...) // give memory back after a drain
	}
	return e
}

// Fix restores the order after the element at position i changed.
func (h *heap[E]) Fix(i int) {
	if !h.down(i) {
		h.up(i)
	}
}

func (h *heap[E]) swap(i, j int) {
	h.items[i], h.items[j] = h.items[j], h.items[i]
	h.setIndex(h.items[i], i)
	h.setIndex(h.items[j], j)
}

func (h *heap[E]) up(i int) {
	for i > 0 {
		p := (i - 1) / 2
		if !h.less(h.items[i], h.items[p]) {
			return
		}
		h.swap(i, p)
		i = p
	}
}

// down moves the element at i down and reports whether it moved.
func (h *heap[E]) down(i int) bool {
	start, n := i, len(h.items)
	for {
		l := 2*i + 1
		if l >= n {
			break
		}
		c := l
		if r := l + 1; r < n && h.less(h.items[r], h.items[l]) {
			c = r
		}
		if !h.less(h.items[c], h.items[i]) {
			break
		}
		h.swap(i, c)
		i = c
	}
	return i > start
}
