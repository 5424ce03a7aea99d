package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/klauspost/compress/gzip"

	"github.com/newsscoop/scoop"
)

// defaultArchiveBase is where Common Crawl serves the files its index
// names.
const defaultArchiveBase = "https://data.commoncrawl.org/"

// maxRecordBytes bounds the stored size of one record read by offset: a
// record is one gzip member of a page, far below this.
const maxRecordBytes = 64 << 20

// Retries of a record read from a server that answers 429, 5xx or not at
// all; Common Crawl's answers "503 Slow Down" under load. A var for tests.
var (
	recordRetries = 4
	retryBackoff  = time.Second
	maxRetryWait  = time.Minute
)

// indexEntry is one line of a CDX index: where one record is stored.
type indexEntry struct {
	line     int    // 1-based line in the index
	URL      string `json:"url"`
	Filename string `json:"filename"`
	Offset   cdxInt `json:"offset"`
	Length   cdxInt `json:"length"`
	Status   string `json:"status"`
}

// cdxInt is a number of a CDX line, written as a JSON string ("1234",
// Common Crawl's form) or a JSON number.
type cdxInt struct {
	n   int64
	set bool
}

func (c *cdxInt) UnmarshalJSON(b []byte) error {
	s := strings.Trim(string(b), `"`)
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n < 0 {
		return fmt.Errorf("bad number %s", b)
	}
	*c = cdxInt{n: n, set: true}
	return nil
}

// parseIndexLine reads one line of a CDX index: a JSON object (the index
// server's output=json) or "SURT TIMESTAMP {json}" (the CDXJ lines of
// Common Crawl's cdx-*.gz files). It returns nil for a blank line.
func parseIndexLine(line []byte, n int) (*indexEntry, error) {
	line = bytes.TrimSpace(line)
	if len(line) == 0 {
		return nil, nil
	}
	i := bytes.IndexByte(line, '{')
	if i < 0 {
		return nil, fmt.Errorf("index line %d: no JSON object (want a CDXJ line with filename, offset and length)", n)
	}
	e := &indexEntry{line: n}
	if err := json.Unmarshal(line[i:], e); err != nil {
		return nil, fmt.Errorf("index line %d: %w", n, err)
	}
	switch {
	case e.Filename == "":
		return nil, fmt.Errorf("index line %d: no filename", n)
	case !e.Offset.set:
		return nil, fmt.Errorf("index line %d: no offset", n)
	case !e.Length.set || e.Length.n == 0:
		return nil, fmt.Errorf("index line %d: no length", n)
	case e.Length.n > maxRecordBytes:
		return nil, fmt.Errorf("index line %d: record of %d bytes, over the limit of %d", n, e.Length.n, maxRecordBytes)
	}
	return e, nil
}

// skipped reports whether the index says the record is no page to read:
// a redirect or an error answer.
func (e *indexEntry) skipped() bool {
	return e.Status != "" && !strings.HasPrefix(e.Status, "2")
}

// location is where the entry's file is: base joined with the filename,
// unless the filename is already a URL or an absolute path.
func (e *indexEntry) location(base string) string {
	switch {
	case isURL(e.Filename), filepath.IsAbs(e.Filename), base == "":
		return e.Filename
	case isURL(base):
		return strings.TrimSuffix(base, "/") + "/" + strings.TrimPrefix(e.Filename, "/")
	default:
		return filepath.Join(base, e.Filename)
	}
}

// indexResult is what reading one index entry gave: the pairs of
// ExtractWARC on its record, or the error that kept it from being read.
type indexResult struct {
	entry *indexEntry
	loc   string
	pairs []archivedPair
	err   error
}

type archivedPair struct {
	a   *scoop.ArchivedArticle
	err error
}

// readIndex reads the index at in ("-" for stdin, a file, gzip or not)
// and hands handle each entry's result, in the index's order, while up to
// cfg.workers records are read and extracted at once. Lines that are not
// index entries are handed as results with an error.
func readIndex(ctx context.Context, e *env, ex *scoop.Extractor, cfg *warcConfig, handle func(indexResult) error) error {
	var r io.Reader = e.stdin
	if cfg.index != "-" {
		f, err := os.Open(cfg.index)
		if err != nil {
			return err
		}
		defer f.Close()
		r = f
	}
	br := bufio.NewReaderSize(r, 64<<10)
	if head, _ := br.Peek(2); len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return fmt.Errorf("%s: %w", cfg.index, err)
		}
		defer zr.Close()
		br = bufio.NewReaderSize(zr, 64<<10)
	}
	client := &http.Client{Transport: &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		ResponseHeaderTimeout: cfg.timeout,
		TLSHandshakeTimeout:   cfg.timeout,
		MaxIdleConnsPerHost:   cfg.workers,
	}}
	defer client.CloseIdleConnections()

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	// order carries one slot per line, in the index's order; a slot is
	// filled by the goroutine that reads its record. sem bounds those.
	order := make(chan chan indexResult, cfg.workers)
	sem := make(chan struct{}, cfg.workers)
	var wg sync.WaitGroup
	readErr := make(chan error, 1)
	go func() {
		defer close(order)
		readErr <- scanIndex(ctx, br, func(ent *indexEntry, err error) bool {
			slot := make(chan indexResult, 1)
			select {
			case order <- slot:
			case <-ctx.Done():
				return false
			}
			if err != nil || ent.skipped() {
				slot <- indexResult{entry: ent, err: err}
				return true
			}
			select {
			case sem <- struct{}{}:
			case <-ctx.Done():
				slot <- indexResult{entry: ent, err: ctx.Err()}
				return false
			}
			wg.Go(func() {
				defer func() { <-sem }()
				slot <- readEntry(ctx, ex, client, cfg, ent)
			})
			return true
		})
	}()
	defer wg.Wait()
	for slot := range order {
		if err := handle(<-slot); err != nil {
			cancel()
			for range order { // let the reader goroutine end
			}
			return err
		}
	}
	return <-readErr
}

