package read

import (
	"errors"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/aikg/aikg/kg"
)

// frontMatter is the YAML header of a Markdown (or text) article. Common
// synonyms of static-site generators are accepted; other keys (tags,
// author, ...) are ignored.
type frontMatter struct {
	Title     string `yaml:"title"`
	URL       string `yaml:"url"`
	Link      string `yaml:"link"`
	Canonical string `yaml:"canonical"`
	Published string `yaml:"published"`
	Date      string `yaml:"date"`
	Lang      string `yaml:"lang"`
	Language  string `yaml:"language"`
	Source    string `yaml:"source"`
}

func (f frontMatter) meta() meta {
	first := func(vs ...string) string {
		for _, v := range vs {
			if strings.TrimSpace(v) != "" {
				return v
			}
		}
		return ""
	}
	return meta{
		Title:     f.Title,
		URL:       first(f.URL, f.Canonical, f.Link),
		Published: first(f.Published, f.Date),
		Lang:      first(f.Lang, f.Language),
		Source:    f.Source,
	}
}

// splitFrontMatter separates a leading "---" YAML block from the body. ok
// is false when there is none; err is set when one is opened and not
// closed, or is not a YAML mapping. bodyLine is the line the body starts
// on, for messages.
func splitFrontMatter(where, s string) (fm frontMatter, body string, ok bool, err error) {
	s = strings.TrimPrefix(s, "\uFEFF")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	if !strings.HasPrefix(s, "---\n") && s != "---" {
		return fm, s, false, nil
	}
	rest := strings.TrimPrefix(strings.TrimPrefix(s, "---"), "\n")
	var head string
	switch {
	case strings.HasPrefix(rest, "---\n") || rest == "---":
		head, body = "", strings.TrimPrefix(strings.TrimPrefix(rest, "---"), "\n")
	default:
		end := -1
		for _, close := range []string{"\n---\n", "\n...\n"} {
			if i := strings.Index(rest, close); i >= 0 && (end < 0 || i < end) {
				end = i
			}
		}
		switch {
		case end >= 0:
			head, body = rest[:end], rest[end+5:]
		case strings.HasSuffix(rest, "\n---") || strings.HasSuffix(rest, "\n..."):
			head, body = rest[:len(rest)-4], ""
		default:
			return fm, "", true, kg.Errorf(kg.EINVALID, "%s: broken front matter: the \"---\" on line 1 is never closed by another \"---\" line", where)
		}
	}
	var node yaml.Node
	if err := yaml.Unmarshal([]byte(head), &node); err != nil {
		return fm, "", true, kg.Wrap(kg.EINVALID, err, "%s: broken front matter: %s", where, yamlMessage(err))
	}
	if len(node.Content) > 0 && node.Content[0].Kind != yaml.MappingNode {
		return fm, "", true, kg.Errorf(kg.EINVALID, "%s: broken front matter: want \"key: value\" lines (title, url, published, lang, source)", where)
	}
	if err := node.Decode(&fm); err != nil {
		return fm, "", true, kg.Wrap(kg.EINVALID, err, "%s: broken front matter: %s", where, yamlMessage(err))
	}
	return fm, body, true, nil
}

// yamlMessage makes a YAML error readable, with front-matter line numbers
// (the header's first line is line 2 of the file).
func yamlMessage(err error) string {
	var te *yaml.TypeError
	if errors.As(err, &te) {
		return shiftYAMLLines(strings.Join(te.Errors, "; "))
	}
	return shiftYAMLLines(strings.TrimPrefix(err.Error(), "yaml: "))
}

var yamlLine = regexp.MustCompile(`line (\d+)`)

func shiftYAMLLines(msg string) string {
	return yamlLine.ReplaceAllStringFunc(msg, func(m string) string {
		n, _ := strconv.Atoi(m[5:])
		return "line " + strconv.Itoa(n+1)
	})
}

// readMarkdown reads a Markdown article (markup stripped) or, when
// markdown is false, a plain-text one. Plain text may also start with
// front matter; if that header does not parse, the file is taken as text
// as it is, since "---" can start a text too.
func readMarkdown(where, s string, markdown bool) (meta, string, error) {
	fm, body, ok, err := splitFrontMatter(where, s)
	if err != nil {
		if markdown {
			return meta{}, "", err
		}
		body, ok = s, false
	}
	var m meta
	if ok {
		m = fm.meta()
	}
	if !markdown {
		return m, StripBoilerplate(body), nil
	}
	title, text := markdownText(body)
	if m.Title == "" {
		m.Title = title
	}
	return m, StripBoilerplate(text), nil
}

