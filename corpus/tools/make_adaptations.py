"""Builds the es/ar/zh national adaptations of the model law from one edit plan, with their mapping, facts and labels.

Run from the repository root: python3 corpus/tools/make_adaptations.py
The model texts (corpus/models/ai-ct-model-law.{es,ar,zh}.txt) are hand-written translations; this script only
derives the national texts (renumbering, reordering, splits, merges, drops, additions, rewording) so that the ground
truth is known by construction. Deterministic: same input, same bytes out.
"""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
from adapt_lang import *
from adapt_texts import TEXTS

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))

class P:
    """A national paragraph: from model paragraphs src [(art, para)], keeping the model points pts (indexes, or 'all')."""
    def __init__(self, src=None, pts="all", text=None, new_pts=(), key=None, labels=None):
        self.src = src or []; self.pts = pts; self.text = text; self.new_pts = list(new_pts); self.key = key; self.labels = labels

class A:
    def __init__(self, chapter, paras, heading_from=None, heading=None, key=None, labels=None, drop_in=()):
        self.chapter, self.paras, self.heading_from, self.heading, self.key, self.labels, self.drop_in = chapter, paras, heading_from, heading, key, labels, set(drop_in)

def M(a, *ps, ch, drop_in=(), heading=None):
    """A national article adapted whole from model article a (paragraphs ps, default all)."""
    return A(ch, [P([(a, p)]) for p in ps] if ps else "all:%d" % a, heading_from=a, drop_in=drop_in, heading=heading)

# ------------------------------------------------------------------ the edit plan (same shape for es, ar, zh)
PLAN = [
    A(1, [P([(1, 1)], key="1.1"), P([(1, 2)], key="1.2")], heading_from=1),
    A(1, [P([(2, None)], new_pts=[(5, "def-national")])], heading_from=2),
    M(3, ch=1),
    A(1, [P([(4, 1)], key="4.1"), P([(4, 2)])], heading_from=4),
    A(1, [P(text="new-dp", labels=["data-protection"])], heading="h-dp", key="new-dp"),
    M(5, ch=2),
    M(6, ch=2, drop_in={"ar"}),
    A(2, [P([(7, 1)]), P([(8, 1)]), P([(8, 2)]), P([(8, 3)])], heading="h-legal"),
    A(2, [P([(9, 1)]), P([(9, 2)])], heading_from=9, drop_in={"zh"}),
    A(2, [P([(10, 1)]), P([(10, 2)], key="10.2"), P([(10, 3)])], heading_from=10),
    A(2, [P([(11, 1), (11, 3)], text="merge-11"), P([(11, 2)])], heading_from=11),
    A(3, "all:12+9.3", heading_from=12),
    A(3, [P([(7, 2)], text="split-7.2a"), P([(7, 2)], text="split-7.2b")], heading="h-auth"),
    A(3, [P([(13, 1)]), P([(13, 2)]), P([(13, 3)], pts=[0, 2])], heading_from=13),
    M(14, ch=3),
    M(15, ch=3),
    M(16, ch=3, drop_in={"es"}),
    M(17, ch=3),
    M(18, ch=3),
    M(19, ch=4),
    A(4, [P([(20, 1)]), P([(20, 2)]), P([(20, 3)])], heading_from=20),
    M(21, ch=4),
    M(22, ch=4),
    A(4, [P(text="new-wb1", labels=["accountability"]), P(text="new-wb2", labels=["remedies"])], heading="h-wb", key="new-wb"),
    M(24, ch=5),
    M(25, ch=5),
    M(26, ch=5, drop_in={"ar"}),
    A(6, [P([(27, 1)]), P([(27, 2)])], heading_from=27),
    A(6, [P([(27, 3)])], heading="h-synth"),
    M(28, ch=6),
    M(29, ch=6),
    A(6, [P(text="new-ci", labels=["criminalisation"])], heading="h-ci", key="new-ci"),
    M(30, ch=6),
    A(6, [P([(31, 1)]), P([(31, 2)])], heading_from=31),
    M(32, ch=7),
    M(33, ch=7),
    A(7, "all:23", heading_from=23, drop_in={"zh"}),
    M(34, ch=7, drop_in={"es"}),
    A(8, [P([(35, 1)]), P([(35, 2)]), P([(36, None)])], heading="h-review"),
    A(8, [P([(37, None)], text="entry")], heading_from=37),
]

