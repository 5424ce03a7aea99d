package warc

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httputil"
	"net/textproto"
	"strconv"
	"strings"
	"time"

	"github.com/klauspost/compress/flate"
	"github.com/klauspost/compress/gzip"
	gowarc "github.com/nlnwa/gowarc/v3"
)

// Default limits of a Reader.
const (
	// DefaultMaxBodyBytes is the largest body a Reader returns (10 MiB,
	// colly's default MaxBodySize, so whatever scoop's crawler archived
	// reads back).
	DefaultMaxBodyBytes = 10 << 20
	// DefaultMaxHeaderBytes caps a record's WARC header, and separately its
	// HTTP header (256 KiB).
	DefaultMaxHeaderBytes = 256 << 10
)

// Record is one WARC record as read by a Reader. The Reader does not keep
// it: the caller owns every field.
type Record struct {
	Type      string    // WARC-Type: "response", "request", "metadata", ...
	ID        string    // WARC-Record-ID without angle brackets, e.g. "urn:uuid:..."
	TargetURI string    // WARC-Target-URI ("" for warcinfo)
	Date      time.Time // WARC-Date (zero if missing or unparsable)

	// Status and Header are the HTTP status code and header fields of an
	// application/http record (response, request, revisit), else 0 and nil.
	// Status is 0 for requests and when the HTTP head does not parse.
	Status int
	Header http.Header

	// Body is the record's payload: for an application/http record the
	// bytes after the HTTP head, de-chunked if the head says
	// Transfer-Encoding: chunked and the chunks parse; for other records
	// the whole block (e.g. the warc-fields of warcinfo and metadata
	// records). A Content-Encoding is not undone: Common Crawl and scoop's
	// Writer store decoded bodies and say so in X-Crawler-Content-Encoding.
	Body []byte

	// WARCHeader holds every WARC header field, keyed in canonical form
	// (Get("WARC-Concurrent-To") works as usual; repeated fields keep
	// all their values).
	WARCHeader http.Header
}

// ReaderOption configures a Reader.
type ReaderOption func(*readerConfig)

type readerConfig struct {
	types     map[string]bool // nil: all types
	maxBody   int64
	maxHeader int
}

// WithTypes sets the record types Next returns (WARC-Type values such as
// "response", "request", "metadata", "warcinfo", "revisit", "resource").
// The default is "response" alone. Records of other types are skipped
// without being parsed or held in memory.
func WithTypes(types ...string) ReaderOption {
	return func(c *readerConfig) {
		c.types = make(map[string]bool, len(types))
		for _, t := range types {
			c.types[strings.ToLower(t)] = true
		}
	}
}

// WithAllTypes makes Next return records of every type.
func WithAllTypes() ReaderOption {
	return func(c *readerConfig) { c.types = nil }
}

// WithMaxBodyBytes sets the largest body Next returns (default
// DefaultMaxBodyBytes). A record with a larger body is skipped, without
// being read into memory when its Content-Length already says so, and Next
// returns a *RecordError wrapping ErrTooLarge. n <= 0 keeps the default.
func WithMaxBodyBytes(n int64) ReaderOption {
	return func(c *readerConfig) {
		if n > 0 {
			c.maxBody = n
		}
	}
}

// WithMaxHeaderBytes caps the size of a record's WARC header and of its HTTP
// head (default DefaultMaxHeaderBytes). A WARC header over it is fatal
// (ErrCorrupt: the record cannot be delimited), an HTTP head over it skips
// the record (ErrTooLarge). n <= 0 keeps the default.
func WithMaxHeaderBytes(n int) ReaderOption {
	return func(c *readerConfig) {
		if n > 0 {
			c.maxHeader = n
		}
	}
}

// Reader streams records from a WARC file: uncompressed, gzip-compressed one
// member per record (as Common Crawl and Writer write them) or compressed
// whole. It holds at most one record in memory, about three times the
// record's size, bounded by the header and body limits. A Reader is not
// safe for concurrent use.
//
// Records are delimited by the Reader itself, within its limits; each is
// then parsed and its digests checked by github.com/nlnwa/gowarc.
type Reader struct {
	cfg   readerConfig
	src   *bufio.Reader      // the (decompressed) WARC stream
	um    gowarc.Unmarshaler // parses one delimited record
	lb    *bufio.Reader      // feeds one record to um
	hdr   []byte             // raw WARC header of the current record
	block []byte             // content block of the current record
	err   error              // sticky fatal error
}

