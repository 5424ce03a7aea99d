package warc

import (
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/klauspost/compress/gzip"
)

// benchExchanges is 1,000 exchanges with distinct 60 KB HTML-like bodies
// (which gzip about as well as real news pages, 4 to 5 times).
func benchExchanges() (reqs []*http.Request, resps []*http.Response, bodies [][]byte) {
	words := strings.Fields(`the government said on friday that talks would resume next week after
		negotiators failed to reach agreement minister spokesperson according to reports election
		parliament economy inflation market shares police court climate europe united states`)
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range 1000 {
		var b strings.Builder
		b.WriteString(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Story</title></head><body><article>`)
		for b.Len() < 60<<10 {
			fmt.Fprintf(&b, `<p class="c%d">`, rng.IntN(50))
			for range 12 + rng.IntN(40) {
				b.WriteString(words[rng.IntN(len(words))])
				b.WriteByte(' ')
			}
			fmt.Fprintf(&b, "%d</p>\n", rng.IntN(100000))
		}
		body := []byte(b.String()[:60<<10])
		req, resp, _ := exchange(fmt.Sprintf("https://news.example.com/2024/03/%d/story", i), 0, 0)
		resp.Header.Set("Content-Type", "text/html; charset=utf-8")
		resp.Header.Set("Content-Length", fmt.Sprint(len(body)))
		resp.ContentLength = int64(len(body))
		reqs, resps, bodies = append(reqs, req), append(resps, resp), append(bodies, body)
	}
	return reqs, resps, bodies
}

// BenchmarkWriteExchanges writes 1,000 exchanges of 60 KB into 100 MB
// files and reports the compressed size.
func BenchmarkWriteExchanges(b *testing.B) {
	reqs, resps, bodies := benchExchanges()
	root := b.TempDir()
	b.SetBytes(int64(len(bodies) * len(bodies[0])))
	b.ReportAllocs()
	var size int64
	n := 0
	for b.Loop() {
		dir := filepath.Join(root, fmt.Sprint(n))
		os.RemoveAll(filepath.Join(root, fmt.Sprint(n-1)))
		n++
		if err := os.Mkdir(dir, 0o755); err != nil {
			b.Fatal(err)
		}
		w, err := NewWriter(dir, "bench", 100<<20, nil)
		if err != nil {
			b.Fatal(err)
		}
		now := time.Now()
		for i := range reqs {
			if err := w.WriteExchange(reqs[i], resps[i], bodies[i], now, "192.0.2.1"); err != nil {
				b.Fatal(err)
			}
		}
		if err := w.Close(); err != nil {
			b.Fatal(err)
		}
		size = dirSize(b, dir)
	}
	if size == 0 {
		b.Fatal("nothing written")
	}
	b.ReportMetric(float64(size)/float64(len(bodies)), "B/exchange-on-disk")
}

// BenchmarkGzipBaseline is the floor under BenchmarkWriteExchanges: the
// same bodies gzipped one member each, to io.Discard.
func BenchmarkGzipBaseline(b *testing.B) {
	_, _, bodies := benchExchanges()
	b.SetBytes(int64(len(bodies) * len(bodies[0])))
	b.ReportAllocs()
	zw, _ := gzip.NewWriterLevel(io.Discard, gzip.DefaultCompression)
	for b.Loop() {
		for _, body := range bodies {
			zw.Reset(io.Discard)
			zw.Write(body)
			if err := zw.Close(); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkReadExchanges reads back the response records of 1,000
// exchanges of 60 KB, digests checked.
func BenchmarkReadExchanges(b *testing.B) {
	reqs, resps, bodies := benchExchanges()
	dir := b.TempDir()
	w, err := NewWriter(dir, "bench", 0, nil)
	if err != nil {
		b.Fatal(err)
	}
	for i := range reqs {
		if err := w.WriteExchange(reqs[i], resps[i], bodies[i], time.Now(), ""); err != nil {
			b.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		b.Fatal(err)
	}
	names, _ := filepath.Glob(filepath.Join(dir, "*.warc.gz"))
	data, err := os.ReadFile(names[0])
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(bodies) * len(bodies[0])))
	b.ReportAllocs()
	for b.Loop() {
		r, err := NewReader(strings.NewReader(string(data)))
		if err != nil {
			b.Fatal(err)
		}
		n := 0
		for {
			rec, err := r.Next()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			if len(rec.Body) != 60<<10 {
				b.Fatalf("body of %d bytes", len(rec.Body))
			}
			n++
		}
		if n != len(bodies) {
			b.Fatalf("%d records", n)
		}
	}
}

func dirSize(b *testing.B, dir string) int64 {
	entries, err := os.ReadDir(dir)
	if err != nil {
		b.Fatal(err)
	}
	var n int64
	for _, e := range entries {
		info, err := e.Info()
		if err != nil {
			b.Fatal(err)
		}
		n += info.Size()
	}
	return n
}
