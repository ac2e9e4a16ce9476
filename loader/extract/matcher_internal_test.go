package extract

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestIsProclitic checks the hash-free proclitic test against the table
// it replaces in the hot loop.
func TestIsProclitic(t *testing.T) {
	for p := range proclitics {
		if !isProclitic(p) {
			t.Errorf("%q", p)
		}
	}
	for _, p := range []string{"", "م", "الل", "بب", "وو", "لا", "ولل", "لل"} {
		if isProclitic(p) != proclitics[p] {
			t.Errorf("%q: %v vs %v", p, isProclitic(p), proclitics[p])
		}
	}
}

// TestRuneCount checks the eight-bytes-at-a-time rune count against the
// decoder's on valid text of every length and script mix.
func TestRuneCount(t *testing.T) {
	parts := []string{"a", "Z", " ", "é", "م", "ـ", "“", "€", "😀", "٣", "\n"}
	for n := 0; n < 40; n++ {
		var b strings.Builder
		for k := 0; k < n; k++ {
			b.WriteString(parts[(k*7+n)%len(parts)])
		}
		s := b.String()
		if got, want := runeCount(s), utf8.RuneCountInString(s); got != want {
			t.Errorf("runeCount(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestSentenceOffsetsInvalidUTF8: rune offsets stay the decoder's (one
// rune per stray byte) when the text is not valid UTF-8.
func TestSentenceOffsetsInvalidUTF8(t *testing.T) {
	for _, text := range []string{
		"ab\xffc said so. Second sentence here.\xe2\x82 Third one.",
		"أعلنت \x80شركة هيوماين. ثم \xed\xa0\x80 قالت إنفيديا.",
		"Plain text. No errors at all.",
	} {
		all := []rune(text)
		for _, sp := range Sentences(text) {
			if sp.Start < 0 || sp.End > len(all) || sp.Start > sp.End {
				t.Fatalf("%q: span %d..%d out of range", text, sp.Start, sp.End)
			}
			if got, want := string(all[sp.Start:sp.End]), string([]rune(sp.Text)); got != want {
				t.Errorf("%q: runes %d..%d are %q, sentence is %q", text, sp.Start, sp.End, got, want)
			}
		}
	}
}

// TestMayStart: the prefilter never rules out a walk that would match
// (every alias and lexicon form, followed by more text, may start).
func TestMayStart(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	var forms []string
	for _, e := range x.ents {
		forms = append(forms, e.aliases...)
	}
	for _, l := range lexicon {
		for _, f := range l.forms {
			forms = append(forms, strings.TrimSuffix(f, "*"))
		}
	}
	n := 0
	for _, form := range forms {
		f := stripArticle(foldString(form))
		if utf8.RuneCountInString(f) < 2 {
			continue
		}
		n++
		if s := f + " and more"; !x.m.mayStart(s[:4]) {
			t.Errorf("mayStart rules out %q", f)
		}
	}
	if n < 1000 {
		t.Fatalf("only %d forms checked", n)
	}
	skipped := 0
	for _, w := range []string{"zzzz", "qqqq", "xxxx", "ؤؤؤؤ"} {
		if !x.m.mayStart(w) {
			skipped++
		}
	}
	if skipped == 0 {
		t.Error("mayStart rules out nothing")
	}
}

// TestAnyUp checks the word-at-a-time upper-case test against a bit by
// bit one, over ranges that start and end inside and across words.
func TestAnyUp(t *testing.T) {
	text := strings.Repeat("abcdefghij", 10) + "X" + strings.Repeat("klmnopqrst", 10) + "Y" + strings.Repeat("u", 70)
	v := newView(text)
	for lo := 0; lo < len(v.norm); lo += 3 {
		for hi := lo; hi <= len(v.norm); hi += 5 {
			want := false
			for j := lo; j < hi; j++ {
				want = want || v.isUp(j)
			}
			if got := v.anyUp(lo, hi); got != want {
				t.Fatalf("anyUp(%d, %d) = %v, want %v", lo, hi, got, want)
			}
		}
	}
}

// TestTagBits: the tag bits an entity record carries say what its
// gazetteer entry's tags say, for every entry and every tag.
func TestTagBits(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i, name := range tagNames {
		if tagBit(name) != 1<<i {
			t.Errorf("tagBit(%q) = %d, want %d", name, tagBit(name), 1<<i)
		}
	}
	tags := append(tagNames[:], "city", "country", "no-such-tag")
	seen := 0
	for gi, g := range x.ents {
		e := &entRec{gaz: g, tagBits: x.m.tagBits[gi]}
		for _, tg := range tags {
			if got, want := e.tag(tg), g.has(tg); got != want {
				t.Fatalf("%s: tag(%q) = %v, gazetteer says %v", g.ID, tg, got, want)
			}
			if g.has(tg) {
				seen++
			}
		}
	}
	if seen == 0 {
		t.Fatal("no entry has any of the tags")
	}
}

// TestIsWordRuneArabic: the Arabic-letter shortcut of isWordRune agrees
// with the Unicode tables.
func TestIsWordRuneArabic(t *testing.T) {
	for r := rune(0x0600); r <= 0x06FF; r++ {
		if got, want := isWordRune(r), unicode.IsLetter(r) || unicode.IsDigit(r); got != want {
			t.Errorf("isWordRune(%U) = %v, want %v", r, got, want)
		}
	}
}
