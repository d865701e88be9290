using System.Globalization;
using ModelLaw.Documents;
using ModelLaw.Workflows.Evaluation;

namespace ModelLaw.Tests.Comparing.Randomized;

/// <summary>
/// Numbers the national units and renumbers the children of the units whose children changed. Under
/// <see cref="NumberingScheme.Insertions"/> a unit in its place keeps its model number and the others get the
/// insertion style of the law's tradition (5a, 5 bis, 3520A, 4.1); under <see cref="NumberingScheme.Sequential"/>
/// units count on from the model's first number plus an offset. Every national unit key is made unique.
/// </summary>
internal static class UnitNumbering
{
    private static readonly string[] LatinSuffixes = ["bis", "ter", "quater", "quinquies", "sexies", "septies", "octies", "novies", "decies"];
    private const string CyrillicLetters = "абвгдежзиклмнопрстуфхцчшщэюя";

    /// <summary>True when the law's numbering has an insertion style the generator can write (not Chinese or Arabic numerals).</summary>
    public static bool HasInsertionStyle(string language) => language is not ("zh" or "ar");

    /// <summary>Numbers every unit of <paramref name="drafts"/>.</summary>
    public static void NumberUnits(List<UnitDraft> drafts, NumberingScheme scheme, int offset, string language, int first)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        string? anchor = null;
        int inserted = 0;
        for (int i = 0; i < drafts.Count; i++)
        {
            var d = drafts[i];
            if (scheme == NumberingScheme.Sequential)
            {
                Assign(d, (first + offset + i).ToString(CultureInfo.InvariantCulture), language, used);
                continue;
            }
            if (d.InPlace && d.Source?.Number is { } own && TryAssign(d, own.Value, language, used, keepWritten: true))
            {
                anchor = own.Value;
                inserted = 0;
                continue;
            }
            // an insertion number after the last unit that kept its own: the next free one in the law's style, then
            // plain letters after the anchor's digits when that style does not read back ("10b" + "a")
            for (int attempt = 1; !TryAssign(d, Candidate(anchor ?? "0", ++inserted, attempt, d.Unit.Kind, language, first), language, used, keepWritten: false); attempt++)
                if (attempt > 200) throw new InvalidOperationException($"generator error: no insertion number after {anchor}");
        }
    }

    private static string Candidate(string anchor, int k, int attempt, ProvisionKind kind, string language, int first) =>
        attempt <= 26 ? Inserted(anchor, k, kind, language, first) : new string(anchor.TakeWhile(char.IsAsciiDigit).ToArray()) + Letters(attempt - 26);

    private static string Inserted(string anchor, int k, ProvisionKind kind, string language, int first) =>
        kind == ProvisionKind.ActSection
            ? first >= 1000 ? anchor + Letters(k).ToUpperInvariant() : anchor + "." + k.ToString(CultureInfo.InvariantCulture)
            : language switch
            {
                "fr" or "es" => anchor + " " + (k <= LatinSuffixes.Length ? LatinSuffixes[k - 1] : Letters(k)),
                "ru" => anchor + "." + k.ToString(CultureInfo.InvariantCulture),
                _ => anchor + Letters(k),
            };

    private static void Assign(UnitDraft d, string value, string language, HashSet<string> used)
    {
        if (!TryAssign(d, value, language, used, keepWritten: false))
            throw new InvalidOperationException($"generator error: national number {value} is taken twice");
    }

    private static bool TryAssign(UnitDraft d, string value, string language, HashSet<string> used, bool keepWritten)
    {
        var number = keepWritten && d.Source?.Number is { } own ? own : Renumbered(d.Unit.Number ?? d.Source?.Number, value, language, d.Unit.Kind);
        var key = KeyOf(d.Unit.Kind, number);
        if (key is null || !GroundTruth.KeysBack(GroundTruth.Format(key), key) || !used.Add(key.Article)) return false;
        d.Unit.Number = number;
        return true;
    }

    /// <summary>The article key a unit of this kind and number gets in the evaluation (null when it has none).</summary>
    public static CitationKey? KeyOf(ProvisionKind kind, ProvisionNumber number) =>
        CitationKey.Of([new ProvisionBuilder(kind) { Number = number }.Build()]) is { Article.Length: > 4 } k ? k : null;

    /// <summary>Renumbers the numbered children of a unit whose children changed: 1, 2, 3 / a, b, c in the first child's style.</summary>
    public static void NumberChildren(UnitDraft d)
    {
        if (!d.ChildrenChanged) return;
        foreach (var group in d.Unit.Children.Where(c => c.Number is not null || c.Kind == StructureMutations.ParagraphKindOf(d.Unit.Kind))
                     .GroupBy(c => c.Kind))
        {
            var style = group.FirstOrDefault(c => c.Number is not null)?.Number?.Value ?? "1";
            int k = 0;
            foreach (var c in group)
            {
                var value = InStyle(style, ++k);
                c.Number = c.Number is null
                    ? new ProvisionNumber(d.Unit.Kind == ProvisionKind.ActSection ? $"({value})" : value + ".", value, k)
                    : Renumbered(c.Number, value, "", c.Kind) with { Ordinal = k };
            }
        }
    }

    private static string InStyle(string style, int k)
    {
        if (style.Length > 0 && CyrillicLetters.Contains(style[0]) && style.Length == 1)
            return k <= CyrillicLetters.Length ? CyrillicLetters[k - 1].ToString() : k.ToString(CultureInfo.InvariantCulture);
        if (style.Length == 1 && char.IsAsciiLetterLower(style[0])) return Letters(k);
        if (style.Length == 1 && char.IsAsciiLetterUpper(style[0])) return Letters(k).ToUpperInvariant();
        return k.ToString(CultureInfo.InvariantCulture);
    }

    private static string Letters(int k) => k <= 26 ? ((char)('a' + k - 1)).ToString() : Letters((k - 1) / 26) + (char)('a' + (k - 1) % 26);

    /// <summary>The number written as before with the new value in the old one's place ("Article 5" → "Article 7", "(2)" → "(1)").</summary>
    private static ProvisionNumber Renumbered(ProvisionNumber? old, string value, string language, ProvisionKind kind)
    {
        var compact = value.Replace(" ", "", StringComparison.Ordinal);
        int? ordinal = int.TryParse(new string(value.TakeWhile(char.IsAsciiDigit).ToArray()), CultureInfo.InvariantCulture, out var n) ? n : null;
        var written = old?.Written ?? "";
        int at = old is null || old.Value.Length == 0 ? -1 : written.LastIndexOf(old.Value, StringComparison.OrdinalIgnoreCase);
        if (at >= 0) written = written[..at] + value + written[(at + old!.Value.Length)..];
        else if (written.StartsWith('第') && written.EndsWith('条')) written = "第" + value + "条";
        else written = (written.Split(' ', 2)[0] is { Length: > 0 } label && !label.Any(char.IsDigit) ? label + " " : "") + value;
        return new ProvisionNumber(written, compact.ToLowerInvariant(), ordinal);
    }
}
