package warc

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
	"time"

	gowarc "github.com/nlnwa/gowarc/v3"
	"golang.org/x/net/http/httpguts"
)

// Content types of the records Writer writes.
const (
	contentTypeRequest  = "application/http;msgtype=request"
	contentTypeResponse = "application/http;msgtype=response"
	contentTypeFields   = "application/warc-fields"
)

// maxRequestBody caps the request body archived from req.GetBody.
const maxRequestBody = 1 << 20

// buildExchange builds the request and response records of one exchange,
// linked both ways by WARC-Concurrent-To.
func buildExchange(req *http.Request, resp *http.Response, body []byte, fetched time.Time, ip string) (reqRec, respRec gowarc.WarcRecord, err error) {
	uri := targetURI(req.URL)
	date := fetched.UTC().Truncate(time.Microsecond)
	addr := cleanIP(ip)
	proto := exchangeProto(req, resp)

	reqHead, reqBody, err := requestBlock(req, resp, proto)
	if err != nil {
		return nil, nil, err
	}
	respHead, truncated, err := responseHead(req, resp, body, proto)
	if err != nil {
		return nil, nil, err
	}
	reqID, respID := newRecordID(), newRecordID()
	reqRec, err = buildRecord(gowarc.Request, recordMeta{
		id: reqID, concurrentTo: respID, contentType: contentTypeRequest,
		uri: uri, date: date, ip: addr,
	}, reqHead, reqBody)
	if err != nil {
		return nil, nil, err
	}
	meta := recordMeta{
		id: respID, concurrentTo: reqID, contentType: contentTypeResponse,
		uri: uri, date: date, ip: addr,
	}
	if truncated {
		meta.truncated = "length"
	}
	respRec, err = buildRecord(gowarc.Response, meta, respHead, body)
	if err != nil {
		reqRec.Close()
		return nil, nil, err
	}
	return reqRec, respRec, nil
}

// recordMeta is the WARC header of a record to build, but for WARC-Type,
// Content-Length and the digests, which gowarc adds.
type recordMeta struct {
	id, concurrentTo, contentType, uri, ip, truncated, filename string
	date                                                        time.Time
}

// recordOptions are the gowarc options for building records: SHA-1
// digests in base32 (as Common Crawl, Heritrix and wget write them), and a
// memory buffer large enough that gowarc never spills a block to a
// temporary file (the caller holds the body in memory already).
func recordOptions(size int) []gowarc.WarcRecordOption {
	return []gowarc.WarcRecordOption{
		gowarc.WithDefaultDigestAlgorithm("sha1"),
		gowarc.WithAddMissingDigest(true),
		gowarc.WithBufferMaxMemBytes(int64(size) + 1),
	}
}

// buildRecord builds one record whose block is the concatenation of parts.
func buildRecord(t gowarc.RecordType, m recordMeta, parts ...[]byte) (gowarc.WarcRecord, error) {
	size := 0
	for _, p := range parts {
		size += len(p)
	}
	b := newRecordBuilder(t, recordOptions(size)...)
	b.AddWarcHeader(gowarc.WarcRecordID, "<"+m.id+">")
	b.AddWarcHeaderTime(gowarc.WarcDate, m.date)
	for _, f := range [][2]string{
		{gowarc.WarcFilename, m.filename},
		{gowarc.WarcTargetURI, m.uri},
		{gowarc.WarcIPAddress, m.ip},
		{gowarc.WarcTruncated, m.truncated},
	} {
		if f[1] != "" {
			b.AddWarcHeader(f[0], f[1])
		}
	}
	if m.concurrentTo != "" {
		b.AddWarcHeader(gowarc.WarcConcurrentTo, "<"+m.concurrentTo+">")
	}
	b.AddWarcHeader(gowarc.ContentType, m.contentType)
	for _, p := range parts {
		if _, err := b.Write(p); err != nil {
			b.Close()
			return nil, fmt.Errorf("warc: build %s record: %w", t, err)
		}
	}
	rec, _, err := b.Build()
	if err != nil {
		return nil, fmt.Errorf("warc: build %s record: %w", t, err)
	}
	return rec, nil
}

