package read

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

// jsonRecord is one line of a JSON Lines article file. Unknown keys
// (author, tags, ...) are ignored; text is required.
type jsonRecord struct {
	URL       string  `json:"url"`
	Title     string  `json:"title"`
	Published string  `json:"published"`
	Lang      string  `json:"lang"`
	Source    string  `json:"source"`
	Text      *string `json:"text"`
	// Format says how to read Text: "text" (default), "markdown" or "html".
	Format string `json:"format"`
}

// readJSONL reads one article per non-blank line. A bad line is an item
// error naming file:line; the other lines are still read.
func readJSONL(name string, data []byte) ([]Item, error) {
	var items []Item
	lines := bytes.Split(data, []byte("\n"))
	for i, raw := range lines {
		raw = bytes.TrimSpace(bytes.TrimPrefix(raw, []byte("\uFEFF")))
		if len(raw) == 0 {
			continue
		}
		if len(items) >= MaxItems {
			items = append(items, Item{Where: name, Err: itemError(name, "more than %d articles; the rest of the file was not read", MaxItems)})
			break
		}
		where := fmt.Sprintf("%s:%d", name, i+1)
		items = append(items, jsonItem(where, raw))
	}
	if len(items) == 0 {
		return nil, itemError(name, "has no article text (no JSON lines)")
	}
	return items, nil
}

func jsonItem(where string, raw []byte) Item {
	var rec jsonRecord
	d := json.NewDecoder(bytes.NewReader(raw))
	if err := d.Decode(&rec); err != nil {
		return Item{Where: where, Err: wrapItem(where, err, "invalid JSON: %s", jsonMessage(err))}
	}
	if d.More() {
		return Item{Where: where, Err: itemError(where, "invalid JSON: more than one value on the line")}
	}
	if rec.Text == nil {
		return Item{Where: where, Err: itemError(where, "no \"text\" field (want an object with url, title, published, lang, text)")}
	}
	f := Text
	switch strings.ToLower(strings.TrimSpace(rec.Format)) {
	case "", "text", "txt", "plain":
	case "markdown", "md":
		f = Markdown
	case "html", "htm":
		f = HTML
	default:
		return Item{Where: where, Err: itemError(where, "unknown format %q (use text, markdown or html)", rec.Format)}
	}
	a, err := single(where, f, *rec.Text, meta{URL: rec.URL, Title: rec.Title, Published: rec.Published, Lang: rec.Lang, Source: rec.Source})
	if err != nil {
		return Item{Where: where, Err: err}
	}
	return Item{Where: where, Article: a}
}

func jsonMessage(err error) string {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Sprintf("%s (at byte %d)", se.Error(), se.Offset)
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		if te.Field == "" {
			return fmt.Sprintf("want an object, got %s", te.Value)
		}
		return fmt.Sprintf("field %q must be a %s, got %s", te.Field, te.Type, te.Value)
	}
	return err.Error()
}
