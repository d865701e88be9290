using System.Collections.Immutable;

namespace ModelLaw.Text;

/// <summary>
/// The one list of the Latin words that number an inserted provision ("Article 10 bis", "article 5 ter"), for every
/// reader, citation parser and renumberer: "bis" is the first insertion after 10 (eId art_10a), "ter" the second. The
/// ninth is written both "nonies" and "novies", as in French and EU texts.
/// </summary>
internal static class LatinInsertions
{
    /// <summary>The words in order: index 0 is the first insertion ("bis").</summary>
    public static ImmutableArray<string> Words { get; } =
        ["bis", "ter", "quater", "quinquies", "sexies", "septies", "octies", "nonies", "decies"];

    private static readonly ImmutableDictionary<string, int> Ordinals = Words.Select((w, i) => (w, i + 1))
        .Append(("novies", 8)).ToImmutableDictionary(x => x.Item1, x => x.Item2, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every spelling with its place (bis → 1, ter → 2, nonies and novies → 8), for vocabularies.</summary>
    public static ImmutableDictionary<string, int> All => Ordinals;

    /// <summary>A regular-expression alternation of every spelling ("bis|ter|…").</summary>
    public static string Pattern { get; } = string.Join('|', Ordinals.Keys.OrderByDescending(k => k.Length));

    /// <summary>The place of an insertion word in either case (bis → 1), or null when the word is not one.</summary>
    public static int? Ordinal(string word) => Ordinals.TryGetValue(word, out var n) ? n : null;

    /// <summary>The letter an insertion becomes in a normalised number: bis → 'a', ter → 'b'.</summary>
    public static char Letter(int ordinal) => (char)('a' + ordinal - 1);
}