// buildWarcinfo builds the warcinfo record that starts file name.
func buildWarcinfo(name string, date time.Time, block []byte) (gowarc.WarcRecord, error) {
	return buildRecord(gowarc.Warcinfo, recordMeta{
		id: newRecordID(), filename: name, contentType: contentTypeFields,
		date: date.UTC().Truncate(time.Second),
	}, block)
}

// exchangeProto is the HTTP version of the exchange: the response's, which
// is what the connection spoke, else the request's, else HTTP/1.1.
func exchangeProto(req *http.Request, resp *http.Response) string {
	for _, p := range []string{resp.Proto, req.Proto} {
		if strings.HasPrefix(p, "HTTP/") && httpguts.ValidHeaderFieldName(p[5:]) && !strings.Contains(p, " ") {
			return p
		}
	}
	return "HTTP/1.1"
}

// requestBlock renders the request as sent: request line, Host, the
// request's headers and the two that net/http's Transport adds on its own
// (its default User-Agent when the request sets none, and Accept-Encoding:
// gzip when it asked for and transparently decoded gzip, which
// resp.Uncompressed reports). The body is archived only if req.GetBody can
// replay it, up to 1 MiB.
func requestBlock(req *http.Request, resp *http.Response, proto string) (head, body []byte, err error) {
	method := req.Method
	if method == "" {
		method = http.MethodGet
	}
	if !httpguts.ValidHeaderFieldName(method) { // a method is a token, as a field name is
		return nil, nil, fmt.Errorf("warc: invalid request method %q", method)
	}
	host := req.Host
	if host == "" {
		host = req.URL.Host
	}
	h := cleanHeader(req.Header)
	h.Del("Host")
	if _, ok := req.Header["User-Agent"]; !ok {
		h.Set("User-Agent", "Go-http-client/"+strings.TrimPrefix(proto, "HTTP/"))
	}
	if resp.Uncompressed && h.Get("Accept-Encoding") == "" {
		h.Set("Accept-Encoding", "gzip")
	}
	if req.GetBody != nil {
		if rc, gerr := req.GetBody(); gerr == nil {
			body, err = io.ReadAll(io.LimitReader(rc, maxRequestBody))
			rc.Close()
			if err != nil {
				return nil, nil, fmt.Errorf("warc: read request body: %w", err)
			}
		}
	}
	if len(body) > 0 {
		h.Set("Content-Length", strconv.Itoa(len(body)))
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "%s %s %s\r\n", method, cleanURI(req.URL.RequestURI()), proto)
	if host != "" {
		fmt.Fprintf(&b, "Host: %s\r\n", cleanValue(host))
	}
	if err := h.Write(&b); err != nil {
		return nil, nil, fmt.Errorf("warc: write request header: %w", err)
	}
	b.WriteString("\r\n")
	return b.Bytes(), body, nil
}