ABSENT = {"es": ["robustness-security", "capacity-building"], "ar": ["ihl", "stakeholder-engagement"],
          "zh": ["non-discrimination", "early-warning"]}

def ptext(lang, s):
    return TEXTS[lang][s] if isinstance(s, str) and s in TEXTS[lang] else s

def build(lang):
    T = TEXTS[lang]
    model_text = open(f"{ROOT}/corpus/models/ai-ct-model-law.{lang}.txt", encoding="utf-8").read()
    chapters = parse_model(lang, model_text)
    marts = {a.num: a for c in chapters for a in c.articles}
    def mpara(a, p):
        art = marts[a]
        if p is None: return art.paras[0]
        return next(x for x in art.paras if x.num == p)

    import copy
    plan = [copy.deepcopy(a) for a in PLAN if lang not in a.drop_in]
    # expand "all:" paragraph lists
    for a in plan:
        if isinstance(a.paras, str):
            spec = a.paras[4:].split("+")
            ma = marts[int(spec[0])]
            a.paras = [P([(ma.num, p.num)]) for p in ma.paras]
            for extra in spec[1:]:
                x, y = extra.split(".")
                if any(int(x) == q.heading_from and lang in q.drop_in for q in PLAN): continue
                a.paras.append(P([(int(x), int(y))]))

    # ---- national numbering
    nat = []  # (natnum, A, [(P, natpara or None)])
    for i, a in enumerate(plan, 1):
        numbered = len(a.paras) > 1
        nat.append((i, a, [(p, (k if numbered else None)) for k, p in enumerate(a.paras, 1)]))

    # model ref -> national ref, for cross-references
    art_map, para_map = {}, {}
    for n, a, ps in nat:
        for p, k in ps:
            for (ma, mp) in p.src:
                art_map.setdefault(ma, n)
                para_map.setdefault((ma, mp), (n, k))
    # zh internal paragraph numbering differs for art 12 only in the zh model; refs use model numbering as written

    def rng(a, b):
        return art_map[a], art_map[b] + (1 if b == 29 else 0)  # the new offence after model 29 joins the range
    def fix_refs(s):
        # one pass per language, so that a renumbered reference is never renumbered twice
        if lang == "es":
            def f(m):
                if m.group(1): return es_ref(para_map.get((int(m.group(1)), int(m.group(2)))))
                if m.group(3): x, y = rng(int(m.group(3)), int(m.group(4))); return f"artículos {x} a {y}"
                return f"artículo {art_map.get(int(m.group(5)), m.group(5))}"
            return re.sub(r"artículo (\d+), apartado (\d+)|artículos (\d+) a (\d+)|artículo (\d+)", f, s)
        if lang == "ar":
            def f(m):
                if m.group(1):
                    t = para_map.get((int(m.group(2)), int(m.group(1))))
                    r = ar_ref(t)
                    return ("ل" + r[1:] if m.group(0).startswith("لل") and t[1] else ("لل" + r[2:] if False else (r if not m.group(0).startswith("لل") else "ل" + r)))
                if m.group(3): x, y = rng(int(m.group(3)), int(m.group(4))); return f"المواد من {x} إلى {y}"
                return f"المادة {art_map.get(int(m.group(5)), m.group(5))}"
            return re.sub(r"(?:ال|لل)فقرة (\d+) من المادة (\d+)|المواد من (\d+) إلى (\d+)|المادة (\d+)", f, s)
        Z = "[一二三四五六七八九十百]+"
        def f(m):
            if m.group(1): return zh_ref(para_map.get((zh_val(m.group(1)), zh_val(m.group(2)))))
            if m.group(3): x, y = rng(zh_val(m.group(3)), zh_val(m.group(4))); return f"第{zh_num(x)}条至第{zh_num(y)}条"
            return f"本法第{zh_num(art_map.get(zh_val(m.group(5)), zh_val(m.group(5))))}条"
        return re.sub(f"本法第({Z})条第({Z})款|第({Z})条至第({Z})条|本法第({Z})条", f, s)
    def es_ref(t): return f"artículo {t[0]}" + (f", apartado {t[1]}" if t[1] else "")
    def ar_ref(t): return (f"الفقرة {t[1]} من المادة {t[0]}" if t[1] else f"المادة {t[0]}")
    def zh_ref(t): return f"本法第{zh_num(t[0])}条" + (f"第{zh_num(t[1])}款" if t[1] else "")

    def localise(s):
        s = fix_refs(s)
        for old, new in T["subst"]: s = s.replace(old, new)
        s = re.sub(r"\[([^\]]*)\]", r"\1", s)
        return s

    rewords = T["rewords"]
    # ---- render and collect ground truth
    out, pairs, added, labels = [], [], [], {}
    cur_ch = 0
    starts = {}  # national citation -> own text
    headings = {}
    mlabels = model_labels(lang, marts)
    for n, a, ps in nat:
        if a.chapter != cur_ch:
            cur_ch = a.chapter
            out.append(T["chapter"](cur_ch, chapters[cur_ch - 1].name))
        if a.heading: head = T[a.heading]
        elif a.heading_from: head = T["headings"].get(a.heading_from, marts[a.heading_from].heading)
        else: head = None
        ncite_art = cite(lang, n)
        headings[ncite_art] = head
        body = []
        if not any(p.src for p in a.paras): added.append(ncite_art)
        for p, k in ps:
            ncite_p = cite(lang, n, k)
            if p.text and p.text in T: text = T[p.text]
            elif p.src: text = mpara(*p.src[0]).text
            else: text = p.text
            key = f"{p.src[0][0]}.{p.src[0][1]}" if p.src else None
            for (rk, old, new) in rewords:
                if rk == key: text = text.replace(old, new)
            text = localise(text)
            src_points = []
            if p.src and not p.text:
                mp = mpara(*p.src[0])
                src_points = [(i, pt) for i, pt in enumerate(mp.points) if p.pts == "all" or i in p.pts]
            items = [("model", i, pt) for i, pt in src_points]
            for pos, tkey in p.new_pts: items.insert(pos, ("new", tkey, None))
            rendered_items = []
            for j, (kind, i, pt) in enumerate(items):
                lab = point_label(lang, j)
                ncite_pt = cite(lang, n, k, lab)
                if kind == "model":
                    ptxt = pt.text
                    for (rk, old, new) in rewords:
                        if rk == f"{p.src[0][0]}.{p.src[0][1]}.{i}": ptxt = ptxt.replace(old, new)
                    ptxt = localise(ptxt)
                    subs = [localise(sx) for sx in pt.subs]
                    mcite = cite(lang, p.src[0][0], p.src[0][1], pt.label)
                    pairs.append(dict(model=mcite, national=[ncite_pt], mtext=pt.text + "".join(pt.subs), ntext=ptxt + "".join(subs), morder=(p.src[0][0], p.src[0][1] or 0, i), norder=(n, k or 0, j)))
                else:
                    ptxt, subs = T[i], []
                    added.append(ncite_pt)
                rendered_items.append((lab, ptxt, subs))
                starts[ncite_pt] = ptxt
            if p.src and not src_points:
                for (ma, mpn) in p.src:
                    mtext = mpara(ma, mpn).text
                    pairs.append(dict(model=cite(lang, ma, mpn), national=[ncite_p], mtext=mtext, ntext=text, morder=(ma, mpn or 0, -1), norder=(n, k or 0, -1)))
            if not p.src and any(p.src for p in a.paras):
                added.append(ncite_p)
            starts[ncite_p] = text
            wrap = None
            if p.src and not p.text and mpara(*p.src[0]).wrap: wrap = localise(mpara(*p.src[0]).wrap)
            body.append((k, text, rendered_items, wrap))
            # labels
            lab_set = set(p.labels or [])
            for (ma, mpn) in p.src:
                lab_set |= set(mlabels.get(cite(lang, ma, mpn if marts[ma].paras[0].num is not None else None), []))
            lab_set -= set(ABSENT[lang])
            if lang == "ar" and key == "4.1": lab_set.discard("ihl")
            if lab_set:
                lk = ncite_p
                labels[lk] = sorted(lab_set) if lk not in labels else sorted(set(labels[lk]) | lab_set)
        out.append(T["article"](n, head, body))
    text = T["title"] + "\n\n" + "\n\n".join(out) + T["closing"]
    text = re.sub(r"\n{3,}", "\n\n", text).strip("\n") + "\n"

    # ---- relations, moved, modified
    from collections import defaultdict
    by_model = defaultdict(list); by_nat = defaultdict(list)
    for pr in pairs:
        by_model[pr["model"]].append(pr)
        by_nat[pr["national"][0]].append(pr)
    merged_pairs = []
    seen = set()
    for pr in pairs:
        if pr["model"] in seen: continue
        seen.add(pr["model"])
        group = by_model[pr["model"]]
        nats = [g["national"][0] for g in group]
        if len(group) > 1: rel = "split"
        elif len(by_nat[nats[0]]) > 1: rel = "merged"
        else: rel = "adopted"
        modified = any(norm(g["mtext"]) != norm(g["ntext"]) for g in group) or rel != "adopted"
        merged_pairs.append(dict(model=pr["model"], national=nats, relation=rel,
                                 relation_basis="by construction: the national text was written from the model provision",
                                 moved=False, modified=modified, _m=pr["morder"], _n=min(g["norder"] for g in group)))
    # moved: not on the longest increasing subsequence of national order taken in model order
    seq = sorted(merged_pairs, key=lambda x: x["_m"])
    lis = lis_indexes([x["_n"] for x in seq])
    for i, x in enumerate(seq):
        x["moved"] = i not in lis
    for x in merged_pairs: del x["_m"], x["_n"]
    merged_pairs.sort(key=lambda x: sort_key(lang, x["model"]))

    # omitted
    used_models = set(by_model)
    omitted = []
    for a in sorted(marts):
        art = marts[a]
        units = []
        for p in art.paras:
            if p.points: units += [cite(lang, a, p.num, pt.label) for pt in p.points]
            else: units.append(cite(lang, a, p.num))
        if not any(u in used_models for u in units): omitted.append(cite(lang, a))
        else: omitted += [u for u in units if u not in used_models]
    art_pairs = defaultdict(list)
    for pr in merged_pairs:
        ma = art_of(lang, pr["model"])
        for nn in pr["national"]:
            na = art_of(lang, nn)
            if na not in art_pairs[ma]: art_pairs[ma].append(na)
    article_level_pairs = [dict(model=k, national=v) for k, v in sorted(art_pairs.items(), key=lambda kv: sort_key(lang, kv[0]))]
    return dict(text=text, pairs=merged_pairs, omitted=omitted, added=added, article_pairs=article_level_pairs,
                labels=labels, starts=starts, headings=headings, nat=nat, chapters=chapters, marts=marts, mlabels=mlabels)

