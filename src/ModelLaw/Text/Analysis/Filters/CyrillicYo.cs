namespace ModelLaw.Text.Analysis.Filters;

/// <summary>Russian "ё" written as "е" (both spellings are correct and legal texts mix them). Expects lower case.</summary>
internal sealed class CyrillicYo : ITokenFilter
{
    /// <summary>The shared instance (stateless).</summary>
    public static CyrillicYo Instance { get; } = new();

    /// <inheritdoc />
    public int Apply(Span<char> buffer, int length)
    {
        for (int i = 0; i < length; i++) if (buffer[i] == 'ё') buffer[i] = 'е';
        return length;
    }
}
