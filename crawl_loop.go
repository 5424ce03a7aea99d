package scoop

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsscoop/scoop/internal/discover"
	"github.com/newsscoop/scoop/internal/fingerprint"
	"github.com/newsscoop/scoop/internal/store"
)

// Request kinds kept in the store.
const (
	kindUnknown uint8 = iota
	kindArticle
	kindHub
	kindFeed
	kindSitemap
	kindFeedEntry // an entry of a feed: an article by the publisher's word
)

func kindOf(u string) uint8 { return kindOfClass(u, discover.ClassifyURL(u)) }

// kindOfClass is kindOf for a URL already classified as cls.
func kindOfClass(u string, cls discover.Kind) uint8 {
	switch cls {
	case discover.Article:
		return kindArticle
	case discover.Hub:
		return kindHub
	case discover.Feed:
		return kindFeed
	}
	if strings.Contains(strings.ToLower(u), "sitemap") {
		return kindSitemap
	}
	return kindUnknown
}

// notifier wakes idle workers when the frontier changes.
type notifier struct {
	mu sync.Mutex
	ch chan struct{}
}

// wait returns a channel closed at the next notify.
func (n *notifier) wait() <-chan struct{} {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.ch == nil {
		n.ch = make(chan struct{})
	}
	return n.ch
}

func (n *notifier) notify() {
	n.mu.Lock()
	if n.ch != nil {
		close(n.ch)
		n.ch = nil
	}
	n.mu.Unlock()
}

// errStop stops the workers when the handler fails.
var errStop = errors.New("scoop: crawl stopped")

// loop runs the workers until the frontier is empty, a limit is reached,
// the handler fails or ctx is done.
func (r *run) loop(cancel context.CancelFunc) error {
	var wg sync.WaitGroup
	var active atomic.Int64
	var stopErr atomic.Pointer[error]
	for range r.c.cfg.parallel {
		wg.Go(func() {
			if err := r.worker(&active); err != nil {
				stopErr.CompareAndSwap(nil, &err)
				cancel() // the other workers stop too
			}
		})
	}
	wg.Wait()
	if p := stopErr.Load(); p != nil {
		return *p
	}
	return r.ctx.Err()
}

func (r *run) worker(active *atomic.Int64) error {
	for {
		if r.ctx.Err() != nil {
			return nil
		}
		if max := r.c.cfg.maxPages; max > 0 && r.pages.Load() >= max {
			return nil
		}
		changed := r.note.wait() // taken before Pop, so no change is missed
		req, ok, err := r.st.Pop(r.ctx, time.Now())
		if err != nil {
			if r.ctx.Err() != nil {
				return nil
			}
			return fmt.Errorf("scoop: crawl state: %w", err)
		}
		if !ok {
			at, pending, err := r.st.NextDue(r.ctx)
			if err != nil {
				if r.ctx.Err() != nil {
					return nil
				}
				return fmt.Errorf("scoop: crawl state: %w", err)
			}
			if !pending && active.Load() == 0 {
				return nil
			}
			wait := 20 * time.Millisecond
			if !at.IsZero() {
				wait = min(max(time.Until(at), time.Millisecond), 250*time.Millisecond)
			}
			timer := time.NewTimer(wait)
			select {
			case <-r.ctx.Done():
				timer.Stop()
				return nil
			case <-changed:
				timer.Stop()
			case <-timer.C:
			}
			continue
		}
		active.Add(1)
		err = r.visit(req)
		active.Add(-1)
		r.note.notify() // a host is free again, links may have been queued
		if err != nil {
			return err
		}
	}
}

