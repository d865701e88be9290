using ModelLaw.Documents;

namespace ModelLaw.Drafting.Amendments;

/// <summary>English drafting style: "In Article 3(2), the words ‘Law’ are replaced by ‘Act’."</summary>
internal sealed class EnglishWording : AmendmentWording
{
    private static readonly string[] Ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

    public override string Introduction(string title) => $"{title} is amended as follows:";

    private static string Word(ProvisionKind k) => k switch
    {
        ProvisionKind.Article or ProvisionKind.Chapter or ProvisionKind.Part or ProvisionKind.Title or ProvisionKind.Section
            or ProvisionKind.Subsection or ProvisionKind.Annex => k.ToString(),
        ProvisionKind.Definition => "point",
        _ => k.ToString().ToLowerInvariant(),
    };

    private static string Plural(ProvisionKind k) => Word(k) + "s";

    private static bool Capitalised(ProvisionKind k) => char.IsUpper(Word(k)[0]);

    // a step on its own: "Article 5", "paragraph 2", "point (a)", "the second subparagraph", "the preamble"
    private static string Alone(PathStep s)
    {
        if (s.Kind == ProvisionKind.Preamble) return "the preamble";
        if (!s.Numbered) return $"the {Ordinal(Ordinals, s.Token)} {Word(s.Kind)}";
        return s.Kind is ProvisionKind.Point or ProvisionKind.Subpoint or ProvisionKind.Definition ? $"{Word(s.Kind)} ({s.Token})" : $"{Word(s.Kind)} {s.Token}";
    }

    // "Article 5(2)(a)", "Article 5, second subparagraph", "recital 3"
    private static string Cite(IReadOnlyList<PathStep> path)
    {
        var head = path[0].Kind == ProvisionKind.Preamble && path.Count > 1 ? "" : Alone(path[0]);
        var sb = new System.Text.StringBuilder(head);
        foreach (var s in path.Skip(1))
        {
            if (sb.Length == 0) sb.Append(Alone(s));
            else if (s.Numbered && s.Kind is ProvisionKind.Paragraph or ProvisionKind.Point or ProvisionKind.Subpoint or ProvisionKind.Definition)
                sb.Append('(').Append(s.Token).Append(')');
            else sb.Append(", ").Append(Alone(s).Replace("the ", "", StringComparison.Ordinal));
        }
        return sb.ToString();
    }

    private static string Subject(IReadOnlyList<PathStep> t) => Cap(Cite(t));

    private static string Where(Place p, bool moving)
    {
        var into = p.Division is { } division && moving ? $"to {Cite(division)}, " : "";
        if (p.After is { } a && p.AfterIsHeading) return $"{(moving ? "to" : "at")} the beginning of {Cite(a)}";
        if (p.After is { } after) return $"{into}after {(p.Parent.Count > 0 ? Alone(after[^1]) : Cite(after))}";
        if (p.Before is { } before) return $"{into}before {(p.Parent.Count > 0 ? Alone(before[^1]) : Cite(before))}";
        return p.Parent.Count > 0 ? "" : "at the beginning of the text";
    }

    private static string In(Place p) => p.Parent.Count > 0 ? $"In {Cite(p.Parent)}, the" : "The";

    public override string Delete(IReadOnlyList<PathStep> t) => $"{Subject(t)} is deleted.";

    public override string Replace(IReadOnlyList<PathStep> t, string payload) => $"{Subject(t)} is replaced by the following:\n{Quote(payload, "“", "”")}";

    public override string Insert(Place p, PathStep ins, string payload)
    {
        var where = Where(p, moving: false);
        var what = ins.Numbered ? Alone(ins) : Word(ins.Kind);
        return $"{In(p)} following {what} is inserted{(where.Length > 0 ? " " + where : "")}:\n{Quote(payload, "“", "”")}";
    }

    public override string Move(IReadOnlyList<PathStep> t, Place p, PathStep? renumbered)
    {
        var where = Where(p, moving: true);
        var more = renumbered is { } r ? $"{(p.Division is null ? "" : ",")} and renumbered {Alone(r)}" : "";
        return $"{Subject(t)} is moved {where}{more}.";
    }

    public override string ReplaceWords(IReadOnlyList<PathStep> t, string o, string n)
    {
        var (words, are) = OneWord(o) ? ("word", "is") : ("words", "are");
        return n.Length == 0 ? $"In {Cite(t)}, the {words} ‘{o}’ {are} deleted." : $"In {Cite(t)}, the {words} ‘{o}’ {are} replaced by ‘{n}’.";
    }

    public override string ReplaceText(IReadOnlyList<PathStep> t, string text) =>
        text.Length == 0 ? $"In {Cite(t)}, the introductory wording is deleted."
            : $"In {Cite(t)}, the introductory wording is replaced by the following:\n{Quote(text, "“", "”")}";

    public override string ReplaceHeading(IReadOnlyList<PathStep> t, string? h) =>
        h is null ? $"In {Cite(t)}, the heading is deleted." : $"In {Cite(t)}, the heading is replaced by ‘{h}’.";

    public override string Throughout(string o, string n) =>
        OneWord(o) ? $"Throughout the text, the word ‘{o}’ is replaced by ‘{n}’." : $"Throughout the text, the words ‘{o}’ are replaced by ‘{n}’.";

    public override string Relabel(ProvisionKind level, string oldExample, string newExample) =>
        $"Throughout the text, the numbers of {(level == ProvisionKind.Definition ? "definitions" : Plural(level))} written in the form ‘{oldExample}’ are written in the form ‘{newExample}’.";

    protected override string Renumber(RenumberGroup g)
    {
        string Token(string t) => g.Kind is ProvisionKind.Point or ProvisionKind.Subpoint or ProvisionKind.Definition ? $"({t})" : t;
        var (noun, plural) = (Word(g.Kind), Plural(g.Kind));
        var again = Capitalised(g.Kind) ? plural + " " : "";
        string Segment(RenumberSegment s)
        {
            if (s.Tokens.Count == 1) return $"{noun} {Token(s.Tokens[0].Old)} is renumbered {noun} {Token(s.Tokens[0].New)}";
            if (s.Range) return $"{plural} {Token(s.Tokens[0].Old)} to {Token(s.Tokens[^1].Old)} are renumbered {again}{Token(s.Tokens[0].New)} to {Token(s.Tokens[^1].New)}";
            return $"{plural} {Join([.. s.Tokens.Select(t => Token(t.Old))], "and")} are renumbered {again}{Join([.. s.Tokens.Select(t => Token(t.New))], "and")} respectively";
        }
        var body = Join([.. g.Segments.Select(Segment)], "and");
        return g.Parent.Count > 0 ? $"In {Cite(g.Parent)}, {body}." : Cap(body) + ".";
    }
}
