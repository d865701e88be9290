using ModelLaw.Documents;

namespace ModelLaw.Drafting.Amendments;

/// <summary>French drafting style: "À l'article 7, paragraphe 2, les mots « cinq » sont remplacés par les mots « dix »."</summary>
internal sealed class FrenchWording : AmendmentWording
{
    private static readonly string[] Masculine = ["premier", "deuxième", "troisième", "quatrième", "cinquième", "sixième", "septième", "huitième", "neuvième", "dixième"];
    private static readonly string[] Feminine = ["première", "deuxième", "troisième", "quatrième", "cinquième", "sixième", "septième", "huitième", "neuvième", "dixième"];

    public override string Introduction(string title) => $"{title} est modifié(e) comme suit :";

    private static (string Noun, bool Feminine) Noun(ProvisionKind k) => k switch
    {
        ProvisionKind.Article => ("article", false), ProvisionKind.Paragraph => ("paragraphe", false),
        ProvisionKind.Subparagraph => ("alinéa", false), ProvisionKind.Point or ProvisionKind.Subpoint or ProvisionKind.Definition => ("point", false),
        ProvisionKind.Indent => ("tiret", false), ProvisionKind.Chapter => ("chapitre", false), ProvisionKind.Title => ("titre", false),
        ProvisionKind.Part => ("partie", true), ProvisionKind.Section or ProvisionKind.Subsection => ("section", true),
        ProvisionKind.Annex => ("annexe", true), ProvisionKind.Preamble => ("préambule", false), ProvisionKind.Recital => ("considérant", false),
        _ => ("disposition", true),
    };

    private static string Plural(ProvisionKind k) => Noun(k).Noun + "s";

    private static bool Elides(string word) => "aeiouéèh".Contains(word[0]) && !word.StartsWith("huit", StringComparison.Ordinal);

    private static string Token(ProvisionKind kind, string token) => kind is ProvisionKind.Point or ProvisionKind.Subpoint or ProvisionKind.Definition ? token + ")" : token;

    // "article 7", "point a)", "premier alinéa", "préambule"
    private static string Bare(PathStep s)
    {
        var (noun, fem) = Noun(s.Kind);
        if (s.Kind == ProvisionKind.Preamble) return noun;
        if (!s.Numbered) return $"{Ordinal(fem ? Feminine : Masculine, s.Token)} {noun}";
        return $"{noun} {Token(s.Kind, s.Token)}";
    }

    // with its article: "l'article 7", "le point a)", "la section 2", "le premier alinéa"
    private static string Det(PathStep s)
    {
        var fem = Noun(s.Kind).Feminine;
        var bare = Bare(s);
        return Elides(bare) ? "l'" + bare : (fem ? "la " : "le ") + bare;
    }

    // "l'article 7, paragraphe 2, point a)"
    private static string Cite(IReadOnlyList<PathStep> path) =>
        string.Join(", ", path.Select((s, i) => i == 0 ? Det(s) : Bare(s)));

    // "à" contracted with the article: "à l'article 7", "au chapitre II", "à la section 2"
    private static string A(string withDet) =>
        withDet.StartsWith("le ", StringComparison.Ordinal) ? "au " + withDet[3..]
        : withDet.StartsWith("les ", StringComparison.Ordinal) ? "aux " + withDet[4..] : "à " + withDet;

    private static string Subject(IReadOnlyList<PathStep> t) =>
        t.Count == 1 ? Cap(Det(t[0])) : $"{Cap(A(Cite(Init(t))))}, {Det(t[^1])}";

    private static string Agree(IReadOnlyList<PathStep> t, string participle) => Noun(t[^1].Kind).Feminine ? participle + "e" : participle;

    private static string Where(Place p)
    {
        var into = p.Division is { } d ? $"{A(Cite(d))}, " : "";
        if (p.After is { } a && p.AfterIsHeading) return $"au début {Of(Cite(a))}";
        if (p.After is { } after) return $"{into}après {(p.Parent.Count > 0 ? Det(after[^1]) : Cite(after))}";
        if (p.Before is { } before) return $"{into}avant {(p.Parent.Count > 0 ? Det(before[^1]) : Cite(before))}";
        return p.Parent.Count > 0 ? "" : "au début du texte";
    }

