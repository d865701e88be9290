using ModelLaw.Documents;

namespace ModelLaw.Drafting.Amendments;

/// <summary>Russian drafting style: "В части 2 статьи 1 слова «пять» заменить словами «десять»."</summary>
internal sealed class RussianWording : AmendmentWording
{
    private enum Case { Nom, Acc, Gen, Prep, Instr, NomPlural, InstrPlural }

    private static readonly string[] Ordinals = ["первый", "второй", "третий", "четвертый", "пятый", "шестой", "седьмой", "восьмой", "девятый", "десятый"];

    public override string Introduction(string title) => $"Внести в {title} следующие изменения:";

    private static (string[] Forms, bool Feminine) Noun(ProvisionKind k) => k switch
    {
        ProvisionKind.Article => (["статья", "статью", "статьи", "статье", "статьей", "статьи", "статьями"], true),
        ProvisionKind.Paragraph => (["часть", "часть", "части", "части", "частью", "части", "частями"], true),
        ProvisionKind.Point or ProvisionKind.Definition => (["пункт", "пункт", "пункта", "пункте", "пунктом", "пункты", "пунктами"], false),
        ProvisionKind.Subpoint => (["подпункт", "подпункт", "подпункта", "подпункте", "подпунктом", "подпункты", "подпунктами"], false),
        ProvisionKind.Subparagraph or ProvisionKind.Indent => (["абзац", "абзац", "абзаца", "абзаце", "абзацем", "абзацы", "абзацами"], false),
        ProvisionKind.Chapter => (["глава", "главу", "главы", "главе", "главой", "главы", "главами"], true),
        ProvisionKind.Annex => (["приложение", "приложение", "приложения", "приложении", "приложением", "приложения", "приложениями"], false),
        ProvisionKind.Preamble => (["преамбула", "преамбулу", "преамбулы", "преамбуле", "преамбулой", "преамбулы", "преамбулами"], true),
        ProvisionKind.Recital => (["абзац", "абзац", "абзаца", "абзаце", "абзацем", "абзацы", "абзацами"], false),
        _ => (["раздел", "раздел", "раздела", "разделе", "разделом", "разделы", "разделами"], false),
    };

    // "статью 5", "абзац второй", "преамбулу"
    private static string Form(PathStep s, Case c)
    {
        var noun = Noun(s.Kind).Forms[(int)c];
        if (s.Kind == ProvisionKind.Preamble) return noun;
        return s.Numbered ? $"{noun} {s.Token}" : $"{noun} {Ordinal(Ordinals, s.Token)}";
    }

    // "пункт 1 части 2 статьи 7": innermost in the case asked, the rest in the genitive
    private static string Cite(IReadOnlyList<PathStep> path, Case c) =>
        string.Join(" ", path.Reverse().Select((s, i) => Form(s, i == 0 ? c : Case.Gen)));

    private static string Where(Place p)
    {
        var into = p.Division is { } d ? $"в {Cite(d, Case.Acc)} " : "";
        if (p.After is { } a && p.AfterIsHeading) return $"в начало {Cite(a, Case.Gen)}";
        if (p.After is { } after) return $"{into}после {(p.Parent.Count > 0 ? Form(after[^1], Case.Gen) : Cite(after, Case.Gen))}";
        if (p.Before is { } before) return $"{into}перед {(p.Parent.Count > 0 ? Form(before[^1], Case.Instr) : Cite(before, Case.Instr))}";
        return p.Parent.Count > 0 ? "" : "в начало текста";
    }

    public override string Delete(IReadOnlyList<PathStep> t) =>
        $"{Cap(Cite(t, Case.Acc))} признать {(Noun(t[^1].Kind).Feminine ? "утратившей" : "утратившим")} силу.";

    public override string Replace(IReadOnlyList<PathStep> t, string payload) => $"{Cap(Cite(t, Case.Acc))} изложить в следующей редакции:\n{Quote(payload, "«", "»")}";

    public override string Insert(Place p, PathStep ins, string payload)
    {
        var where = p.After is not null || p.Before is not null ? Where(p).Replace("в начало", "в начале", StringComparison.Ordinal) : "";
        var what = $"дополнить {Form(ins, Case.Instr)} следующего содержания:\n{Quote(payload, "«", "»")}";
        return p.Parent.Count > 0
            ? $"{Cap(Cite(p.Parent, Case.Acc))}{(where.Length > 0 ? " " + where : "")} {what}"
            : $"{(where.Length > 0 ? Cap(where) : "В начале текста")} {what}";
    }

    public override string Move(IReadOnlyList<PathStep> t, Place p, PathStep? renumbered) =>
        $"{Cap(Cite(t, Case.Acc))} перенести {Where(p)}{(renumbered is { } r ? $" и считать {Form(r, Case.Instr)}" : "")}.";

    public override string ReplaceWords(IReadOnlyList<PathStep> t, string o, string n)
    {
        var (what, by) = (OneWord(o) ? "слово" : "слова", OneWord(n) ? "словом" : "словами");
        return n.Length == 0 ? $"В {Cite(t, Case.Prep)} {what} «{o}» исключить." : $"В {Cite(t, Case.Prep)} {what} «{o}» заменить {by} «{n}».";
    }

    public override string ReplaceText(IReadOnlyList<PathStep> t, string text) =>
        text.Length == 0 ? $"В {Cite(t, Case.Prep)} вводные слова исключить."
            : $"Вводные слова {Cite(t, Case.Gen)} изложить в следующей редакции:\n{Quote(text, "«", "»")}";

    public override string ReplaceHeading(IReadOnlyList<PathStep> t, string? h) =>
        h is null ? $"Наименование {Cite(t, Case.Gen)} исключить." : $"Наименование {Cite(t, Case.Gen)} изложить в следующей редакции: «{h}».";

    public override string Throughout(string o, string n) => $"По всему тексту слова «{o}» заменить словами «{n}».";

    public override string Relabel(ProvisionKind level, string oldExample, string newExample) =>
        $"По всему тексту нумерацию ({Noun(level).Forms[(int)Case.NomPlural]}) вида «{oldExample}» заменить нумерацией вида «{newExample}».";

    protected override string Renumber(RenumberGroup g)
    {
        var forms = Noun(g.Kind).Forms;
        var of = g.Parent.Count > 0 ? " " + Cite(g.Parent, Case.Gen) : "";
        string Segment(RenumberSegment s)
        {
            if (s.Tokens.Count == 1) return $"{forms[(int)Case.Acc]} {s.Tokens[0].Old}{of} считать {forms[(int)Case.Instr]} {s.Tokens[0].New}";
            string List(IEnumerable<string> ts)
            {
                var l = ts.ToList();
                return s.Range ? $"{l[0]}–{l[^1]}" : Join(l, "и");
            }
            return $"{forms[(int)Case.NomPlural]} {List(s.Tokens.Select(t => t.Old))}{of} считать соответственно {forms[(int)Case.InstrPlural]} {List(s.Tokens.Select(t => t.New))}";
        }
        return Cap(string.Join("; ", g.Segments.Select(Segment))) + ".";
    }
}