def norm(s): return re.sub(r"\s+", " ", s).strip()

def lis_indexes(vals):
    n = len(vals); best = [1] * n; prev = [-1] * n
    for i in range(n):
        for j in range(i):
            if vals[j] < vals[i] and best[j] + 1 > best[i]: best[i], prev[i] = best[j] + 1, j
    if not n: return set()
    i = max(range(n), key=lambda k: (best[k], -k)); out = set()
    while i >= 0: out.add(i); i = prev[i]
    return out

def art_of(lang, c):
    if lang == "es": return c.split(",")[0]
    if lang == "ar": return c.split("،")[0]
    return c[: c.index("条") + 1]

def sort_key(lang, c):
    nums = [zh_val(x) for x in re.findall(r"[一二三四五六七八九十百]+|\d+", c)] if lang == "zh" else [int(x) for x in re.findall(r"\d+", c)]
    return (nums, c)

EN_TO = {"Article": None}
def model_labels(lang, marts):
    en = json.load(open(f"{ROOT}/corpus/labels/ai-ct-model-law.en.principles.json", encoding="utf-8"))
    out = {}
    for c, v in en["labels"].items():
        m = re.match(r"^Article (\d+)(?:\((\d+)\))?$", c)
        a, p = int(m.group(1)), (int(m.group(2)) if m.group(2) else None)
        if lang == "zh" and a == 12 and p == 3: p = 4
        out[cite(lang, a, p)] = v
        if lang == "zh" and a == 12 and p == 2: out[cite(lang, 12, 3)] = v
    return out

