package main

import (
	"context"
	"flag"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

var screenshots = flag.String("screenshots", "", "`DIR` to write a screenshot of each step of TestBrowser to")

// browserPath is the Chromium (or Chrome) the browser test drives: Debian's
// chromium package, which .ci/run installs, or another where it is not.
func browserPath() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// page is a headless browser tab for a test, with every request it makes
// watched: a request to any host but the test server's is refused and
// recorded, and so is every JavaScript exception the page throws.
type page struct {
	t    *testing.T
	ctx  context.Context
	base string

	mu        sync.Mutex
	offsite   []string // requests to other hosts, refused
	requests  []string // every request let through
	exception []string // JavaScript exceptions thrown
	shot      int
}

func newPage(t *testing.T, base string) *page {
	t.Helper()
	exe := browserPath()
	if exe == "" {
		t.Skip("no chromium installed: the browser test needs one (apt-get install chromium); .ci/run installs it")
	}
	// The flags keep the browser from reaching out on its own (updates,
	// sync, safe browsing...), which on a machine with no network floods the
	// log with refused connections; a fresh profile each run.
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(exe),
		chromedp.Headless,
		chromedp.NoSandbox, // CI runs as root, where Chromium's sandbox refuses to start
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-default-apps", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("lang", "en-US"),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1400, 900),
	)
	ctx, cancel := chromedp.NewContext(alloc)
	t.Cleanup(func() {
		cancel()
		cancelAlloc()
	})
	p := &page{t: t, ctx: ctx, base: base}

	server, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	paused := chromedp.Events(ctx, fetch.RequestPaused)
	exceptions := chromedp.Events(ctx, runtime.ExceptionThrown)
	if _, err := chromedp.Call(ctx, fetch.Enable, fetch.EnableParams{Patterns: []*fetch.RequestPattern{{URLPattern: "*"}}}); err != nil {
		t.Fatalf("starting %s: %v", exe, err)
	}
	if _, err := chromedp.Call(ctx, runtime.Enable, cdp.Empty{}); err != nil {
		t.Fatal(err)
	}
	go func() {
		for ev, err := range paused {
			if err != nil {
				return
			}
			u, perr := url.Parse(ev.Request.URL)
			p.mu.Lock()
			if perr != nil || u.Host != server.Host {
				p.offsite = append(p.offsite, ev.Request.URL)
				p.mu.Unlock()
				chromedp.Call(ctx, fetch.FailRequest, fetch.FailRequestParams{RequestID: ev.RequestID, ErrorReason: network.ErrorReasonBlockedByClient})
				continue
			}
			p.requests = append(p.requests, u.Path)
			p.mu.Unlock()
			chromedp.Call(ctx, fetch.ContinueRequest, fetch.ContinueRequestParams{RequestID: ev.RequestID})
		}
	}()
	go func() {
		for ev, err := range exceptions {
			if err != nil {
				return
			}
			text := ev.ExceptionDetails.Text
			if ev.ExceptionDetails.Exception != nil {
				text += " " + ev.ExceptionDetails.Exception.Description
			}
			p.mu.Lock()
			p.exception = append(p.exception, text)
			p.mu.Unlock()
		}
	}()
	p.probe()
	t.Cleanup(p.checkClean)
	return p
}

// probe makes sure the watch works before the test relies on it: from a
// blank page (which, unlike the server's, has no policy to stop it first), a
// request to another host must be refused and recorded, and an exception
// recorded.
func (p *page) probe() {
	p.t.Helper()
	const offsite = "http://offsite.invalid/probe"
	p.do("probe the watch", chromedp.Navigate("about:blank"),
		chromedp.Evaluate[chromedp.Void](`fetch("`+offsite+`").catch(() => {}); setTimeout(() => { throw new Error("probe") })`))
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		p.mu.Lock()
		refused, thrown := slices.Contains(p.offsite, offsite), len(p.exception) > 0
		if refused && thrown {
			p.offsite, p.exception = nil, nil
			p.mu.Unlock()
			return
		}
		p.mu.Unlock()
		if time.Now().After(deadline) {
			p.t.Fatalf("the watch of the browser does not work: a request to %s refused: %v; an exception seen: %v", offsite, refused, thrown)
		}
	}
}

