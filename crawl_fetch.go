package scoop

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/gocolly/colly/v2"

	"github.com/newsscoop/scoop/internal/warc"
)

// fetcher fetches one URL at a time per calling goroutine through a colly
// Collector. colly does the HTTP work (user agent, body limit, redirects,
// timeouts); scoop keeps the frontier, robots.txt, politeness and dedup
// itself, because colly's own (an unbounded visited map, depth assigned by
// whichever link arrives first, a goroutine per queued URL) lose articles
// or memory at scale.
type fetcher struct {
	c *colly.Collector
}

// fetchResult is what one fetch gave.
type fetchResult struct {
	status   int
	header   http.Header
	body     []byte
	finalURL string
	at       time.Time
	err      error
}

func newFetcher(cfg *crawlConfig, w *warc.Writer) *fetcher {
	c := colly.NewCollector(
		colly.UserAgent(cfg.userAgent),
		colly.MaxBodySize(int(cfg.maxBody)),
		colly.AllowURLRevisit(), // scoop's store dedups; colly's visited map would grow without bound
		colly.IgnoreRobotsTxt(), // scoop obeys robots.txt itself, Crawl-delay and Sitemap lines included
		colly.ParseHTTPErrorResponse(),
	)
	c.SetRequestTimeout(cfg.timeout)
	dialer := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}
	if !cfg.allowPrivate {
		dialer.Control = refusePrivate
	}
	rt := &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		DialContext:           dialer.DialContext,
		MaxIdleConns:          100,
		MaxIdleConnsPerHost:   max(cfg.hostParallel, 2),
		IdleConnTimeout:       90 * time.Second,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: cfg.timeout,
	}
	c.WithTransport(&fetchTransport{rt: rt, w: w, maxBody: cfg.maxBody})
	maxRedirects, maxBody := cfg.maxRedirects, cfg.maxBody
	c.SetRedirectHandler(func(req *http.Request, via []*http.Request) error {
		if len(via) >= maxRedirects {
			return fmt.Errorf("stopped after %d redirects", maxRedirects)
		}
		if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
			return fmt.Errorf("redirect to %s scheme refused", req.URL.Scheme)
		}
		return nil
	})
	c.OnResponse(func(resp *colly.Response) {
		res, _ := resp.Ctx.GetAny("result").(*fetchResult)
		if res == nil {
			return
		}
		res.status = resp.StatusCode
		if resp.Headers != nil {
			res.header = *resp.Headers
		}
		res.body = resp.Body
		res.finalURL = resp.Request.URL.String()
		res.at = time.Now()
		if int64(len(resp.Body)) >= maxBody {
			// colly cuts the body at MaxBodySize without a word: a cut
			// page is reported, not extracted or followed half-read.
			res.err = &LimitError{What: "bytes", Limit: maxBody}
		}
		if w != nil {
			if err := w.WriteExchange(exchangeRequest(resp.Request), exchangeResponse(resp), resp.Body, res.at, ""); err != nil {
				res.err = fmt.Errorf("writing warc: %w", err)
			}
		}
	})
	c.OnError(func(resp *colly.Response, err error) {
		res, _ := resp.Ctx.GetAny("result").(*fetchResult)
		if res == nil {
			return
		}
		res.err = err
		res.status = resp.StatusCode
		res.at = time.Now()
		if resp.Request != nil && resp.Request.URL != nil {
			res.finalURL = resp.Request.URL.String()
		}
	})
	return &fetcher{c: c}
}