// visit fetches one request and settles it in the store.
func (r *run) visit(req store.Request) error {
	ctx := context.WithoutCancel(r.ctx) // settle the store even when stopping
	host := store.Host(req.URL)
	pu, err := url.Parse(req.URL)
	if err != nil {
		r.skipped.Add(1)
		return r.st.Done(ctx, req.URL)
	}
	robots, fresh, wait := r.robots.get(r.ctx, pu.Scheme+"://"+pu.Host)
	if !wait.IsZero() {
		// robots.txt unreachable: the request waits for the next try.
		req.NotBefore = wait
		return r.st.Retry(ctx, req)
	}
	if fresh {
		for _, sm := range robots.Sitemaps() {
			r.push(req.URL, sm, req.Depth, req.Seed, req.URL, kindSitemap)
		}
	}
	if !robots.Allowed(pu.RequestURI()) {
		r.skipped.Add(1)
		r.report(&CrawlError{URL: req.URL, Err: ErrRobots})
		return r.st.Done(ctx, req.URL)
	}
	if !r.spend(host) {
		r.skipped.Add(1)
		return r.st.Done(ctx, req.URL)
	}
	if r.pages.Add(1) > r.c.cfg.maxPages && r.c.cfg.maxPages > 0 {
		// Over the page budget: leave it queued for a resumed crawl.
		return r.st.Retry(ctx, req)
	}
	res := r.fetcher.fetch(r.ctx, req.URL, req.Referer)
	delay := max(r.c.cfg.delay, robots.CrawlDelay())
	if err := r.st.SetHostNext(ctx, host, time.Now().Add(delay)); err != nil {
		return err
	}
	if r.ctx.Err() != nil && res.err != nil {
		// Interrupted: the request stays for the next run.
		return r.st.Retry(ctx, req)
	}
	if res.err != nil || res.status >= 400 {
		if again, wait := retryable(res); again && req.Attempt < r.c.cfg.retries {
			req.Attempt++
			req.NotBefore = time.Now().Add(backoff(req.Attempt, wait, r.c.cfg.retryBase))
			return r.st.Retry(ctx, req)
		}
		r.errs.Add(1)
		err := res.err
		if err == nil {
			err = ErrStatus
		}
		r.report(&CrawlError{URL: req.URL, Status: res.status, Err: err})
		return r.st.Done(ctx, req.URL)
	}
	r.fetched.Add(1)
	if err := r.handle(req, res); err != nil {
		// Stopping: the request stays for the next run.
		if rerr := r.st.Retry(ctx, req); rerr != nil {
			return errors.Join(err, rerr)
		}
		return err
	}
	return r.st.Done(ctx, req.URL)
}

// handle reads a fetched body: a sitemap or feed gives URLs, an HTML page
// gives links and maybe an article.
func (r *run) handle(req store.Request, res *fetchResult) error {
	head := res.body[:min(len(res.body), 1024)]
	switch discover.Sniff(res.header.Get("Content-Type"), head) {
	case discover.SniffSitemap, discover.SniffSitemapIndex:
		q := r.newEntryQueue(req, res, kindUnknown)
		_, err := discover.ScanSitemap(bytes.NewReader(res.body), q.add)
		q.done(err)
		return nil
	case discover.SniffFeed:
		entries, err := discover.ParseFeed(bytes.NewReader(res.body))
		q := r.newEntryQueue(req, res, kindFeedEntry)
		for _, e := range entries {
			q.add(e)
		}
		q.done(err)
		return nil
	case discover.SniffHTML:
	default:
		return nil // images, PDFs and the like: not for us
	}
	base, err := url.Parse(res.finalURL)
	if err != nil || !r.hostAllowed(base.Hostname()) {
		// Redirected off the allowed hosts: neither parsed, emitted nor
		// followed.
		r.skipped.Add(1)
		return nil
	}
	ex := r.c.cfg.extractor
	root, err := ex.parse(res.body, res.header.Get("Content-Type"))
	if err != nil {
		r.errs.Add(1)
		r.report(&CrawlError{URL: req.URL, Status: res.status, Err: err})
		return nil
	}
	a, p, err := ex.processPage(root, res.finalURL)
	if req.Depth < r.c.cfg.maxDepth {
		r.follow(root, base, req)
	}
	if err != nil || !isFeedEntry(req, res.finalURL) && !isArticlePage(res.finalURL, p) {
		r.hubs.Add(1)
		return nil
	}
	return r.emit(req, res, a)
}

// entryQueue queues the URLs a sitemap or feed lists, in batches as they
// are read, at the depth of the sitemap or feed itself: its entries count
// as seeds. A 50,000-URL sitemap is never held as one slice of requests.
type entryQueue struct {
	r     *run
	req   store.Request
	res   *fetchResult
	base  *url.URL
	kind  uint8
	batch []store.Request
	err   error
}

// entryBatch is how many entries go to the store at once.
const entryBatch = 512

func (r *run) newEntryQueue(req store.Request, res *fetchResult, kind uint8) *entryQueue {
	base, _ := url.Parse(res.finalURL)
	return &entryQueue{r: r, req: req, res: res, base: base, kind: kind}
}

// add queues one entry; it never fails the scan (a store error is
// reported once, at done).
func (q *entryQueue) add(e discover.Entry) error {
	u, err := discover.Canonical(q.base, e.URL)
	if err != nil || !q.r.hostAllowed(hostOf(u)) {
		return nil
	}
	kind := q.kind
	if kind == kindUnknown {
		kind = kindOf(u)
	}
	q.batch = append(q.batch, store.Request{URL: u, Depth: q.req.Depth, Seed: q.req.Seed, Kind: kind, Referer: q.req.URL})
	if len(q.batch) == entryBatch {
		q.flush()
	}
	return nil
}