// checkClean fails the test for any request that left for another host and
// any JavaScript exception.
func (p *page) checkClean() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.offsite) > 0 {
		p.t.Errorf("the pages asked for other hosts than the server (refused): %s", strings.Join(p.offsite, ", "))
	}
	if len(p.exception) > 0 {
		p.t.Errorf("JavaScript exceptions: %s", strings.Join(p.exception, "; "))
	}
}

// do runs browser actions, failing the test with what was being done.
func (p *page) do(what string, actions ...chromedp.Action[chromedp.Void]) {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, 30*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		p.screenshot("failed")
		p.t.Fatalf("%s: %v", what, err)
	}
	p.screenshot(what)
}

// eval evaluates a JavaScript expression in the page.
func eval[T any](p *page, what, js string) T {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, 30*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js))
	if err != nil {
		p.t.Fatalf("%s: %v", what, err)
	}
	return v
}

// waitFor polls a JavaScript expression until it is true.
func (p *page) waitFor(what, js string) {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, 30*time.Second)
	defer cancel()
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](js, chromedp.WithPollingInterval(50*time.Millisecond))); err != nil {
		p.screenshot("failed")
		panel, _ := chromedp.Run(p.ctx, chromedp.Evaluate[string](`document.body.innerText.slice(0, 3000)`))
		p.t.Fatalf("waiting until %s: %v\npage text:\n%s", what, err, panel)
	}
	p.screenshot(what)
}

func (p *page) screenshot(what string) {
	if *screenshots == "" {
		return
	}
	buf, err := chromedp.Run(p.ctx, chromedp.FullScreenshot(100))
	if err != nil {
		p.t.Logf("screenshot: %v", err)
		return
	}
	p.shot++
	name := fmt.Sprintf("%02d-%s.png", p.shot, strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			return r
		}
		return '-'
	}, strings.ToLower(what)))
	if err := os.WriteFile(filepath.Join(*screenshots, name), buf, 0o644); err != nil {
		p.t.Log(err)
	}
}

// drawn is the text of the explorer's list of the nodes on the drawing.
func drawn(p *page) []string {
	return eval[[]string](p, "reading the drawn nodes", `[...document.querySelectorAll("#drawn li .item")].map(b => b.firstChild && b.childNodes[1] ? b.childNodes[1].textContent : b.textContent)`)
}

