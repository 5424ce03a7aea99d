package testsite

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
)

// makeJPEG returns a small deterministic JPEG (a 64×36 gradient).
func makeJPEG() []byte {
	img := image.NewRGBA(image.Rect(0, 0, 64, 36))
	for y := range 36 {
		for x := range 64 {
			img.Set(x, y, color.RGBA{uint8(x * 4), uint8(y * 7), 160, 255})
		}
	}
	var b bytes.Buffer
	_ = jpeg.Encode(&b, img, &jpeg.Options{Quality: 75}) // cannot fail on a bytes.Buffer
	return b.Bytes()
}

// makePDF returns a minimal valid one-page PDF with correct xref offsets.
func makePDF() []byte {
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
		"", // content stream, below
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
	}
	stream := "BT /F1 18 Tf 72 770 Td (" + siteName + " annual report 2025) Tj ET"
	objs[3] = fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(stream), stream)
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
	offsets := make([]int, len(objs))
	for k, o := range objs {
		offsets[k] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", k+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return b.Bytes()
}

// makeJSON returns /data.json: a few facts about the site.
func (s *Site) makeJSON() []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "{\"site\":%q,\"articles\":%d,\"sections\":[", siteName, s.n)
	for k, sec := range s.sections {
		if k > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, "%q", sec)
	}
	b.WriteString("]}\n")
	return b.Bytes()
}
