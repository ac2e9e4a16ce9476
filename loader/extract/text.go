package extract

import (
	"encoding/binary"
	"math/bits"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// view is the matching view of an article: the text folded for matching
// (see foldRune) with, for every byte of it, the byte offset in the
// original text it came from, so that anything found in the view can be
// reported with the original spelling and offsets.
type view struct {
	orig  string
	norm  string
	normB []byte // the same bytes as norm
	// bp, bd: view offsets where the view-to-original distance changes,
	// and that distance (see o)
	bp, bd []int32
	toks   []token
	sent   []sentence
	sc     *scratch // buffers to reuse, or nil
	// up has a bit per view byte whose original letter was upper case
	up []uint64
	// invalid: the original is not valid UTF-8 (rune offsets then need
	// the decoder's count)
	invalid bool
}

// token kinds.
const (
	tkWord  uint8 = iota + 1 // a run of letters of one script (and digits after Latin letters)
	tkNum                    // digits, with inner decimal point or thousands separators
	tkPunct                  // one punctuation or symbol character
)

// token flags.
const (
	tfArabic   uint8 = 1 << iota // the word is in Arabic script
	tfLatin                      // the word is in Latin script
	tfUpper                      // the original first letter is upper case
	tfNL                         // a line break precedes the token
	tfPara                       // a blank line (paragraph break) precedes the token
	tfAnyUpper                   // some original letter of the word is upper case ("xAI")
)

type token struct {
	nb, ne int32 // byte range in norm
	kind   uint8
	flags  uint8
}

type sentence struct {
	tlo, thi int // token range
	ob, oe   int // byte range in orig
	rs, re   int // rune range in orig
}

// foldRune maps one rune of the original text to the matching view: 0
// drops it. It folds the same way kg.Fold does for letters (so gazetteer
// aliases, folded by the same function, meet the text halfway) but keeps
// punctuation, which the rules need, and keeps ة apart from ه because the
// pronoun suffix ـه is meaningful to the rules.
func foldRune(r rune) rune {
	switch {
	case r < 0x80:
		if r >= 'A' && r <= 'Z' {
			return r + 32
		}
		if r == '\t' || r == '\r' || r == '\f' || r == '\v' {
			return ' '
		}
		if r == '`' {
			return '\''
		}
		return r
	case r >= 0x064B && r <= 0x065F, r == 0x0670, r == 0x0640: // harakat, dagger alef, tatweel
		return 0
	case r == 0x200B || r == 0x200C || r == 0x200D || r == 0x200E || r == 0x200F || r == 0xFEFF || r == 0x00AD || r == 0x061C:
		return 0
	}
	switch r {
	case 'أ', 'إ', 'آ', 'ٱ':
		return 'ا'
	case 'ى', 'ئ', 'ی':
		return 'ي'
	case 'ؤ':
		return 'و'
	case 'ک':
		return 'ك'
	case '،':
		return ','
	case '؛':
		return ';'
	case '؟':
		return '?'
	case '٫':
		return '.'
	case '٬':
		return ','
	case '٪':
		return '%'
	case '“', '”', '„', '‟', '«', '»', '‹', '›', '″', '＂':
		return '"'
	case '‘', '’', '‚', '‛', '´', '′':
		return '\''
	case '‐', '‑', '‒', '–', '—', '―', '−':
		return '-'
	case '\u00A0', '\u2002', '\u2003', '\u2009', '\u202F', '\u205F', '\u3000', '\u2007', '\u2008', '\u200A', '\u2004', '\u2005', '\u2006':
		return ' '
	case '\u2028', '\u2029', '\u0085':
		return '\n'
	case '…':
		return '.'
	}
	if r >= '٠' && r <= '٩' {
		return '0' + (r - '٠')
	}
	if r >= '۰' && r <= '۹' {
		return '0' + (r - '۰')
	}
	if r >= 0xFF10 && r <= 0xFF19 { // full-width digits
		return '0' + (r - 0xFF10)
	}
	if r < 0x0600 || r > 0x06FF {
		return unicode.ToLower(r)
	}
	return r
}

// lowerAlnum marks the bytes a-z and 0-9, for the hot loops.
var lowerAlnum = func() (t [256]bool) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = true
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	return t
}()

