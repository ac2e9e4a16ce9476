package read

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/aikg/aikg/kg"
)

// dropTags are elements that never hold the article's text.
var dropTags = map[atom.Atom]bool{
	atom.Nav: true, atom.Header: true, atom.Footer: true, atom.Aside: true,
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Form: true, atom.Figcaption: true, atom.Caption: true, atom.Button: true,
	atom.Select: true, atom.Option: true, atom.Textarea: true, atom.Input: true,
	atom.Label: true, atom.Iframe: true, atom.Object: true, atom.Embed: true,
	atom.Svg: true, atom.Math: true, atom.Canvas: true, atom.Video: true,
	atom.Audio: true, atom.Picture: true, atom.Img: true, atom.Dialog: true,
	atom.Menu: true, atom.Head: true, atom.Title: true, atom.Meta: true, atom.Link: true,
}

// dropRoles are ARIA landmark roles of page furniture.
var dropRoles = map[string]bool{
	"navigation": true, "banner": true, "contentinfo": true, "complementary": true,
	"search": true, "dialog": true, "alertdialog": true, "menu": true, "menubar": true,
	"toolbar": true, "form": true, "note": false,
}

// dropWords are class/id tokens of boilerplate blocks, English and Arabic
// (some Arabic sites name classes in Arabic or transliteration).
var dropWords = map[string]bool{
	"nav": true, "navbar": true, "navigation": true, "menu": true, "breadcrumb": true, "breadcrumbs": true,
	"header": true, "masthead": true, "footer": true, "sidebar": true, "aside": true, "widget": true, "widgets": true,
	"comment": true, "comments": true, "respond": true, "disqus": true, "reply": true,
	"share": true, "sharing": true, "social": true, "sharebar": true, "addthis": true, "sharethis": true,
	"related": true, "recommended": true, "recommendations": true, "popular": true, "trending": true, "most-read": true,
	"more-stories": true, "read-more": true, "readmore": true, "see-also": true, "also-read": true, "outbrain": true, "taboola": true,
	"newsletter": true, "subscribe": true, "subscription": true, "signup": true, "promo": true, "promotion": true,
	"ad": true, "ads": true, "advert": true, "advertisement": true, "adsbygoogle": true, "sponsor": true, "sponsored": true,
	"cookie": true, "cookies": true, "consent": true, "gdpr": true, "popup": true, "modal": true, "overlay": true,
	"caption": true, "credit": true, "credits": true, "wp-caption-text": true, "tags": true, "tag-list": true, "author-bio": true,
	"print": true, "skip-link": true, "screen-reader-text": true, "sr-only": true, "visually-hidden": true, "hidden": true,
	"تعليقات": true, "التعليقات": true, "تعليق": true, "مشاركة": true, "شارك": true, "ذات-صلة": true, "مقالات-ذات-صلة": true,
	"اقرأ-أيضا": true, "إعلان": true, "اعلان": true, "القائمة": true, "الوسوم": true,
	"taalikat": true, "mawadi3": true, "iqra": true,
}

// dropPrefixes catch class/id names written as one word ("relatedPosts",
// "commentlist", "sharebox") that splitting on - and _ does not.
var dropPrefixes = []string{"related", "comment", "share", "social", "newsletter", "advert", "sponsor", "cookie", "breadcrumb", "sidebar", "footer", "navbar", "outbrain", "taboola", "readmore", "readalso", "moreread"}

// readHTML extracts the main text and metadata of an HTML page.
func readHTML(where, src string) (meta, string, error) {
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil { // elements nested too deep; x/net/html is lenient otherwise
		return meta{}, "", kg.Wrap(kg.EINVALID, err, "%s: cannot parse HTML: %s", where, strings.TrimPrefix(err.Error(), "html: "))
	}
	m, titleFromTag := htmlMeta(doc)
	text := mainText(doc)
	if text == "" {
		return meta{}, "", kg.Errorf(kg.EINVALID, "%s: HTML page has no article text", where)
	}
	h1 := ""
	if h := find(doc, func(n *html.Node) bool { return n.DataAtom == atom.H1 }); h != nil {
		h1 = CleanLine(nodeText(h))
	}
	m.Title = pageTitle(m.Title, titleFromTag, h1)
	return m, text, nil
}

// htmlFragmentText is the text of an HTML snippet (a feed item's content),
// cleaned like a page's main text.
func htmlFragmentText(src string) string {
	if !strings.Contains(src, "<") {
		return StripBoilerplate(html.UnescapeString(src))
	}
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return ""
	}
	return mainText(doc)
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return strings.TrimSpace(a.Val)
		}
	}
	return ""
}

