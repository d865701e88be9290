using System.Buffers;
using System.Collections.Immutable;
using ModelLaw.Text.Analysis.Filters;

namespace ModelLaw.Text.Analysis;

/// <summary>
/// The tokenizer and a chain of in-place filters: text → tokens (<see cref="LegalTokenizer"/>) → terms interned in a
/// <see cref="TermTable"/>. A word, number or reference token gives one term per run of letters and digits ("5(2)(a)"
/// gives 5, 2, a; "sub-paragraph" gives sub, paragraph), combining marks and format characters dropped inside it;
/// a run of Han characters gives its overlapping bigrams ("数据安全" → 数据, 据安, 安全; one character stays itself),
/// since Chinese has no spaces between words. Immutable and thread-safe (the term table is the caller's).
/// </summary>
internal sealed class TextAnalyzer
{
    /// <summary>
    /// Case and digit folding, Latin accents, Cyrillic ё, Arabic normalisation and light stem. Each filter touches only
    /// its own script, so one chain serves every language, and mixed texts (a French law quoting an Arabic name) too.
    /// </summary>
    public static TextAnalyzer Default { get; } = new([
        CaseAndDigitFolding.Instance, LatinFolding.Instance, CyrillicYo.Instance, ArabicNormalization.Instance, ArabicLightStem.Instance,
    ]);

    private readonly ImmutableArray<ITokenFilter> _filters;

    /// <summary>Creates an analyzer over a chain of filters, applied in order.</summary>
    public TextAnalyzer(IEnumerable<ITokenFilter> filters) => _filters = [.. filters];

    /// <summary>The analyzer for a language code ("en", "fr-FR", "ar"); every language shares the default chain today.</summary>
    public static TextAnalyzer For(string? language) => Default;

    /// <summary>
    /// Appends the term ids of <paramref name="text"/> to <paramref name="termIds"/>, interning new terms in
    /// <paramref name="terms"/>; when <paramref name="tokens"/> is given, the tokens are appended to it too, and when
    /// <paramref name="termStarts"/> is given, the offset in the text where each term begins.
    /// </summary>
    public void Analyze(ReadOnlySpan<char> text, TermTable terms, List<int> termIds, List<Token>? tokens = null, List<int>? termStarts = null)
    {
        if (text.IsEmpty) return;
        var buffer = ArrayPool<char>.Shared.Rent(64);
        try
        {
            int hanStart = -1, hanEnd = -1;
            int i = 0;
            while (i < text.Length)
            {
                int end = LegalTokenizer.Next(text, i, out var kind);
                tokens?.Add(new Token(i, end - i, kind));
                if (kind == TokenKind.Han)
                {
                    if (hanEnd != i) { FlushHan(text, hanStart, hanEnd, terms, termIds, termStarts); hanStart = i; }
                    hanEnd = end;
                }
                else if (kind is TokenKind.Word or TokenKind.Number or TokenKind.Reference)
                {
                    FlushHan(text, hanStart, hanEnd, terms, termIds, termStarts);
                    hanStart = hanEnd = -1;
                    SubTerms(text[i..end], i, ref buffer, terms, termIds, termStarts);
                }
                i = end;
            }
            FlushHan(text, hanStart, hanEnd, terms, termIds, termStarts);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>The terms of <paramref name="text"/> as strings (for tests and diagnostics; the stages use ids).</summary>
    public List<string> Terms(string? text)
    {
        var table = new TermTable(16);
        var ids = new List<int>();
        Analyze(text.AsSpan(), table, ids);
        return ids.ConvertAll(id => table[id]);
    }

    /// <summary>One term per run of letters and digits inside the token; combining marks and format characters are skipped.</summary>
    private void SubTerms(ReadOnlySpan<char> token, int offset, ref char[] buffer, TermTable terms, List<int> termIds, List<int>? termStarts)
    {
        if (buffer.Length < 2 * token.Length)
        {
            ArrayPool<char>.Shared.Return(buffer);
            buffer = ArrayPool<char>.Shared.Rent(2 * token.Length);
        }
        int n = 0, start = 0;
        for (int k = 0; k < token.Length; k++)
        {
            char c = token[k];
            if (char.IsLetterOrDigit(c)) { if (n == 0) start = k; buffer[n++] = c; continue; }
            if (IsDroppedMark(c)) continue;
            if (Emit(buffer, n, terms, termIds)) termStarts?.Add(offset + start);
            n = 0;
        }
        if (Emit(buffer, n, terms, termIds)) termStarts?.Add(offset + start);
    }

    /// <summary>Non-spacing marks and format characters vanish inside a word; spacing marks end it.</summary>
    private static bool IsDroppedMark(char c) => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c)
        is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.Format;

    private bool Emit(char[] buffer, int length, TermTable terms, List<int> termIds)
    {
        if (length == 0) return false;
        var span = buffer.AsSpan();
        foreach (var f in _filters)
        {
            length = f.Apply(span, length);
            if (length == 0) return false;
        }
        termIds.Add(terms.Intern(span[..length]));
        return true;
    }

    private static void FlushHan(ReadOnlySpan<char> text, int start, int end, TermTable terms, List<int> termIds, List<int>? termStarts)
    {
        if (start < 0) return;
        if (end - start == 1)
        {
            termIds.Add(terms.Intern(text.Slice(start, 1)));
            termStarts?.Add(start);
            return;
        }
        for (int k = start; k + 1 < end; k++)
        {
            termIds.Add(terms.Intern(text.Slice(k, 2)));
            termStarts?.Add(k);
        }
    }
}