// arabicBlockLetter is isArabicLetter over the Arabic block U+0600–U+06FF
// (indexed by the low eight bits), as a table for the hot loop.
var arabicBlockLetter = func() (t [256]bool) {
	for i := range t {
		t[i] = isArabicLetter(rune(0x600 + i))
	}
	return t
}()

// arabicFold is foldRune over the Arabic block U+0600–U+06FF, as a table
// for the hot loop.
var arabicFold = func() (t [256]rune) {
	for i := range t {
		t[i] = foldRune(rune(0x600 + i))
	}
	return t
}()

// foldString folds a gazetteer alias or a lexicon form into the matching
// view with spaces collapsed and trimmed.
func foldString(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := true
	for _, r := range s {
		f := foldRune(r)
		if f == 0 {
			continue
		}
		if f == ' ' || f == '\n' {
			if !space {
				b.WriteByte(' ')
				space = true
			}
			continue
		}
		b.WriteRune(f)
		space = false
	}
	return strings.TrimRight(b.String(), " ")
}

// newView folds text into the matching view and splits it into tokens and
// sentences.
func newView(text string) *view { return newViewIn(text, nil) }

// scratch holds the buffers of one extraction, kept in a pool between
// calls: nothing in an Extraction points into them (evidence and names are
// slices of the original text or of the gazetteer).
type scratch struct {
	nb     []byte
	up     []uint64
	toks   []token
	bp, bd []int32
	ents   []hit
	lex    []hit
	ments  []mention
	sent   []sentence
	bufs   runBufs
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// newViewIn is newView using (and refilling) the buffers in sc when sc is
// not nil.
func newViewIn(text string, sc *scratch) *view {
	v := &view{orig: text, sc: sc}
	var nb []byte
	if sc != nil && cap(sc.nb) >= len(text)+8 {
		nb = sc.nb[:0]
	} else {
		nb = make([]byte, 0, len(text)+8)
	}
	// the map back to the original is sparse: a breakpoint wherever the
	// distance between a view byte and its original byte changes (a
	// dropped diacritic, a collapsed space, a curly quote folded to one
	// byte); in between, bytes map one to one
	if sc != nil {
		v.bp, v.bd = sc.bp[:0], sc.bd[:0]
	} else {
		v.bp = make([]int32, 0, 16)
		v.bd = make([]int32, 0, 16)
	}
	put := func(j, o int) {
		d := int32(o - j)
		if n := len(v.bd); n > 0 {
			if v.bd[n-1] == d {
				return
			}
			if v.bp[n-1] == int32(j) {
				v.bd[n-1] = d
				return
			}
		}
		v.bp = append(v.bp, int32(j))
		v.bd = append(v.bd, d)
	}
	put(0, 0)
	nw := len(text)/64 + 2
	if sc != nil && cap(sc.up) >= nw {
		v.up = sc.up[:nw]
		clear(v.up)
	} else {
		v.up = make([]uint64, nw)
	}
	if sc != nil {
		sc.up = v.up
	}
	markUp := func(j int) {
		if j/64 < len(v.up) {
			v.up[j/64] |= 1 << (j % 64)
		} else {
			v.up = append(v.up, make([]uint64, j/64-len(v.up)+1)...)
			v.up[j/64] |= 1 << (j % 64)
		}
	}
	space := true
	nl := 0
	for i := 0; i < len(text); {
		c := text[i]
		// fast paths: lower-case ASCII letters and digits, and the
		// two-byte Arabic block, are most of the text
		if lowerAlnum[c] {
			// a whole run at once: it maps one to one
			j := i + 1
			for j < len(text) && lowerAlnum[text[j]] {
				j++
			}
			if v.bd[len(v.bd)-1] != int32(i-len(nb)) {
				put(len(nb), i)
			}
			nb = append(nb, text[i:j]...)
			space, nl = false, 0
			i = j
			continue
		}
		if c == ' ' {
			if !space {
				put(len(nb), i)
				nb = append(nb, ' ')
				space = true
			}
			i++
			continue
		}
		r, size := rune(c), 1
		var f rune
		if c >= 0xD8 && c <= 0xDB && i+1 < len(text) && text[i+1]&0xC0 == 0x80 {
			r, size = rune(c&0x1F)<<6|rune(text[i+1]&0x3F), 2
			f = arabicFold[r-0x600]
			if f == r {
				// a run of Arabic letters the fold keeps: they map one
				// to one
				j := i + 2
				for j+1 < len(text) && text[j] >= 0xD8 && text[j] <= 0xDB && text[j+1]&0xC0 == 0x80 {
					r2 := rune(text[j]&0x1F)<<6 | rune(text[j+1]&0x3F)
					if arabicFold[r2-0x600] != r2 {
						break
					}
					j += 2
				}
				if v.bd[len(v.bd)-1] != int32(i-len(nb)) {
					put(len(nb), i)
				}
				nb = append(nb, text[i:j]...)
				space, nl = false, 0
				i = j
				continue
			}
		} else {
			if c >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(text[i:])
				if r == utf8.RuneError && size == 1 {
					v.invalid = true
				}
			}
			f = foldRune(r)
		}
		switch {
		case f == 0:
		case f == '\n':
			// keep at most two line breaks in a row: one ends a line,
			// two end a paragraph.
			if nl < 2 {
				if space && len(nb) > 0 && nb[len(nb)-1] == ' ' {
					nb[len(nb)-1] = '\n'
					put(len(nb)-1, i)
				} else {
					put(len(nb), i)
					nb = append(nb, '\n')
				}
				nl++
			}
			space = true
		case f == ' ':
			if !space {
				put(len(nb), i)
				nb = append(nb, ' ')
				space = true
			}
		case f < utf8.RuneSelf:
			put(len(nb), i)
			if f != r && r >= 'A' && r <= 'Z' {
				markUp(len(nb))
			}
			nb = append(nb, byte(f))
			space, nl = false, 0
		default:
			var buf [4]byte
			n := utf8.EncodeRune(buf[:], f)
			if f != r && r >= 0x80 && unicode.IsUpper(r) {
				markUp(len(nb))
			}
			for k := 0; k < n; k++ {
				if n == size {
					put(len(nb), i+k)
				} else {
					put(len(nb), i) // every byte of a resized rune maps to its start
				}
				nb = append(nb, buf[k])
			}
			space, nl = false, 0
		}
		i += size
	}
	put(len(nb), len(text))
	if sc != nil {
		sc.nb, sc.bp, sc.bd = nb, v.bp, v.bd
	}
	v.normB = nb
	if len(nb) > 0 {
		// nb is never written again: share it instead of copying
		v.norm = unsafe.String(&nb[0], len(nb))
	}
	v.tokenize()
	v.split()
	return v
}

