package scoop

import (
	"errors"
	"fmt"
)

// Errors a caller can branch on with errors.Is. Extract wraps them with
// detail; the wrapped message is for people, the sentinel for code.
var (
	// ErrEmpty means the input had no bytes, or only white space.
	ErrEmpty = errors.New("scoop: empty input")
	// ErrNotHTML means the input is binary (an image, a PDF, an archive)
	// or text with no HTML markup.
	ErrNotHTML = errors.New("scoop: not an html page")
	// ErrNoArticle means the page is HTML but holds no article: a section
	// front, a login wall, an error page. The partial Article (metadata
	// only) is still returned beside it where one could be read.
	ErrNoArticle = errors.New("scoop: no article on the page")
	// ErrTooLarge is matched by a *LimitError.
	ErrTooLarge = errors.New("scoop: input over the size limit")
)

// LimitError reports that the input passed one of the Extractor's limits.
// It matches ErrTooLarge with errors.Is.
type LimitError struct {
	// What names the limit: "bytes", "nodes" or "depth" (element nesting, which the HTML parser caps at 512).
	What string
	// Limit is the limit in force.
	Limit int64
}

func (e *LimitError) Error() string {
	return fmt.Sprintf("scoop: input over the %s limit of %d", e.What, e.Limit)
}

// Is makes errors.Is(err, ErrTooLarge) true for a *LimitError.
func (e *LimitError) Is(target error) bool { return target == ErrTooLarge }