// fetch GETs u, saying it was linked from referer (if not ""), and waits
// for the answer.
func (f *fetcher) fetch(ctx context.Context, u, referer string) *fetchResult {
	res := &fetchResult{}
	cctx := colly.NewContext()
	cctx.Put("result", res)
	hdr := http.Header{}
	hdr.Set("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,application/rss+xml,application/atom+xml,*/*;q=0.8")
	hdr.Set("Accept-Encoding", "gzip") // decoded by fetchTransport, within the body limit
	if r := refererFor(u, referer); r != "" {
		hdr.Set("Referer", r)
	}
	if err := ctx.Err(); err != nil {
		res.err = err
		return res
	}
	if err := f.c.Request(http.MethodGet, u, nil, cctx, hdr); err != nil && res.err == nil {
		res.err = err
	}
	if res.finalURL == "" {
		res.finalURL = u
	}
	return res
}

// refererFor returns the Referer header of a request for u linked from
// referer, by browsers' default policy (strict-origin-when-cross-origin):
// the whole address on the same origin, the origin alone across origins,
// nothing from an https page to an http one.
func refererFor(u, referer string) string {
	if referer == "" || strings.HasPrefix(referer, "https:") && strings.HasPrefix(u, "http:") {
		return ""
	}
	ru, err1 := url.Parse(referer)
	tu, err2 := url.Parse(u)
	if err1 != nil || err2 != nil || ru.Host == "" {
		return ""
	}
	if ru.Scheme == tu.Scheme && strings.EqualFold(ru.Host, tu.Host) {
		ru.Fragment, ru.User = "", nil
		return ru.String()
	}
	return ru.Scheme + "://" + ru.Host + "/"
}

// refusePrivate is a net.Dialer Control function: it refuses to connect to
// loopback, private, link-local, unspecified and multicast addresses, after
// DNS resolution, so neither a link nor a redirect nor a DNS answer can
// point the crawler into a private network.
func refusePrivate(network, address string, _ syscall.RawConn) error {
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		return err
	}
	ip, err := netip.ParseAddr(host)
	if err != nil {
		return err
	}
	ip = ip.Unmap()
	if ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() ||
		ip.IsUnspecified() || ip.IsMulticast() || ip.IsInterfaceLocalMulticast() ||
		netip.MustParsePrefix("100.64.0.0/10").Contains(ip) || netip.MustParsePrefix("0.0.0.0/8").Contains(ip) {
		return fmt.Errorf("%w: %s", ErrPrivateAddress, ip)
	}
	return nil
}

// retryable reports whether a failed fetch is worth another try, and how
// long the server asked to wait.
func retryable(res *fetchResult) (bool, time.Duration) {
	var wait time.Duration
	if ra := res.header.Get("Retry-After"); ra != "" {
		if s, err := strconv.Atoi(strings.TrimSpace(ra)); err == nil && s >= 0 {
			wait = time.Duration(s) * time.Second
		} else if t, err := http.ParseTime(ra); err == nil {
			wait = time.Until(t)
		}
	}
	switch {
	case res.status == http.StatusTooManyRequests, res.status >= 500 && res.status != http.StatusNotImplemented:
		return true, wait
	case res.status == 0 && res.err != nil:
		var ne net.Error
		if errors.As(res.err, &ne) && ne.Timeout() || errors.Is(res.err, context.DeadlineExceeded) ||
			strings.Contains(res.err.Error(), "connection reset") || strings.Contains(res.err.Error(), "EOF") {
			return true, wait
		}
	}
	return false, 0
}

// backoff is the wait before attempt n (1-based): 1s, 2s, 4s … capped at
// a minute, or the server's Retry-After when that is longer (capped at an
// hour).
func backoff(attempt int, retryAfter time.Duration, base time.Duration) time.Duration {
	d := base << min(attempt-1, 6)
	d = min(d, time.Minute)
	if retryAfter > d {
		d = min(retryAfter, time.Hour)
	}
	return d
}

// fetchTransport wraps the crawler's http.Transport. It keeps colly from
// gunzipping a body without a limit (colly applies MaxBodySize to the
// compressed bytes, then inflates .xml.gz paths, gzip types and gzip
// encodings in full: a gzip bomb): a gzip Content-Encoding (asked for by
// fetch, so http.Transport leaves it alone) is inflated here, at most
// maxBody+1 bytes, and any other body is handed on as sent
// (discover inflates gzipped sitemaps itself, within its limits). With a
// WARC writer it also archives the redirect answers a fetch passes
// through: colly's OnResponse sees only the response a fetch ends with.
type fetchTransport struct {
	rt      http.RoundTripper
	w       *warc.Writer // nil: no archive
	maxBody int64
}

