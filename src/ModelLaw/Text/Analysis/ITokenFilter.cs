namespace ModelLaw.Text.Analysis;

/// <summary>
/// One step of term normalisation, applied in place to the characters of one term (Lucene's TokenFilter habit, without
/// a string per token). The buffer holds the term in its first <c>length</c> characters and has room for twice as many.
/// </summary>
internal interface ITokenFilter
{
    /// <summary>Rewrites the term in <paramref name="buffer"/>[0..<paramref name="length"/>) and returns its new length (0 drops it).</summary>
    int Apply(Span<char> buffer, int length);
}
