"""Builds the common-law adaptation of the English model law: the Kestrel Islands act, in sections.

Run from the repository root: python3 corpus/tools/make_commonwealth.py
Writes corpus/national/kestrel.en.txt, kestrel.mapping.json and kestrel.en.facts.json. The model's articles become
sections of a Commonwealth-style Act: chapters become Parts, a marginal note stands on the line before each section,
numbered paragraphs "1." become subsections "(1)" run on after the number ("12.—(1) ..."), "this Law" becomes "this Act".
The edit plan renumbers (a new section 1, so model Article n is section n + 1 up to Article 5), inserts section 5A, drops
Article 6, swaps Articles 17 and 18, and rewrites cross-references to the new numbers, so the ground truth is known by
construction. Deterministic: same input, same bytes out.
"""
import json, os, re

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
MODEL = os.path.join(ROOT, "corpus", "models", "ai-ct-model-law.en.txt")
OUT = os.path.join(ROOT, "corpus", "national")

def read_model():
    """Chapters [(number, title, [articles])]; an article is (n, heading, [blocks]); a block is (label, text, [children])."""
    lines = [l.strip() for l in open(MODEL, encoding="utf-8").read().split("\n")]
    lines = [l for l in lines if l]
    chapters, i = [], 0
    while i < len(lines) and not lines[i].startswith("CHAPTER "): i += 1
    while i < len(lines):
        l = lines[i]
        if l.startswith("CHAPTER "):
            chapters.append([l.split()[1], lines[i + 1], []]); i += 2; continue
        m = re.match(r"^Article (\d+)$", l)
        if m:
            chapters[-1][2].append([int(m.group(1)), lines[i + 1], []]); i += 2; continue
        art = chapters[-1][2][-1]
        m = re.match(r"^(\d+\.) (.*)$", l) or re.match(r"^(\([a-z]\)) (.*)$", l) or re.match(r"^(\((?:i|ii|iii|iv|v|vi)\)) (.*)$", l)
        label, text = (m.group(1), m.group(2)) if m else (None, l)
        art[2].append((label, text))
        i += 1
    return chapters

# model article -> national section (None: dropped); new sections are written out below
def section_of(n):
    if n <= 5: return str(n + 1)
    if n == 6: return None
    if n == 17: return "18"
    if n == 18: return "17"
    return str(n)

NEW = {
    "1": ("Short title", [(None, "This Act may be cited as the Counter-Terrorism (Artificial Intelligence and New Technologies) Act 2026.")]),
    "5A": ("Lead agency", [("1.", "The Minister shall designate, by order published in the Gazette, one competent authority as the lead agency for the purposes of this Act."),
                            ("2.", "The lead agency shall coordinate the risk assessments, registers and reports required by this Act and shall be the point of contact for the oversight body.")]),
}
ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8}

def national_text(text):
    def ref(m):
        s = section_of(int(m.group(2)))
        return ("sections " if m.group(1) == "Articles" else "section ") + (s or m.group(2))
    text = re.sub(r"\b(Articles?) (\d+)", ref, text)
    text = re.sub(r"\bChapter ([IVX]+)\b", lambda m: "Part %d" % ROMAN[m.group(1)], text)
    text = text.replace("this Law", "this Act").replace("This Law", "This Act")
    text = text.replace("[the Government]", "the Minister").replace("[name of the competent authority]", "the Counter-Terrorism Technology Commission")
    text = text.replace("[date]", "the first day of January 2027").replace("[State]", "the Kestrel Islands")
    return re.sub(r"\[([^\]]+)\]", r"\1", text)

def sub(label):
    return "(%s)" % label[:-1] if label and label.endswith(".") else label

def write_section(out, number, heading, blocks, note_style):
    """note_style: marginal note on the line before; the first subsection runs on after the number."""
    out.append(heading)
    first = True
    for label, text in blocks:
        lab = sub(label)
        if first:
            if lab and lab.startswith("(") and label.endswith("."): out.append("%s.—%s %s" % (number, lab, text))
            elif lab: out.append("%s. %s" % (number, national_text_lead(blocks))); out.append("%s %s" % (lab, text))
            else: out.append("%s. %s" % (number, text))
            first = False
            continue
        out.append(("%s %s" % (lab, text)) if lab else text)

def national_text_lead(blocks):
    return "In this Act—"

