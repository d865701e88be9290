using System.Globalization;
using System.Text;
using UtfUnknown;

namespace ModelLaw.Reading.PlainText;

/// <summary>
/// Guesses the legacy encoding of text that is not UTF-8 (Windows-1251/1252, KOI8-R, ISO-8859-x, GB18030, ...).
/// UTF.Unknown (a port of Mozilla's universal charset detector, whose letter-frequency models tell KOI8-R from
/// Windows-1251) ranks the candidates; a candidate is taken only when it decodes every byte and the result reads as text:
/// no control characters, no word that mixes two alphabets, and for a CJK encoding a text that is mostly CJK.
/// Binary data and texts no candidate explains get no guess.
/// </summary>
internal static class EncodingDetector
{
    /// <summary>How much of the input the detector looks at; the decoding check covers every byte.</summary>
    private const int SampleBytes = 512 * 1024;

    /// <summary>Candidates below this confidence are not considered (UTF.Unknown's own floor).</summary>
    private const float MinimumConfidence = 0.2f;

    public sealed record Guess(Encoding Encoding, string Text, float Confidence);

    public static Guess? Detect(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes.Length > SampleBytes ? bytes[..SampleBytes].ToArray() : bytes.ToArray();
        var result = CharsetDetector.DetectFromBytes(sample);
        var seen = new HashSet<int>();
        foreach (var detail in result.Details.Where(d => d.Confidence >= MinimumConfidence).OrderByDescending(d => d.Confidence))
        {
            if (detail.EncodingName is not { } name || Superset(name) is not { } encoding || !seen.Add(encoding.CodePage)) continue;
            if (encoding.CodePage is 65001 or 1200 or 1201 or 12000 or 12001 or 20127) continue; // UTF-8 already failed; UTF-16/32 only with a BOM
            string text;
            try
            {
                text = encoding.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                continue;
            }
            if (ReadsAsText(text, IsCjk(encoding.CodePage))) return new Guess(encoding, text, detail.Confidence);
        }
        return null;
    }

    /// <summary>
    /// The encoding to decode with: as browsers do (WHATWG), ISO-8859-1 and ISO-8859-9 labels mean their Windows supersets,
    /// which decode the same letters and also the typographic quotes and dashes of 0x80–0x9F.
    /// </summary>
    private static Encoding? Superset(string name) => name.ToLowerInvariant() switch
    {
        "iso-8859-1" or "us-ascii" or "ascii" => TextEncodings.Strict(1252),
        "iso-8859-9" => TextEncodings.Strict(1254),
        "iso-8859-11" or "tis-620" => TextEncodings.Strict(874),
        var n => TextEncodings.TryResolve(n),
    };

    private static bool IsCjk(int codePage) => codePage is 54936 or 936 or 950 or 932 or 949 or 51932 or 51936 or 51949 or 20932 or 50220 or 52936;

    /// <summary>
    /// Whether decoded bytes read as text: only whitespace among the control characters; four in five characters beyond
    /// ASCII letters, digits or punctuation, and a space or line end at least every 400 characters (random bytes decode
    /// to symbols without spaces); at most a couple of words that mix two alphabets (a wrong single-byte guess puts
    /// Cyrillic letters into French words); for a CJK encoding, at least a fifth of the letters CJK (a wrong double-byte
    /// guess swallows Latin letters into ideographs).
    /// </summary>
    internal static bool ReadsAsText(string text, bool cjkEncoding)
    {
        int letters = 0, cjk = 0, words = 0, mixed = 0, nonAscii = 0, textual = 0, spaces = 0;
        Script wordScript = Script.None;
        bool wordMixed = false, wordNonAscii = false;
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f' or '\v')) return false;
            if (char.IsWhiteSpace(c)) spaces++;
            if (c > '\u007F')
            {
                nonAscii++;
                if (IsTextual(c)) textual++;
            }
            var script = ScriptOf(c);
            if (script == Script.None)
            {
                EndWord();
                continue;
            }
            letters++;
            if (script == Script.Cjk) cjk++;
            if (c > '\u007F') wordNonAscii = true;
            if (wordScript == Script.None) wordScript = script;
            else if (wordScript != script) wordMixed = true;
        }
        EndWord();
        if (cjkEncoding && cjk * 5 < letters) return false;
        // random bytes decode to symbols and run on without a space; text is letters and punctuation, with spaces or lines
        if (textual * 5 < nonAscii * 4 || (text.Length >= 200 && spaces * 400 < text.Length)) return false;
        return mixed <= Math.Max(2, words / 50);

        void EndWord()
        {
            if (wordScript != Script.None && wordNonAscii)
            {
                words++;
                if (wordMixed) mixed++;
            }
            wordScript = Script.None;
            wordMixed = wordNonAscii = false;
        }
    }

    private static bool IsTextual(char c) => char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter
            or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.SpaceSeparator or UnicodeCategory.DashPunctuation
            or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
            or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation or UnicodeCategory.Format => true,
        _ => c is '№' or '°' or '€' or '£' or '$' or '¥',
    };

    private enum Script { None, Latin, Cyrillic, Greek, Arabic, Hebrew, Cjk, Thai, Other }

    private static Script ScriptOf(char c)
    {
        if (!char.IsLetter(c)) return Script.None;
        return c switch
        {
            < '\u0250' => Script.Latin,
            >= '\u0370' and < '\u0400' => Script.Greek,
            >= '\u0400' and < '\u0530' => Script.Cyrillic,
            >= '\u0590' and < '\u0600' => Script.Hebrew,
            >= '\u0600' and < '\u0780' or >= '\uFB50' and < '\uFE00' or >= '\uFE70' and < '\uFF00' => Script.Arabic,
            >= '\u0E00' and < '\u0E80' => Script.Thai,
            >= '\u1E00' and < '\u1F00' => Script.Latin,
            >= '\u3040' and < '\u3100' or >= '\u3400' and < '\uA000' or >= '\uAC00' and < '\uD7B0' or >= '\uF900' and < '\uFB00' => Script.Cjk,
            >= '\uFF00' and < '\uFFF0' => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherLetter ? Script.Cjk : Script.Latin,
            _ => Script.Other,
        };
    }

    /// <summary>
    /// UTF-16 without a byte-order mark: a fifth or more of the bytes on one side of each pair are zero (the high bytes of
    /// Latin letters, digits, spaces and line ends) and almost none on the other side.
    /// </summary>
    public static bool LooksLikeUtf16(ReadOnlySpan<byte> bytes, out bool bigEndian)
    {
        bigEndian = false;
        var n = Math.Min(bytes.Length, 8192) & ~1;
        if (n < 8) return false;
        int evenZeros = 0, oddZeros = 0;
        for (int i = 0; i < n; i += 2)
        {
            if (bytes[i] == 0) evenZeros++;
            if (bytes[i + 1] == 0) oddZeros++;
        }
        int pairs = n / 2;
        if (oddZeros * 5 >= pairs && evenZeros * 50 <= pairs) return true;
        if (evenZeros * 5 >= pairs && oddZeros * 50 <= pairs)
        {
            bigEndian = true;
            return true;
        }
        return false;
    }
}