func find(n *html.Node, pred func(*html.Node) bool) *html.Node {
	if n.Type == html.ElementNode && pred(n) {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := find(c, pred); f != nil {
			return f
		}
	}
	return nil
}

func findAll(n *html.Node, pred func(*html.Node) bool, out []*html.Node) []*html.Node {
	if n.Type == html.ElementNode && pred(n) {
		out = append(out, n)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		out = findAll(c, pred, out)
	}
	return out
}

// htmlMeta reads title, canonical URL, publication date, language and
// site name from the head (Open Graph and article: meta first, then plain
// HTML), and the date from a <time> element when no meta gives it.
func htmlMeta(doc *html.Node) (meta, bool) {
	var m meta
	var title, ogURL string
	if h := find(doc, func(n *html.Node) bool { return n.DataAtom == atom.Html }); h != nil {
		m.Lang = attr(h, "lang")
		if m.Lang == "" {
			m.Lang = attr(h, "xml:lang")
		}
	}
	for _, n := range findAll(doc, func(n *html.Node) bool {
		return n.DataAtom == atom.Meta || n.DataAtom == atom.Link || n.DataAtom == atom.Title
	}, nil) {
		switch n.DataAtom {
		case atom.Title:
			if title == "" {
				title = CleanLine(nodeText(n))
			}
		case atom.Link:
			if strings.EqualFold(attr(n, "rel"), "canonical") && m.URL == "" {
				m.URL = attr(n, "href")
			}
		case atom.Meta:
			key := strings.ToLower(attr(n, "property"))
			if key == "" {
				key = strings.ToLower(attr(n, "name"))
			}
			if key == "" {
				key = strings.ToLower(attr(n, "itemprop"))
			}
			val := attr(n, "content")
			if val == "" {
				continue
			}
			switch key {
			case "og:title", "twitter:title":
				if m.Title == "" {
					m.Title = val
				}
			case "og:url":
				ogURL = val
			case "article:published_time", "datepublished", "date", "pubdate", "publishdate", "publish-date", "dc.date", "dc.date.issued", "sailthru.date", "parsely-pub-date":
				if m.Published == "" {
					m.Published = val
				}
			case "og:site_name", "application-name":
				if m.Source == "" {
					m.Source = val
				}
			case "og:locale", "language", "content-language", "dc.language":
				if m.Lang == "" {
					m.Lang = val
				}
			}
		}
	}
	if m.URL == "" {
		m.URL = ogURL
	}
	fromTag := false
	if m.Title == "" {
		m.Title, fromTag = title, true
	}
	if m.Published == "" {
		if t := find(doc, func(n *html.Node) bool { return n.DataAtom == atom.Time && attr(n, "datetime") != "" }); t != nil {
			m.Published = attr(t, "datetime")
		}
	}
	m.Title = CleanLine(html.UnescapeString(m.Title))
	return m, fromTag
}

// pageTitle picks the article's title. A <title> usually carries the site
// name ("Deal agreed | Example News"); the page's <h1> is then the clean
// title when the <title> starts with it, else the site part is cut off
// after the last separator when it is short.
func pageTitle(title string, fromTag bool, h1 string) string {
	switch {
	case title == "":
		return h1
	case !fromTag:
		return title
	case h1 != "" && strings.HasPrefix(title, h1):
		return h1
	}
	for _, sep := range []string{" | ", " - ", " – ", " — ", " :: "} {
		if i := strings.LastIndex(title, sep); i > 0 {
			if site := title[i+len(sep):]; len(strings.Fields(site)) <= 4 && len(strings.Fields(title[:i])) >= 3 {
				return strings.TrimSpace(title[:i])
			}
		}
	}
	return title
}

// mainText finds the article's container (<article>, <main>,
// role=main, else <body>) and returns its text without page furniture,
// one paragraph per block element, with boilerplate lines stripped.
func mainText(doc *html.Node) string {
	root := chooseRoot(doc)
	if root == nil {
		return ""
	}
	lens := map[*html.Node]int{}
	textLen(root, lens)
	var b strings.Builder
	walkText(root, &b, lens, lens[root])
	return StripBoilerplate(b.String())
}

func chooseRoot(doc *html.Node) *html.Node {
	// Several <article> elements: a listing or an article with teaser
	// cards; the one with the most text is the story.
	arts := findAll(doc, func(n *html.Node) bool {
		return n.DataAtom == atom.Article || strings.EqualFold(attr(n, "itemprop"), "articleBody")
	}, nil)
	var best *html.Node
	bestLen := 0
	for _, a := range arts {
		if l := len(strings.TrimSpace(visibleText(a))); l > bestLen {
			best, bestLen = a, l
		}
	}
	if best != nil {
		return best
	}
	if m := find(doc, func(n *html.Node) bool {
		return n.DataAtom == atom.Main || strings.EqualFold(attr(n, "role"), "main")
	}); m != nil && len(strings.TrimSpace(visibleText(m))) > 0 {
		return m
	}
	if body := find(doc, func(n *html.Node) bool { return n.DataAtom == atom.Body }); body != nil {
		return body
	}
	return doc
}