// isUp: the original letter at view byte j was upper case.
func (v *view) isUp(j int) bool { return j/64 < len(v.up) && v.up[j/64]&(1<<(j%64)) != 0 }

// anyUp: some original letter in view bytes [lo, hi) was upper case.
func (v *view) anyUp(lo, hi int) bool {
	for j := lo; j < hi; {
		w := j / 64
		if w >= len(v.up) {
			return false
		}
		// the bits of [j, min(hi, next word)) in word w
		m := ^uint64(0) << (j % 64)
		if end := (w + 1) * 64; hi < end {
			m &= ^uint64(0) >> (end - hi)
		}
		if v.up[w]&m != 0 {
			return true
		}
		j = (w + 1) * 64
	}
	return false
}

// o maps a view byte offset to the original byte offset it came from
// (len(norm) maps to len(orig)).
func (v *view) o(j int32) int32 {
	bp := v.bp
	lo, hi := 0, len(bp)
	for hi-lo > 1 {
		m := int(uint(lo+hi) >> 1)
		if bp[m] <= j {
			lo = m
		} else {
			hi = m
		}
	}
	return j + v.bd[lo]
}

func isArabicLetter(r rune) bool {
	return (r >= 0x0620 && r <= 0x064A) || (r >= 0x066E && r <= 0x06D3) || r == 0x06D5 || (r >= 0x06FA && r <= 0x06FC) || (r >= 0x0750 && r <= 0x077F)
}