// NewReader returns a Reader over r, detecting gzip compression from its
// first bytes. The caller keeps ownership of r (and closes it); the Reader
// reads it sequentially and never seeks.
func NewReader(r io.Reader, opts ...ReaderOption) (*Reader, error) {
	if r == nil {
		return nil, errors.New("warc: nil reader")
	}
	cfg := readerConfig{
		types:     map[string]bool{"response": true},
		maxBody:   DefaultMaxBodyBytes,
		maxHeader: DefaultMaxHeaderBytes,
	}
	for _, o := range opts {
		o(&cfg)
	}
	br := bufio.NewReaderSize(r, 64<<10)
	src := br
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		// Multistream (the default) reads a file of many members as one
		// stream, so both layouts read alike.
		gz, err := gzip.NewReader(br)
		if err != nil {
			return nil, inputError("gzip header", err)
		}
		src = bufio.NewReaderSize(gz, 64<<10)
	}
	um := newUnmarshaler(
		gowarc.WithSyntaxErrorPolicy(gowarc.ErrIgnore),
		gowarc.WithSpecViolationPolicy(gowarc.ErrWarn), // reports digest mismatches
		gowarc.WithUnknownRecordTypePolicy(gowarc.ErrIgnore),
		gowarc.WithBufferMaxMemBytes(int64(cfg.maxHeader)+cfg.maxBody+1), // never a temp file
	)
	return &Reader{cfg: cfg, src: src, um: um, lb: bufio.NewReaderSize(nil, 32<<10)}, nil
}

// Next returns the next record of a wanted type (see WithTypes), or io.EOF
// after the last one.
//
// A *RecordError concerns one record and iteration may go on: ErrTooLarge
// and ErrCorrupt come with a nil Record, ErrDigestMismatch with the record
// as read. Any other error is fatal: the input is truncated (ErrTruncated),
// no longer WARC (ErrCorrupt) or unreadable, and Next keeps returning it.
func (r *Reader) Next() (*Record, error) {
	for r.err == nil {
		rec, err := r.next()
		if errors.Is(err, errSkip) {
			continue
		}
		var re *RecordError
		if err != nil && !errors.As(err, &re) {
			r.err = err
		}
		return rec, err
	}
	return nil, r.err
}

// errSkip marks a record of an unwanted type, skipped.
var errSkip = errors.New("warc: skipped")

// next reads one record.
func (r *Reader) next() (*Record, error) {
	if err := r.readHeader(); err != nil {
		return nil, err
	}
	wh := parseFields(r.hdr)
	typ := strings.ToLower(wh.Get("WARC-Type"))
	size, err := strconv.ParseInt(strings.TrimSpace(wh.Get("Content-Length")), 10, 64)
	if err != nil || size < 0 {
		return nil, fmt.Errorf("%w: record %s has no valid Content-Length (%q)",
			ErrCorrupt, wh.Get("WARC-Record-ID"), wh.Get("Content-Length"))
	}
	if r.cfg.types != nil && !r.cfg.types[typ] {
		if err := r.discard(size); err != nil {
			return nil, err
		}
		return nil, errSkip
	}
	if size > r.cfg.maxBody+int64(r.cfg.maxHeader) {
		if err := r.discard(size); err != nil {
			return nil, err
		}
		return nil, recordError(typ, wh, fmt.Errorf("%w: block of %d bytes, limit %d for the body", ErrTooLarge, size, r.cfg.maxBody))
	}
	if int64(cap(r.block)) < size {
		r.block = make([]byte, size)
	}
	r.block = r.block[:size]
	if _, err := io.ReadFull(r.src, r.block); err != nil {
		return nil, inputError("record block", err)
	}
	return r.parse(typ, wh)
}

