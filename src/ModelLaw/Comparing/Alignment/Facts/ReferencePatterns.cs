using System.Text.RegularExpressions;

namespace ModelLaw.Comparing.Alignment.Facts;

/// <summary>Compiled explicit-reference patterns.</summary>
internal sealed class ReferencePatterns
{
    // the default patterns compiled once: building a non-backtracking regex costs milliseconds, more than a small compare
    private static readonly Lazy<ReferencePatterns> DefaultPatterns = new(() => new ReferencePatterns(CompareOptions.Default.ExplicitReferencePatterns));

    /// <summary>The compiled patterns of <paramref name="patterns"/>; the defaults are compiled once and shared (regexes are thread-safe).</summary>
    public static ReferencePatterns For(System.Collections.Immutable.ImmutableArray<string> patterns) =>
        !patterns.IsDefault && patterns.SequenceEqual(CompareOptions.Default.ExplicitReferencePatterns)
            ? DefaultPatterns.Value
            : new ReferencePatterns(patterns);

    public ReferencePatterns(IEnumerable<string> patterns)
    {
        Regexes = patterns
            // the non-backtracking engine matches in time linear in the input whatever the pattern, so no timeout is needed;
            // a wall-clock timeout only made busy servers fail: a thread descheduled for a second under load timed out
            .Select(p => new Regex(p, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking,
                Regex.InfiniteMatchTimeout))
            .ToArray();
    }

    public Regex[] Regexes { get; }
}
