package neo4jstore

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/aikg/aikg/kg"
)

// symmetric lists the relation types that match IN and OUT at both ends.
func symmetric() []string {
	var out []string
	for _, t := range kg.RelationTypes {
		if t.Symmetric() {
			out = append(out, string(t))
		}
	}
	return out
}

func typeStrings(ts []kg.RelationType) ([]string, error) {
	out := make([]string, len(ts))
	for i, t := range ts {
		if !t.Valid() {
			return nil, kg.Errorf(kg.EINVALID, "unknown relationship type %q", t)
		}
		out[i] = string(t)
	}
	return out, nil
}

func kindStrings(ks []kg.EntityKind) ([]string, error) {
	out := make([]string, len(ks))
	for i, k := range ks {
		if !k.Valid() {
			return nil, kg.Errorf(kg.EINVALID, "unknown entity kind %q", k)
		}
		out[i] = string(k)
	}
	return out, nil
}

func checkDirection(d kg.Direction) error {
	if !d.Valid() {
		return kg.Errorf(kg.EINVALID, "unknown direction %q", d)
	}
	return nil
}

// dirCond is the Cypher condition that relationship r is in direction d
// relative to node n; symmetric relationships match either way.
func dirCond(r, n string, d kg.Direction) string {
	switch d {
	case kg.Out:
		return fmt.Sprintf("(startNode(%s) = %s OR type(%s) IN $sym)", r, n, r)
	case kg.In:
		return fmt.Sprintf("(endNode(%s) = %s OR type(%s) IN $sym)", r, n, r)
	}
	return ""
}

// dateConds adds the Since/Until prefix comparisons on expr: the first
// len(bound) characters of the value are compared with the bound; a
// missing value passes neither.
func dateConds(conds []string, p map[string]any, expr, since, until, prefix string) []string {
	if since != "" {
		p[prefix+"since"] = since
		conds = append(conds, fmt.Sprintf("left(%s, size($%ssince)) >= $%ssince", expr, prefix, prefix))
	}
	if until != "" {
		p[prefix+"until"] = until
		conds = append(conds, fmt.Sprintf("left(%s, size($%suntil)) <= $%suntil", expr, prefix, prefix))
	}
	return conds
}

func where(conds []string) string {
	if len(conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(conds, " AND ")
}

// keyset is a decoded cursor: the sort value (absent for items without
// one) and the id.
type keyset struct {
	has bool
	str string
	num float64
	id  string
}

func encodeKey(has bool, v any, id string) string {
	if !has {
		return kg.EncodeCursor("0", "", id)
	}
	switch x := v.(type) {
	case float64:
		return kg.EncodeCursor("1", strconv.FormatFloat(x, 'g', -1, 64), id)
	case int64:
		return kg.EncodeCursor("1", strconv.FormatInt(x, 10), id)
	case string:
		return kg.EncodeCursor("1", x, id)
	}
	return kg.EncodeCursor("0", "", id)
}

func decodeKey(c string, numeric bool) (*keyset, error) {
	if c == "" {
		return nil, nil
	}
	keys, err := kg.DecodeCursor(c, 3)
	if err != nil {
		return nil, err
	}
	k := &keyset{has: keys[0] == "1", str: keys[1], id: keys[2]}
	if keys[0] != "0" && keys[0] != "1" {
		return nil, kg.Errorf(kg.EINVALID, "invalid cursor %q", c)
	}
	if k.has && numeric {
		if k.num, err = strconv.ParseFloat(k.str, 64); err != nil {
			return nil, kg.Errorf(kg.EINVALID, "invalid cursor %q", c)
		}
	}
	return k, nil
}

// afterCond is the keyset condition "comes after the cursor" for sort
// expression key (nulls last in both directions, ties by id ascending).
func afterCond(k *keyset, numeric, desc bool, key, id string, p map[string]any) string {
	p["cid"] = k.id
	if !k.has {
		return fmt.Sprintf("(%s IS NULL AND %s > $cid)", key, id)
	}
	if numeric {
		p["ck"] = k.num
	} else {
		p["ck"] = k.str
	}
	op := ">"
	if desc {
		op = "<"
	}
	return fmt.Sprintf("(%s %s $ck OR (%s = $ck AND %s > $cid) OR %s IS NULL)", key, op, key, id, key)
}

// orderBy sorts by key with nulls last in either direction, then id.
func orderBy(key, id string, desc bool) string {
	if desc {
		return fmt.Sprintf("ORDER BY %s IS NULL, %s DESC, %s", key, key, id)
	}
	return fmt.Sprintf("ORDER BY %s IS NULL, %s, %s", key, key, id)
}
