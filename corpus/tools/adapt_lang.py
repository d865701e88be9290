"""Reading and writing of the es/ar/zh corpus texts: layouts, numerals, citations (used by make_adaptations.py)."""
import re

# ---------------------------------------------------------------- numerals
ZH_DIGITS = "零一二三四五六七八九"

def zh_num(n):
    if n < 10: return ZH_DIGITS[n]
    if n < 20: return "十" + (ZH_DIGITS[n % 10] if n % 10 else "")
    if n < 100: return ZH_DIGITS[n // 10] + "十" + (ZH_DIGITS[n % 10] if n % 10 else "")
    h, r = divmod(n, 100)
    s = ZH_DIGITS[h] + "百"
    if r == 0: return s
    if r < 10: return s + "零" + ZH_DIGITS[r]
    if r < 20: return s + "一十" + (ZH_DIGITS[r % 10] if r % 10 else "")
    return s + zh_num(r)

def zh_val(s):
    if s.isdigit(): return int(s)
    total, cur = 0, 0
    for c in s:
        if c in ZH_DIGITS: cur = ZH_DIGITS.index(c)
        elif c == "十": total += (cur or 1) * 10; cur = 0
        elif c == "百": total += (cur or 1) * 100; cur = 0
    return total + cur

AR_INDIC = "٠١٢٣٤٥٦٧٨٩"
def ar_indic(n): return "".join(AR_INDIC[int(d)] for d in str(n))

ABJAD = ["أ", "ب", "ج", "د", "هـ", "و", "ز", "ح", "ط", "ي", "ك", "ل", "م", "ن"]
LATIN = "abcdefghijklmnopqrstuvwxyz"

AR_UNITS_F = ["", "الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة", "التاسعة", "العاشرة"]
AR_UNITS_F_COMPOUND = ["", "الحادية", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة", "التاسعة"]
AR_TENS = {20: "العشرون", 30: "الثلاثون", 40: "الأربعون", 50: "الخمسون", 60: "الستون", 70: "السبعون", 80: "الثمانون", 90: "التسعون"}

def ar_ordinal_f(n):
    """Feminine ordinal word (for المادة): 1 الأولى, 11 الحادية عشرة, 21 الحادية والعشرون, 96 السادسة والتسعون."""
    if n <= 10: return AR_UNITS_F[n]
    if n < 20: return AR_UNITS_F_COMPOUND[n - 10] + " عشرة"
    t, u = divmod(n, 10)
    if n == 100: return "المائة"
    if u == 0: return AR_TENS[t * 10]
    return AR_UNITS_F_COMPOUND[u] + " و" + AR_TENS[t * 10]

AR_CHAPTER_M = ["", "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر"]
ES_CHAPTER = ["", "PRIMERO", "SEGUNDO", "TERCERO", "CUARTO", "QUINTO", "SEXTO", "SÉPTIMO", "OCTAVO", "NOVENO", "DÉCIMO"]
ROMAN = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]

# ---------------------------------------------------------------- model structure
class Point:
    def __init__(self, label, text): self.label, self.text, self.subs = label, text, []
class Para:
    def __init__(self, num, text): self.num, self.text, self.points, self.wrap = num, text, [], None
class Article:
    def __init__(self, num, heading): self.num, self.heading, self.paras = num, heading, []
class Chapter:
    def __init__(self, num, name): self.num, self.name, self.articles = num, name, []

def parse_model(lang, text):
    lines = [l.rstrip("\n") for l in text.split("\n")]
    chapters, art, para = [], None, None
    i = 0
    pending_heading = None
    while i < len(lines):
        l = lines[i].strip(); i += 1
        if not l: continue
        if lang == "es":
            m = re.match(r"^CAPÍTULO ([IVX]+)$", l)
            if m:
                chapters.append(Chapter(ROMAN.index(m.group(1)), lines[i].strip())); i += 1; art = None; continue
            m = re.match(r"^Artículo (\d+)\. (.+)\.$", l)
            if m:
                art = Article(int(m.group(1)), m.group(2)); chapters[-1].articles.append(art); para = None; continue
        elif lang == "ar":
            m = re.match(r"^الفصل (\S+)$", l)
            if m:
                chapters.append(Chapter(AR_CHAPTER_M.index(m.group(1)), lines[i].strip())); i += 1; art = None; continue
            m = re.match(r"^المادة (\d+)$", l)
            if m:
                art = Article(int(m.group(1)), lines[i].strip()); i += 1; chapters[-1].articles.append(art); para = None; continue
        else:
            m = re.match(r"^第(.+?)章　(.+)$", l)
            if m:
                chapters.append(Chapter(zh_val(m.group(1)), m.group(2))); art = None; continue
            m = re.match(r"^第(.+?)条　(.*)$", l)
            if m:
                art = Article(zh_val(m.group(1)), None); chapters[-1].articles.append(art)
                para = Para(1, m.group(2)); art.paras.append(para); continue
        if art is None: continue
        # items
        if lang == "es":
            mp = re.match(r"^(\d+)\. (.*)$", l); mpt = re.match(r"^([a-z])\) (.*)$", l); msub = re.match(r"^(\d)\.º (.*)$", l)
        elif lang == "ar":
            mp = re.match(r"^(\d+)- (.*)$", l); mpt = re.match(r"^\((\S+)\) (.*)$", l); msub = None
        else:
            mp = None; mpt = re.match(r"^（(.+?)）(.*)$", l); msub = None
        if msub:
            para.points[-1].subs.append(l); continue
        if mp:
            para = Para(int(mp.group(1)), mp.group(2)); art.paras.append(para); continue
        if mpt:
            if para is None:
                para = Para(None, ""); art.paras.append(para)
            para.points.append(Point(mpt.group(1), mpt.group(2))); continue
        # plain text
        if lang == "zh":
            para = Para(len(art.paras) + 1, l); art.paras.append(para); continue
        if para is None:
            para = Para(None, l); art.paras.append(para)
        elif para.points:
            para.wrap = l
        else:
            para.text = (para.text + "\n" + l).strip()
    if lang == "zh":
        for c in chapters:
            for a in c.articles:
                if len(a.paras) == 1: a.paras[0].num = None
    return chapters

# ---------------------------------------------------------------- citations
def point_label(lang, idx, model_label=None):
    if lang == "es": return LATIN[idx]
    if lang == "ar": return ABJAD[idx]
    return zh_num(idx + 1)

def cite(lang, art, para=None, point=None):
    """Citation in the corpus style of the language; art/para are ints, point the label as written (a, أ, 一)."""
    if lang == "es":
        s = f"Artículo {art}"
        if para is not None: s += f", apartado {para}"
        if point is not None: s += f", letra {point})"
        return s
    if lang == "ar":
        s = f"المادة {art}"
        if para is not None: s += f"، الفقرة {para}"
        if point is not None: s += f"، البند ({point})"
        return s
    s = f"第{zh_num(art)}条"
    if para is not None: s += f"第{zh_num(para)}款"
    if point is not None: s += f"第（{point}）项"
    return s
