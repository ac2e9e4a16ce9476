package read

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/aikg/aikg/kg"
)

// rss is an RSS 2.0 document (RSS 0.9x reads the same). Elements of the
// content and Dublin Core modules are matched by local name.
type rss struct {
	XMLName xml.Name `xml:"rss"`
	Channel struct {
		Title    string    `xml:"title"`
		Link     string    `xml:"link"`
		Language string    `xml:"language"`
		Items    []rssItem `xml:"item"`
	} `xml:"channel"`
}

type rssItem struct {
	Title string `xml:"title"`
	Link  string `xml:"link"`
	GUID  struct {
		Value     string `xml:",chardata"`
		PermaLink string `xml:"isPermaLink,attr"`
	} `xml:"guid"`
	Description string `xml:"description"`
	Encoded     string `xml:"http://purl.org/rss/1.0/modules/content/ encoded"`
	PubDate     string `xml:"pubDate"`
	DCDate      string `xml:"http://purl.org/dc/elements/1.1/ date"`
	DCLang      string `xml:"http://purl.org/dc/elements/1.1/ language"`
	Source      string `xml:"source"`
}

// atomFeed is an Atom 1.0 feed.
type atomFeed struct {
	XMLName xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	Lang    string      `xml:"http://www.w3.org/XML/1998/namespace lang,attr"`
	Title   atomText    `xml:"http://www.w3.org/2005/Atom title"`
	Entries []atomEntry `xml:"http://www.w3.org/2005/Atom entry"`
}

type atomEntry struct {
	Lang      string     `xml:"http://www.w3.org/XML/1998/namespace lang,attr"`
	ID        string     `xml:"http://www.w3.org/2005/Atom id"`
	Title     atomText   `xml:"http://www.w3.org/2005/Atom title"`
	Links     []atomLink `xml:"http://www.w3.org/2005/Atom link"`
	Published string     `xml:"http://www.w3.org/2005/Atom published"`
	Updated   string     `xml:"http://www.w3.org/2005/Atom updated"`
	Summary   atomText   `xml:"http://www.w3.org/2005/Atom summary"`
	Content   atomText   `xml:"http://www.w3.org/2005/Atom content"`
}

// atomText is an Atom text construct: type "text", "html" (escaped HTML,
// so the character data is the markup) or "xhtml" (inline XHTML, so the
// inner XML is).
type atomText struct {
	Type  string `xml:"type,attr"`
	Text  string `xml:",chardata"`
	Inner string `xml:",innerxml"`
}

func (t atomText) html() string {
	switch strings.ToLower(t.Type) {
	case "xhtml":
		return t.Inner
	case "html", "text/html":
		return t.Text
	}
	return ""
}

// plain is the text of a title-like construct.
func (t atomText) plain() string {
	if h := t.html(); h != "" {
		return CleanLine(htmlFragmentText(h))
	}
	return CleanLine(t.Text)
}

// body is the cleaned text of a content-like construct.
func (t atomText) body() string {
	if h := t.html(); h != "" {
		return htmlFragmentText(h)
	}
	return StripBoilerplate(t.Text)
}

type atomLink struct {
	Rel  string `xml:"rel,attr"`
	Href string `xml:"href,attr"`
	Type string `xml:"type,attr"`
}

// newDecoder makes a strict XML decoder that refuses encodings other than
// UTF-8: the bytes were checked to be UTF-8 already, so a header that says
// otherwise is wrong and guessing would corrupt the text.
func newDecoder(data []byte) *xml.Decoder {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = true
	d.CharsetReader = func(label string, r io.Reader) (io.Reader, error) {
		switch strings.ToLower(label) {
		case "utf-8", "utf8", "us-ascii", "ascii":
			return r, nil
		}
		return nil, charsetError(label)
	}
	d.Entity = xml.HTMLEntity // &nbsp; and friends appear in real feeds
	return d
}

// charsetError is a feed's declared encoding that read refuses.
type charsetError string

func (c charsetError) Error() string { return "unsupported encoding " + string(c) }

// feedRoot is the local name of the document element.
func feedRoot(data []byte) (string, error) {
	d := newDecoder(data)
	for {
		tok, err := d.Token()
		if err != nil {
			return "", err
		}
		if se, ok := tok.(xml.StartElement); ok {
			return se.Name.Local, nil
		}
	}
}