// readHeader reads the next record's WARC header, version line included,
// into r.hdr, skipping the blank lines that end the previous record.
func (r *Reader) readHeader() error {
	r.hdr = r.hdr[:0]
	for {
		line, err := r.readLine()
		first := len(r.hdr) == len(line)
		switch {
		case errors.Is(err, io.EOF) && len(r.hdr) == 0:
			return io.EOF
		case errors.Is(err, io.ErrUnexpectedEOF) && first && !isVersionPrefix(line):
			return fmt.Errorf("%w: expected a WARC version line, found %q", ErrCorrupt, trimQuote(line))
		case errors.Is(err, ErrCorrupt):
			return err
		case err != nil:
			return inputError("WARC header", err)
		}
		if len(bytes.TrimRight(line, "\r\n")) == 0 {
			if first { // blank line between records
				r.hdr = r.hdr[:0]
				continue
			}
			return nil // blank line after the fields
		}
		if first && !bytes.HasPrefix(line, []byte("WARC/")) {
			return fmt.Errorf("%w: expected a WARC version line, found %q", ErrCorrupt, trimQuote(line))
		}
	}
}

// readLine appends the next line, newline included, to r.hdr and returns
// it. A line at the end of input without a newline is returned with
// io.EOF, as is an empty one.
func (r *Reader) readLine() ([]byte, error) {
	start := len(r.hdr)
	for {
		frag, err := r.src.ReadSlice('\n')
		if len(r.hdr)+len(frag) > r.cfg.maxHeader {
			return nil, fmt.Errorf("%w: WARC header over %d bytes", ErrCorrupt, r.cfg.maxHeader)
		}
		r.hdr = append(r.hdr, frag...)
		switch {
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case errors.Is(err, io.EOF) && len(r.hdr) > start:
			return r.hdr[start:], io.ErrUnexpectedEOF
		case err != nil:
			return nil, err
		}
		return r.hdr[start:], nil
	}
}

// discard skips n bytes of input.
func (r *Reader) discard(n int64) error {
	if _, err := io.CopyN(io.Discard, r.src, n); err != nil {
		return inputError("record block", err)
	}
	return nil
}

// parse hands the delimited record (r.hdr and r.block) to gowarc, which
// parses the HTTP head and checks the digests, and turns the result into a
// Record.
func (r *Reader) parse(typ string, wh http.Header) (*Record, error) {
	r.lb.Reset(io.MultiReader(bytes.NewReader(r.hdr), bytes.NewReader(r.block), strings.NewReader("\r\n\r\n")))
	wr, _, validation, err := r.um.Unmarshal(r.lb)
	if err != nil {
		return nil, recordError(typ, wh, fmt.Errorf("%w: %w", ErrCorrupt, err))
	}
	defer wr.Close()

	rec := &Record{
		Type:       typ,
		ID:         strings.Trim(wh.Get("WARC-Record-ID"), "<> "),
		TargetURI:  strings.Trim(wh.Get("WARC-Target-URI"), "<> "),
		WARCHeader: wh,
	}
	if d, err := time.Parse(time.RFC3339Nano, wh.Get("WARC-Date")); err == nil {
		rec.Date = d
	}

	// The HTTP head is parsed here rather than taken from gowarc, which
	// goes through http.ReadResponse and http.ReadRequest: they drop Host
	// and Transfer-Encoding from the header, and give nothing at all for a
	// head they find malformed.
	var payload io.Reader
	switch b := wr.Block().(type) {
	case gowarc.PayloadBlock: // HTTP request, response, revisit
		if hb, ok := b.(gowarc.ProtocolHeaderBlock); ok {
			head := hb.ProtocolHeaderBytes()
			if len(head) > r.cfg.maxHeader {
				return nil, recordError(typ, wh, fmt.Errorf("%w: HTTP head over %d bytes", ErrTooLarge, r.cfg.maxHeader))
			}
			rec.Status, rec.Header = parseHead(head)
		}
		payload, err = b.PayloadBytes()
	default:
		payload, err = b.RawBytes()
	}
	if err != nil {
		return nil, recordError(typ, wh, fmt.Errorf("%w: %w", ErrCorrupt, err))
	}
	body, err := io.ReadAll(io.LimitReader(payload, r.cfg.maxBody+1))
	if err != nil {
		return nil, recordError(typ, wh, fmt.Errorf("%w: %w", ErrCorrupt, err))
	}
	if int64(len(body)) > r.cfg.maxBody {
		return nil, recordError(typ, wh, fmt.Errorf("%w: body over %d bytes", ErrTooLarge, r.cfg.maxBody))
	}
	if rec.Header != nil && isChunked(rec.Header) {
		if plain, err := io.ReadAll(io.LimitReader(httputil.NewChunkedReader(bytes.NewReader(body)), r.cfg.maxBody)); err == nil {
			body = plain
		}
	}
	rec.Body = body

	for _, v := range validation {
		if de, ok := errors.AsType[*gowarc.DigestError](v); ok {
			return rec, recordError(typ, wh, fmt.Errorf("%w: %s digest %s, computed %s",
				ErrDigestMismatch, de.Algorithm, de.Expected, de.Computed))
		}
	}
	return rec, nil
}

