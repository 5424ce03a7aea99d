// Package charset turns the raw bytes of a fetched web page into valid
// UTF-8 before it is parsed, and says which encoding it read them in.
//
// Decode decides the encoding in this order:
//
//  1. a byte order mark (UTF-8, UTF-16LE, UTF-16BE), checked before anything
//     else because UTF-16 text is full of NUL bytes;
//  2. binary content (LooksBinary: magic numbers, control bytes) is refused
//     with ErrBinary, BOM-less UTF-16 markup excepted;
//  3. the charset parameter of the HTTP Content-Type header;
//  4. the first <meta charset> or <meta http-equiv=Content-Type> found by
//     the WHATWG prescan (first 4 KB; up to 64 KB, stopping at <body>, for
//     bodies that are not valid UTF-8);
//  5. detection, when nothing usable is declared.
//
// Labels resolve by the WHATWG Encoding Standard (golang.org/x/text/encoding/
// htmlindex), as browsers do: iso-8859-1 and us-ascii mean windows-1252,
// gb2312 means gbk. Returned names are WHATWG names.
//
// A declaration the bytes plainly contradict does not garble the page:
// bytes that are valid UTF-8 with multi-byte sequences are UTF-8 whatever
// is declared; a body that is UTF-8 but for a few stray bytes is repaired
// (stray bytes read as windows-1252) rather than re-guessed; a Latin
// declaration over Cyrillic or CJK bytes, or a declared multi-byte encoding
// the bytes do not follow, gives way to the next declaration or to
// detection. Western pages keep UTF-8 fragments pasted into them readable.
//
// Cost: a body that is valid UTF-8 costs one utf8.Valid pass and a 4 KB
// prescan, and is returned without copying; no statistical detector runs
// on it, nor on a legacy page whose declaration checks out. Detection runs
// github.com/gogs/chardet over a sample of at most 4 KB of the page's text
// (tags, scripts, styles and character references removed), keeps only
// guesses that fit the density of bytes above 0x7F (sparse: Latin scripts;
// dense: Cyrillic, Greek, CJK...), and falls back to windows-1252.
//
// Files:
//
//   - decode.go: Decode and the decision order.
//   - prescan.go: Content-Type parameter and WHATWG <meta> prescan.
//   - encodings.go: label lookup, fast single-byte decoding.
//   - utf8.go: UTF-8 validity statistics and lenient UTF-8 repair.
//   - detect.go: text sampling and statistical detection.
//   - binary.go: LooksBinary, BOMs, BOM-less UTF-16.
//   - errors.go: ErrBinary.
package charset
