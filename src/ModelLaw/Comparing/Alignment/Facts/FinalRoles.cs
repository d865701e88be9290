using ModelLaw.Comparing.Alignment.Input;
using ModelLaw.Text.Analysis;

namespace ModelLaw.Comparing.Alignment.Facts;

/// <summary>
/// Finds the <see cref="FinalRole"/> of each row: from its heading when the heading is made of one role's words
/// ("Entry into force", "Reports and review", "Entrée en vigueur", "بدء النفاذ"; a heading mixing two roles, such as
/// "Short title and commencement", names neither), else from a short own text that says it ("shall come into
/// operation", "entre en vigueur", "вступает в силу", "本法自…起施行"). The phrases are data per language, analysed with
/// the comparison's own analyzer so that they fold as the texts do.
/// </summary>
internal static class FinalRoles
{
    private const int MaxTextTerms = 48;

    private static readonly (FinalRole Role, string[] Heading, string[] Text)[] Vocabulary =
    [
        (FinalRole.EntryIntoForce,
            ["entry into force", "commencement", "entree en vigueur", "entrada en vigor", "вступление в силу", "بدء النفاذ", "النفاذ", "施行", "生效"],
            ["enter into force", "enters into force", "come into force", "comes into force", "come into operation", "comes into operation",
             "entre en vigueur", "entrent en vigueur", "entrera en vigueur", "entrara en vigor", "entra en vigor", "вступает в силу",
             "يبدا نفاذ", "يعمل بهذا", "起施行", "后施行", "日起生效"]),
        (FinalRole.Repeal,
            ["repeal", "repeals", "abrogation", "derogacion", "отмена", "الغاء"],
            ["is repealed", "are repealed", "est abrogee", "sont abrogees", "queda derogada", "утрачивает силу"]),
        (FinalRole.Addressees,
            ["addressees", "destinataires", "destinatarios"],
            ["is addressed to the member states", "sont destinataires"]),
        (FinalRole.Transposition,
            ["transposition", "incorporacion al derecho nacional"],
            ["shall bring into force the laws regulations and administrative provisions necessary to comply",
             "mettent en vigueur les dispositions legislatives reglementaires et administratives necessaires pour se conformer"]),
        (FinalRole.Review,
            ["review", "reports", "report", "evaluation", "reexamen", "rapports", "rapport", "revision", "пересмотр", "مراجعه", "审查"],
            []),
        (FinalRole.ShortTitle, ["short title", "citation", "titre abrege"], ["may be cited as"]),
    ];

    private static readonly string[] Connectives = ["and", "et", "y", "и", "و", "of", "the", "de", "la", "du", "des", "et de"];

    /// <summary>The role of every row of both texts.</summary>
    public static (FinalRole[] Model, FinalRole[] National) Find(ComparisonInput input)
    {
        var phrases = Compile(input);
        return (Of(input.Model, phrases), Of(input.National, phrases));
    }

    private sealed record Compiled(List<(FinalRole Role, int[] Terms)> Heading, List<(FinalRole Role, int[] Terms)> Text, HashSet<int> Connectives);

    private static Compiled Compile(ComparisonInput input)
    {
        // phrases are looked up, never added: a term the texts do not have cannot match
        var terms = input.Vocabulary.Terms;
        var analyzer = TextAnalyzer.Default;
        var heading = new List<(FinalRole, int[])>();
        var text = new List<(FinalRole, int[])>();
        foreach (var (role, hs, ts) in Vocabulary)
        {
            foreach (var h in hs) if (Lookup(h) is { } ids) heading.Add((role, ids));
            foreach (var t in ts) if (Lookup(t) is { } ids) text.Add((role, ids));
        }
        var connectives = new HashSet<int>();
        foreach (var c in Connectives) if (Lookup(c) is { Length: 1 } ids) connectives.Add(ids[0]);
        return new Compiled(heading, text, connectives);

        int[]? Lookup(string phrase)
        {
            var words = analyzer.Terms(phrase);
            var ids = new int[words.Count];
            for (int i = 0; i < ids.Length; i++)
                if (!terms.TryGetId(words[i].AsSpan(), out ids[i])) return null;
            return ids.Length > 0 ? ids : null;
        }
    }

    private static FinalRole[] Of(UnitTable t, Compiled c)
    {
        var roles = new FinalRole[t.Count];
        for (int r = 0; r < t.Count; r++)
        {
            roles[r] = HeadingRole(t.HeadingTerms(r), c);
            if (roles[r] == FinalRole.None && t.OwnTerms(r).Length <= MaxTextTerms) roles[r] = TextRole(t.OwnTerms(r), c);
        }
        return roles;
    }

    /// <summary>The role whose phrases (with connectives between them) make up the whole heading; None when two roles mix.</summary>
    private static FinalRole HeadingRole(ReadOnlySpan<int> heading, Compiled c)
    {
        var role = FinalRole.None;
        int i = 0;
        while (i < heading.Length)
        {
            if (c.Connectives.Contains(heading[i])) { i++; continue; }
            int best = 0; var found = FinalRole.None;
            foreach (var (r, terms) in c.Heading)
                if (terms.Length > best && StartsWith(heading, i, terms)) { best = terms.Length; found = r; }
            if (found == FinalRole.None || (role != FinalRole.None && role != found)) return FinalRole.None;
            role = found;
            i += best;
        }
        return role;
    }

    private static FinalRole TextRole(ReadOnlySpan<int> own, Compiled c)
    {
        foreach (var (r, terms) in c.Text)
            if (own.IndexOf(terms) >= 0) return r;
        return FinalRole.None;
    }

    private static bool StartsWith(ReadOnlySpan<int> list, int at, int[] terms) =>
        at + terms.Length <= list.Length && list.Slice(at, terms.Length).SequenceEqual(terms);
}
