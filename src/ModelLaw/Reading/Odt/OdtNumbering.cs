using System.Globalization;
using ModelLaw.Reading.Docx.Numbering;

namespace ModelLaw.Reading.Odt;

/// <summary>One numbered list as the reader counts it: a top-level text:list and the lists that continue it.</summary>
internal sealed class OdtList(string? style)
{
    public string? Style { get; } = style;
    public Dictionary<int, int> Counters { get; } = new();
}

/// <summary>
/// Counts OpenDocument list items and numbered headings and draws their labels as LibreOffice does: a list restarts
/// unless it continues an earlier one (text:continue-numbering, text:continue-list), an item's text:start-value sets
/// its number, an item at a level restarts every deeper level, and a label shows display-levels numbers joined by ".".
/// </summary>
internal sealed class OdtNumbering(OdtStyles styles)
{
    private readonly Dictionary<string, OdtList> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OdtList> _lastByStyle = new(StringComparer.Ordinal);
    private readonly OdtList _outline = new(null);

    /// <summary>Formats met that are drawn as decimal for want of a formatter.</summary>
    public SortedSet<string> UnsupportedFormats { get; } = new(StringComparer.Ordinal);

    /// <summary>The list a top-level text:list starts or continues.</summary>
    public OdtList Begin(string? style, string? id, bool continueNumbering, string? continueList)
    {
        OdtList? list = null;
        if (continueList is not null) _byId.TryGetValue(continueList, out list);
        if (list is null && continueNumbering && style is not null) _lastByStyle.TryGetValue(style, out list);
        list ??= new OdtList(style);
        if (id is not null) _byId[id] = list;
        if (style is not null) _lastByStyle[style] = list;
        return list;
    }

    /// <summary>The label of the next item at <paramref name="level"/> (1-based), or null when the level draws none.</summary>
    public string? Next(OdtList list, string? style, int level, int? startValue, out string followedBy) =>
        Label(list, l => styles.ListLevel(style ?? list.Style, l), level, startValue, out followedBy);

    /// <summary>The label of the next heading at outline <paramref name="level"/>, or null when the outline style numbers none.</summary>
    public string? NextHeading(int level, out string followedBy) => Label(_outline, styles.OutlineLevel, level, null, out followedBy);

    private string? Label(OdtList list, Func<int, OdtListLevel?> levelOf, int level, int? startValue, out string followedBy)
    {
        var def = levelOf(level);
        followedBy = def?.FollowedBy ?? "space";
        foreach (var deeper in list.Counters.Keys.Where(k => k > level).ToList()) list.Counters.Remove(deeper);
        list.Counters[level] = startValue ?? (list.Counters.TryGetValue(level, out var n) ? n + 1 : def?.Start ?? 1);
        if (def is null) return null;
        if (def.Format is null) return def.Bullet is { Length: > 0 } b ? def.Prefix + b + def.Suffix : null;
        if (def.Format.Length == 0 && def.Prefix.Length == 0 && def.Suffix.Length == 0) return null;
        var numbers = new List<string>();
        for (int l = Math.Max(1, level - Math.Max(1, def.DisplayLevels) + 1); l <= level; l++)
        {
            var d = levelOf(l) ?? def;
            var value = list.Counters.TryGetValue(l, out var c) ? c : d.Start - 1;
            numbers.Add(Format(d.Format ?? "1", value, d.LetterSync));
        }
        var label = def.Prefix + string.Join(".", numbers.Where(s => s.Length > 0)) + def.Suffix;
        return label.Trim().Length == 0 ? null : label;
    }

    private string Format(string format, int value, bool letterSync)
    {
        if (value < 0) value = 0;
        var first = format.Length > 0 ? format[0] : ' ';
        switch (format.Length == 0 ? "" : format.Length == 1 ? format : first.ToString())
        {
            case "": return "";
            case "1": return value.ToString(CultureInfo.InvariantCulture);
            case "a": return Letters(value, letterSync, 'a');
            case "A": return Letters(value, letterSync, 'A');
            case "i": return NumberFormatter.Format("lowerRoman", value);
            case "I": return NumberFormatter.Format("upperRoman", value);
            case "а": return NumberFormatter.Format("russianLower", value);
            case "А": return NumberFormatter.Format("russianUpper", value);
            case "أ": return NumberFormatter.Format("arabicAlpha", value);
            case "一": return NumberFormatter.Format("chineseCounting", value);
            default:
                UnsupportedFormats.Add(format);
                return value.ToString(CultureInfo.InvariantCulture);
        }
    }

    /// <summary>a…z, then aa, bb… (letter sync, as Word counts) or aa, ab… (OpenDocument's default).</summary>
    private static string Letters(int value, bool sync, char a)
    {
        if (value <= 0) return "";
        if (sync) return new string((char)(a + (value - 1) % 26), (value - 1) / 26 + 1);
        var chars = new Stack<char>();
        for (int n = value; n > 0; n = (n - 1) / 26) chars.Push((char)(a + (n - 1) % 26));
        return new string(chars.ToArray());
    }
}
