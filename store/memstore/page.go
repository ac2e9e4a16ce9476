package memstore

import (
	"sort"
	"strconv"
	"strings"

	"github.com/aikg/aikg/kg"
)

// sortKey is one item's place in a keyset order: items without a value
// (has false) come last in either direction; ties go by id ascending.
type sortKey struct {
	has bool
	num float64
	str string
	id  string
}

func compareKeys(a, b sortKey, desc bool) int {
	if a.has != b.has {
		if a.has {
			return -1
		}
		return 1
	}
	if a.has {
		c := 0
		switch {
		case a.num < b.num:
			c = -1
		case a.num > b.num:
			c = 1
		default:
			c = strings.Compare(a.str, b.str)
		}
		if desc {
			c = -c
		}
		if c != 0 {
			return c
		}
	}
	return strings.Compare(a.id, b.id)
}

func (k sortKey) cursor() string {
	has := "0"
	if k.has {
		has = "1"
	}
	return kg.EncodeCursor(has, strconv.FormatFloat(k.num, 'g', -1, 64), k.str, k.id)
}

func decodeKey(c string) (sortKey, error) {
	ks, err := kg.DecodeCursor(c, 4)
	if err != nil {
		return sortKey{}, err
	}
	n, perr := strconv.ParseFloat(ks[1], 64)
	if perr != nil || (ks[0] != "0" && ks[0] != "1") {
		return sortKey{}, kg.Errorf(kg.EINVALID, "invalid cursor %q", c)
	}
	return sortKey{has: ks[0] == "1", num: n, str: ks[2], id: ks[3]}, nil
}

// keyed pairs an item with its sort key.
type keyed[T any] struct {
	key  sortKey
	item T
}

// sortKeyed sorts items in the order of their keys.
func sortKeyed[T any](items []keyed[T], desc bool) {
	sort.Slice(items, func(i, j int) bool { return compareKeys(items[i].key, items[j].key, desc) < 0 })
}

// paginate skips the (sorted) items up to the cursor and cuts a page.
func paginate[T any](items []keyed[T], desc bool, p kg.Page) (page []keyed[T], cursors []string, info kg.PageInfo, err error) {
	first, err := kg.ClampFirst(p.First)
	if err != nil {
		return nil, nil, info, err
	}
	var after *sortKey
	if p.After != "" {
		k, err := decodeKey(p.After)
		if err != nil {
			return nil, nil, info, err
		}
		after = &k
	}
	start := 0
	if after != nil {
		start = sort.Search(len(items), func(i int) bool { return compareKeys(items[i].key, *after, desc) > 0 })
	}
	end := min(start+first, len(items))
	page = items[start:end]
	cursors = make([]string, len(page))
	for i, it := range page {
		cursors[i] = it.key.cursor()
	}
	info.HasNextPage = end < len(items)
	if len(page) > 0 {
		info.EndCursor = cursors[len(page)-1]
	}
	return page, cursors, info, nil
}

// pageSorted is paginate over a sorted list filtered on the fly, without
// copying it: it counts the matches and keeps the page.
func pageSorted[T any](all []keyed[T], match func(T) bool, desc bool, p kg.Page) (page []keyed[T], cursors []string, info kg.PageInfo, total int, err error) {
	first, err := kg.ClampFirst(p.First)
	if err != nil {
		return nil, nil, info, 0, err
	}
	var after *sortKey
	if p.After != "" {
		k, err := decodeKey(p.After)
		if err != nil {
			return nil, nil, info, 0, err
		}
		after = &k
	}
	for _, it := range all {
		if !match(it.item) {
			continue
		}
		total++
		if after != nil && compareKeys(it.key, *after, desc) <= 0 {
			continue
		}
		if len(page) < first {
			page = append(page, it)
		} else {
			info.HasNextPage = true
		}
	}
	cursors = make([]string, len(page))
	for i, it := range page {
		cursors[i] = it.key.cursor()
	}
	if len(page) > 0 {
		info.EndCursor = cursors[len(page)-1]
	}
	return page, cursors, info, total, nil
}

// validation of enum arguments, so a bad value is a clear EINVALID.

func checkTypes(ts []kg.RelationType) error {
	for _, t := range ts {
		if !t.Valid() {
			return kg.Errorf(kg.EINVALID, "unknown relationship type %q", t)
		}
	}
	return nil
}

func checkKinds(ks []kg.EntityKind) error {
	for _, k := range ks {
		if !k.Valid() {
			return kg.Errorf(kg.EINVALID, "unknown entity kind %q", k)
		}
	}
	return nil
}

func checkDirection(d kg.Direction) error {
	if !d.Valid() {
		return kg.Errorf(kg.EINVALID, "unknown direction %q", d)
	}
	return nil
}

func checkStatuses(ss []kg.DealStatus) error {
	for _, s := range ss {
		if s == "" || !s.Valid() {
			return kg.Errorf(kg.EINVALID, "unknown deal status %q", s)
		}
	}
	return nil
}

func typeSet(ts []kg.RelationType) map[kg.RelationType]bool {
	if len(ts) == 0 {
		return nil
	}
	m := map[kg.RelationType]bool{}
	for _, t := range ts {
		m[t] = true
	}
	return m
}

// dateIn: a value passes Since when its first len(Since) characters are >=
// Since, Until when its first len(Until) characters are <= Until; an empty
// value passes neither.
func dateIn(v, since, until string) bool {
	if since == "" && until == "" {
		return true
	}
	if v == "" {
		return false
	}
	if since != "" && prefix(v, len(since)) < since {
		return false
	}
	if until != "" && prefix(v, len(until)) > until {
		return false
	}
	return true
}

func prefix(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}
