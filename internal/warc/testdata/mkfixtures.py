#!/usr/bin/env python3
"""Writes the WARC fixtures of package warc by hand, independently of its
Writer and of gowarc: the record layout of Common Crawl's CC-NEWS files
(StormCrawler's WARC/1.0 writer: decoded bodies, X-Crawler-* headers, sha1
base32 digests, metadata records) and of wget (raw chunked body, revisit).

    python3 mkfixtures.py   # in testdata/; output is deterministic
"""
import base64, gzip, hashlib

def digest(b):
    return "sha1:" + base64.b32encode(hashlib.sha1(b).digest()).decode()

def record(fields, block, payload=None):
    head = "WARC/1.0\r\n" + "".join(f"{k}: {v}\r\n" for k, v in fields)
    if payload is not None:
        head += f"WARC-Payload-Digest: {digest(payload)}\r\n"
    head += f"WARC-Block-Digest: {digest(block)}\r\n"
    head += f"Content-Length: {len(block)}\r\n\r\n"
    return head.encode() + block + b"\r\n\r\n"

def http(head_lines, body=b""):
    head = "\r\n".join(head_lines) + "\r\n\r\n"
    return head.encode("latin-1") + body

INFO = "<urn:uuid:0b4a5c1e-6f0d-4d7e-9a51-2f6f1b8c3d01>"
URL1 = "https://www.example-news.com/world/2024/03/01/ceasefire-talks-resume"
URL2 = "http://example-news.com/world/2024/03/01/ceasefire-talks-resume"
IP = "93.184.216.34"

HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Ceasefire talks resume in Cairo | Example News</title>
<meta property="og:title" content="Ceasefire talks resume in Cairo">
<meta property="article:published_time" content="2024-03-01T07:30:00+00:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ceasefire talks resume in Cairo","datePublished":"2024-03-01T07:30:00+00:00","author":{"@type":"Person","name":"Amira Haddad"}}</script>
</head>
<body>
<article>
<h1>Ceasefire talks resume in Cairo</h1>
<p class="byline">By Amira Haddad &middot; 1 March 2024</p>
<p>Negotiators returned to Cairo on Friday for a new round of talks, mediators said, as pressure mounted for an agreement before the start of Ramadan.</p>
<p>&#8220;We are cautiously optimistic,&#8221; one official told reporters \u2014 \u00ab\u00a0nothing is agreed until everything is agreed\u00a0\u00bb.</p>
</article>
</body>
</html>
""".encode("utf-8")

def cc_news():
    info_block = (
        "software: StormCrawler 2.10 https://stormcrawler.net/\r\n"
        "format: WARC File Format 1.0\r\n"
        "conformsTo: http://bibnum.bnf.fr/WARC/WARC_ISO_28500_version1_latestdraft.pdf\r\n"
        "description: News crawl for Common Crawl\r\n"
        "isPartOf: CC-NEWS\r\n"
        "operator: Common Crawl Admin (info@commoncrawl.org)\r\n"
        "robots: checked via crawler-commons 1.4 (https://github.com/crawler-commons/crawler-commons)\r\n"
    ).encode()
    recs = [record([
        ("WARC-Type", "warcinfo"),
        ("WARC-Date", "2024-03-01T08:15:02Z"),
        ("WARC-Filename", "CC-NEWS-20240301081502-00412.warc.gz"),
        ("WARC-Record-ID", INFO),
        ("Content-Type", "application/warc-fields"),
    ], info_block)]

    def exchange(n, url, ip, date, resp_head, body, fetch_ms):
        req_id = f"<urn:uuid:5d9e3f7a-1c2b-4a8d-8e6f-00000000000{n}>"
        resp_id = f"<urn:uuid:7f1c2d3e-4b5a-4c6d-9e8f-00000000000{n}>"
        meta_id = f"<urn:uuid:9a8b7c6d-5e4f-4a3b-8c2d-00000000000{n}>"
        host = url.split("/")[2]
        path = "/" + url.split("/", 3)[3]
        req = http([
            f"GET {path} HTTP/1.1",
            "User-Agent: CCBot/2.0 (https://commoncrawl.org/faq/)",
            "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
            "Accept-Language: en-US,en;q=0.5",
            "Accept-Encoding: br,gzip",
            f"Host: {host}",
            "Connection: Keep-Alive",
        ])
        resp = http(resp_head, body)
        meta = (f"fetchTimeMs: {fetch_ms}\r\n"
                "charset-detected: UTF-8\r\n"
                'languages-cld2: {"reliable":true,"text-bytes":412,"languages":[{"code":"en","code-iso-639-3":"eng","text-covered":0.99,"score":981.0,"name":"ENGLISH"}]}\r\n').encode()
        return [
            record([("WARC-Type", "request"), ("WARC-Date", date), ("WARC-Record-ID", req_id),
                    ("Content-Type", "application/http; msgtype=request"), ("WARC-Warcinfo-ID", INFO),
                    ("WARC-IP-Address", ip), ("WARC-Target-URI", url)], req),
            record([("WARC-Type", "response"), ("WARC-Date", date), ("WARC-Record-ID", resp_id),
                    ("Content-Type", "application/http; msgtype=response"), ("WARC-Warcinfo-ID", INFO),
                    ("WARC-Concurrent-To", req_id), ("WARC-IP-Address", ip), ("WARC-Target-URI", url),
                    ("WARC-Identified-Payload-Type", "text/html")], resp, body),
            record([("WARC-Type", "metadata"), ("WARC-Date", date), ("WARC-Record-ID", meta_id),
                    ("Content-Type", "application/warc-fields"), ("WARC-Warcinfo-ID", INFO),
                    ("WARC-Concurrent-To", resp_id), ("WARC-Target-URI", url)], meta),
        ]

    recs += exchange(1, URL2, IP, "2024-03-01T08:15:08Z", [
        "HTTP/1.1 301 Moved Permanently",
        "Server: nginx",
        "Date: Fri, 01 Mar 2024 08:15:08 GMT",
        "Content-Type: text/html",
        "Content-Length: 0",
        "Connection: keep-alive",
        f"Location: {URL1}",
    ], b"", 38)
    recs += exchange(2, URL1, IP, "2024-03-01T08:15:09Z", [
        "HTTP/1.1 200 OK",
        "Server: nginx",
        "Date: Fri, 01 Mar 2024 08:15:09 GMT",
        "Content-Type: text/html; charset=UTF-8",
        "X-Crawler-Transfer-Encoding: chunked",
        "Connection: keep-alive",
        "Vary: Accept-Encoding",
        "Cache-Control: max-age=60, public",
        "Set-Cookie: region=eu; Path=/; Secure",
        "Set-Cookie: consent=0; Path=/; Secure",
        "X-Crawler-Content-Encoding: gzip",
        f"Content-Length: {len(HTML)}",
    ], HTML, 412)
    with open("cc-news.warc.gz", "wb") as f:
        for r in recs:  # one gzip member per record, as Common Crawl writes
            f.write(gzip.compress(r, mtime=0))

def wget():
    chunked = b"".join(b"%x\r\n%s\r\n" % (len(c), c) for c in (HTML[:200], HTML[200:])) + b"0\r\n\r\n"
    resp = http([
        "HTTP/1.1 200 OK",
        "Content-Type: text/html; charset=utf-8",
        "Transfer-Encoding: chunked",
    ], chunked)
    revisit = http([
        "HTTP/1.1 200 OK",
        "Content-Type: text/html; charset=utf-8",
        "Transfer-Encoding: chunked",
    ])
    recs = [
        record([("WARC-Type", "response"), ("WARC-Record-ID", "<urn:uuid:2e7c4a10-0000-4000-8000-000000000001>"),
                ("WARC-Date", "2015-07-08T21:55:13Z"), ("WARC-Target-URI", URL1),
                ("Content-Type", "application/http;msgtype=response")], resp, chunked),
        record([("WARC-Type", "revisit"), ("WARC-Record-ID", "<urn:uuid:2e7c4a10-0000-4000-8000-000000000002>"),
                ("WARC-Date", "2015-07-09T21:55:13Z"), ("WARC-Target-URI", URL1),
                ("WARC-Profile", "http://netpreserve.org/warc/1.0/revisit/identical-payload-digest"),
                ("WARC-Refers-To", "<urn:uuid:2e7c4a10-0000-4000-8000-000000000001>"),
                ("Content-Type", "application/http;msgtype=response"),
                ("WARC-Payload-Digest", digest(chunked))], revisit),
    ]
    with open("wget.warc", "wb") as f:
        f.write(b"".join(recs))

cc_news()
wget()