// TestBrowser drives GraphiQL at / and the explorer at /explore in a real
// headless Chromium against the sample corpus served in memory, as a user
// would: it fails if any request goes to a host other than the server, or
// if a page throws. It skips only where no Chromium is installed.
func TestBrowser(t *testing.T) {
	base := server(t, "--db", "mem:", "--corpus", "corpus")
	p := newPage(t, base)

	// GraphiQL renders and runs its first query.
	p.do("open GraphiQL", chromedp.Navigate(base))
	p.waitFor("GraphiQL shows its editor", `!!document.querySelector(".graphiql-container .graphiql-query-editor")`)
	p.do("run the first query", chromedp.Click(chromedp.CSS(".graphiql-execute-button")))
	p.waitFor("the answer names Võ Văn Minh", `(document.querySelector(".graphiql-response")?.innerText || "").includes("Võ Văn Minh")`)

	// The explorer: search accent-insensitively, draw a person.
	p.do("open the explorer", chromedp.Navigate(base+"explore"))
	p.do("search without accents",
		chromedp.WaitVisible(chromedp.ID("q")),
		chromedp.SendKeys(chromedp.ID("q"), "vo van minh"),
		chromedp.Click(chromedp.CSS(`#search button[type="submit"]`)))
	p.waitFor("a person is found", `!!document.querySelector('#result-groups [data-kind="PERSON"] .hit')`)
	hit := eval[string](p, "reading the hit", `document.querySelector('#result-groups [data-kind="PERSON"] .hit').textContent`)
	if !strings.Contains(hit, "Võ Văn Minh") {
		t.Fatalf("the first person found for vo van minh is %q", hit)
	}

	p.do("open the person", chromedp.Click(chromedp.CSS(`#result-groups [data-kind="PERSON"] .hit`)))
	p.waitFor("the neighbourhood is drawn", `document.querySelectorAll("#drawn li").length > 3`)
	before := drawn(p)
	if !slices.Contains(before, "Võ Văn Minh") {
		t.Fatalf("drawn after opening Võ Văn Minh: %q", before)
	}

	// The person's timeline, with the sentence that says it and a link
	// to the article, which opens with the sentence marked.
	p.waitFor("the timeline shows", `document.querySelectorAll("#panel ol.timeline blockquote").length > 0`)
	quote := eval[string](p, "reading a quote", `document.querySelector("#panel ol.timeline blockquote").textContent`)
	if !strings.Contains(quote, "Võ Văn Minh") {
		t.Errorf("a quote of Võ Văn Minh's timeline: %q", quote)
	}
	p.do("open the quote's article", chromedp.Click(chromedp.CSS("#panel ol.timeline .source a")))
	p.waitFor("the article shows with the quote marked", `!!document.querySelector("#panel .article-text mark")`)
	if mark := eval[string](p, "reading the mark", `document.querySelector("#panel .article-text mark").textContent`); mark != quote {
		t.Errorf("the article marks %q, want the quote %q", mark, quote)
	}

	// Expand a post by double-clicking it on the drawing: its other
	// holder and its unit, Thành ủy TPHCM, come in.
	post := eval[string](p, "finding the post", `[...document.querySelectorAll('#drawn li[data-kind="POSITION"]')].find(li => /Phó Bí thư Đảng bộ TPHCM|Deputy Secretary of the Party Committee of Ho Chi Minh City/.test(li.textContent))?.dataset.id || ""`)
	if post == "" {
		t.Fatalf("no post Phó Bí thư Đảng bộ TPHCM drawn: %q", before)
	}
	xy := eval[[]float64](p, "placing the post", fmt.Sprintf(`(() => {
			const n = cadregraphExplorer.cy.getElementById(%q), r = document.querySelector("#cy").getBoundingClientRect();
			return [r.left + n.renderedPosition("x"), r.top + n.renderedPosition("y")];
		})()`, post))
	p.do("double-click the post", chromedp.MouseClickXY(xy[0], xy[1]), chromedp.MouseClickXY(xy[0], xy[1], chromedp.ClickCount(2)))
	p.waitFor("the post's neighbourhood is added", `document.querySelectorAll("#drawn li").length > `+fmt.Sprint(len(before)))
	p.do("open the unit", chromedp.Click(chromedp.CSS(`#drawn li[data-kind="UNIT"] button`)))
	p.waitFor("the unit is Thành ủy TPHCM", `(document.querySelector("#panel")?.innerText || "").includes("Thành ủy TPHCM")`)
	expanded := drawn(p)
	if !slices.Contains(expanded, "Nguyễn Phước Lộc") {
		t.Errorf("the post's other holder is not drawn: %q", expanded)
	}

	// The slider: on each date of the drawn tenures, the network as it
	// stood; the drawing changes from one date to the next.
	dates := eval[int](p, "counting the dates", `Number(document.querySelector("#when").max)`)
	if dates < 2 {
		t.Fatalf("the slider has %d dates, want at least 2", dates)
	}
	seen := map[string]bool{strings.Join(expanded, "|"): true}
	var labels []string
	for i := 1; i <= dates; i++ {
		p.do("move the slider", chromedp.Focus(chromedp.ID("when")), chromedp.KeyEvent(kb.ArrowRight))
		p.waitFor("the slider moves", fmt.Sprintf(`document.querySelector("#when").value === "%d"`, i))
		label := eval[string](p, "reading the date", `document.querySelector("#when-label").textContent`)
		nodes := drawn(p)
		if len(nodes) >= len(expanded) {
			t.Errorf("on %s %d nodes are drawn, as many as on all dates: the date hides nothing", label, len(nodes))
		}
		if !slices.Contains(nodes, "Võ Văn Minh") {
			t.Errorf("on %s the root, Võ Văn Minh, is hidden", label)
		}
		seen[strings.Join(nodes, "|")] = true
		labels = append(labels, label)
	}
	if len(seen) < 3 {
		t.Errorf("the drawing is the same on the dates %q as on another: the slider changes nothing", labels)
	}
	p.do("back to all dates", chromedp.Focus(chromedp.ID("when")), chromedp.KeyEvent(kb.Home))
	p.waitFor("all dates", `document.querySelectorAll("#drawn li").length === `+fmt.Sprint(len(expanded)))

	// Filters: leaving out a kind takes its nodes off the drawing.
	p.do("leave out articles", chromedp.Click(chromedp.CSS(`#kinds input[value="ARTICLE"]`)))
	p.waitFor("no article is drawn", `!document.querySelector('#drawn li[data-kind="ARTICLE"]') && document.querySelectorAll("#drawn li").length > 0`)
	p.do("leave out holds", chromedp.Click(chromedp.CSS(`#relations input[value="holds"]`)))
	p.waitFor("no holder but the root is drawn", `[...document.querySelectorAll('#drawn li[data-kind="PERSON"]')].length === 1`)
	p.do("restore the filters",
		chromedp.Click(chromedp.CSS(`#kinds input[value="ARTICLE"]`)),
		chromedp.Click(chromedp.CSS(`#relations input[value="holds"]`)))

	// English labels from the API's glosses.
	p.do("switch to English", chromedp.Click(chromedp.CSS(`input[name="lang"][value="en"]`)))
	p.waitFor("posts are named in English", `[...document.querySelectorAll("#drawn li")].some(li => li.textContent.includes("Deputy Secretary of the Party Committee of Ho Chi Minh City"))`)
	p.do("switch to Vietnamese", chromedp.Click(chromedp.CSS(`input[name="lang"][value="vi"]`)))
	p.waitFor("posts are named in Vietnamese", `document.documentElement.lang === "vi" && [...document.querySelectorAll("#drawn li .item")].some(b => b.childNodes[1]?.textContent === "Phó Bí thư Đảng bộ TPHCM")`)

	// Exports: the drawing as PNG (made in the page), and the server's
	// exports of the root's neighbourhood.
	png := eval[string](p, "exporting PNG", `cadregraphExplorer.cy.png({ full: true }).slice(0, 22)`)
	if png != "data:image/png;base64," {
		t.Errorf("the PNG export starts %q", png)
	}
	for _, id := range []string{"export-cytoscape", "export-gexf"} {
		href := eval[string](p, "reading "+id, `document.getElementById("`+id+`").href`)
		if !strings.Contains(href, "root=person-vo-van-minh") {
			t.Errorf("%s links to %s, not the root's neighbourhood", id, href)
		}
		resp, err := http.Get(href)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			t.Errorf("%s: %s answers %d", id, href, resp.StatusCode)
		}
	}

	// A document's citation graph.
	p.do("search a directive by its code",
		chromedp.Evaluate[chromedp.Void](`document.querySelector("#q").value = ""`),
		chromedp.SendKeys(chromedp.ID("q"), "05-CT/TW"),
		chromedp.Click(chromedp.CSS(`#search button[type="submit"]`)))
	p.waitFor("a document is found", `!!document.querySelector('#result-groups [data-kind="DOCUMENT"] .hit')`)
	p.do("open the document", chromedp.Click(chromedp.CSS(`#result-groups [data-kind="DOCUMENT"] .hit`)))
	p.waitFor("its panel offers the citation graph", `[...document.querySelectorAll("#panel .actions button")].some(b => /citation|trích dẫn/i.test(b.textContent))`)
	p.do("draw its citation graph", chromedp.Evaluate[chromedp.Void](`[...document.querySelectorAll("#panel .actions button")].find(b => /citation|trích dẫn/i.test(b.textContent)).click()`))
	p.waitFor("the citation graph is drawn", `location.hash.startsWith("#citations=")`)
	p.waitFor("the continuing conclusion is drawn", `[...document.querySelectorAll('#drawn li[data-kind="DOCUMENT"]')].some(li => li.textContent.includes("01-KL/TW"))`)

	p.mu.Lock()
	defer p.mu.Unlock()
	for _, want := range []string{"/", "/explore", "/graphql", "/assets/vendor/graphiql.min.js", "/assets/vendor/cytoscape.min.js"} {
		if !slices.Contains(p.requests, want) {
			t.Errorf("the browser never asked the server for %s (asked: %q)", want, p.requests)
		}
	}
}
