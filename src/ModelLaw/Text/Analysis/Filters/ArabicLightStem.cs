namespace ModelLaw.Text.Analysis.Filters;

/// <summary>
/// Light stemming of a folded Arabic word (after Larkey's light10, without the single-letter suffixes): the article
/// "ال" with a conjunction or preposition before it, and a few plural and pronoun endings. Words of other scripts pass.
/// </summary>
internal sealed class ArabicLightStem : ITokenFilter
{
    /// <summary>The shared instance (stateless).</summary>
    public static ArabicLightStem Instance { get; } = new();

    private static readonly string[] Prefixes = ["وال", "بال", "كال", "فال", "لل", "ال"];
    private static readonly string[] Suffixes = ["ات", "ون", "ين", "ان", "ها", "هم"];

    /// <inheritdoc />
    public int Apply(Span<char> buffer, int length)
    {
        if (length == 0 || buffer[0] is < '\u0621' or > '\u064A') return length;
        foreach (var p in Prefixes)
            if (length - p.Length >= 2 && buffer[..length].StartsWith(p, StringComparison.Ordinal))
            {
                buffer[p.Length..length].CopyTo(buffer);
                length -= p.Length;
                break;
            }
        foreach (var s in Suffixes)
            if (length - s.Length >= 3 && buffer[..length].EndsWith(s, StringComparison.Ordinal)) { length -= s.Length; break; }
        return length;
    }
}
