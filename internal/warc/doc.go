// Package warc archives HTTP exchanges as WARC/1.1 files and streams
// records back out of WARC files, scoop's own or Common Crawl's (CC-NEWS,
// CC-MAIN), for offline extraction.
//
// Writing. A Writer turns each exchange into a request record and a
// response record (Content-Type application/http;msgtype=request|response)
// that name each other in WARC-Concurrent-To, with WARC-Record-ID
// (urn:uuid), WARC-Date, WARC-Target-URI, WARC-IP-Address, and SHA-1
// WARC-Block-Digest and WARC-Payload-Digest in base32. Files are gzip
// compressed one member per record, so a record can be read at its offset
// as in Common Crawl's indexes, start with a warcinfo record, and rotate by
// size. Records are built and digested by github.com/nlnwa/gowarc/v3
// (the National Library of Norway's WARC library); the file layout is
// this package's.
//
// What a response record stores: the body as the HTTP client returned it,
// which for scoop's crawler (colly on net/http) is after transfer decoding
// and after gzip decoding, as Common Crawl stores it. The HTTP head is
// adjusted so the record describes its own bytes: Transfer-Encoding
// becomes X-Crawler-Transfer-Encoding, a decoded gzip Content-Encoding
// becomes X-Crawler-Content-Encoding, Content-Length is the stored body's
// length and the server's value, if different, is kept as
// X-Crawler-Content-Length. These are Common Crawl's header names, so tools
// read both alike. A body cut short by the client's size limit is marked
// WARC-Truncated: length. Header order is not kept (net/http does not keep
// it); header fields are written sorted by name.
//
// Reading. A Reader streams records from plain, per-record gzip or
// whole-file gzip input, returns response records by default (WithTypes
// and WithAllTypes for others) with their HTTP status, header and body, and
// checks their digests. Its memory is bounded by WithMaxBodyBytes and
// WithMaxHeaderBytes: a record over the body limit is skipped with an
// error callers can branch on, and iteration goes on. gowarc parses each
// record once the Reader has delimited it: on its own gowarc reads only the
// first record of a whole-file gzip, reads header lines without a length
// limit and spills large blocks to temporary files.
//
// Errors wrap the sentinels in errors.go; per-record problems come as a
// *RecordError.
//
// Files:
//
//   - writer.go: Writer, file naming and rotation, warcinfo fields.
//   - exchange.go: request and response records of one exchange, header
//     adjustment, value sanitising.
//   - reader.go: Reader, Record, options, record delimiting and parsing.
//   - errors.go: sentinel errors and RecordError.
//   - testdata/mkfixtures.py: writes the CC-NEWS-style and wget-style
//     fixtures independently of this package.
package warc
