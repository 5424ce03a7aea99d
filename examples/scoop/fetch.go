package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/newsscoop/scoop"
)

// maxRedirects is the most redirects followed for one page.
const maxRedirects = 10

// statusError reports a response whose status is not 2xx.
type statusError struct {
	URL    string // the URL that answered, after redirects
	Status string // "404 Not Found"
	Code   int
}

func (e *statusError) Error() string {
	return fmt.Sprintf("GET %s: %s", e.URL, e.Status)
}

// newHTTPClient returns a client whose requests, redirects and body
// included, last at most timeout.
func newHTTPClient(timeout time.Duration) *http.Client {
	return &http.Client{
		Timeout: timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) >= maxRedirects {
				return fmt.Errorf("stopped after %d redirects", maxRedirects)
			}
			return nil
		},
	}
}

// fetchArticle GETs rawURL and extracts the article of the response. The
// body is read up to the extractor's byte limit; the article's URL is the
// final URL after redirects.
func fetchArticle(ctx context.Context, client *http.Client, ex *scoop.Extractor, rawURL, ua string) (*scoop.Article, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", ua)
	req.Header.Set("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5")
	resp, err := client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, &statusError{URL: resp.Request.URL.String(), Status: resp.Status, Code: resp.StatusCode}
	}
	// The extractor stops at its own limit too; this bounds the read even
	// if that limit were raised.
	resp.Body = struct {
		io.Reader
		io.Closer
	}{io.LimitReader(resp.Body, maxPageBytes+1), resp.Body}
	return ex.ExtractResponse(resp)
}