func (q *entryQueue) flush() {
	if len(q.batch) == 0 {
		return
	}
	if _, err := q.r.st.PushAll(context.WithoutCancel(q.r.ctx), q.batch); err != nil && q.err == nil {
		q.err = fmt.Errorf("queueing entries: %w", err)
	}
	clear(q.batch)
	q.batch = q.batch[:0]
}

// done queues what is left and reports a parse or store error. Entries
// read before a parse error (a truncated sitemap) are kept.
func (q *entryQueue) done(parseErr error) {
	q.flush()
	if err := errors.Join(parseErr, q.err); err != nil {
		q.r.errs.Add(1)
		q.r.report(&CrawlError{URL: q.req.URL, Status: q.res.status, Err: err})
		return
	}
	q.r.hubs.Add(1)
}

// isArticlePage tells articles from hubs: never a page whose URL is shaped
// like a hub (section, tag, author, pagination, archive); otherwise an
// article-shaped URL, or a page that declares itself an article.
func isArticlePage(u string, p *page) bool {
	switch discover.ClassifyURL(u) {
	case discover.Hub, discover.Asset, discover.Feed:
		return false
	case discover.Article:
		return true
	}
	if p.art != nil && !hasType(p.art, "WebPage", "CollectionPage", "WebSite", "ProfilePage", "SearchResultsPage") {
		return true
	}
	return strings.EqualFold(p.meta.Tag("og:type"), "article")
}

// isFeedEntry reports whether req is a feed's entry that was not
// redirected to a hub: an article by the publisher's word, whatever its
// address looks like.
func isFeedEntry(req store.Request, finalURL string) bool {
	if req.Kind != kindFeedEntry {
		return false
	}
	if finalURL == req.URL {
		return true
	}
	switch discover.ClassifyURL(finalURL) {
	case discover.Hub, discover.Asset, discover.Feed:
		return false
	}
	return true
}

