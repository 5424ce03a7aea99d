package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"sync"

	"github.com/newsscoop/scoop"
)

// maxCompletableTail is the longest cut last line of an output file that
// is read to see whether it is a whole record missing only its newline;
// a longer one is cut like any other.
const maxCompletableTail = 64 << 20

// crawlOutput receives the articles of a crawl, one JSON line each,
// written with a single Write so that a crash never leaves half a line
// after a whole one: at worst the last line is cut, which the next run
// repairs. It is safe for concurrent use.
type crawlOutput struct {
	mu     sync.Mutex
	w      io.Writer
	f      *os.File // nil for stdout
	err    error    // the first failure, returned by every later write
	closed bool

	// keys are the article keys already in the file, for
	// scoop.WithEmitted.
	keys []string
}

// outputNote is what the output of one command says on stderr about the
// file it appends to: "scoop crawl: …".
type outputNote struct {
	cmd    string // "crawl", "warc"
	status *statusLine
}

func (n outputNote) println(format string, args ...any) {
	n.status.println("scoop " + n.cmd + ": " + fmt.Sprintf(format, args...))
}

// openCrawlOutput opens the output of crawl (or of warc, as cmd says):
// stdout for "" or "-", else the file at path, created if needed and
// appended to. An existing regular file is locked against a second run,
// its cut last line repaired and the keys of its articles read.
func openCrawlOutput(e *env, path, cmd string, status *statusLine) (*crawlOutput, error) {
	if path == "" || path == "-" {
		return &crawlOutput{w: e.stdout}, nil
	}
	flags := os.O_RDWR | os.O_CREATE | os.O_APPEND
	if fi, err := os.Stat(path); err == nil && !fi.Mode().IsRegular() {
		flags = os.O_WRONLY | os.O_APPEND // a pipe or a device: nothing to read back
	}
	f, err := os.OpenFile(path, flags, 0o644)
	if err != nil {
		return nil, fmt.Errorf("opening output: %w", err)
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("opening output: %w", err)
	}
	out := &crawlOutput{w: f, f: f}
	if !fi.Mode().IsRegular() {
		return out, nil
	}
	if err := lockFile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("output %s: %w", path, err)
	}
	if out.keys, err = resumeOutput(f, path, fi.Size(), outputNote{cmd, status}); err != nil {
		f.Close()
		return nil, err
	}
	return out, nil
}

// write appends the JSON line of a, without its html field if noHTML.
func (o *crawlOutput) write(a *scoop.CrawledArticle, noHTML bool) error {
	if noHTML && a.HTML != "" {
		c := *a
		c.HTML = ""
		a = &c
	}
	return o.writeJSON(a)
}

// writeJSON appends the JSON line of v.
func (o *crawlOutput) writeJSON(v any) error {
	var b bytes.Buffer
	if err := encodeJSON(&b, v, ""); err != nil { // compact: one line, newline included
		return err
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	switch {
	case o.err != nil:
		return o.err
	case o.closed:
		return errors.New("writing output: closed")
	}
	if _, err := o.w.Write(b.Bytes()); err != nil {
		o.err = fmt.Errorf("writing output: %w", err)
		return o.err
	}
	return nil
}

// close syncs and closes an output file (stdout stays open). Closing
// twice returns nil.
func (o *crawlOutput) close() error {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.closed || o.f == nil {
		o.closed = true
		return nil
	}
	o.closed = true
	err := o.f.Sync()
	if errors.Is(err, fs.ErrInvalid) { // not syncable (some special files): nothing to do
		err = nil
	}
	if cerr := o.f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("closing output: %w", err)
	}
	return nil
}