// parseFields parses the WARC header fields after the version line,
// leniently: lines without a colon are dropped, folded lines joined.
func parseFields(hdr []byte) http.Header {
	h := make(http.Header, 12)
	var last string
	lines := bytes.Split(hdr, []byte("\n"))
	for _, line := range lines[1:] {
		line = bytes.TrimRight(line, "\r")
		if len(line) == 0 {
			continue
		}
		if (line[0] == ' ' || line[0] == '\t') && last != "" {
			if vs := h[last]; len(vs) > 0 {
				vs[len(vs)-1] += " " + string(bytes.TrimSpace(line))
			}
			continue
		}
		name, value, ok := bytes.Cut(line, []byte(":"))
		if !ok {
			continue
		}
		last = http.CanonicalHeaderKey(string(bytes.TrimSpace(name)))
		h[last] = append(h[last], string(bytes.TrimSpace(value)))
	}
	return h
}

// parseHead parses an HTTP head: the status code of a status line (0 for
// a request line or a malformed one) and the header fields, nil if none
// parse.
func parseHead(head []byte) (int, http.Header) {
	tp := textproto.NewReader(bufio.NewReader(bytes.NewReader(head)))
	line, err := tp.ReadLine()
	if err != nil {
		return 0, nil
	}
	status := 0
	if proto, rest, ok := strings.Cut(line, " "); ok && strings.HasPrefix(proto, "HTTP/") {
		code, _, _ := strings.Cut(strings.TrimLeft(rest, " "), " ")
		if n, err := strconv.Atoi(code); err == nil && len(code) == 3 && n >= 100 {
			status = n
		}
	}
	h, err := tp.ReadMIMEHeader()
	if err != nil && len(h) == 0 {
		return status, nil
	}
	return status, http.Header(h)
}

// isChunked reports whether h declares a chunked Transfer-Encoding.
func isChunked(h http.Header) bool {
	for _, v := range h.Values("Transfer-Encoding") {
		if strings.Contains(strings.ToLower(v), "chunked") {
			return true
		}
	}
	return false
}

// recordError wraps err for one record.
func recordError(typ string, wh http.Header, err error) error {
	return &RecordError{
		Type:      typ,
		ID:        strings.Trim(wh.Get("WARC-Record-ID"), "<> "),
		TargetURI: strings.Trim(wh.Get("WARC-Target-URI"), "<> "),
		Err:       err,
	}
}

// inputError classifies an error reading the input: an early end is
// ErrTruncated, a broken gzip stream ErrCorrupt; other I/O errors are
// passed on.
func inputError(what string, err error) error {
	switch {
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return fmt.Errorf("%w: input ends inside %s", ErrTruncated, what)
	case errors.Is(err, gzip.ErrChecksum), errors.Is(err, gzip.ErrHeader):
		return fmt.Errorf("%w: %s: %w", ErrCorrupt, what, err)
	}
	if _, ok := errors.AsType[flate.CorruptInputError](err); ok {
		return fmt.Errorf("%w: %s: %w", ErrCorrupt, what, err)
	}
	return fmt.Errorf("warc: read %s: %w", what, err)
}

// isVersionPrefix reports whether a line cut short by the end of input
// may be the start of a WARC version line.
func isVersionPrefix(line []byte) bool {
	return bytes.HasPrefix(line, []byte("WARC/")) || bytes.HasPrefix([]byte("WARC/"), line)
}

// trimQuote shortens a line for an error message.
func trimQuote(b []byte) []byte {
	b = bytes.TrimRight(b, "\r\n")
	if len(b) > 40 {
		b = b[:40]
	}
	return b
}
