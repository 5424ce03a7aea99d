package warc

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"net/http"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/klauspost/compress/gzip"
	gowarc "github.com/nlnwa/gowarc/v3"
	"golang.org/x/net/http/httpguts"
)

// modulePath is scoop's module path, looked up in the build info for the
// software version written to warcinfo records.
const modulePath = "github.com/newsscoop/scoop"

// openSuffix marks a file that is still being written; it is removed when
// the file is rotated or the Writer closed, as Heritrix and other crawlers
// do, so that a file without it is complete.
const openSuffix = ".open"

// Writer archives HTTP exchanges as WARC/1.1 records in gzip-compressed
// files, one gzip member per record. A Writer is safe for concurrent use:
// records are built (and digested) outside its lock, and the records of one
// exchange are written together, one after the other, under it.
//
// Files are named <prefix>-<YYYYMMDDhhmmss>-<serial>.warc.gz (UTC time the
// file was opened, five-digit serial counting from 00000 per Writer) and
// carry an extra ".open" suffix while written. Each starts with a warcinfo
// record, and every other record names it in WARC-Warcinfo-ID. A file is
// closed once it passes the size limit, so it overshoots it by at most one
// exchange; the next exchange opens a new file.
type Writer struct {
	dir      string
	prefix   string
	maxBytes int64
	info     []byte           // warcinfo block (application/warc-fields)
	now      func() time.Time // file names and warcinfo dates

	mu     sync.Mutex
	closed bool
	serial int
	f      *os.File
	name   string // final name of the open file, without openSuffix
	bw     *bufio.Writer
	cw     countingWriter
	gz     *gzip.Writer
	infoID string // WARC-Record-ID of the open file's warcinfo record
}