// resumeOutput prepares an output file of size bytes for appending and
// returns the keys of the articles it holds. Its lines must be JSON
// objects (lines without a "key" are allowed and reported); anything else
// is an error and the file is left untouched. A last line without its
// newline, cut by a crash, is then completed if it is a whole record or
// else removed, and either is said on stderr.
func resumeOutput(f *os.File, path string, size int64, note outputNote) ([]string, error) {
	if size == 0 {
		return nil, nil
	}
	whole, err := lastLineEnd(f, size)
	if err != nil {
		return nil, fmt.Errorf("reading output %s: %w", path, err)
	}
	keys, noKey, err := readKeys(io.NewSectionReader(f, 0, whole), path, note.cmd)
	if err != nil {
		return nil, err
	}
	if whole < size {
		key, err := repairTail(f, path, whole, size, note)
		if err != nil {
			return nil, err
		}
		if key != "" {
			keys = append(keys, key)
		}
	}
	if noKey > 0 {
		note.println("%s: %d lines without a \"key\" field ignored", path, noKey)
	}
	if len(keys) > 0 {
		note.println("%s holds %d articles: they will not be written again", path, len(keys))
	}
	return keys, nil
}

// lastLineEnd returns the offset just after the last newline of the
// first size bytes of f (0 if there is none), reading backwards.
func lastLineEnd(f io.ReaderAt, size int64) (int64, error) {
	buf := make([]byte, 64<<10)
	for end := size; end > 0; {
		n := min(int64(len(buf)), end)
		start := end - n
		if _, err := f.ReadAt(buf[:n], start); err != nil {
			return 0, err
		}
		if i := bytes.LastIndexByte(buf[:n], '\n'); i >= 0 {
			return start + int64(i) + 1, nil
		}
		end = start
	}
	return 0, nil
}

// readKeys streams the lines of r and returns the distinct "key" values
// of its JSON objects, and how many objects have none. A line that is not
// a JSON object is an error. Blank lines are skipped.
func readKeys(r io.Reader, path, cmd string) (keys []string, noKey int, err error) {
	br := bufio.NewReaderSize(r, 1<<20)
	seen := map[string]bool{}
	var long []byte // a line longer than br's buffer
	for lineNo := 1; ; lineNo++ {
		line, err := br.ReadSlice('\n')
		for errors.Is(err, bufio.ErrBufferFull) {
			long = append(long, line...)
			line, err = br.ReadSlice('\n')
		}
		if len(long) > 0 {
			line = append(long, line...)
			long = long[:0]
		}
		if len(bytes.TrimSpace(line)) > 0 {
			var rec struct {
				Key string `json:"key"`
			}
			if jerr := json.Unmarshal(line, &rec); jerr != nil {
				return nil, 0, fmt.Errorf("output %s:%d: not a JSON object (%v); not the output of scoop %s? Leaving it untouched", path, lineNo, jerr, cmd)
			}
			switch {
			case rec.Key == "":
				noKey++
			case !seen[rec.Key]:
				seen[rec.Key] = true
				keys = append(keys, rec.Key)
			}
		}
		if err == io.EOF {
			return keys, noKey, nil
		}
		if err != nil {
			return nil, 0, fmt.Errorf("reading output %s: %w", path, err)
		}
	}
}

// repairTail deals with the bytes of f from whole to size, a last line
// without its newline: a whole JSON record gets its newline and its key
// is returned; a cut one is removed. Anything not starting like a JSON
// object is an error and the file is left untouched.
func repairTail(f *os.File, path string, whole, size int64, note outputNote) (string, error) {
	n := size - whole
	head := make([]byte, min(n, maxCompletableTail))
	if _, err := f.ReadAt(head, whole); err != nil {
		return "", fmt.Errorf("reading output %s: %w", path, err)
	}
	trimmed := bytes.TrimLeft(head, " \t\r")
	if len(trimmed) > 0 && trimmed[0] != '{' {
		return "", fmt.Errorf("output %s: its last line is not a JSON object; not the output of scoop %s? Leaving it untouched", path, note.cmd)
	}
	if int64(len(head)) == n && json.Valid(head) {
		var rec struct {
			Key string `json:"key"`
		}
		if json.Unmarshal(head, &rec) == nil {
			if _, err := f.Write([]byte{'\n'}); err != nil {
				return "", fmt.Errorf("repairing output %s: %w", path, err)
			}
			note.println("%s: added the newline missing at its end", path)
			return rec.Key, nil
		}
	}
	if err := f.Truncate(whole); err != nil {
		return "", fmt.Errorf("repairing output %s: %w", path, err)
	}
	note.println("%s: removed its last line, cut short by a crash (%d bytes)", path, n)
	return "", nil
}