def write_json(path, obj):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1); f.write("\n")

def main():
    for lang in ["es", "ar", "zh"]:
        T = TEXTS[lang]; state = T["state_id"]
        r = build(lang)
        npath = f"corpus/national/{state}.{lang}.txt"
        with open(f"{ROOT}/{npath}", "w", encoding="utf-8") as f: f.write(r["text"])
        mpath = f"corpus/models/ai-ct-model-law.{lang}.txt"
        write_json(f"{ROOT}/corpus/national/{state}.mapping.json", dict(
            model=T["model_name"] + f" ({mpath})", national=T["national_name"] + f" ({npath})", language=lang,
            granularity="paragraph/point level: a paragraph with points is paired through its points; a point's sub-points travel with it; an article without paragraphs or points is paired as a whole",
            model_file=mpath, national_file=npath, pairs=r["pairs"], omitted_in_national=r["omitted"],
            added_in_national=r["added"], article_level_pairs=r["article_pairs"], changes_by_construction=T["changes"]))
        write_json(f"{ROOT}/corpus/labels/{state}.{lang}.principles.json", dict(
            document=npath, catalog="ai-counter-terrorism", language=lang,
            granularity="paragraph where the article has numbered paragraphs, otherwise article; provisions not listed address no principle",
            labels=dict(sorted(r["labels"].items(), key=lambda kv: sort_key(lang, kv[0]))), negation_traps=[cite(lang, 3, 4)],
            absent_by_construction=ABSENT[lang]))
        write_json(f"{ROOT}/corpus/labels/ai-ct-model-law.{lang}.principles.json", dict(
            document=mpath, catalog="ai-counter-terrorism", language=lang,
            granularity="paragraph where the article has numbered paragraphs, otherwise article; provisions not listed address no principle",
            labels=r["mlabels"], negation_traps=[cite(lang, 3, 4)]))
        nat = r["nat"]
        checks = []
        for c in T["checks"]:
            if c in r["headings"] and lang != "zh" and r["headings"][c]: checks.append(dict(citation=c, heading=r["headings"][c]))
            else:
                s = r["starts"][c]
                checks.append(dict(citation=c, starts_with=(s[:12] if lang == "zh" else " ".join(s.split()[:4]))))
        write_json(f"{ROOT}/corpus/national/{state}.{lang}.facts.json", dict(
            document=npath, language=lang, articles=len(nat), chapters=len({a.chapter for _, a, _ in nat}),
            first_article=T["written"](1), last_article=T["written"](len(nat)), annexes=0, layout=T["layout"],
            definitions_article=cite(lang, 2), citation_style=T["citation_style"], checks=checks))
        mchecks = []
        for c, s in T["model_checks"]: mchecks.append(dict(citation=c, starts_with=s))
        write_json(f"{ROOT}/corpus/models/ai-ct-model-law.{lang}.facts.json", dict(
            document=mpath, language=lang, articles=37, chapters=8, first_article=T["model_written"](1),
            last_article=T["model_written"](37), annexes=0, recitals=5, definitions_article=cite(lang, 2),
            layout=T["model_layout"], citation_style=T["citation_style"], checks=mchecks))
        print(lang, state, len(nat), "articles", len(r["pairs"]), "pairs", len(r["omitted"]), "omitted", len(r["added"]), "added")

if __name__ == "__main__":
    main()