// responseHead renders the status line and headers of the response,
// adjusted to describe body as stored, the way Common Crawl does:
//
//   - Transfer-Encoding (which net/http removes and decodes) is recorded as
//     X-Crawler-Transfer-Encoding;
//   - a gzip Content-Encoding that the client decoded (resp.Uncompressed,
//     or a body that no longer starts with the gzip magic number) becomes
//     X-Crawler-Content-Encoding; any other Content-Encoding is kept, as the
//     body is then still encoded;
//   - Content-Length is set to len(body), the server's value kept as
//     X-Crawler-Content-Length when it differs.
//
// truncated reports a body shorter than the Content-Length the server
// declared for the same encoding (the client stopped reading).
func responseHead(req *http.Request, resp *http.Response, body []byte, proto string) (head []byte, truncated bool, err error) {
	code := resp.StatusCode
	if code < 100 || code > 999 {
		return nil, false, fmt.Errorf("warc: invalid status code %d", code)
	}
	reason, ok := strings.CutPrefix(resp.Status, strconv.Itoa(code))
	reason = strings.TrimSpace(reason)
	if !ok || reason == "" {
		reason = http.StatusText(code)
	}

	h := cleanHeader(resp.Header)
	te := append(append([]string(nil), resp.TransferEncoding...), h.Values("Transfer-Encoding")...)
	h.Del("Transfer-Encoding")
	if len(te) > 0 {
		h.Set("X-Crawler-Transfer-Encoding", strings.Join(te, ", "))
	}

	decoded := false
	if resp.Uncompressed {
		h.Del("Content-Encoding")
		h.Set("X-Crawler-Content-Encoding", "gzip")
		decoded = true
	} else if ce := h.Values("Content-Encoding"); len(ce) > 0 {
		enc := strings.ToLower(strings.TrimSpace(strings.Join(ce, ",")))
		if (enc == "gzip" || enc == "x-gzip") && !bytes.HasPrefix(body, []byte{0x1f, 0x8b}) {
			h.Del("Content-Encoding")
			h.Set("X-Crawler-Content-Encoding", strings.Join(ce, ", "))
			decoded = true
		}
	}

	declared := h.Get("Content-Length")
	if declared == "" && resp.ContentLength >= 0 && !resp.Uncompressed {
		declared = strconv.FormatInt(resp.ContentLength, 10)
	}
	h.Del("Content-Length")
	if declared != "" && declared != strconv.Itoa(len(body)) {
		h.Set("X-Crawler-Content-Length", declared)
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	if n, perr := strconv.ParseInt(declared, 10, 64); perr == nil && !decoded &&
		n > int64(len(body)) && req.Method != http.MethodHead &&
		code >= 200 && code != http.StatusNoContent && code != http.StatusNotModified {
		truncated = true
	}

	var b bytes.Buffer
	fmt.Fprintf(&b, "%s %03d %s\r\n", proto, code, cleanValue(reason))
	if err := h.Write(&b); err != nil {
		return nil, false, fmt.Errorf("warc: write response header: %w", err)
	}
	b.WriteString("\r\n")
	return b.Bytes(), truncated, nil
}

// cleanHeader copies h without the fields whose names are not HTTP tokens
// (they would break the header block). http.Header.Write turns CR and LF in
// values into spaces.
func cleanHeader(h http.Header) http.Header {
	out := make(http.Header, len(h)+3)
	for k, vs := range h {
		if httpguts.ValidHeaderFieldName(k) {
			out[k] = append([]string(nil), vs...)
		}
	}
	return out
}

// targetURI is the WARC-Target-URI of u: without fragment, with bytes that
// may not appear in a URI percent-encoded.
func targetURI(u *url.URL) string {
	c := *u
	c.Fragment, c.RawFragment = "", ""
	return cleanURI(c.String())
}

// cleanURI percent-encodes control bytes, spaces, DEL and non-ASCII bytes.
func cleanURI(s string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c <= ' ' || c >= 0x7f {
			if b.Len() == 0 {
				b.Grow(len(s) + 8)
				b.WriteString(s[:i])
			}
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(c)
		}
	}
	if b.Len() == 0 {
		return s
	}
	return b.String()
}

// cleanValue replaces control characters (CR and LF above all, which would
// end a header line) with spaces and trims the result.
func cleanValue(s string) string {
	return strings.TrimSpace(strings.Map(func(r rune) rune {
		if r < ' ' || r == 0x7f {
			return ' '
		}
		return r
	}, s))
}

// cleanIP returns ip in canonical form, or "" if it is not an IP address
// (with or without a port or brackets).
func cleanIP(ip string) string {
	ip = strings.TrimSpace(ip)
	if ap, err := netip.ParseAddrPort(ip); err == nil {
		return ap.Addr().WithZone("").String()
	}
	if a, err := netip.ParseAddr(strings.Trim(ip, "[]")); err == nil {
		return a.WithZone("").String()
	}
	return ""
}