// xmlError turns an encoding/xml error into a message with the position.
func xmlError(where string, d *xml.Decoder, err error) error {
	var ce charsetError
	if errors.As(err, &ce) {
		return kg.Wrap(kg.EINVALID, err, "%s: declares encoding %q; only UTF-8 is read (convert the file to UTF-8 and fix the <?xml ... encoding=...?> header)", where, string(ce))
	}
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		return kg.Wrap(kg.EINVALID, err, "%s: broken XML at line %d: %s", where, se.Line, se.Msg)
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return kg.Wrap(kg.EINVALID, err, "%s: broken XML: the document ends too early", where)
	}
	line := 0
	if d != nil {
		line, _ = d.InputPos()
	}
	return kg.Wrap(kg.EINVALID, err, "%s: broken XML near line %d: %v", where, line, err)
}

// readFeed reads an RSS 2.0 or Atom feed: one article per item or entry.
func readFeed(name string, data []byte) ([]Item, error) {
	root, err := feedRoot(data)
	if err != nil {
		return nil, xmlError(name, nil, err)
	}
	d := newDecoder(data)
	var items []Item
	switch root {
	case "rss":
		var f rss
		if err := d.Decode(&f); err != nil {
			return nil, xmlError(name, d, err)
		}
		if err := trailing(name, d); err != nil {
			return nil, err
		}
		ch := f.Channel
		for i, it := range ch.Items {
			if i >= MaxItems {
				break
			}
			where := fmt.Sprintf("%s item %d", name, i+1)
			body := it.Encoded
			if strings.TrimSpace(body) == "" {
				body = it.Description
			}
			link := it.Link
			if link == "" && !strings.EqualFold(it.GUID.PermaLink, "false") && strings.HasPrefix(strings.TrimSpace(it.GUID.Value), "http") {
				link = it.GUID.Value
			}
			m := meta{
				Title:     html2line(it.Title),
				URL:       link,
				Published: firstNonEmpty(it.PubDate, it.DCDate),
				Lang:      firstNonEmpty(it.DCLang, ch.Language),
				Source:    firstNonEmpty(it.Source, ch.Title),
			}
			items = append(items, feedItem(where, m, htmlFragmentText(body)))
		}
	case "feed":
		var f atomFeed
		if err := d.Decode(&f); err != nil {
			return nil, xmlError(name, d, err)
		}
		if err := trailing(name, d); err != nil {
			return nil, err
		}
		for i, e := range f.Entries {
			if i >= MaxItems {
				break
			}
			where := fmt.Sprintf("%s entry %d", name, i+1)
			text := e.Content.body()
			if strings.TrimSpace(text) == "" {
				text = e.Summary.body()
			}
			m := meta{
				Title:     e.Title.plain(),
				URL:       atomLinkOf(e),
				Published: firstNonEmpty(e.Published, e.Updated),
				Lang:      firstNonEmpty(e.Lang, f.Lang),
				Source:    f.Title.plain(),
			}
			items = append(items, feedItem(where, m, text))
		}
	default:
		return nil, kg.Errorf(kg.EINVALID, "%s: not an RSS or Atom feed (the root element is <%s>, want <rss> or <feed>)", name, root)
	}
	if len(items) == 0 {
		return nil, kg.Errorf(kg.EINVALID, "%s: the feed has no items", name)
	}
	return items, nil
}

// trailing checks that nothing but whitespace and comments follows the
// document element, so a truncated or concatenated file is an error.
func trailing(name string, d *xml.Decoder) error {
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return xmlError(name, d, err)
		}
		switch t := tok.(type) {
		case xml.CharData:
			if len(bytes.TrimSpace(t)) > 0 {
				return kg.Errorf(kg.EINVALID, "%s: broken XML: text after the end of the feed", name)
			}
		case xml.StartElement:
			line, _ := d.InputPos()
			return kg.Errorf(kg.EINVALID, "%s: broken XML at line %d: a second document element <%s>", name, line, t.Name.Local)
		}
	}
}

func feedItem(where string, m meta, text string) Item {
	m, err := normMeta(where, m, false)
	if err != nil {
		return Item{Where: where, Err: err}
	}
	a, err := build(where, m, text)
	if err != nil {
		return Item{Where: where, Err: err}
	}
	return Item{Where: where, Article: a}
}

func atomLinkOf(e atomEntry) string {
	for _, l := range e.Links {
		if l.Rel == "" || l.Rel == "alternate" {
			return l.Href
		}
	}
	if strings.HasPrefix(e.ID, "http") {
		return e.ID
	}
	return ""
}

func html2line(s string) string {
	if strings.Contains(s, "<") || strings.Contains(s, "&") {
		return CleanLine(htmlFragmentText(s))
	}
	return CleanLine(s)
}

func firstNonEmpty(vs ...string) string {
	for _, v := range vs {
		if strings.TrimSpace(v) != "" {
			return strings.TrimSpace(v)
		}
	}
	return ""
}