func isLatinLetter(r rune) bool {
	if r < 0x80 {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	return unicode.IsLetter(r) && !isArabicLetter(r)
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// tokenize cuts the view into words, numbers and punctuation.
func (v *view) tokenize() {
	s := v.norm
	var toks []token
	if v.sc != nil && cap(v.sc.toks) >= len(s)/5+4 {
		toks = v.sc.toks[:0]
	} else {
		toks = make([]token, 0, len(s)/5+4)
	}
	var pend uint8
	for i := 0; i < len(s); {
		c := s[i]
		if c == ' ' {
			i++
			continue
		}
		if c == '\n' {
			if pend&tfNL != 0 {
				pend |= tfPara
			}
			pend |= tfNL
			i++
			continue
		}
		start := i
		var t token
		switch {
		case isDigit(c):
			i++
			for i < len(s) {
				if isDigit(s[i]) {
					i++
					continue
				}
				if (s[i] == '.' || s[i] == ',') && i+1 < len(s) && isDigit(s[i+1]) {
					i += 2
					continue
				}
				break
			}
			t = token{kind: tkNum}
		case c < utf8.RuneSelf && !(c >= 'a' && c <= 'z'):
			i++
			t = token{kind: tkPunct}
		default:
			var r rune
			var size int
			if c >= 0xD8 && c <= 0xDB && i+1 < len(s) {
				r, size = rune(c&0x1F)<<6|rune(s[i+1]&0x3F), 2 // (the view is valid UTF-8)
			} else {
				r, size = utf8.DecodeRuneInString(s[i:])
			}
			switch {
			case isArabicLetter(r):
				i += size
				for i < len(s) {
					if c2 := s[i]; c2 >= 0xD8 && c2 <= 0xDB && i+1 < len(s) {
						// the two-byte Arabic block, decoded inline (the
						// view is valid UTF-8)
						if !arabicBlockLetter[(c2&3)<<6|s[i+1]&0x3F] {
							break
						}
						i += 2
						continue
					}
					r2, sz := utf8.DecodeRuneInString(s[i:])
					if !isArabicLetter(r2) {
						break
					}
					i += sz
				}
				t = token{kind: tkWord, flags: tfArabic}
			case isLatinLetter(r):
				i += size
				for i < len(s) {
					if c2 := s[i]; c2 < utf8.RuneSelf {
						if lowerAlnum[c2] {
							i++
							continue
						}
						break
					}
					r2, sz := utf8.DecodeRuneInString(s[i:])
					if !isLatinLetter(r2) {
						break
					}
					i += sz
				}
				t = token{kind: tkWord, flags: tfLatin}
				if v.isUp(start) {
					t.flags |= tfUpper | tfAnyUpper
				} else if v.anyUp(start, i) {
					t.flags |= tfAnyUpper
				}
			default:
				i += size
				t = token{kind: tkPunct}
			}
		}
		t.nb, t.ne = int32(start), int32(i)
		t.flags |= pend
		pend = 0
		toks = append(toks, t)
	}
	v.toks = toks
	if v.sc != nil {
		v.sc.toks = toks
	}
}

func (v *view) tok(i int) string { t := v.toks[i]; return v.norm[t.nb:t.ne] }

// abbreviations after which a full stop does not end a sentence.
var abbrev = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "jr": true, "sr": true,
	"vs": true, "etc": true, "no": true, "nos": true, "gen": true, "gov": true, "sen": true, "rep": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true, "approx": true, "est": true, "dept": true,
	"fig": true, "al": true, "mt": true, "ft": true, "e": true, "i": true, "g": true,
}

// corporate abbreviations and country initials: a full stop after them
// ends the sentence only when a typical sentence opener follows.
var abbrevMaybeEnd = map[string]bool{"inc": true, "corp": true, "ltd": true, "co": true, "plc": true, "llc": true, "bros": true, "s": true, "k": true, "a": true}

var sentenceOpeners = map[string]bool{
	"the": true, "it": true, "its": true, "this": true, "that": true, "these": true, "those": true, "he": true,
	"she": true, "they": true, "we": true, "in": true, "on": true, "at": true, "but": true, "and": true,
	"as": true, "after": true, "a": true, "an": true, "however": true, "meanwhile": true, "separately": true,
	"last": true, "earlier": true, "under": true, "while": true, "according": true, "its'": true,
}

// split groups the tokens into sentences: a sentence ends at . ! ? ; (and
// their Arabic forms, folded to these), at a paragraph break, and at a line
// break after a short line (a heading) or after a line that ends a
// sentence anyway. Decimal points never reach here (they are inside number
// tokens); abbreviations and initials do not end a sentence; closing
// quotes and brackets stay with the sentence they close.
func (v *view) split() {
	toks := v.toks
	start := 0
	var out []sentence
	if v.sc != nil {
		out = v.sc.sent[:0]
		defer func() { v.sc.sent = out[:0] }()
	} else {
		out = make([]sentence, 0, len(toks)/16+2)
	}
	flush := func(end int) {
		if end > start {
			out = append(out, v.makeSentence(start, end))
		}
		start = end
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if i > start && t.flags&tfNL != 0 {
			if t.flags&tfPara != 0 || v.lineBreakEnds(start, i) {
				flush(i)
			}
		}
		if t.kind != tkPunct {
			continue
		}
		c := v.norm[t.nb]
		if c != '.' && c != '!' && c != '?' && c != ';' {
			continue
		}
		if c == '.' && !v.periodEnds(i) {
			continue
		}
		j := i + 1
		for j < len(toks) && toks[j].kind == tkPunct && toks[j].flags&tfNL == 0 {
			cj := v.norm[toks[j].nb]
			if cj == '"' || cj == '\'' || cj == ')' || cj == ']' || cj == '.' || cj == '!' || cj == '?' {
				j++
				continue
			}
			break
		}
		flush(j)
		i = j - 1
	}
	flush(len(toks))
	// rune offsets, in one monotonic pass over the original
	ri, bi := 0, 0
	count := runeCount
	if v.invalid {
		count = utf8.RuneCountInString // a stray byte is a rune of its own
	}
	// (offsets are rune starts, so counting whole stretches is exact)
	for k := range out {
		if ob := out[k].ob; ob > bi {
			ri += count(v.orig[bi:ob])
			bi = ob
		}
		out[k].rs = ri
		if oe := out[k].oe; oe > bi {
			ri += count(v.orig[bi:oe])
			bi = oe
		}
		out[k].re = ri
	}
	v.sent = out
}

// runeCount is utf8.RuneCountInString for valid UTF-8, eight bytes at a
// time: it counts the bytes that do not continue a sequence (10xxxxxx).
func runeCount(s string) int {
	n := 0
	i := 0
	b := unsafe.Slice(unsafe.StringData(s), len(s))
	for ; i+8 <= len(b); i += 8 {
		x := binary.LittleEndian.Uint64(b[i:]) // one load
		n += 8 - bits.OnesCount64(x&^(x<<1)&0x8080808080808080)
	}
	for ; i < len(s); i++ {
		if s[i]&0xC0 != 0x80 {
			n++
		}
	}
	return n
}

func (v *view) makeSentence(lo, hi int) sentence {
	ob := int(v.o(v.toks[lo].nb))
	last := v.toks[hi-1]
	oe := int(v.o(last.ne - 1))
	_, sz := utf8.DecodeRuneInString(v.orig[oe:])
	oe += sz
	if oe < ob {
		oe = ob
	}
	return sentence{tlo: lo, thi: hi, ob: ob, oe: oe}
}

// lineBreakEnds decides whether a single line break before token i ends
// the sentence that began at token start: it does after a heading-like
// short line or a line ending in punctuation, not inside a wrapped
// paragraph.
func (v *view) lineBreakEnds(start, i int) bool {
	prev := v.toks[i-1]
	if prev.kind == tkPunct {
		c := v.norm[prev.nb]
		if c == ',' || c == '-' || c == '(' {
			return false
		}
		return true
	}
	lineStart := i - 1
	for lineStart > start && v.toks[lineStart].flags&tfNL == 0 {
		lineStart--
	}
	if int(prev.ne)-int(v.toks[lineStart].nb) < 60 {
		return true
	}
	next := v.toks[i]
	// a wrapped English line continues in lower case
	if next.flags&tfLatin != 0 && next.flags&tfUpper == 0 {
		return false
	}
	return next.flags&tfUpper != 0 && prev.flags&tfLatin == 0
}

// periodEnds decides whether the full stop at token i ends a sentence.
func (v *view) periodEnds(i int) bool {
	toks := v.toks
	if i+1 < len(toks) {
		n := toks[i+1]
		if n.nb == toks[i].ne && (n.kind == tkNum || n.kind == tkWord && n.flags&tfLatin != 0) {
			return false // "Meta.ai", ".5"
		}
	} else {
		return true
	}
	if i == 0 {
		return true
	}
	p := toks[i-1]
	if p.kind != tkWord || p.flags&tfLatin == 0 || p.ne != toks[i].nb {
		return true
	}
	w := v.norm[p.nb:p.ne]
	n := toks[i+1]
	nextOpener := n.kind == tkWord && n.flags&tfUpper != 0 && sentenceOpeners[v.tok(i+1)]
	if n.flags&tfNL != 0 {
		return true
	}
	if abbrevMaybeEnd[w] {
		// "U.S." / "U.K." / "Inc." end a sentence only before an opener
		return nextOpener || n.flags&tfArabic != 0
	}
	if utf8.RuneCountInString(w) == 1 {
		// an initial ("J. Smith") or the last letter of "U.S."
		if i >= 2 && toks[i-2].kind == tkPunct && v.norm[toks[i-2].nb] == '.' {
			return nextOpener
		}
		return p.flags&tfUpper == 0
	}
	if abbrev[w] {
		return false
	}
	return true
}

// Span is one sentence of a text: Start and End are offsets in runes
// (End exclusive) and Text is the original text between them.
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Sentences splits text into sentences the way Extract does, with rune
// offsets into text, so that callers (and tests) can see the evidence
// units.
func Sentences(text string) []Span {
	v := newView(text)
	out := make([]Span, len(v.sent))
	for i, s := range v.sent {
		out[i] = Span{Start: s.rs, End: s.re, Text: text[s.ob:s.oe]}
	}
	return out
}

// parseNum reads a number token ("4.5", "100,000", "1,5").
func parseNum(s string) (float64, bool) {
	if strings.IndexByte(s, ',') >= 0 {
		// thousands separators come in groups of three digits; anything
		// else is a decimal comma.
		parts := strings.Split(s, ",")
		thousands := true
		for _, p := range parts[1:] {
			d := p
			if k := strings.IndexByte(d, '.'); k >= 0 {
				d = d[:k]
			}
			if len(d) != 3 {
				thousands = false
			}
		}
		if thousands {
			s = strings.ReplaceAll(s, ",", "")
		} else if len(parts) == 2 && strings.IndexByte(s, '.') < 0 {
			s = parts[0] + "." + parts[1]
		} else {
			return 0, false
		}
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, false
	}
	return f, true
}

// foldKeys refolds the keys of a word table written in ordinary
// spelling, so that tables can be written as the press writes and still
// meet the matching view (أ→ا, ئ→ي, ى→ي...).
func foldKeys[T any](m map[string]T) {
	for k, v := range m {
		if f := foldString(k); f != k {
			delete(m, k)
			m[f] = v
		}
	}
}

func init() {
	foldKeys(stopFill)
	foldKeys(connectors)
	foldKeys(monthWord)
	foldKeys(pastWord)
	foldKeys(currentWord)
	foldKeys(currencyWord)
	foldKeys(currencyQualifier)
	foldKeys(scaleWord)
	foldKeys(dualScale)
	foldKeys(numberWord)
	foldKeys(gwWord)
	foldKeys(chipWord)
	foldKeys(percentWord)
	foldKeys(stakeWord)
	foldKeys(lPrefixed)
	foldKeys(weakTitles)
	foldKeys(titleFill)
	foldKeys(supplyVerbs)
	foldKeys(buyVerbs)
	foldKeys(memberWords)
	foldKeys(consortiumWords)
}
