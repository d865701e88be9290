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
    public bool TryMatch(string line, LanguageProfile profile, out HeadingMatch? match)
    {
        match = null;
        var s = line;
        bool boe = false;
        foreach (var markup in new[] { "[encabezado]", "[precepto]" })
            if (s.StartsWith(markup, StringComparison.Ordinal)) { s = s[markup.Length..].TrimStart(); boe = true; }

        // a group heading alone on its line: "DISPOSICIONES TRANSITORIAS"
        foreach (var (prefix, value) in Groups)
            if (string.Equals(s.TrimEnd('.'), prefix, StringComparison.Ordinal))
            {
                match = new HeadingMatch(ProvisionKind.Part, s.TrimEnd('.'), value, null, null, Body: "");
                return true;
            }

        // one disposition: "Primera." (BOE) or "Disposición adicional primera. Heading."
        if (boe && TryOrdinalWord(s.TrimEnd('.'), profile, out var n) && s.EndsWith('.'))
        {
            match = new HeadingMatch(ProvisionKind.Section, s.TrimEnd('.'), n.ToString(CultureInfo.InvariantCulture), n, null, Body: "");
            return true;
        }
        if (s.StartsWith("Disposición ", StringComparison.Ordinal))
        {
            var parts = s.Split(' ', 4, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length >= 3 && parts[1] is "adicional" or "transitoria" or "derogatoria" or "final"
                && TryOrdinalWord(parts[2].TrimEnd('.'), profile, out var d) && parts[2].EndsWith('.'))
            {
                var written = string.Join(' ', parts.Take(3)).TrimEnd('.');
                var heading = parts.Length > 3 ? parts[3].Trim() : null;
                match = new HeadingMatch(ProvisionKind.Section, written, d.ToString(CultureInfo.InvariantCulture), d, heading);
                return true;
            }
        }
        if (boe) return false;

        // "Artículo 1.º Objeto.", "SECCIÓN 1.ª", "Capítulo 2.º"
        int sp = s.IndexOf(' ');
        if (sp <= 0) return false;
        if (!profile.HeadingKeywords.TryGetValue(s[..sp], out var kind)) return false;
        int numStart = sp + 1;
        int i = numStart;
        while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        if (i == numStart || i - numStart > 4 || i >= s.Length || s[i] != '.') return false;
        var number = int.Parse(s.AsSpan(numStart, i - numStart), NumberStyles.None, CultureInfo.InvariantCulture);
        int end;
        string label;
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
        string? head = rest.Length == 0 ? null : rest;
        match = new HeadingMatch(kind, label, number.ToString(CultureInfo.InvariantCulture), number, head);
        return true;
    }

    private static bool TryOrdinalWord(string word, LanguageProfile profile, out int value)
    {
        value = 0;
        return word.Length > 0 && char.IsUpper(word[0]) == char.IsUpper(word[0]) && profile.OrdinalWords.TryGetValue(word, out value) && value > 0;
    }
}
