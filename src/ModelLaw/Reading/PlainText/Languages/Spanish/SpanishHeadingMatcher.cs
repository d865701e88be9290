using System.Globalization;
using ModelLaw.Documents;

namespace ModelLaw.Reading.PlainText.Languages.Spanish;

/// <summary>
/// Spanish heading forms the keyword rule cannot read: numbers with an ordinal indicator ("Artículo 1.º Objeto.",
/// "SECCIÓN 1.ª"), numbers closed by a full stop with the heading's own full stop dropped ("Artículo 12. Objeto." →
/// heading "Objeto"), and the final provisions. A group heading ("DISPOSICIONES ADICIONALES", also with the BOE prefix
/// "[encabezado]") is a part; each disposition ("[precepto]Primera.", "Disposición adicional primera. Heading.") a
/// section of it, numbered by its ordinal. Stateless and thread-safe.
/// </summary>
public sealed class SpanishHeadingMatcher : IHeadingMatcher
{
    /// <summary>The shared instance.</summary>
    public static SpanishHeadingMatcher Instance { get; } = new();

    private static readonly (string Prefix, string Value)[] Groups =
    [
        ("DISPOSICIONES ADICIONALES", "adicionales"), ("DISPOSICIÓN ADICIONAL", "adicionales"),
        ("DISPOSICIONES TRANSITORIAS", "transitorias"), ("DISPOSICIÓN TRANSITORIA", "transitorias"),
        ("DISPOSICIONES DEROGATORIAS", "derogatorias"), ("DISPOSICIÓN DEROGATORIA", "derogatorias"),
        ("DISPOSICIONES FINALES", "finales"), ("DISPOSICIÓN FINAL", "finales"),
    ];

    /// <inheritdoc />
    public bool TryMatch(string line, LanguageProfile profile, out HeadingMatch? match) => TryMatch(line.AsSpan(), profile, out match);

    /// <inheritdoc />
    public bool TryMatch(ReadOnlySpan<char> line, LanguageProfile profile, out HeadingMatch? match)
    {
        match = null;
        var s = line;
        bool boe = false;
        foreach (var markup in (ReadOnlySpan<string>)["[encabezado]", "[precepto]"])
            if (s.StartsWith(markup, StringComparison.Ordinal)) { s = s[markup.Length..].TrimStart(); boe = true; }

        // a group heading alone on its line: "DISPOSICIONES TRANSITORIAS"
        var bare = s.TrimEnd('.');
        foreach (var (prefix, value) in Groups)
            if (bare.SequenceEqual(prefix))
            {
                match = new HeadingMatch(ProvisionKind.Part, prefix, value, null, null, Body: "");
                return true;
            }

        // one disposition: "Primera." (BOE) or "Disposición adicional primera. Heading."
        if (boe && TryOrdinalWord(bare, profile, out var n) && s.EndsWith('.'))
        {
            match = new HeadingMatch(ProvisionKind.Section, bare.ToString(), n.ToString(CultureInfo.InvariantCulture), n, null, Body: "");
            return true;
        }
        if (s.StartsWith("Disposición ", StringComparison.Ordinal)) return TryDisposition(s.ToString(), profile, out match);
        if (boe) return false;
        return TryNumbered(s, profile, out match);
    }

    /// <summary>"Disposición adicional primera. Heading."</summary>
    private static bool TryDisposition(string s, LanguageProfile profile, out HeadingMatch? match)
    {
        match = null;
        var parts = s.Split(' ', 4, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length >= 3 && parts[1] is "adicional" or "transitoria" or "derogatoria" or "final"
            && TryOrdinalWord(parts[2].TrimEnd('.'), profile, out var d) && parts[2].EndsWith('.'))
        {
            var written = string.Join(' ', parts.Take(3)).TrimEnd('.');
            var heading = parts.Length > 3 ? parts[3].Trim() : null;
            match = new HeadingMatch(ProvisionKind.Section, written, d.ToString(CultureInfo.InvariantCulture), d, heading);
            return true;
        }
        return false;
    }

    /// <summary>"Artículo 1.º Objeto.", "SECCIÓN 1.ª", "Capítulo 2.º", "Artículo 12. Objeto."</summary>
    private static bool TryNumbered(ReadOnlySpan<char> s, LanguageProfile profile, out HeadingMatch? match)
    {
        match = null;
        int sp = s.IndexOf(' ');
        if (sp <= 0) return false;
        if (!HasKeywordOfLength(profile, sp) || !profile.HeadingKeywords.TryGetValue(s[..sp].ToString(), out var kind)) return false;
        int numStart = sp + 1;
        int i = numStart;
        while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        if (i == numStart || i - numStart > 4 || i >= s.Length || s[i] != '.') return false;
        var number = int.Parse(s.Slice(numStart, i - numStart), NumberStyles.None, CultureInfo.InvariantCulture);
        int end;
        ReadOnlySpan<char> label;
        if (i + 1 < s.Length && profile.OrdinalIndicators.Contains(s[i + 1]))
        {
            end = i + 2; // "Artículo 1.º", "SECCIÓN 1.ª"
            label = s[..end];
        }
        else
        {
            end = i + 1; // "Artículo 12. Heading." — the number as written without its full stop
            label = s[..i];
        }
        if (end < s.Length && !char.IsWhiteSpace(s[end])) return false;
        // Spanish headings close with a full stop ("Objeto."): the heading is kept without it
        var rest = s[end..].Trim().TrimEnd('.').TrimEnd();
        string? head = rest.Length == 0 ? null : rest.ToString();
        match = new HeadingMatch(kind, label.ToString(), number.ToString(CultureInfo.InvariantCulture), number, head);
        return true;
    }

    // most lines start with a word of no keyword's length: they are told apart without making the word a string
    private static bool HasKeywordOfLength(LanguageProfile profile, int length)
    {
        foreach (var k in profile.HeadingKeywords.Keys) if (k.Length == length) return true;
        return false;
    }

    private static bool TryOrdinalWord(ReadOnlySpan<char> word, LanguageProfile profile, out int value)
    {
        value = 0;
        return word.Length > 0 && profile.OrdinalWords.TryGetValue(word.ToString(), out value) && value > 0;
    }
}