var (
	mdImage     = regexp.MustCompile(`!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]`)
	mdLink      = regexp.MustCompile(`\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)`)
	mdRefLink   = regexp.MustCompile(`\[([^\]]+)\]\[[^\]]*\]`)
	mdRefDef    = regexp.MustCompile(`^\s{0,3}\[[^\]]+\]:\s*\S+`)
	mdAutolink  = regexp.MustCompile(`<((?:https?|mailto):[^>\s]+)>`)
	mdTag       = regexp.MustCompile(`</?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?/?>`)
	mdCode      = regexp.MustCompile("`+([^`]*)`+")
	mdStrong    = regexp.MustCompile(`(\*\*|__)(\S(?:.*?\S)?)(\*\*|__)`)
	mdEm        = regexp.MustCompile(`(^|[\s(\[{"'“«])[*_](\S(?:[^*_]*?\S)?)[*_]([\s)\]}.,;:!?"'”»،؛؟]|$)`)
	mdStrike    = regexp.MustCompile(`~~(.+?)~~`)
	mdHeading   = regexp.MustCompile(`^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$`)
	mdRule      = regexp.MustCompile(`^\s{0,3}([-*_])(\s*[-*_]){2,}\s*$`)
	mdSetext    = regexp.MustCompile(`^\s{0,3}(=+|-+)\s*$`)
	mdList      = regexp.MustCompile(`^\s*(?:[-*+•]|\d{1,9}[.)])\s+`)
	mdQuote     = regexp.MustCompile(`^\s{0,3}(>\s?)+`)
	mdTableSep  = regexp.MustCompile(`^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$`)
	mdEscape    = regexp.MustCompile(`\\([\\` + "`" + `*_{}\[\]()#+\-.!|>~])`)
	mdFence     = regexp.MustCompile("^\\s{0,3}(```|~~~)")
	mdHardBreak = regexp.MustCompile(`(  |\\)$`)
)

// markdownText strips Markdown markup and returns the text with one
// paragraph per block (headings and list items on their own lines), and
// the first-level heading when it opens the document, as a title.
func markdownText(src string) (title, text string) {
	lines := strings.Split(normNewlines(src), "\n")
	rules := defaultRules()
	var (
		paras [][]string
		cur   []string // lines of the current block
		join  bool     // the current line continues the previous one
		fence bool
	)
	flush := func() {
		if len(cur) > 0 {
			paras = append(paras, cur)
			cur = nil
		}
		join = false
	}
	for i, line := range lines {
		if mdFence.MatchString(line) {
			fence = !fence
			flush()
			continue
		}
		if fence {
			cur = append(cur, line)
			continue
		}
		if strings.TrimSpace(line) == "" {
			flush()
			continue
		}
		if mdRefDef.MatchString(line) || mdTableSep.MatchString(line) {
			continue
		}
		if mdRule.MatchString(line) && !(len(cur) > 0 && mdSetext.MatchString(line)) {
			flush()
			continue
		}
		if mdSetext.MatchString(line) && len(cur) > 0 {
			// the previous line was a heading
			h := cur[len(cur)-1]
			cur = cur[:len(cur)-1]
			flush()
			if strings.HasPrefix(strings.TrimSpace(line), "=") && title == "" && len(paras) == 0 {
				title = inline(h)
				continue
			}
			paras = append(paras, []string{inline(h)})
			continue
		}
		if m := mdHeading.FindStringSubmatch(line); m != nil {
			flush()
			h := inline(m[2])
			if m[1] == "#" && title == "" && len(paras) == 0 {
				title = h
				continue
			}
			if h != "" {
				paras = append(paras, []string{h})
			}
			continue
		}
		line = mdQuote.ReplaceAllString(line, "")
		if loc := mdList.FindStringIndex(line); loc != nil {
			cur = append(cur, inline(line[loc[1]:]))
			join = !mdHardBreak.MatchString(line)
			continue
		}
		if strings.Count(line, "|") >= 2 && strings.HasPrefix(strings.TrimSpace(line), "|") {
			cells := strings.FieldsFunc(line, func(r rune) bool { return r == '|' })
			for j := range cells {
				cells[j] = inline(cells[j])
			}
			cur = append(cur, strings.Join(strings.Fields(strings.Join(cells, " ")), " "))
			join = false
			continue
		}
		l := inline(line)
		// A boilerplate line ("Share this", "Related articles") stays a
		// line of its own so StripBoilerplate can see it.
		alone := rules.match(l) >= 0
		if alone {
			join = false
		}
		if join && len(cur) > 0 {
			cur[len(cur)-1] += " " + l
		} else {
			cur = append(cur, l)
		}
		join = !alone && !mdHardBreak.MatchString(lines[i])
	}
	flush()
	return CleanLine(title), CleanText(joinParas(paras))
}

// inline strips inline markup from one line.
func inline(s string) string {
	s = mdImage.ReplaceAllString(s, "")
	s = mdLink.ReplaceAllString(s, "$1")
	s = mdRefLink.ReplaceAllString(s, "$1")
	s = mdAutolink.ReplaceAllString(s, "$1")
	s = mdTag.ReplaceAllString(s, "")
	s = mdCode.ReplaceAllString(s, "$1")
	s = mdStrong.ReplaceAllString(s, "$2")
	s = mdStrike.ReplaceAllString(s, "$1")
	for range 2 { // adjacent emphasis shares delimiters' neighbours
		s = mdEm.ReplaceAllString(s, "$1$2$3")
	}
	s = mdEscape.ReplaceAllString(s, "$1")
	s = strings.TrimSuffix(s, "\\")
	return strings.TrimSpace(s)
}