// follow queues the page's links (and announced feeds) one level deeper.
func (r *run) follow(root *html.Node, base *url.URL, req store.Request) {
	var batch []store.Request
	now := time.Now()
	add := func(link string, kind uint8) {
		u, err := discover.Canonical(base, link)
		if err != nil || !r.hostAllowed(hostOf(u)) || discover.Trap(u, now) != "" {
			return
		}
		if folded, ok := discover.FoldAMP(u); ok {
			u = folded
		}
		cls := discover.ClassifyURL(u)
		if cls == discover.Asset {
			return // images, scripts, PDFs: never fetched
		}
		if kind == kindUnknown {
			kind = kindOfClass(u, cls)
		}
		batch = append(batch, store.Request{URL: u, Depth: req.Depth + 1, Seed: req.Seed, Kind: kind, Referer: req.URL})
	}
	pageBase, baseSet, feeds := base, false, 0
	walk(root, func(n *html.Node) bool {
		if discover.IsFeedLink(n) && feeds < discover.MaxFeedLinks {
			// A feed the page announces (<link rel="alternate">).
			if href := attr(n, "href"); href != "" {
				feeds++
				add(href, kindFeed)
			}
			return false
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Base && !baseSet {
			// <base href> (the first one) resolves the page's links.
			if href := attr(n, "href"); href != "" {
				baseSet = true
				if b, err := pageBase.Parse(href); err == nil && (b.Scheme == "http" || b.Scheme == "https") {
					base = b
				}
			}
			return false
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.A {
			if rel := strings.ToLower(attr(n, "rel")); strings.Contains(rel, "nofollow") {
				return false
			}
			if href := attr(n, "href"); href != "" {
				add(href, kindUnknown)
			}
			return false
		}
		return true
	})
	if len(batch) == 0 {
		return
	}
	if _, err := r.st.PushAll(context.WithoutCancel(r.ctx), batch); err != nil {
		r.report(&CrawlError{URL: req.URL, Err: fmt.Errorf("queueing links: %w", err)})
	}
}

// push queues one URL found in a sitemap, feed or robots.txt, resolved
// against the address of the document it was found in.
func (r *run) push(from, link string, depth int, seed, referer string, kind uint8) {
	base, _ := url.Parse(from)
	u, err := discover.Canonical(base, link)
	if err != nil || !r.hostAllowed(hostOf(u)) {
		return
	}
	if kind == kindUnknown {
		kind = kindOf(u)
	}
	if _, err := r.st.Push(context.WithoutCancel(r.ctx), store.Request{URL: u, Depth: depth, Seed: seed, Kind: kind, Referer: referer}); err != nil {
		r.report(&CrawlError{URL: u, Err: fmt.Errorf("queueing: %w", err)})
	}
}

// emit hands an article to the handler once per key: its canonical URL
// (AMP pages folded) or, near-identical text, its fingerprint.
func (r *run) emit(req store.Request, res *fetchResult, a *Article) error {
	ctx := context.WithoutCancel(r.ctx)
	key := articleKey(res.finalURL, a.CanonicalURL)
	r.emitMu.Lock()
	if r.inflight[key] {
		r.emitMu.Unlock()
		r.dups.Add(1)
		return nil
	}
	r.inflight[key] = true
	r.emitMu.Unlock()
	defer func() {
		r.emitMu.Lock()
		delete(r.inflight, key)
		r.emitMu.Unlock()
	}()
	// Check, write, then mark: a failed write or a kill before the mark
	// loses nothing (the article is written again on resume, and the
	// output's keys given to WithEmitted keep it from being written twice).
	free, release, err := r.claim(ctx, key)
	if err != nil {
		return fmt.Errorf("scoop: crawl state: %w", err)
	}
	if !free {
		r.dups.Add(1)
		return nil
	}
	marked := false
	defer func() {
		if !marked {
			release()
		}
	}()
	if a.Text != "" {
		dup, _, err := r.st.AddFingerprint(ctx, key, fingerprint.Simhash(a.Text), r.c.cfg.dupDistance)
		if err != nil {
			return fmt.Errorf("scoop: crawl state: %w", err)
		}
		if dup {
			r.dups.Add(1)
			return nil
		}
	}
	ca := &CrawledArticle{Article: *a, FetchedAt: res.at.UTC(), Status: res.status, FinalURL: res.finalURL,
		Seed: req.Seed, Referer: req.Referer, Depth: req.Depth, Key: key}
	if r.c.cfg.handler != nil {
		if err := r.c.cfg.handler(ca); err != nil {
			return fmt.Errorf("%w: handler: %w", errStop, err)
		}
	}
	if _, err := r.st.MarkEmitted(ctx, key); err != nil {
		return fmt.Errorf("scoop: crawl state: %w", err)
	}
	marked = true
	r.articles.Add(1)
	return nil
}

// emitClaimTTL is how long a claim on an article key lasts (see claim):
// half the store's lease.
const emitClaimTTL = store.DefaultLease / 2

// claim reports whether the article with key may be written now. With a
// store of one process it checks Emitted (emit's inflight map keeps two
// goroutines from writing one key). With a store that several workers
// share (Redis), check-then-mark would let two workers that fetched one
// article under two URLs (its AMP copy, a redirect) both see it unmarked
// and both write it, so the key is claimed atomically instead; the claim
// ends with MarkEmitted, or with release when the article is not written
// (a near duplicate, a failed write).
//
// The trade-off is the claim's lifetime. A worker killed between claim
// and mark leaves a claim that blocks the key until it lapses
// (emitClaimTTL, half the lease); the request, popped again when its
// lease runs out, then finds the key free, so the article is still
// written at least once, as with one worker. But a handler that takes
// longer than emitClaimTTL to write one article lets another worker claim
// and write the same key.
func (r *run) claim(ctx context.Context, key string) (free bool, release func(), err error) {
	cl, shared := r.st.(store.Claimer)
	if !shared {
		seen, err := r.st.Emitted(ctx, key)
		return !seen, func() {}, err
	}
	free, err = cl.ClaimEmit(ctx, key, time.Now(), emitClaimTTL)
	release = func() {
		if err := cl.ReleaseEmit(ctx, key); err != nil {
			r.report(&CrawlError{URL: key, Err: fmt.Errorf("releasing the claim on an article: %w", err)})
		}
	}
	return free, release, err
}

// articleKey is the canonical address an article is deduplicated on: the
// page's rel=canonical when it is on the same site, else the final URL;
// AMP addresses folded into their page.
func articleKey(final, canonical string) string {
	key := final
	if canonical != "" && sameSite(hostOf(canonical), hostOf(final)) {
		key = canonical
	}
	if k, err := discover.Canonical(nil, key); err == nil {
		key = k
	}
	if folded, ok := discover.FoldAMP(key); ok {
		key = folded
	}
	return key
}

func sameSite(a, b string) bool {
	a, b = normHost(a), normHost(b)
	return a == b || strings.HasSuffix(a, "."+b) || strings.HasSuffix(b, "."+a)
}