// NewWriter returns a Writer that writes into dir, which must exist. prefix
// starts every file name and must not contain a path separator. maxBytes is
// the size (compressed, on disk) past which a file is closed and the next
// one opened; 0 means never. info adds fields to every warcinfo record
// (operator, isPartOf, robots, ...) and may override the defaults
// "software" (scoop/<module version>) and "description"; "format" and
// "conformsTo" are fixed. Field names must be HTTP tokens. info is copied.
//
// No file is created until the first exchange is written.
func NewWriter(dir, prefix string, maxBytes int64, info map[string]string) (*Writer, error) {
	if prefix == "" || strings.ContainsAny(prefix, `/\`) || strings.ContainsRune(prefix, 0) {
		return nil, fmt.Errorf("warc: invalid file name prefix %q", prefix)
	}
	if maxBytes < 0 {
		return nil, fmt.Errorf("warc: negative maxBytes %d", maxBytes)
	}
	st, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("warc: output directory: %w", err)
	}
	if !st.IsDir() {
		return nil, fmt.Errorf("warc: output directory %s: not a directory", dir)
	}
	block, err := warcinfoBlock(info)
	if err != nil {
		return nil, err
	}
	gz, err := gzip.NewWriterLevel(nil, gzip.DefaultCompression)
	if err != nil {
		return nil, fmt.Errorf("warc: gzip: %w", err)
	}
	return &Writer{
		dir:      dir,
		prefix:   prefix,
		maxBytes: maxBytes,
		info:     block,
		now:      time.Now,
		gz:       gz,
	}, nil
}

// WriteExchange archives one HTTP exchange as a request record and a
// response record that name each other in WARC-Concurrent-To. req is the
// request as sent and resp the response as received; body is the response
// body as the client returned it (see the package documentation for what is
// stored when the client removed a Content-Encoding or Transfer-Encoding, and
// how the stored HTTP headers are adjusted to match). fetched is the fetch
// time (WARC-Date; zero means now) and ip the server's address, written as
// WARC-IP-Address if it parses as an IP (a port is dropped).
//
// WriteExchange does not keep req, resp or body, and reads neither req.Body
// nor resp.Body; a request body is archived only if req.GetBody is set.
func (w *Writer) WriteExchange(req *http.Request, resp *http.Response, body []byte, fetched time.Time, ip string) error {
	if req == nil || req.URL == nil || resp == nil {
		return errors.New("warc: WriteExchange needs a request with a URL and a response")
	}
	if fetched.IsZero() {
		fetched = w.now()
	}
	reqRec, respRec, err := buildExchange(req, resp, body, fetched, ip)
	if err != nil {
		return err
	}
	defer reqRec.Close()
	defer respRec.Close()

	w.mu.Lock()
	defer w.mu.Unlock()
	if w.closed {
		return ErrClosed
	}
	if err := w.ensureFile(); err != nil {
		return err
	}
	for _, rec := range []gowarc.WarcRecord{reqRec, respRec} {
		rec.WarcHeader().SetId(gowarc.WarcWarcinfoID, w.infoID)
		if err := w.writeRecord(rec); err != nil {
			// The file may now end in a partial record: close it so the
			// next exchange starts a clean one.
			return errors.Join(fmt.Errorf("warc: write %s: %w", w.name, err), w.closeFile())
		}
	}
	if err := w.bw.Flush(); err != nil {
		return errors.Join(fmt.Errorf("warc: write %s: %w", w.name, err), w.closeFile())
	}
	if w.maxBytes > 0 && w.cw.n >= w.maxBytes {
		return w.closeFile()
	}
	return nil
}

// Close writes out and closes the current file, if any. Later calls to
// WriteExchange return ErrClosed; Close itself may be called again and then
// returns nil.
func (w *Writer) Close() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.closed {
		return nil
	}
	w.closed = true
	return w.closeFile()
}

// ensureFile opens a new file, starting with its warcinfo record, unless
// one is open. w.mu is held.
func (w *Writer) ensureFile() error {
	if w.f != nil {
		return nil
	}
	ts := w.now().UTC()
	var (
		f    *os.File
		name string
		err  error
	)
	// Another Writer (or an earlier run) with the same prefix may have a
	// file of the same second: take the next free serial.
	for range 1000 {
		name = fmt.Sprintf("%s-%s-%05d.warc.gz", w.prefix, ts.Format("20060102150405"), w.serial)
		w.serial++
		if _, serr := os.Lstat(filepath.Join(w.dir, name)); serr == nil {
			err = fs.ErrExist // a finished file: renaming onto it would clobber it
			continue
		}
		f, err = os.OpenFile(filepath.Join(w.dir, name+openSuffix), os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
		if !errors.Is(err, fs.ErrExist) {
			break
		}
	}
	if err != nil {
		return fmt.Errorf("warc: create file: %w", err)
	}
	w.f, w.name = f, name
	w.cw = countingWriter{w: f}
	if w.bw == nil {
		w.bw = bufio.NewWriterSize(&w.cw, 64<<10)
	} else {
		w.bw.Reset(&w.cw)
	}

	rec, err := buildWarcinfo(name, ts, w.info)
	if err == nil {
		defer rec.Close()
		w.infoID = rec.RecordId()
		err = w.writeRecord(rec)
	}
	if err == nil {
		err = w.bw.Flush()
	}
	if err != nil {
		return errors.Join(fmt.Errorf("warc: write warcinfo to %s: %w", name, err), w.closeFile())
	}
	return nil
}

// writeRecord writes rec as one gzip member. w.mu is held.
func (w *Writer) writeRecord(rec gowarc.WarcRecord) error {
	w.gz.Reset(w.bw)
	if _, _, err := gowarc.NewMarshaler().Marshal(w.gz, rec, 0); err != nil {
		return err
	}
	return w.gz.Close()
}

// closeFile flushes and closes the open file and drops its ".open" suffix.
// w.mu is held.
func (w *Writer) closeFile() error {
	if w.f == nil {
		return nil
	}
	f, name := w.f, w.name
	w.f, w.name, w.infoID = nil, "", ""
	errFlush := w.bw.Flush()
	w.bw.Reset(io.Discard)
	errClose := f.Close()
	var errRename error
	if errClose == nil {
		errRename = os.Rename(f.Name(), filepath.Join(w.dir, name))
	}
	if err := errors.Join(errFlush, errClose, errRename); err != nil {
		return fmt.Errorf("warc: close %s: %w", name, err)
	}
	return nil
}

// countingWriter counts the bytes written to the file.
type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// warcinfoBlock renders the warcinfo fields: software, format, conformsTo
// and description first, then the caller's other fields sorted by name.
func warcinfoBlock(info map[string]string) ([]byte, error) {
	fields := map[string]string{
		"software":    "scoop/" + moduleVersion(),
		"format":      "WARC File Format 1.1",
		"conformsTo":  "https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/",
		"description": "scoop news crawl: HTTP requests and responses as fetched",
	}
	for k, v := range info {
		if !httpguts.ValidHeaderFieldName(k) {
			return nil, fmt.Errorf("warc: invalid warcinfo field name %q", k)
		}
		if k == "format" || k == "conformsTo" {
			continue
		}
		fields[k] = v
	}
	first := []string{"software", "format", "conformsTo", "description"}
	rest := slices.Sorted(maps.Keys(fields))
	rest = slices.DeleteFunc(rest, func(k string) bool { return slices.Contains(first, k) })
	var b strings.Builder
	for _, k := range append(first, rest...) {
		b.WriteString(k)
		b.WriteString(": ")
		b.WriteString(cleanValue(fields[k]))
		b.WriteString("\r\n")
	}
	return []byte(b.String()), nil
}

// moduleVersion is scoop's module version from the build info: the main
// module's when scoop is the program, else the dependency's; "devel" for
// builds from a work tree.
func moduleVersion() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "devel"
	}
	v := ""
	if bi.Main.Path == modulePath {
		v = bi.Main.Version
	}
	for _, d := range bi.Deps {
		if d.Path == modulePath {
			v = d.Version
			if d.Replace != nil {
				v = d.Replace.Version
			}
		}
	}
	if v == "" || v == "(devel)" {
		return "devel"
	}
	return v
}
