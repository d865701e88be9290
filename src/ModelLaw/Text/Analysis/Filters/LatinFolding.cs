using System.Text;

namespace ModelLaw.Text.Analysis.Filters;

/// <summary>
/// Accents folded on Latin letters only (French "réglementé" = "reglemente", Spanish "protección" = "proteccion");
/// ligatures opened (œ → oe, æ → ae) and ß → ss. Cyrillic "й" keeps its breve, Arabic keeps its letters. Expects lower case.
/// </summary>
internal sealed class LatinFolding : ITokenFilter
{
    /// <summary>The shared instance (stateless).</summary>
    public static LatinFolding Instance { get; } = new();

    private const char First = '\u00C0', Last = '\u024F';

    // Latin-1 Supplement and Latin Extended-A/B folded to their base letters, computed once (immutable after start-up)
    private static readonly char[] Fold = BuildFold();

    /// <inheritdoc />
    public int Apply(Span<char> buffer, int length)
    {
        int extra = 0;
        for (int i = 0; i < length; i++)
        {
            char c = buffer[i];
            if (c < First || c > Last) continue;
            if (c is 'œ' or 'æ' or 'ß') extra++;
            else buffer[i] = Fold[c - First];
        }
        if (extra == 0) return length;
        // the ligatures widen the term: rewrite it from the end (the buffer has room for twice the length)
        int w = length + extra;
        for (int r = length - 1; r >= 0; r--)
        {
            var (a, b) = buffer[r] switch { 'œ' => ('o', 'e'), 'æ' => ('a', 'e'), 'ß' => ('s', 's'), var c => (c, '\0') };
            if (b != '\0') { buffer[--w] = b; buffer[--w] = a; }
            else buffer[--w] = a;
        }
        return length + extra;
    }

    private static char[] BuildFold()
    {
        var table = new char[Last - First + 1];
        for (int i = 0; i < table.Length; i++)
        {
            var c = (char)(First + i);
            var d = c.ToString().Normalize(NormalizationForm.FormD);
            table[i] = d.Length > 0 && d[0] < 0x80 ? char.ToLowerInvariant(d[0]) : c;
        }
        return table;
    }
}