def main():
    chapters = read_model()
    out = ["COUNTER-TERRORISM (ARTIFICIAL INTELLIGENCE AND NEW TECHNOLOGIES) ACT 2026",
           "An Act to prevent and counter the use of artificial intelligence and other new technologies for terrorist purposes, and for connected purposes.",
           "BE IT ENACTED by the Parliament of the Kestrel Islands as follows:"]
    pairs, omitted, added, article_pairs, sections = [], [], [], [], []
    for ch_no, (roman, title, arts) in enumerate(chapters, 1):
        out.append("PART %d" % ch_no)
        out.append(title)
        if ch_no == 1:
            write_section(out, "1", *NEW["1"], None); sections.append("1"); added.append("Section 1")
        if ch_no == 6:
            out.append("Offences")  # a cross-heading over the offence sections
        ordered = sorted(arts, key=lambda a: (int(section_of(a[0]) or 0) if section_of(a[0]) else a[0]))
        for n, heading, blocks in ordered:
            s = section_of(n)
            if s is None:
                omitted.append("Article %d" % n); continue
            blocks = [(label, national_text(text)) for label, text in blocks]
            if n == 2: blocks = blocks[1:]  # "For the purposes of this Law:" becomes the lead-in "In this Act—"
            write_section(out, s, heading, blocks, None)
            sections.append(s)
            article_pairs.append({"model": "Article %d" % n, "national": ["Section %s" % s]})
            pairs.extend(paragraph_pairs(n, s, [b for b in read_blocks(chapters, n)]))
            if n == 4:
                write_section(out, "5A", *NEW["5A"], None); sections.append("5A"); added.append("Section 5A")
    text = "\n".join(out) + "\n"
    open(os.path.join(OUT, "kestrel.en.txt"), "w", encoding="utf-8").write(text)
    mapping = {
        "model": "Model Law on Countering the Use of Artificial Intelligence and Other New Technologies for Terrorist Purposes (corpus/models/ai-ct-model-law.en.txt)",
        "national": "Kestrel Islands, Counter-Terrorism (Artificial Intelligence and New Technologies) Act 2026 (corpus/national/kestrel.en.txt), fictitious common-law adaptation in sections, written for this corpus by corpus/tools/make_commonwealth.py",
        "language": "en",
        "granularity": "paragraph/point level, as the other mappings: a model paragraph pairs with the subsection made from it, a point with the paragraph of the same letter",
        "model_file": "corpus/models/ai-ct-model-law.en.txt",
        "national_file": "corpus/national/kestrel.en.txt",
        "pairs": pairs,
        "omitted_in_national": omitted,
        "added_in_national": added,
        "article_level_pairs": article_pairs,
    }
    json.dump(mapping, open(os.path.join(OUT, "kestrel.mapping.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    facts = {
        "document": "corpus/national/kestrel.en.txt",
        "language": "en",
        "articles": len(sections),
        "articles_unit": "sections (ProvisionKind.ActSection)",
        "parts": len(chapters),
        "first_article": "1",
        "last_article": sections[-1],
        "annexes": 0,
        "layout": "Commonwealth act: 'PART 1' then its title line; a marginal note on the line before each section; the first subsection run on after the number ('7.—(1) ...'), later ones '(2) ...'; sections without subsections as '30. Text.'; a cross-heading 'Offences' before the Part 6 sections",
        "insertion_numbering": ["Section 5A"],
        "definitions_article": "Section 3",
        "unnumbered_subparagraphs": [],
        "checks": [
            {"citation": "Section 1", "heading": "Short title"},
            {"citation": "Section 2(2)(a)", "starts_with": "lays down principles"},
            {"citation": "Section 3(e)", "starts_with": "'competent authority' means the Counter-Terrorism Technology Commission"},
            {"citation": "Section 5A(2)", "starts_with": "The lead agency shall coordinate"},
            {"citation": "Section 18", "heading": "Record-keeping"},
            {"citation": "Section 37", "heading": "Entry into force"},
        ],
        "sections": sections,
    }
    json.dump(facts, open(os.path.join(OUT, "kestrel.en.facts.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    open(os.path.join(OUT, "kestrel.mapping.json"), "a", encoding="utf-8").write("\n")
    open(os.path.join(OUT, "kestrel.en.facts.json"), "a", encoding="utf-8").write("\n")

def read_blocks(chapters, n):
    for _, _, arts in chapters:
        for a in arts:
            if a[0] == n: return a[2]
    return []

def paragraph_pairs(n, s, blocks):
    """Model paragraph (or its points) → national subsection (or its paragraphs); an article with neither pairs whole."""
    pairs, para = [], None
    numbered = [b for b in blocks if b[0]]
    if not numbered:
        return [pair("Article %d" % n, "Section %s" % s)]
    points_of = {}
    for label, _ in blocks:
        if label and label.endswith("."): para = label[:-1]; points_of.setdefault(para, [])
        elif label and re.match(r"^\([a-z]\)$", label): points_of.setdefault(para, []).append(label[1:-1])
    for p, points in points_of.items():
        m_base = "Article %d" % n + ("(%s)" % p if p else "")
        n_base = "Section %s" % s + ("(%s)" % p if p else "")
        if points:
            for x in points: pairs.append(pair("%s(%s)" % (m_base, x), "%s(%s)" % (n_base, x)))
        else:
            pairs.append(pair(m_base, n_base))
    return pairs

def pair(m, n):
    return {"model": m, "national": [n], "relation": "adopted", "relation_basis": "by construction: the section was written from the model provision"}

if __name__ == "__main__":
    main()
