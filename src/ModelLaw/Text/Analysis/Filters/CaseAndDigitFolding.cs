using System.Globalization;

namespace ModelLaw.Text.Analysis.Filters;

/// <summary>Lower case (invariant), and decimal digits of any script (Arabic-Indic "١٢", Devanagari, full-width) to ASCII.</summary>
internal sealed class CaseAndDigitFolding : ITokenFilter
{
    /// <summary>The shared instance (stateless).</summary>
    public static CaseAndDigitFolding Instance { get; } = new();

    /// <inheritdoc />
    public int Apply(Span<char> buffer, int length)
    {
        for (int i = 0; i < length; i++)
        {
            char c = buffer[i];
            if (c < 0x80) { buffer[i] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c; continue; }
            if (char.IsDigit(c))
            {
                var v = CharUnicodeInfo.GetDecimalDigitValue(c);
                if (v >= 0) buffer[i] = (char)('0' + v);
                continue;
            }
            buffer[i] = char.ToLowerInvariant(c);
        }
        return length;
    }
}
