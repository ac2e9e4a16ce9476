package extract_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aikg/aikg/kg"
	"github.com/aikg/aikg/loader/extract"
)

func TestSentences(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"OpenAI raised $6.6bn. The round closed.", []string{"OpenAI raised $6.6bn.", "The round closed."}},
		{"Capacity will reach 4.5 GW. Oracle agreed.", []string{"Capacity will reach 4.5 GW.", "Oracle agreed."}},
		{"Microsoft Corp. and Nvidia Inc. invested. The U.S. deal closed.", []string{"Microsoft Corp. and Nvidia Inc. invested.", "The U.S. deal closed."}},
		{"J. P. Morgan led it. Then it ended!", []string{"J. P. Morgan led it.", "Then it ended!"}},
		{"He said: “We will invest.” Then he left.", []string{"He said: “We will invest.”", "Then he left."}},
		{"وقّعت الشركة اتفاقاً بقيمة 4.5 مليار دولار. وقالت إنها ستستثمر؟ نعم؛ بالتأكيد.", []string{"وقّعت الشركة اتفاقاً بقيمة 4.5 مليار دولار.", "وقالت إنها ستستثمر؟", "نعم؛", "بالتأكيد."}},
		{"عنوان\n\nالفقرة الأولى هنا.\nمايكروسوفت\nمايكروسوفت", []string{"عنوان", "الفقرة الأولى هنا.", "مايكروسوفت", "مايكروسوفت"}},
		{"قال «سنستثمر». ثم غادر.", []string{"قال «سنستثمر».", "ثم غادر."}},
		{"Visit Meta.ai today. It works.", []string{"Visit Meta.ai today.", "It works."}},
	}
	for _, c := range cases {
		spans := extract.Sentences(c.text)
		var got []string
		runes := []rune(c.text)
		for _, s := range spans {
			got = append(got, s.Text)
			if string(runes[s.Start:s.End]) != s.Text {
				t.Errorf("%q: span %+v does not match its offsets", c.text, s)
			}
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q:\n got  %q\n want %q", c.text, got, c.want)
		}
	}
}

func TestLoadGazetteerErrors(t *testing.T) {
	cases := map[string]string{
		`{"entities": [{"name": "", "kind": "ORGANIZATION"}]}`:          "entity #0 has no usable name",
		`{"entities": [{"name": "Foo", "kind": "COMPANY"}]}`:            `unknown kind "COMPANY"`,
		`{"entities": [{"name": "Foo", "kind": "ORGANIZATION"}`:         "cannot read",
		`{"entities": [{"name": "Foo", "kind": "PLACE", "colour": 1}]}`: "cannot read",
		`not json`: "invalid JSON",
	}
	for in, want := range cases {
		_, err := extract.LoadGazetteer(strings.NewReader(in))
		if err == nil || kg.ErrorCode(err) != kg.EINVALID || !strings.Contains(kg.ErrorMessage(err), want) {
			t.Errorf("%s: got %v, want EINVALID containing %q", in, err, want)
		}
	}
}

// A user gazetteer adds entities and spellings over the built-in one.
func TestExtraGazetteer(t *testing.T) {
	dir := t.TempDir()
	g := extract.Gazetteer{Version: 1, Entities: []extract.GazetteerEntry{
		{Name: "Zephyr Compute", Kind: kg.Organization, Aliases: []string{"زفير للحوسبة"}, Tags: []string{"cloud"}},
		{Name: "OpenAI", Kind: kg.Organization, Aliases: []string{"اوبن اي"}},
	}}
	b, _ := json.Marshal(g)
	path := filepath.Join(dir, "extra.json")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	x, err := extract.New(extract.Options{GazetteerFiles: []string{path}})
	if err != nil {
		t.Fatal(err)
	}
	ex := extractOK(t, x, "ar", "وقّعت اوبن اي اتفاقاً مع زفير للحوسبة لتوفير قدرة حوسبية تبلغ 2 غيغاواط.")
	if find(ex, "Zephyr Compute", kg.SuppliesCompute, "OpenAI") == nil {
		t.Errorf("extra gazetteer not used; got:%s", listRels(ex))
	}
	if _, err := extract.New(extract.Options{GazetteerFiles: []string{filepath.Join(dir, "missing.json")}}); kg.ErrorCode(err) != kg.EINVALID {
		t.Errorf("missing gazetteer file: got %v", err)
	}
}

// Relative dates need a reference: the article's date, else Options.Now.
func TestRelativeDateFallback(t *testing.T) {
	now := func() time.Time { return time.Date(2025, 3, 10, 0, 0, 0, 0, time.UTC) }
	x, err := extract.New(extract.Options{Now: now})
	if err != nil {
		t.Fatal(err)
	}
	a := article("en", "Microsoft invested $2 billion in G42 last year.")
	a.Published = ""
	ex := x.Extract(a)
	if err := kg.Prepare(ex); err != nil {
		t.Fatal(err)
	}
	r := find(ex, "Microsoft", kg.InvestsIn, "G42")
	if r == nil || r.Date != "2024" {
		t.Fatalf("want date 2024 from Options.Now; got %+v", r)
	}
}

// Extract is safe for concurrent use and deterministic.
func TestConcurrentExtract(t *testing.T) {
	x := newX(t)
	arts := benchCorpus(40)
	want := make([]*kg.Extraction, len(arts))
	for i, a := range arts {
		want[i] = x.Extract(a)
	}
	var wg sync.WaitGroup
	errs := make(chan string, len(arts)*4)
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, a := range arts {
				if got := x.Extract(a); !reflect.DeepEqual(got, want[i]) {
					errs <- a.ID
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for id := range errs {
		t.Errorf("%s: concurrent extraction differs", id)
	}
}

// Entities carry ids from kg.Slug of the canonical name, and unknown
// Arabic names keep their Arabic spelling.
func TestEntityIdentity(t *testing.T) {
	ex := extractOK(t, newX(t), "ar", "استحوذت مايكروسوفت على شركة “نوفاتك” الناشئة. وقالت مايكروسوفت إن الصفقة اكتملت.")
	ids := map[string]kg.Entity{}
	for _, e := range ex.Entities {
		ids[e.ID] = e
		if e.ID != kg.Slug(e.Name) {
			t.Errorf("entity %q has id %q, want %q", e.Name, e.ID, kg.Slug(e.Name))
		}
	}
	if e, ok := ids["microsoft"]; !ok || e.Name != "Microsoft" || e.WikidataID == "" {
		t.Errorf("Microsoft entity: %+v", e)
	}
	if _, ok := ids[kg.Slug("نوفاتك")]; !ok {
		t.Errorf("unknown startup not found as an entity: %+v", ex.Entities)
	}
}
