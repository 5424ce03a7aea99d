package charset

import "bytes"

// sniffLen is how many leading bytes LooksBinary and the UTF-16 sniffer
// examine. Text never needs more to be told from a binary format.
const sniffLen = 8 << 10

// magic is a signature that identifies a binary format at a fixed offset.
type magic struct {
	offset int
	sig    string
}

// magics lists the signatures of binary formats a crawler meets in place of
// an HTML page: documents, images, archives, compressed streams, media and
// fonts. Signatures of two ASCII letters (BMP "BM", DOS "MZ") are left to the
// control-byte test, because a text may start with them. Never mutated.
var magics = []magic{
	{0, "%PDF-"},                            // PDF
	{0, "%!PS-"},                            // PostScript
	{0, "\x89PNG\r\n\x1a\n"},                // PNG
	{0, "\xff\xd8\xff"},                     // JPEG
	{0, "GIF87a"},                           // GIF
	{0, "GIF89a"},                           // GIF
	{0, "II*\x00"},                          // TIFF, little endian
	{0, "MM\x00*"},                          // TIFF, big endian
	{0, "\x00\x00\x01\x00"},                 // ICO
	{0, "8BPS"},                             // Photoshop
	{4, "ftyp"},                             // MP4, MOV, HEIC, AVIF
	{0, "\x1a\x45\xdf\xa3"},                 // Matroska, WebM
	{0, "OggS"},                             // Ogg
	{0, "ID3"},                              // MP3 with ID3 tag
	{0, "fLaC"},                             // FLAC
	{0, "FLV\x01"},                          // Flash video
	{0, "PK\x03\x04"},                       // ZIP, DOCX, XLSX, EPUB, JAR
	{0, "PK\x05\x06"},                       // empty ZIP
	{0, "\x1f\x8b"},                         // gzip
	{0, "BZh"},                              // bzip2 (followed by a digit, checked below)
	{0, "\xfd7zXZ\x00"},                     // xz
	{0, "7z\xbc\xaf\x27\x1c"},               // 7-Zip
	{0, "Rar!\x1a\x07"},                     // RAR
	{0, "\x28\xb5\x2f\xfd"},                 // zstd
	{0, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"}, // OLE2: DOC, XLS, PPT
	{0, "\x7fELF"},                          // ELF executable
	{0, "\x00asm"},                          // WebAssembly
	{0, "wOFF"},                             // WOFF font
	{0, "wOF2"},                             // WOFF2 font
	{0, "OTTO"},                             // OpenType font
	{0, "\x00\x01\x00\x00\x00"},             // TrueType font
	{0, "\xca\xfe\xba\xbe"},                 // Java class, Mach-O fat binary
	{0, "SQLite format 3\x00"},              // SQLite database
}

// LooksBinary reports whether b, the first bytes of a body (at least the
// first few hundred; only the first 8 KB are read), is binary rather than
// text: it starts with the magic number of a known binary format (PDF, PNG,
// JPEG, GIF, WebP, ZIP, gzip, fonts, media...), or it contains control bytes
// that text does not use (NUL, or many C0 controls other than whitespace and
// ESC). A body with a UTF-16 byte order mark is text; BOM-less UTF-16 is
// reported as binary here (Decode recognises it before calling LooksBinary).
// It does not retain b and is safe for concurrent use.
func LooksBinary(b []byte) bool {
	if len(b) > sniffLen {
		b = b[:sniffLen]
	}
	if len(b) >= 2 && (b[0] == 0xff && b[1] == 0xfe || b[0] == 0xfe && b[1] == 0xff) {
		// A UTF-16 BOM, unless it is the start of a UTF-32 LE BOM.
		if !(len(b) >= 4 && b[0] == 0xff && b[2] == 0 && b[3] == 0) {
			return false
		}
	}
	if hasMagic(b) {
		return true
	}
	nul, ctrl := 0, 0
	for _, c := range b {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b {
			ctrl++
			if c == 0 {
				nul++
			}
		}
	}
	switch {
	case nul > 0 && (nul > 2 || ctrl*200 > len(b)):
		// A stray NUL in a long text page is tolerated; NULs among other
		// controls, or several of them, are not.
		return true
	case ctrl*10 > len(b):
		// No text has one control byte in ten.
		return true
	}
	return false
}

// hasMagic reports whether b starts with the signature of a binary format.
func hasMagic(b []byte) bool {
	for _, m := range magics {
		if len(b) >= m.offset+len(m.sig) && string(b[m.offset:m.offset+len(m.sig)]) == m.sig {
			if m.sig == "BZh" && (len(b) < 4 || b[3] < '1' || b[3] > '9') {
				continue
			}
			return true
		}
	}
	// RIFF containers: WebP, WAV, AVI.
	if len(b) >= 12 && string(b[:4]) == "RIFF" {
		switch string(b[8:12]) {
		case "WEBP", "WAVE", "AVI ":
			return true
		}
	}
	return false
}

// sniffUTF16 reports whether b (without a BOM) looks like UTF-16 text
// starting with markup, as an HTML page does: its first character is ASCII,
// and in the first 512 bytes at least half of the bytes at one parity are
// NUL (the high bytes of ASCII characters) and almost none at the other. It
// returns the encoding name ("utf-16le" or "utf-16be") or "".
func sniffUTF16(b []byte) string {
	if len(b) > 512 {
		b = b[:512]
	}
	b = b[:len(b)&^1]
	units := len(b) / 2
	if units < 4 {
		return ""
	}
	var zeroEven, zeroOdd int
	for i := 0; i < len(b); i += 2 {
		if b[i] == 0 {
			zeroEven++
		}
		if b[i+1] == 0 {
			zeroOdd++
		}
	}
	switch {
	case b[0] != 0 && b[0] < 0x80 && b[1] == 0 && zeroOdd*2 >= units && zeroEven*20 < units:
		return "utf-16le"
	case b[0] == 0 && b[1] != 0 && b[1] < 0x80 && zeroEven*2 >= units && zeroOdd*20 < units:
		return "utf-16be"
	}
	return ""
}

// hasBOM reports the encoding named by a byte order mark at the start of b
// and the BOM's length, or "" and 0.
func hasBOM(b []byte) (name string, n int) {
	switch {
	case bytes.HasPrefix(b, []byte("\xef\xbb\xbf")):
		return "utf-8", 3
	case bytes.HasPrefix(b, []byte("\xff\xfe\x00\x00")):
		// UTF-32 LE is not a web encoding; leave it to the binary check.
		return "", 0
	case bytes.HasPrefix(b, []byte("\xff\xfe")):
		return "utf-16le", 2
	case bytes.HasPrefix(b, []byte("\xfe\xff")):
		return "utf-16be", 2
	}
	return "", 0
}
