using System.Collections.Frozen;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ModelLaw.Reading.Docx;

/// <summary>What a paragraph style contributes: list membership and heading role, resolved through <c>w:basedOn</c>.</summary>
/// <param name="NumId">numId from the style chain, or null.</param>
/// <param name="Level">ilvl from the style chain, or null.</param>
/// <param name="HeadingLevel">1..9 for heading styles (by name or outline level), 0 for the Title style, else null.</param>
internal sealed record StyleInfo(int? NumId, int? Level, int? HeadingLevel);

/// <summary>The paragraph and numbering styles of a document (styles.xml). Immutable.</summary>
internal sealed partial class StyleMap
{
    private const int MaxChain = 32;

    private readonly FrozenDictionary<string, Style> _styles;
    private readonly FrozenDictionary<string, StyleInfo> _resolved;

    private StyleMap(FrozenDictionary<string, Style> styles, string? defaultParagraphStyleId, string? language)
    {
        _styles = styles;
        DefaultParagraphStyleId = defaultParagraphStyleId;
        Language = language;
        _resolved = styles.Keys.ToFrozenDictionary(id => id, Resolve, StringComparer.Ordinal);
    }

    /// <summary>A document without styles.xml.</summary>
    public static StyleMap Empty { get; } = new(FrozenDictionary<string, Style>.Empty, null, null);

    /// <summary>The paragraph style applied when a paragraph names none (w:default="1").</summary>
    public string? DefaultParagraphStyleId { get; }

    /// <summary>The document's default language (docDefaults w:lang), e.g. "ru-RU", or null.</summary>
    public string? Language { get; }

    /// <summary>Reads the styles part.</summary>
    public static StyleMap From(Styles? styles)
    {
        if (styles is null) return Empty;
        var map = new Dictionary<string, Style>(StringComparer.Ordinal);
        string? defaultPara = null;
        foreach (var s in styles.Elements<Style>())
        {
            if (s.StyleId?.Value is not { } id) continue;
            map.TryAdd(id, s);
            if (defaultPara is null && s.Type?.InnerText == "paragraph" && s.Default?.Value == true) defaultPara = id;
        }
        var lang = styles.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle?.Languages?.Val?.Value;
        return new StyleMap(map.ToFrozenDictionary(StringComparer.Ordinal), defaultPara, lang);
    }

    /// <summary>The display name of a style (w:name), or null.</summary>
    public string? NameOf(string? styleId) =>
        styleId is not null && _styles.TryGetValue(styleId, out var s) ? s.StyleName?.Val?.Value : null;

    /// <summary>The resolved contribution of a paragraph style (or of the default paragraph style when null).</summary>
    public StyleInfo Info(string? styleId)
    {
        styleId ??= DefaultParagraphStyleId;
        return styleId is not null && _resolved.TryGetValue(styleId, out var info) ? info : new StyleInfo(null, null, null);
    }

    /// <summary>The ids of a style and the styles it is based on, nearest first.</summary>
    public IEnumerable<string> Chain(string? styleId)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (styleId is not null && seen.Count < MaxChain && seen.Add(styleId) && _styles.TryGetValue(styleId, out var s))
        {
            yield return styleId;
            styleId = s.BasedOn?.Val?.Value;
        }
    }

    /// <summary>The numId a numbering style (w:type="numbering") carries, for abstractNum/numStyleLink.</summary>
    public int? NumberingStyleNumId(string styleId) =>
        _styles.TryGetValue(styleId, out var s) ? s.StyleParagraphProperties?.NumberingProperties?.NumberingId?.Val?.Value : null;

    private StyleInfo Resolve(string styleId)
    {
        int? numId = null, level = null, heading = null;
        foreach (var id in Chain(styleId))
        {
            var s = _styles[id];
            var numPr = s.StyleParagraphProperties?.NumberingProperties;
            // the nearest style that says anything about numbering decides (numId 0 in a derived style turns it off)
            if (numId is null && numPr?.NumberingId?.Val?.Value is { } n)
            {
                numId = n;
                level ??= numPr.NumberingLevelReference?.Val?.Value;
            }
            else if (level is null && numId is null && numPr?.NumberingLevelReference?.Val?.Value is { } l)
            {
                level = l;
            }
            heading ??= HeadingLevelOf(id, s.StyleName?.Val?.Value, s.StyleParagraphProperties?.OutlineLevel?.Val?.Value);
        }
        return new StyleInfo(numId, level, heading);
    }

    /// <summary>Heading 1..9 by built-in name (Word stores "heading 1" whatever the UI language), localized id/name, or outline level; Title → 0.</summary>
    internal static int? HeadingLevelOf(string styleId, string? name, int? outlineLevel)
    {
        foreach (var candidate in new[] { name, styleId })
        {
            if (candidate is null) continue;
            var m = HeadingName().Match(candidate.Trim());
            if (m.Success) return m.Groups[1].Value[0] - '0';
            if (TitleName().IsMatch(candidate.Trim())) return 0;
        }
        return outlineLevel is >= 0 and <= 8 ? outlineLevel + 1 : null;
    }

    // "heading 1", "Heading1", "Titre 1", "Überschrift 1", "Заголовок 1", "Título 1", "标题 1", "Kop 1", "Titolo 1", "Nagłówek 1"
    [GeneratedRegex(@"^(?:heading|titre|überschrift|заголовок|título|titulo|标题|kop|titolo|nagłówek|rubrik|otsikko)\s*([1-9])$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex HeadingName();

    // the Title style: "Title", "Titre", "Название", "Заголовок", "Título", "Titel", "标题"
    [GeneratedRegex(@"^(?:title|titre|название|заголовок|título|titulo|titel|titolo|tytuł)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex TitleName();
}
