package kg_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/aikg/aikg/kg"
)

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Microsoft", "microsoft"},
		{"  Open   AI ", "open ai"},
		{"مايكروسوفت", "مايكروسوفت"},
		{"أوراكل", "اوراكل"},
		{"إنفيديا", "انفيديا"},
		{"آبل", "ابل"},
		{"الشركةُ", "الشركه"},
		{"مستشفى", "مستشفي"},
		{"مـــايكروسوفت", "مايكروسوفت"},
		{"مُؤسَّسة", "موسسه"},
		{"شاطئ", "شاطي"},
		{"٢٠٢٥", "2025"},
		{"“ويندسيرف”", "ويندسيرف"},
		{"AT&T", "at&t"},
		{"CoreWeave, Inc.", "coreweave inc."},
	}
	for _, tt := range tests {
		if got := kg.Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSlug(t *testing.T) {
	tests := []struct{ in, want string }{
		{"OpenAI", "openai"},
		{"Abu Dhabi Investment Authority", "abu-dhabi-investment-authority"},
		{"xAI", "xai"},
		{"AT&T", "at-t"},
		{"Meta.ai", "meta-ai"},
		{"ويندسيرف", "ويندسيرف"},
		{"  --Scale AI-- ", "scale-ai"},
	}
	for _, tt := range tests {
		if got := kg.Slug(tt.in); got != tt.want {
			t.Errorf("Slug(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCanonical(t *testing.T) {
	s, o := kg.Canonical("openai", kg.PartnersWith, "microsoft")
	if s != "microsoft" || o != "openai" {
		t.Errorf("symmetric ends not ordered: %s %s", s, o)
	}
	s, o = kg.Canonical("openai", kg.Acquires, "microsoft")
	if s != "openai" || o != "microsoft" {
		t.Errorf("directed ends reordered: %s %s", s, o)
	}
}

func usd(v float64) *kg.Money { return &kg.Money{Value: v, Currency: "USD", USD: &v} }

func TestHeadline(t *testing.T) {
	stake := 49.0
	tests := []struct {
		name string
		ev   []kg.Evidence
		want kg.Figures
	}{
		{"empty", nil, kg.Figures{}},
		{
			"one source",
			[]kg.Evidence{{ArticleID: "a", Figures: kg.Figures{Amount: usd(13e9), Period: kg.Once, Status: kg.Talks, Date: "2025-05", Confidence: 0.8}}},
			kg.Figures{Amount: usd(13e9), Period: kg.Once, Status: kg.Talks, Date: "2025-05", Confidence: 0.8},
		},
		{
			"more confident source supplies the amount; status is the most settled; confidence combines",
			[]kg.Evidence{
				{ArticleID: "a", Figures: kg.Figures{Amount: usd(10e9), Status: kg.Completed, Confidence: 0.5}},
				{ArticleID: "b", Figures: kg.Figures{Amount: usd(13e9), Period: kg.Year, Status: kg.Talks, Stake: &stake, Confidence: 0.8}},
			},
			kg.Figures{Amount: usd(13e9), Period: kg.Year, Status: kg.Completed, Stake: &stake, Confidence: 0.9},
		},
		{
			"equal confidence: later date wins, then smaller article id",
			[]kg.Evidence{
				{ArticleID: "b", Figures: kg.Figures{Amount: usd(1), Date: "2024", Confidence: 0.5}},
				{ArticleID: "c", Figures: kg.Figures{Amount: usd(2), Date: "2025", Confidence: 0.5}},
				{ArticleID: "a", Figures: kg.Figures{Amount: usd(3), Date: "2025", Confidence: 0.5}},
			},
			kg.Figures{Amount: usd(3), Date: "2025", Confidence: 0.875},
		},
		{
			"blocked stays blocked",
			[]kg.Evidence{
				{ArticleID: "a", Figures: kg.Figures{Status: kg.Blocked, Confidence: 0.6}},
				{ArticleID: "b", Figures: kg.Figures{Status: kg.Completed, Confidence: 0.6}},
			},
			kg.Figures{Status: kg.Blocked, Confidence: 0.84},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := kg.Headline(tt.ev)
			if show(got) != show(tt.want) {
				t.Errorf("Headline = %s, want %s", show(got), show(tt.want))
			}
		})
	}
}

func show(f kg.Figures) string {
	var b strings.Builder
	if f.Amount != nil {
		fmt.Fprintf(&b, "amount=%v %s usd=%v ", f.Amount.Value, f.Amount.Currency, *f.Amount.USD)
	}
	if f.Capacity != nil {
		fmt.Fprintf(&b, "cap=%v%s ", f.Capacity.Value, f.Capacity.Unit)
	}
	if f.Stake != nil {
		fmt.Fprintf(&b, "stake=%v ", *f.Stake)
	}
	fmt.Fprintf(&b, "period=%s status=%s date=%s conf=%v", f.Period, f.Status, f.Date, f.Confidence)
	return b.String()
}

func article(id string) kg.Article {
	return kg.Article{ID: id, Hash: "sha256:x", Text: "Microsoft invested in OpenAI. OpenAI and Microsoft are partners."}
}

func TestPrepare(t *testing.T) {
	x := &kg.Extraction{
		Article: article("https://news.example/a"),
		Entities: []kg.Entity{
			{ID: "openai", Name: "OpenAI", Kind: kg.Organization},
			{ID: "microsoft", Name: "Microsoft", Kind: kg.Organization, Aliases: []string{"مايكروسوفت"}},
			{ID: "microsoft", Name: "Microsoft", Kind: kg.Organization, Aliases: []string{"ميكروسوفت", "مايكروسوفت"}},
		},
		Relationships: []kg.Relationship{
			{Type: kg.PartnersWith, SourceID: "openai", TargetID: "microsoft", Evidence: []kg.Evidence{{Start: 29, End: 63, Figures: kg.Figures{Confidence: 0.5}}}},
			{Type: kg.InvestsIn, SourceID: "microsoft", TargetID: "openai", Evidence: []kg.Evidence{{Start: 0, End: 28, Figures: kg.Figures{Confidence: 0.9, Amount: usd(13e9)}}}},
			{Type: kg.PartnersWith, SourceID: "microsoft", TargetID: "openai", Evidence: []kg.Evidence{{Start: 0, End: 28, Figures: kg.Figures{Confidence: 0.5}}}},
		},
	}
	if err := kg.Prepare(x); err != nil {
		t.Fatal(err)
	}
	if len(x.Entities) != 2 || x.Entities[0].ID != "microsoft" || strings.Join(x.Entities[0].Aliases, ",") != "مايكروسوفت,ميكروسوفت" {
		t.Errorf("entities not merged: %+v", x.Entities)
	}
	if len(x.Relationships) != 2 {
		t.Fatalf("got %d relationships, want 2 (the symmetric pair merged)", len(x.Relationships))
	}
	p := x.Relationships[1]
	if p.ID != "microsoft|PARTNERS_WITH|openai" || len(p.Evidence) != 2 || p.Evidence[0].Start != 0 || p.Confidence != 0.75 {
		t.Errorf("partnership = %+v", p)
	}
	if p.Evidence[0].ArticleID != "https://news.example/a" {
		t.Errorf("evidence not stamped with the article id: %q", p.Evidence[0].ArticleID)
	}
	if i := x.Relationships[0]; i.ID != "microsoft|INVESTS_IN|openai" || i.Amount == nil || *i.Amount.USD != 13e9 {
		t.Errorf("investment = %+v", i)
	}
}

func TestPrepareRejects(t *testing.T) {
	ok := func() *kg.Extraction {
		return &kg.Extraction{
			Article:  article("a1"),
			Entities: []kg.Entity{{ID: "x", Name: "X", Kind: kg.Organization}, {ID: "y", Name: "Y", Kind: kg.Organization}},
			Relationships: []kg.Relationship{{Type: kg.InvestsIn, SourceID: "x", TargetID: "y",
				Evidence: []kg.Evidence{{Start: 0, End: 5, Figures: kg.Figures{Confidence: 0.5}}}}},
		}
	}
	tests := []struct {
		name   string
		break_ func(x *kg.Extraction)
		want   string
	}{
		{"no id", func(x *kg.Extraction) { x.Article.ID = " " }, "no id"},
		{"no hash", func(x *kg.Extraction) { x.Article.Hash = "" }, "no content hash"},
		{"bad utf8", func(x *kg.Extraction) { x.Article.Text = "a\xffb" }, "not valid UTF-8"},
		{"bad kind", func(x *kg.Extraction) { x.Entities[0].Kind = "ROBOT" }, `unknown kind "ROBOT"`},
		{"bad type", func(x *kg.Extraction) { x.Relationships[0].Type = "LIKES" }, "unknown type"},
		{"dangling", func(x *kg.Extraction) { x.Relationships[0].TargetID = "z" }, "target is not among"},
		{"self", func(x *kg.Extraction) { x.Relationships[0].TargetID = "x" }, "cannot relate to itself"},
		{"no evidence", func(x *kg.Extraction) { x.Relationships[0].Evidence = nil }, "no evidence"},
		{"confidence", func(x *kg.Extraction) { x.Relationships[0].Evidence[0].Confidence = 1.5 }, "outside (0, 1]"},
		{"offsets", func(x *kg.Extraction) { x.Relationships[0].Evidence[0].End = 1000 }, "outside the text"},
		{"status", func(x *kg.Extraction) { x.Relationships[0].Evidence[0].Status = "MAYBE" }, "unknown period or status"},
	}
	if err := kg.Prepare(ok()); err != nil {
		t.Fatalf("valid extraction rejected: %v", err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := ok()
			tt.break_(x)
			err := kg.Prepare(x)
			if kg.ErrorCode(err) != kg.EINVALID || !strings.Contains(kg.ErrorMessage(err), tt.want) {
				t.Errorf("Prepare = %v, want %s containing %q", err, kg.EINVALID, tt.want)
			}
		})
	}
}

func TestCursor(t *testing.T) {
	c := kg.EncodeCursor("2025-05", "microsoft|INVESTS_IN|openai")
	keys, err := kg.DecodeCursor(c, 2)
	if err != nil || keys[0] != "2025-05" || keys[1] != "microsoft|INVESTS_IN|openai" {
		t.Fatalf("round trip: %v %v", keys, err)
	}
	for _, bad := range []string{"", "!!", c + "x", kg.EncodeCursor("one")} {
		if _, err := kg.DecodeCursor(bad, 2); kg.ErrorCode(err) != kg.EINVALID {
			t.Errorf("DecodeCursor(%q) err = %v, want %s", bad, err, kg.EINVALID)
		}
	}
}

func TestErrors(t *testing.T) {
	cause := errors.New("bolt: connection refused at 10.0.0.1")
	err := fmt.Errorf("listing: %w", kg.Wrap(kg.EUNAVAILABLE, cause, "the graph store is unavailable"))
	if kg.ErrorCode(err) != kg.EUNAVAILABLE || kg.ErrorMessage(err) != "the graph store is unavailable" || !errors.Is(err, cause) {
		t.Errorf("wrapped error: code %q message %q", kg.ErrorCode(err), kg.ErrorMessage(err))
	}
	if kg.ErrorCode(cause) != kg.EINTERNAL || kg.ErrorMessage(cause) != "internal error" {
		t.Errorf("plain error leaks: %q", kg.ErrorMessage(cause))
	}
	if kg.ErrorCode(nil) != "" {
		t.Error("nil error has a code")
	}
}