// scanIndex calls fn with each entry (or line error) of the index until
// fn returns false.
func scanIndex(ctx context.Context, br *bufio.Reader, fn func(*indexEntry, error) bool) error {
	sc := bufio.NewScanner(br)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for n := 1; sc.Scan(); n++ {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		ent, err := parseIndexLine(sc.Bytes(), n)
		if ent == nil && err == nil {
			continue
		}
		if !fn(ent, err) {
			return ctx.Err()
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("reading the index: %w", err)
	}
	return nil
}

// readEntry reads the record an entry points to and extracts it.
func readEntry(ctx context.Context, ex *scoop.Extractor, client *http.Client, cfg *warcConfig, ent *indexEntry) indexResult {
	res := indexResult{entry: ent, loc: ent.location(cfg.archiveBase)}
	var rec []byte
	if isURL(res.loc) {
		rec, res.err = fetchRange(ctx, client, cfg.userAgent, res.loc, ent.Offset.n, ent.Length.n)
	} else {
		rec, res.err = readRange(res.loc, ent.Offset.n, ent.Length.n)
	}
	if res.err != nil {
		res.err = fmt.Errorf("index line %d (%s): %w", ent.line, ent.URL, res.err)
		return res
	}
	for a, err := range ex.ExtractWARC(ctx, bytes.NewReader(rec), 1) {
		res.pairs = append(res.pairs, archivedPair{a, err})
	}
	if len(res.pairs) == 0 {
		res.err = fmt.Errorf("index line %d (%s): no response record at offset %d of %s", ent.line, ent.URL, ent.Offset.n, res.loc)
	}
	return res
}

// readRange reads length bytes at offset of a local file.
func readRange(path string, offset, length int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b := make([]byte, length)
	if _, err := f.ReadAt(b, offset); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("%s: offset %d and length %d go past the end of the file", path, offset, length)
		}
		return nil, err
	}
	return b, nil
}

// fetchRange reads length bytes at offset of the file at u with a Range
// request, retrying on 429, 5xx and network errors with a growing wait
// (or the server's Retry-After).
func fetchRange(ctx context.Context, client *http.Client, userAgent, u string, offset, length int64) ([]byte, error) {
	wait := retryBackoff
	for attempt := 0; ; attempt++ {
		b, retryAfter, err := fetchRangeOnce(ctx, client, userAgent, u, offset, length)
		if err == nil || retryAfter < 0 || attempt >= recordRetries || ctx.Err() != nil {
			return b, err
		}
		if retryAfter > 0 {
			wait = min(retryAfter, maxRetryWait)
		}
		select {
		case <-time.After(wait):
		case <-ctx.Done():
			return nil, ctx.Err()
		}
		wait = min(2*wait, maxRetryWait)
	}
}

// fetchRangeOnce makes one Range request. retryAfter is negative when the
// error is final, else the wait the server asked for (0 if none).
func fetchRangeOnce(ctx context.Context, client *http.Client, userAgent, u string, offset, length int64) (b []byte, retryAfter time.Duration, err error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, -1, err
	}
	req.Header.Set("User-Agent", userAgent)
	req.Header.Set("Range", fmt.Sprintf("bytes=%d-%d", offset, offset+length-1))
	resp, err := client.Do(req)
	if err != nil {
		return nil, 0, err
	}
	defer resp.Body.Close()
	switch {
	case resp.StatusCode == http.StatusPartialContent:
		if cr := resp.Header.Get("Content-Range"); !strings.HasPrefix(cr, fmt.Sprintf("bytes %d-", offset)) {
			return nil, -1, fmt.Errorf("GET %s: the server sent the bytes %q, not those at offset %d", u, cr, offset)
		}
	case resp.StatusCode == http.StatusOK:
		return nil, -1, fmt.Errorf("GET %s: the server ignored the byte range and sent the whole file", u)
	case resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500:
		err := &statusError{URL: u, Status: resp.Status, Code: resp.StatusCode}
		if s, perr := strconv.Atoi(resp.Header.Get("Retry-After")); perr == nil && s > 0 {
			return nil, time.Duration(s) * time.Second, err
		}
		return nil, 0, err
	default:
		return nil, -1, &statusError{URL: u, Status: resp.Status, Code: resp.StatusCode}
	}
	b, err = io.ReadAll(io.LimitReader(resp.Body, length+1))
	switch {
	case err != nil:
		return nil, 0, err
	case int64(len(b)) != length:
		return nil, -1, fmt.Errorf("GET %s: %d bytes at offset %d, want %d", u, len(b), offset, length)
	}
	return b, 0, nil
}
