namespace ModelLaw.Text.Analysis.Filters;

/// <summary>
/// Arabic letters folded for matching (Lucene's ArabicNormalizationFilter): tatweel and diacritics dropped, alef forms
/// (أ إ آ ٱ) to bare alef, ta marbuta to ha, alef maqsura to ya (see <see cref="ArabicText.FoldLetter"/>).
/// </summary>
internal sealed class ArabicNormalization : ITokenFilter
{
    /// <summary>The shared instance (stateless).</summary>
    public static ArabicNormalization Instance { get; } = new();

    /// <inheritdoc />
    public int Apply(Span<char> buffer, int length)
    {
        int w = 0;
        for (int r = 0; r < length; r++)
        {
            char c = buffer[r];
            if (c is >= '\u0600' and <= '\u06FF')
            {
                c = ArabicText.FoldLetter(c);
                if (c == '\0') continue;
            }
            buffer[w++] = c;
        }
        return w;
    }
}
