using ModelLaw.Comparing;
using ModelLaw.Documents;

namespace ModelLaw.Drafting.Amendments;

/// <summary>Options of the amendment generator.</summary>
public sealed record AmendmentOptions
{
    /// <summary>Language of the wording; null to use the language of the text amended.</summary>
    public string? Language { get; init; }
    /// <summary>Most word replacements in one provision's own text before that text is replaced whole instead (default 4).</summary>
    public int MaxWordEditsPerProvision { get; init; } = 4;
    /// <summary>Largest share of a provision's words that may change before it is replaced whole instead (default 0.5).</summary>
    public double MaxChangedShare { get; init; } = 0.5;
    /// <summary>Whether words replaced the same way all over the text become one "throughout the text" instruction (default true).</summary>
    public bool ReplaceThroughout { get; init; } = true;
    /// <summary>The defaults.</summary>
    public static AmendmentOptions Default { get; } = new();
}

/// <summary>
/// Expresses the difference between two versions of a text (model → national, or old → new draft) as an amending act
/// in the drafting style of en, fr or ru: word replacements in the provision that changed, renumbering (in runs),
/// moves, insertions after the provision they follow, deletions where the provision stood, and instructions on the
/// whole text for a word replaced everywhere or numbers written in a new form. Nothing is said of a provision that did
/// not change. The act is exact: applying it with <see cref="AmendmentApplier"/> to the old text gives the new one,
/// whatever the quality of the alignment (the generator words each instruction against the text as the earlier ones
/// left it, using the applier's own code). Stateless and thread-safe.
/// </summary>
public sealed class AmendmentGenerator
{
    /// <summary>Generates the amending act turning the comparison's model into its national text; its links (moves included) pair the articles.</summary>
    public AmendingAct Generate(Comparison comparison, AmendmentOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var links = comparison.AllLinks()
            .Where(l => l.Relation is not (AlignmentRelation.Omitted or AlignmentRelation.Added) && l.Model.Length > 0 && l.National.Length > 0)
            .SelectMany(l => l.Model.Length == 1 || l.National.Length == 1
                ? l.Model.SelectMany(m => l.National.Select(n => (m.EId, n.EId)))
                : [(l.Model[0].EId, l.National[0].EId)])
            .ToList();
        return Generate(comparison.Model, comparison.National, links, options, cancellationToken);
    }

    /// <summary>Generates the amending act turning <paramref name="oldText"/> into <paramref name="newText"/>, pairing provisions by their words.</summary>
    public AmendingAct Generate(LegalDocument oldText, LegalDocument newText, AmendmentOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(oldText);
        ArgumentNullException.ThrowIfNull(newText);
        return Generate(oldText, newText, [], options, cancellationToken);
    }

    private static AmendingAct Generate(LegalDocument oldText, LegalDocument newText, IReadOnlyList<(string Old, string New)> links,
        AmendmentOptions? options, CancellationToken ct)
    {
        options ??= AmendmentOptions.Default;
        var language = options.Language ?? oldText.Language;
        var state = new AmendedText(oldText.Root);
        var emit = new InstructionEmitter(state, AmendmentWording.For(language));
        var act = new AmendingAct
        {
            Language = language, AmendedTitle = oldText.Title, AmendedTextHash = AmendingAct.HashOf(oldText), Instructions = [],
        };
        if (!UnitSequence.RoundTrips(newText.Root))
            throw new UnsupportedOperationException(
                "the new text nests its provisions in a way an amending act cannot reach (an article after a division that does not contain it)");
        if (oldText.Root.Equals(newText.Root)) return act;

        var oldUnits = UnitSequence.Flatten(oldText.Root);
        var newUnits = UnitSequence.Flatten(newText.Root);
        var match = UnitMatcher.Units(oldUnits, newUnits, links);
        var oldNodes = state.Units.ToList();

        WholeTextEdits(emit, match.Where(kv => !oldUnits[kv.Key].IsHeader).Select(kv => (oldUnits[kv.Key].Provision, newUnits[kv.Value].Provision)),
            match.Where(kv => oldUnits[kv.Key].IsHeader).Select(kv => (oldUnits[kv.Key].Provision, newUnits[kv.Value].Provision)), options, ct);

        new ActPlanner(emit, options, ct).ProcessList(null, oldNodes, newUnits.Select(u => (u.Provision, u.IsHeader)).ToList(), match);

        if (!state.Build().Equals(newText.Root))
            throw new ModelLawException("internal error: the amending act generated does not give the new text; please report it with both texts");
        return act with { Instructions = [.. emit.Instructions] };
    }

    /// <summary>Instructions on the whole text first: numbers written in a new form, then words replaced everywhere.</summary>
    private static void WholeTextEdits(InstructionEmitter emit, IEnumerable<(Provision Old, Provision New)> articles,
        IEnumerable<(Provision Old, Provision New)> headings, AmendmentOptions options, CancellationToken ct)
    {
        var pairs = GlobalEditFinder.Pairs(articles);
        pairs.AddRange(headings);
        foreach (var (level, from, to, oldExample, newExample) in GlobalEditFinder.Relabels(pairs))
            emit.Relabel(level, from, to, oldExample, newExample);
        if (!options.ReplaceThroughout) return;
        var texts = new List<(string Old, string New)>();
        foreach (var (o, n) in pairs)
        {
            texts.Add((o.Content, n.Content));
            if (o.Heading is not null || n.Heading is not null) texts.Add((o.Heading ?? "", n.Heading ?? ""));
        }
        foreach (var (o, n) in GlobalEditFinder.Replacements(texts, ct)) emit.Throughout(o, n);
    }
}
