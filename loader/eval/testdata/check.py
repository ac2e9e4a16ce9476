#!/usr/bin/env python3
# Consistency check for the eval corpus and gold.jsonl: python3 check.py <testdata dir>.
# Needs PyYAML. Exits 1 and prints ERR lines when something is off.
import json, os, re, sys, collections, html.parser
import xml.etree.ElementTree as ET
import yaml
root = sys.argv[1]
corpus = os.path.join(root, "corpus")
REL = {"INVESTS_IN","ACQUIRES","SUPPLIES_COMPUTE","PARTNERS_WITH","OWNS","LEADS","OPERATES","COMPETES_WITH","LOCATED_IN"}
STATUS = {"TALKS","ANNOUNCED","AGREED","COMPLETED","BLOCKED"}
KEYS = {"article","subject","relation","object","amount_usd","currency","amount","capacity_gw","capacity","capacity_unit","per","stake","status","date","confidence","evidence","lang"}
errs = []
arts = {}  # key -> (lang, words, file)
def words(t): return len(re.findall(r"\w+", t))
class ArticleText(html.parser.HTMLParser):
    def __init__(s):
        super().__init__(); s.depth=0; s.buf=[]; s.canon=None; s.lang=None; s.pub=None
    def handle_starttag(s, tag, a):
        a=dict(a)
        if tag=="html": s.lang=a.get("lang")
        if tag=="link" and a.get("rel")=="canonical": s.canon=a.get("href")
        if tag=="meta" and a.get("property")=="article:published_time": s.pub=a.get("content")
        if tag=="article": s.depth+=1
    def handle_endtag(s, tag):
        if tag=="article": s.depth-=1
    def handle_data(s, d):
        if s.depth>0: s.buf.append(d)
for fn in sorted(os.listdir(corpus)):
    p = os.path.join(corpus, fn); txt = open(p, encoding="utf-8").read()
    ext = fn.rsplit(".",1)[-1]
    if ext == "md":
        m = re.match(r"^---\n(.*?)\n---\n(.*)$", txt, re.S)
        if not m: errs.append(f"{fn}: no front matter"); continue
        fm = yaml.safe_load(m.group(1))
        for k in ("title","url","published","lang","source"):
            if k not in fm: errs.append(f"{fn}: front matter lacks {k}")
        arts[fm["url"]] = (fm["lang"], words(m.group(2)), fn, str(fm["published"]))
    elif ext == "html":
        h = ArticleText(); h.feed(txt)
        if not h.canon: errs.append(f"{fn}: no canonical")
        arts[h.canon or fn] = (h.lang, words(" ".join(h.buf)), fn, h.pub)
    elif ext == "txt":
        lang = "ar" if len(re.findall(r"[\u0600-\u06FF]", txt)) > len(re.findall(r"[A-Za-z]", txt)) else "en"
        arts[fn] = (lang, words(txt), fn, None)
    elif ext == "jsonl":
        for i, l in enumerate(open(p, encoding="utf-8"), 1):
            o = json.loads(l)
            for k in ("title","url","published","lang","source","text"):
                if k not in o: errs.append(f"{fn}:{i}: lacks {k}")
            arts[o["url"]] = (o["lang"], words(o["text"]), f"{fn}:{i}", o["published"])
    elif ext == "xml":
        t = ET.parse(p); ch = t.getroot().find("channel")
        lang = (ch.findtext("language") or "en")[:2]
        for it in ch.findall("item"):
            desc = it.findtext("{http://purl.org/rss/1.0/modules/content/}encoded") or it.findtext("description") or ""
            plain = re.sub(r"<[^>]+>", " ", desc)
            arts[it.findtext("link")] = (lang, words(plain), f"{fn}:{it.findtext('title')[:30]}", it.findtext("pubDate"))
    else:
        errs.append(f"{fn}: unknown extension")
for k,(lang,w,fn,pub) in arts.items():
    if not (120 <= w <= 520): errs.append(f"{fn}: {w} words")
gold = []
seen = set()
for i, l in enumerate(open(os.path.join(root, "gold.jsonl"), encoding="utf-8"), 1):
    try: g = json.loads(l)
    except Exception as e: errs.append(f"gold:{i}: bad json {e}"); continue
    gold.append(g)
    for k in g:
        if k not in KEYS: errs.append(f"gold:{i}: unknown key {k}")
    for k in ("article","subject","relation","object"):
        if not g.get(k): errs.append(f"gold:{i}: lacks {k}")
    if g["relation"] not in REL: errs.append(f"gold:{i}: bad relation {g['relation']}")
    if "status" in g and g["status"] not in STATUS: errs.append(f"gold:{i}: bad status")
    if "per" in g and g["per"] != "year": errs.append(f"gold:{i}: bad per")
    if ("capacity" in g) != ("capacity_unit" in g): errs.append(f"gold:{i}: capacity without unit")
    if "amount" in g and "currency" not in g: errs.append(f"gold:{i}: amount without currency")
    if "date" in g and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", g["date"]): errs.append(f"gold:{i}: bad date")
    if g["subject"] == g["object"]: errs.append(f"gold:{i}: self relation")
    if g["article"] not in arts: errs.append(f"gold:{i}: unknown article {g['article']}")
    elif g.get("lang") != arts[g["article"]][0]: errs.append(f"gold:{i}: lang {g.get('lang')} != {arts[g['article']][0]}")
    key = (g["article"], g["subject"], g["relation"], g["object"])
    if g["relation"] in ("PARTNERS_WITH","COMPETES_WITH"): key = (g["article"], g["relation"]) + tuple(sorted((g["subject"], g["object"])))
    if key in seen: errs.append(f"gold:{i}: duplicate {key}")
    seen.add(key)
per_art = collections.Counter(g["article"] for g in gold)
for k,(lang,w,fn,pub) in arts.items():
    if per_art[k] < 4: errs.append(f"{fn}: only {per_art[k]} gold relations")
print("articles:", len(arts), dict(collections.Counter(v[0] for v in arts.values())))
print("files:", dict(collections.Counter(f.rsplit('.',1)[-1] for f in os.listdir(corpus))))
print("gold:", len(gold), dict(collections.Counter(g["lang"] for g in gold)))
bytype = collections.defaultdict(collections.Counter)
for g in gold: bytype[g["relation"]][g["lang"]] += 1
for r in sorted(REL): print(f"  {r:16s} ar={bytype[r]['ar']:3d} en={bytype[r]['en']:3d}")
print("statuses:", dict(collections.Counter(g.get("status","-") for g in gold)))
print("words min/max:", min(v[1] for v in arts.values()), max(v[1] for v in arts.values()))
for e in errs: print("ERR", e)
sys.exit(1 if errs else 0)
