using System.Globalization;
using System.Xml.Linq;
using static ModelLaw.Reading.Odt.OdfNames;

namespace ModelLaw.Reading.Odt;

/// <summary>One level of an OpenDocument list style or of the outline style: how its numbers are drawn.</summary>
/// <param name="Format">style:num-format ("1", "a", "A", "i", "I", "" for none), or null for a bullet level.</param>
/// <param name="Prefix">Text before the number.</param>
/// <param name="Suffix">Text after the number.</param>
/// <param name="DisplayLevels">How many levels the label shows ("1.2.3" shows 3).</param>
/// <param name="Start">The first number.</param>
/// <param name="Bullet">The bullet character of a bullet level.</param>
/// <param name="LetterSync">Letters repeat (aa, bb) rather than count on (aa, ab).</param>
/// <param name="FollowedBy">What follows the label: "listtab", "space" or "nothing".</param>
internal sealed record OdtListLevel(string? Format, string Prefix, string Suffix, int DisplayLevels, int Start, string? Bullet,
    bool LetterSync, string FollowedBy);

/// <summary>
/// The styles that decide OpenDocument numbering: list styles (automatic ones in content.xml, common ones in
/// styles.xml), the outline style of numbered headings, and the paragraph styles that attach a list style or an
/// outline level to a paragraph.
/// </summary>
internal sealed class OdtStyles
{
    private readonly Dictionary<string, Dictionary<int, OdtListLevel>> _lists = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string? Parent, string? List, int? Outline, string Name)> _paragraphs = new(StringComparer.Ordinal);
    private readonly Dictionary<int, OdtListLevel> _outline = new();

    /// <summary>Reads the styles of every given root (content.xml, styles.xml, or a flat document); later roots do not override earlier ones.</summary>
    public static OdtStyles From(params XElement?[] roots)
    {
        var styles = new OdtStyles();
        foreach (var root in roots)
        {
            if (root is null) continue;
            foreach (var container in root.Elements().Where(e => e.Name == OfficeNs + "styles" || e.Name == OfficeNs + "automatic-styles"))
                styles.Add(container);
        }
        return styles;
    }

    private void Add(XElement container)
    {
        foreach (var e in container.Elements())
        {
            if (e.Name == TextNs + "list-style" && (string?)e.Attribute(StyleNs + "name") is { } name)
                _lists.TryAdd(name, Levels(e));
            else if (e.Name == TextNs + "outline-style")
                foreach (var (k, v) in Levels(e)) _outline.TryAdd(k, v);
            else if (e.Name == StyleNs + "style" && (string?)e.Attribute(StyleNs + "family") == "paragraph" && (string?)e.Attribute(StyleNs + "name") is { } p)
                _paragraphs.TryAdd(p, ((string?)e.Attribute(StyleNs + "parent-style-name"), (string?)e.Attribute(StyleNs + "list-style-name"),
                    Int(e.Attribute(StyleNs + "default-outline-level")), (string?)e.Attribute(StyleNs + "display-name") ?? p));
        }
    }

    private static Dictionary<int, OdtListLevel> Levels(XElement style)
    {
        var levels = new Dictionary<int, OdtListLevel>();
        foreach (var l in style.Elements())
        {
            if (Int(l.Attribute(TextNs + "level")) is not { } level) continue;
            var followed = (string?)l.Descendants(StyleNs + "list-level-label-alignment").FirstOrDefault()?.Attribute(TextNs + "label-followed-by") ?? "listtab";
            var prefix = (string?)l.Attribute(StyleNs + "num-prefix") ?? "";
            var suffix = (string?)l.Attribute(StyleNs + "num-suffix") ?? "";
            var display = Int(l.Attribute(TextNs + "display-levels")) ?? 1;
            var start = Int(l.Attribute(TextNs + "start-value")) ?? 1;
            var sync = (string?)l.Attribute(StyleNs + "num-letter-sync") == "true";
            levels.TryAdd(level, l.Name.LocalName switch
            {
                "list-level-style-number" or "outline-level-style" =>
                    new OdtListLevel((string?)l.Attribute(StyleNs + "num-format") ?? "", prefix, suffix, display, start, null, sync, followed),
                "list-level-style-bullet" => new OdtListLevel(null, prefix, suffix, 1, 1, Bullet((string?)l.Attribute(TextNs + "bullet-char")), false, followed),
                _ => new OdtListLevel(null, "", "", 1, 1, "•", false, followed), // an image bullet
            });
        }
        return levels;
    }

    /// <summary>Symbol-font bullets (private-use code points) show as a plain bullet.</summary>
    private static string Bullet(string? c) => string.IsNullOrEmpty(c) || c[0] is >= '\uE000' and <= '\uF8FF' ? "•" : c;

    private static int? Int(XAttribute? a) =>
        a is not null && int.TryParse(a.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;

    public OdtListLevel? ListLevel(string? listStyle, int level) =>
        listStyle is not null && _lists.TryGetValue(listStyle, out var levels) && levels.TryGetValue(level, out var l) ? l : null;

    public OdtListLevel? OutlineLevel(int level) => _outline.TryGetValue(level, out var l) ? l : null;

    /// <summary>The list style a paragraph style attaches, through its parents.</summary>
    public string? ListStyleOf(string? paragraphStyle) => Chain(paragraphStyle).Select(p => p.List).FirstOrDefault(l => l is not null);

    /// <summary>The outline level a paragraph style gives, through its parents.</summary>
    public int? OutlineLevelOf(string? paragraphStyle) => Chain(paragraphStyle).Select(p => p.Outline).FirstOrDefault(l => l is not null);

    /// <summary>Whether a paragraph style is, or derives from, the style of the notes ModelLaw's redline writes about itself.</summary>
    public bool IsRedlineNote(string? paragraphStyle) =>
        Chain(paragraphStyle).Any(p => p.Name == Docx.DocxLineExtractor.RedlineNoteStyleName);

    private IEnumerable<(string? Parent, string? List, int? Outline, string Name)> Chain(string? name)
    {
        for (int i = 0; i < 32 && name is not null && _paragraphs.TryGetValue(name, out var p); i++, name = p.Parent) yield return p;
    }
}
