package scoop

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/klauspost/compress/flate"
	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zlib"
	"github.com/klauspost/compress/zstd"

	"github.com/newsscoop/scoop/internal/warc"
)

// ArchivedArticle is an article read from a response record of a WARC
// file: the Article (its URL is the record's WARC-Target-URI) and where
// and when the page was captured.
type ArchivedArticle struct {
	Article
	// RecordID is the record's WARC-Record-ID, e.g. "urn:uuid:…".
	RecordID string `json:"warc_record_id"`
	// FetchedAt is the record's WARC-Date: when the page was captured.
	FetchedAt time.Time `json:"fetched_at"`
	// Status is the HTTP status code of the archived response.
	Status int `json:"status"`
	// Key is the canonical address to deduplicate on, as in a crawl: the
	// page's rel=canonical when it is on the same site, else the target
	// URI; AMP addresses folded into their page.
	Key string `json:"key"`
	// Truncated is the record's WARC-Truncated reason ("length", "time"…)
	// when the crawler stored only the start of the page (Common Crawl
	// cuts CC-MAIN payloads at 1 MiB): the body may lack its end.
	Truncated string `json:"warc_truncated,omitempty"`
}

// ArchiveError reports one WARC response record that gave no article, or
// gave one with a reservation. The sequence of ExtractWARC goes on after
// it. Err wraps ErrNoArticle (the partial article comes with it),
// ErrStatus (a redirect or an error answer), ErrNotHTML (an image, a
// robots.txt, a PDF), ErrEmpty, ErrTooLarge, or ErrBadRecord (a record
// that does not parse, or whose digest does not match its bytes: the
// article read from it comes with it).
type ArchiveError struct {
	RecordID string // WARC-Record-ID
	URL      string // WARC-Target-URI
	Status   int    // HTTP status, 0 if the record has none
	Err      error
}

func (e *ArchiveError) Error() string {
	return fmt.Sprintf("scoop: warc record %s (%s): %v", e.RecordID, e.URL, e.Err)
}

func (e *ArchiveError) Unwrap() error { return e.Err }

// Errors of ExtractWARC a caller can branch on.
var (
	// ErrBadArchive: the input is not a WARC file, or is cut short; no
	// record can be read after it, so it ends the sequence.
	ErrBadArchive = errors.New("scoop: unreadable warc archive")
	// ErrBadRecord: one record does not parse, or its digest does not
	// match its bytes. It comes in an *ArchiveError; the sequence goes on.
	ErrBadRecord = errors.New("scoop: unreadable warc record")
)

// ExtractWARC extracts the articles of the WARC stream r: uncompressed,
// gzip-compressed per record (Common Crawl's CC-NEWS and CC-MAIN files,
// scoop's own crawl archives, wget's) or compressed whole. It yields one
// pair per response record, in the file's order, whatever workers does:
// an article and nil; or an *ArchiveError (see it) with the partial or
// reserved article or nil, after which the sequence goes on; or, last, an
// error wrapping ErrBadArchive or ctx's error, after which it ends.
// Request, metadata, revisit and warcinfo records are skipped.
//
// Pages are extracted by up to workers goroutines (GOMAXPROCS when
// workers <= 0), with at most twice that many records in memory, each
// bounded by the Extractor's byte limit. The body of a record is decoded
// from the Content-Encoding its HTTP head declares (gzip, deflate, zstd)
// when it is stored encoded. r is read sequentially and not closed;
// the sequence does not touch it after it returns, so stopping a range
// loop early waits for the read in progress.
func (e *Extractor) ExtractWARC(ctx context.Context, r io.Reader, workers int) iter.Seq2[*ArchivedArticle, error] {
	return func(yield func(*ArchivedArticle, error) bool) {
		wr, err := warc.NewReader(r, warc.WithMaxBodyBytes(e.cfg.maxBytes))
		if err != nil {
			yield(nil, fmt.Errorf("%w: %w", ErrBadArchive, err))
			return
		}
		if workers <= 0 {
			workers = runtime.GOMAXPROCS(0)
		}
		ctx, cancel := context.WithCancel(ctx)
		p := &warcPipeline{ex: e, rd: wr, jobs: make(chan *warcJob, workers), order: make(chan *warcJob, workers)}
		var wg sync.WaitGroup
		wg.Go(func() { p.read(ctx) })
		for range workers {
			wg.Go(p.work)
		}
		defer func() {
			cancel()
			wg.Wait()
		}()
		for j := range p.order {
			select {
			case <-j.done:
			case <-ctx.Done():
				yield(nil, ctx.Err())
				return
			}
			if !yield(j.a, j.err) || j.fatal {
				return
			}
		}
		if err := ctx.Err(); err != nil {
			yield(nil, err)
		}
	}
}

// warcPipeline reads records in one goroutine, extracts them in several
// and hands them back in their order: each job goes to order (in file
// order) and to jobs (to a worker), and the consumer waits on each job of
// order in turn.
type warcPipeline struct {
	ex    *Extractor
	rd    *warc.Reader
	jobs  chan *warcJob // to the workers
	order chan *warcJob // to the consumer, in file order
}

// warcJob is one record on its way through the pipeline. done is closed
// when a and err are set.
type warcJob struct {
	rec    *warc.Record
	recErr error // the Reader's per-record error, if any
	a      *ArchivedArticle
	err    error
	fatal  bool // err ends the sequence
	done   chan struct{}
}