    // "de" contracted: "du chapitre II", "de l'article 5", "de la section 2"
    private static string Of(string withDet) =>
        withDet.StartsWith("le ", StringComparison.Ordinal) ? "du " + withDet[3..] : "de " + withDet;

    public override string Delete(IReadOnlyList<PathStep> t) => $"{Subject(t)} est {Agree(t, "supprimé")}.";

    public override string Replace(IReadOnlyList<PathStep> t, string payload) =>
        $"{Subject(t)} est {Agree(t, "remplacé")} par le texte suivant :\n{Quote(payload, "« ", " »")}";

    public override string Insert(Place p, PathStep ins, string payload)
    {
        var (noun, fem) = Noun(ins.Kind);
        var where = Where(p);
        var head = $"{(fem ? "la" : "le")} {noun} suivant{(fem ? "e" : "")} est {(fem ? "insérée" : "inséré")}";
        var sentence = p.Parent.Count > 0 ? $"{Cap(A(Cite(p.Parent)))}, {head}" : Cap(head);
        return $"{sentence}{(where.Length > 0 ? " " + where : "")} :\n{Quote(payload, "« ", " »")}";
    }

    public override string Move(IReadOnlyList<PathStep> t, Place p, PathStep? renumbered)
    {
        var more = renumbered is { } r ? $"{(p.Division is null ? "" : ",")} et devient {Det(r)}" : "";
        return $"{Subject(t)} est {Agree(t, "déplacé")} {Where(p)}{more}.";
    }

    public override string ReplaceWords(IReadOnlyList<PathStep> t, string o, string n)
    {
        var at = Cap(A(Cite(t)));
        if (OneWord(o)) return n.Length == 0 ? $"{at}, le mot « {o} » est supprimé." : $"{at}, le mot « {o} » est remplacé par {(OneWord(n) ? "le mot" : "les mots")} « {n} ».";
        return n.Length == 0 ? $"{at}, les mots « {o} » sont supprimés." : $"{at}, les mots « {o} » sont remplacés par les mots « {n} ».";
    }

    public override string ReplaceText(IReadOnlyList<PathStep> t, string text) =>
        text.Length == 0 ? $"{Cap(A(Cite(t)))}, la phrase introductive est supprimée."
            : $"{Cap(A(Cite(t)))}, la phrase introductive est remplacée par le texte suivant :\n{Quote(text, "« ", " »")}";

    public override string ReplaceHeading(IReadOnlyList<PathStep> t, string? h) =>
        h is null ? $"{Cap(A(Cite(t)))}, l'intitulé est supprimé." : $"{Cap(A(Cite(t)))}, l'intitulé est remplacé par « {h} ».";

    public override string Throughout(string o, string n) => $"Dans l'ensemble du texte, les mots « {o} » sont remplacés par les mots « {n} ».";

    public override string Relabel(ProvisionKind level, string oldExample, string newExample) =>
        $"Dans l'ensemble du texte, la numérotation des {Plural(level)} de la forme « {oldExample} » est remplacée par la forme « {newExample} ».";

    protected override string Renumber(RenumberGroup g)
    {
        var (noun, fem) = Noun(g.Kind);
        string T(string t) => Token(g.Kind, t);
        string Det1(string t) => Elides(noun) ? $"l'{noun} {T(t)}" : $"{(fem ? "la" : "le")} {noun} {T(t)}";
        string Segment(RenumberSegment s)
        {
            if (s.Tokens.Count == 1) return $"{Det1(s.Tokens[0].Old)} devient {Det1(s.Tokens[0].New)}";
            string List(IEnumerable<string> ts)
            {
                var l = ts.Select(T).ToList();
                return s.Range ? $"{l[0]} à {l[^1]}" : Join(l, "et");
            }
            return $"les {Plural(g.Kind)} {List(s.Tokens.Select(t => t.Old))} deviennent respectivement les {Plural(g.Kind)} {List(s.Tokens.Select(t => t.New))}";
        }
        var body = Join([.. g.Segments.Select(Segment)], "et");
        return g.Parent.Count > 0 ? $"{Cap(A(Cite(g.Parent)))}, {body}." : Cap(body) + ".";
    }
}