// nodeText is all the text under n, scripts and styles excluded.
func nodeText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			return
		case html.ElementNode:
			if n.DataAtom == atom.Script || n.DataAtom == atom.Style || n.DataAtom == atom.Noscript || n.DataAtom == atom.Template {
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// visibleText is nodeText without the dropped elements, to size
// candidate roots.
func visibleText(n *html.Node) string {
	var b strings.Builder
	walkText(n, &b, nil, -1)
	return b.String()
}

// boilerplateBlock reports whether an element is page furniture by its
// role or class/id tokens. A class match is only trusted when the element
// holds less than half the root's text: a wrapper called "post-with-share"
// around the whole story must not take the story with it.
func boilerplateBlock(n *html.Node, lens map[*html.Node]int, rootLen int) bool {
	if dropRoles[strings.ToLower(attr(n, "role"))] {
		return true
	}
	if _, ok := attrOK(n, "hidden"); ok || strings.EqualFold(attr(n, "aria-hidden"), "true") {
		return true
	}
	names := strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
	if strings.TrimSpace(names) == "" {
		return false
	}
	hit := false
	for _, tok := range strings.FieldsFunc(names, func(r rune) bool { return r == ' ' || r == '\t' || r == '\n' }) {
		if dropWords[tok] {
			hit = true
			break
		}
		for _, part := range strings.FieldsFunc(tok, func(r rune) bool { return r == '-' || r == '_' }) {
			if dropWords[part] {
				hit = true
				break
			}
		}
		for _, p := range dropPrefixes {
			if strings.HasPrefix(tok, p) {
				hit = true
			}
		}
		if hit {
			break
		}
	}
	if !hit {
		return false
	}
	if rootLen <= 0 {
		return true
	}
	return 2*lens[n] < rootLen
}

func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val, true
		}
	}
	return "", false
}

// blockTags start a new line; paraTags a new paragraph.
var paraTags = map[atom.Atom]bool{
	atom.P: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Blockquote: true, atom.Pre: true, atom.Table: true, atom.Ul: true, atom.Ol: true, atom.Dl: true,
	atom.Section: true, atom.Article: true, atom.Figure: true, atom.Hr: true, atom.Address: true,
}

var lineTags = map[atom.Atom]bool{
	atom.Div: true, atom.Li: true, atom.Tr: true, atom.Dt: true, atom.Dd: true, atom.Br: true,
	atom.Main: true, atom.Details: true, atom.Summary: true,
}

// walkText writes the visible text under n. rootLen < 0 means "class
// names always count" (used to size candidates).
func walkText(n *html.Node, b *strings.Builder, lens map[*html.Node]int, rootLen int) {
	switch n.Type {
	case html.TextNode:
		b.WriteString(collapseSpace(n.Data))
		return
	case html.CommentNode, html.DoctypeNode:
		return
	case html.ElementNode:
		if dropTags[n.DataAtom] || boilerplateBlock(n, lens, rootLen) {
			return
		}
	}
	sep := ""
	switch {
	case n.Type == html.ElementNode && paraTags[n.DataAtom]:
		sep = "\n\n"
	case n.Type == html.ElementNode && lineTags[n.DataAtom]:
		sep = "\n"
	case n.Type == html.ElementNode && (n.DataAtom == atom.Td || n.DataAtom == atom.Th):
		sep = " "
	}
	b.WriteString(sep)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walkText(c, b, lens, rootLen)
	}
	b.WriteString(sep)
}

// collapseSpace turns HTML whitespace runs into one space, keeping a
// space at either end (it separates inline elements' words).
func collapseSpace(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\f' {
			if !space {
				b.WriteByte(' ')
				space = true
			}
			continue
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// textLen records, for n and every element under it, the length of its
// text without whitespace (scripts and styles excluded), in one pass, so
// that sizing nested blocks stays linear.
func textLen(n *html.Node, lens map[*html.Node]int) int {
	switch n.Type {
	case html.TextNode:
		l := 0
		for _, r := range n.Data {
			if r != ' ' && r != '\n' && r != '\t' && r != '\r' {
				l++
			}
		}
		return l
	case html.ElementNode:
		if n.DataAtom == atom.Script || n.DataAtom == atom.Style || n.DataAtom == atom.Noscript || n.DataAtom == atom.Template {
			return 0
		}
	}
	total := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		total += textLen(c, lens)
	}
	lens[n] = total
	return total
}
