package warc

import (
	"bytes"
	"errors"
	"io"
	"testing"
)

func FuzzReader(f *testing.F) {
	gz := fixture(f, "cc-news.warc.gz")
	plain := gunzip(f, gz)
	wget := fixture(f, "wget.warc")
	for _, seed := range [][]byte{
		gz, plain, wget, gzipWhole(plain), gzipWhole(wget),
		plain[:len(plain)/2], gz[:len(gz)/3],
		[]byte("WARC/1.1\r\nWARC-Type: response\r\nContent-Type: application/http;msgtype=response\r\nContent-Length: 19\r\n\r\nHTTP/1.1 200 OK\r\n\r\n\r\n\r\n"),
		[]byte("WARC/1.0\nWARC-Type: resource\nContent-Length: 2\n\nhi\n\n"),
	} {
		f.Add(seed)
	}
	const maxBody = 1 << 16
	sentinels := []error{ErrTooLarge, ErrDigestMismatch, ErrCorrupt, ErrTruncated}
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := NewReader(bytes.NewReader(data), WithAllTypes(), WithMaxBodyBytes(maxBody), WithMaxHeaderBytes(4096))
		if err != nil {
			return
		}
		for range 1000 {
			rec, err := r.Next()
			if errors.Is(err, io.EOF) {
				return
			}
			var re *RecordError
			if err != nil && !errors.As(err, &re) {
				if !isOneOf(err, sentinels) && !errors.Is(err, io.ErrUnexpectedEOF) {
					t.Logf("fatal error outside the sentinels: %v", err)
				}
				if _, err2 := r.Next(); err2 != err {
					t.Fatalf("fatal error not sticky: %v then %v", err, err2)
				}
				return
			}
			if err != nil && !isOneOf(err, sentinels) {
				t.Fatalf("record error outside the sentinels: %v", err)
			}
			if rec != nil && len(rec.Body) > maxBody {
				t.Fatalf("body of %d bytes over the limit", len(rec.Body))
			}
		}
		t.Fatal("Next did not reach the end")
	})
}

func isOneOf(err error, targets []error) bool {
	for _, t := range targets {
		if errors.Is(err, t) {
			return true
		}
	}
	return false
}