// read feeds the pipeline until the input ends, a fatal error, or ctx is
// done; it closes both channels.
func (p *warcPipeline) read(ctx context.Context) {
	defer close(p.order)
	defer close(p.jobs)
	for {
		rec, err := p.rd.Next()
		if errors.Is(err, io.EOF) {
			return
		}
		j := &warcJob{rec: rec, recErr: err, done: make(chan struct{})}
		var re *warc.RecordError
		if err != nil && !errors.As(err, &re) {
			j.err, j.fatal = fmt.Errorf("%w: %w", ErrBadArchive, err), true
			close(j.done)
		}
		select {
		case p.order <- j:
		case <-ctx.Done():
			return
		}
		if j.fatal {
			return
		}
		select {
		case p.jobs <- j:
		case <-ctx.Done():
			return
		}
	}
}

// work extracts the records of jobs until it is closed.
func (p *warcPipeline) work() {
	for j := range p.jobs {
		j.a, j.err = p.ex.archived(j.rec, j.recErr)
		close(j.done)
	}
}

// archived extracts the article of one response record. recErr is the
// Reader's error for it (a *warc.RecordError), if any.
func (e *Extractor) archived(rec *warc.Record, recErr error) (*ArchivedArticle, error) {
	ae := &ArchiveError{}
	if re, ok := errors.AsType[*warc.RecordError](recErr); ok {
		ae.RecordID, ae.URL = re.ID, re.TargetURI
	}
	if rec == nil { // skipped by the Reader: too large or unparsable
		if errors.Is(recErr, warc.ErrTooLarge) {
			ae.Err = &LimitError{What: "bytes", Limit: e.cfg.maxBytes}
		} else {
			ae.Err = fmt.Errorf("%w: %w", ErrBadRecord, recErr)
		}
		return nil, ae
	}
	ae.RecordID, ae.URL, ae.Status = rec.ID, rec.TargetURI, rec.Status
	switch {
	case rec.Status == 0:
		ae.Err = fmt.Errorf("%w: no HTTP status line", ErrBadRecord)
		return nil, ae
	case rec.Status < 200 || rec.Status > 299:
		ae.Err = fmt.Errorf("%w: status %d", ErrStatus, rec.Status)
		return nil, ae
	}
	ct := rec.Header.Get("Content-Type")
	body, err := decodeContent(rec.Body, rec.Header.Get("Content-Encoding"), e.cfg.maxBytes)
	if err != nil {
		ae.Err = err
		return nil, ae
	}
	root, err := e.parse(body, ct)
	if err != nil {
		ae.Err = err
		return nil, ae
	}
	a, err := e.process(root, rec.TargetURI)
	if a == nil {
		ae.Err = err
		return nil, ae
	}
	out := &ArchivedArticle{Article: *a, RecordID: rec.ID, FetchedAt: rec.Date, Status: rec.Status,
		Key: articleKey(rec.TargetURI, a.CanonicalURL), Truncated: rec.WARCHeader.Get("WARC-Truncated")}
	switch {
	case err != nil:
		ae.Err = err
	case recErr != nil: // a digest mismatch: the bytes are not those archived
		ae.Err = fmt.Errorf("%w: %w", ErrBadRecord, recErr)
	default:
		return out, nil
	}
	return out, ae
}

// decodeContent undoes a Content-Encoding the body is still stored in.
// Crawlers that decode before archiving (Common Crawl, scoop) rename the
// header, but some keep it with decoded bytes, so the body is decoded only
// when it starts like the encoding says. The result is bounded by limit.
func decodeContent(body []byte, encoding string, limit int64) ([]byte, error) {
	var (
		zr  io.Reader
		err error
	)
	switch strings.ToLower(strings.TrimSpace(encoding)) {
	case "gzip", "x-gzip":
		if !bytes.HasPrefix(body, []byte{0x1f, 0x8b}) {
			return body, nil
		}
		zr, err = gzip.NewReader(bytes.NewReader(body))
	case "deflate": // zlib as the RFC says, or raw deflate as some servers send
		if len(body) >= 2 && body[0]&0x0f == 8 && (uint16(body[0])<<8|uint16(body[1]))%31 == 0 {
			zr, err = zlib.NewReader(bytes.NewReader(body))
		} else if !hasMarkup(body) {
			zr = flate.NewReader(bytes.NewReader(body))
		} else {
			return body, nil
		}
	case "zstd":
		if !bytes.HasPrefix(body, []byte{0x28, 0xb5, 0x2f, 0xfd}) {
			return body, nil
		}
		d, derr := zstd.NewReader(bytes.NewReader(body), zstd.WithDecoderConcurrency(1), zstd.WithDecoderMaxMemory(uint64(limit)+1))
		if derr != nil {
			return nil, fmt.Errorf("%w: zstd body: %w", ErrBadRecord, derr)
		}
		defer d.Close()
		zr = d
	default:
		return body, nil
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %s body: %w", ErrBadRecord, encoding, err)
	}
	out, err := io.ReadAll(io.LimitReader(zr, limit+1))
	if int64(len(out)) > limit {
		return nil, &LimitError{What: "bytes", Limit: limit}
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %s body: %w", ErrBadRecord, encoding, err)
	}
	return out, nil
}