// maxRedirectBody bounds the body of a redirect answer that is archived.
const maxRedirectBody = 64 << 10

// RoundTrip sends req and returns the answer as described on the type.
func (t *fetchTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := t.rt.RoundTrip(req)
	if err != nil {
		return nil, err
	}
	if !resp.Uncompressed {
		if strings.Contains(strings.ToLower(resp.Header.Get("Content-Encoding")), "gzip") {
			zr, err := gzip.NewReader(resp.Body)
			if err != nil {
				resp.Body.Close()
				return nil, fmt.Errorf("gzip content encoding: %w", err)
			}
			// The headers stay as sent: the WARC record says what the
			// server sent (Content-Encoding, Content-Length) next to the
			// decoded body.
			resp.Body = readCloser{io.LimitReader(zr, t.maxBody+1), resp.Body}
			resp.ContentLength = -1
		}
		resp.Uncompressed = true
	}
	if t.w == nil || resp.StatusCode < 300 || resp.StatusCode > 399 || resp.Header.Get("Location") == "" {
		return resp, nil
	}
	body, rerr := io.ReadAll(io.LimitReader(resp.Body, maxRedirectBody))
	resp.Body.Close()
	resp.Body = io.NopCloser(bytes.NewReader(body))
	if rerr != nil {
		return nil, rerr
	}
	if err := t.w.WriteExchange(req, resp, body, time.Now(), ""); err != nil {
		return nil, fmt.Errorf("writing warc: %w", err)
	}
	return resp, nil
}

// readCloser reads from one reader and closes another.
type readCloser struct {
	io.Reader
	c io.Closer
}

func (r readCloser) Close() error { return r.c.Close() }

func exchangeRequest(r *colly.Request) *http.Request {
	req := &http.Request{Method: r.Method, URL: r.URL, Proto: "HTTP/1.1", ProtoMajor: 1, ProtoMinor: 1, Header: http.Header{}, Host: r.URL.Host}
	if r.Headers != nil {
		req.Header = r.Headers.Clone()
	}
	return req
}

func exchangeResponse(resp *colly.Response) *http.Response {
	h := http.Header{}
	if resp.Headers != nil {
		h = resp.Headers.Clone()
	}
	// ContentLength -1: the length sent is the header's, if any (the body
	// may have been decoded).
	return &http.Response{StatusCode: resp.StatusCode, Status: fmt.Sprintf("%d %s", resp.StatusCode, http.StatusText(resp.StatusCode)),
		Proto: "HTTP/1.1", ProtoMajor: 1, ProtoMinor: 1, Header: h, ContentLength: -1}
}

// openWARC opens a rotating WARC writer for path: its folder holds the
// files, its name (without .warc.gz) is their prefix.
func openWARC(path string, maxBytes int64, ua string) (*warc.Writer, error) {
	dir, name := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	prefix := strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(name, ".gz"), ".warc"), ".")
	if prefix == "" {
		prefix = "scoop"
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("scoop: opening warc: %w", err)
	}
	w, err := warc.NewWriter(dir, prefix, maxBytes, map[string]string{
		"software": "scoop (+https://github.com/newsscoop/scoop)", "http-header-user-agent": ua,
		"description": "news crawl by scoop",
	})
	if err != nil {
		return nil, fmt.Errorf("scoop: opening warc: %w", err)
	}
	return w, nil
}

// hostOf returns the host of u, or "".
func hostOf(u string) string {
	pu, err := url.Parse(u)
	if err != nil {
		return ""
	}
	return strings.ToLower(pu.Hostname())
}
