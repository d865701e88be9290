namespace ModelLaw.Tests.Comparing.Randomized;

/// <summary>What a randomized case does to the model law's units; each draws from its own rate.</summary>
internal enum MutationKind
{
    /// <summary>The unit is left out of the national text (an omission).</summary>
    Drop,
    /// <summary>Two neighbouring units become one.</summary>
    Merge,
    /// <summary>One unit becomes two or three, the later pieces placed far away.</summary>
    Split,
    /// <summary>The unit is moved far from its place.</summary>
    Move,
    /// <summary>Synonyms, reordered sentences and inserted clauses.</summary>
    Reword,
    /// <summary>A paragraph leaves its unit for another one far away.</summary>
    Borrow,
    /// <summary>Only the numbering changes (sequential with an offset).</summary>
    Renumber,
    /// <summary>New units from an unrelated law of the same language.</summary>
    Insert,
}

/// <summary>How the national units are numbered.</summary>
internal enum NumberingScheme
{
    /// <summary>Units keep their model numbers; moved, split-off and new units get inserted numbers (5a, 5 bis, 3520A, 4.1).</summary>
    Insertions,
    /// <summary>Units are numbered in order from the model's first number plus an offset.</summary>
    Sequential,
}

/// <summary>How strongly a reworded provision is rewritten.</summary>
/// <param name="WordSubstitution">Share of words replaced (synonym where the table has one, else a word of the same law).</param>
/// <param name="SentenceReorder">Chance that a text of two sentences or more has two of them swapped.</param>
/// <param name="InsertedClause">Chance that a text gets a drafting clause inserted.</param>
internal sealed record RewordRates(double WordSubstitution, double SentenceReorder, double InsertedClause)
{
    /// <summary>A national adaptation's usual rewording: one word in five, half the texts reordered or extended.</summary>
    public static RewordRates Usual { get; } = new(0.20, 0.5, 0.5);
}

/// <summary>
/// The rates of one family of randomized cases: the chance per unit of each operation, the numbering and how hard
/// reworded texts are rewritten. <see cref="Mixed"/> is the target of issue 17; <see cref="Only"/> isolates one kind.
/// </summary>
internal sealed record MutationProfile(
    string Name, double Drop, double Merge, double Split, double Move, double Reword, double Borrow, double Insert,
    NumberingScheme? Numbering, int MinOffset, int MaxOffset, RewordRates Rates)
{
    /// <summary>Every operation at once, numbering drawn by seed: what a national adaptation does to a model law.</summary>
    public static MutationProfile Mixed { get; } = new("mixed", 0.06, 0.05, 0.06, 0.05, 0.30, 0.04, 0.05, null, 0, 3, RewordRates.Usual);

    /// <summary>The mixed profile with two words in five replaced: how far the aligner holds when the rewording is heavy (probe only).</summary>
    public static MutationProfile MixedHeavy { get; } = Mixed with { Name = "mixed-heavy", Rates = RewordRates.Usual with { WordSubstitution = 0.40 } };

    /// <summary>Nothing changes but the container: the ground truth is the identity (a check on the generator and the metric).</summary>
    public static MutationProfile Identity { get; } = new("identity", 0, 0, 0, 0, 0, 0, 0, NumberingScheme.Insertions, 0, 0, RewordRates.Usual);

    /// <summary>One kind of operation alone, at a rate high enough to be seen in a law of forty units.</summary>
    public static MutationProfile Only(MutationKind kind) => kind switch
    {
        MutationKind.Drop => Identity with { Name = "drop", Drop = 0.15 },
        MutationKind.Merge => Identity with { Name = "merge", Merge = 0.12 },
        MutationKind.Split => Identity with { Name = "split", Split = 0.12 },
        MutationKind.Move => Identity with { Name = "move", Move = 0.12 },
        MutationKind.Reword => Identity with { Name = "reword", Reword = 0.6 },
        MutationKind.Borrow => Identity with { Name = "borrow", Borrow = 0.12 },
        MutationKind.Renumber => Identity with { Name = "renumber", Numbering = NumberingScheme.Sequential, MinOffset = 1, MaxOffset = 5 },
        MutationKind.Insert => Identity with { Name = "insert", Insert = 0.12 },
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The single-kind profiles, then the mixed one.</summary>
    public static IReadOnlyList<MutationProfile> All { get; } =
        [.. Enum.GetValues<MutationKind>().Select(Only), Mixed];

    /// <summary>The profile of this name (identity, mixed, or an operation kind in lower case).</summary>
    public static MutationProfile Named(string name) =>
        name == Identity.Name ? Identity : name == MixedHeavy.Name ? MixedHeavy : All.FirstOrDefault(p => p.Name == name)
            ?? throw new ArgumentException($"no mutation profile '{name}' (identity, {string.Join(", ", All.Select(p => p.Name))})", nameof(name));
}
