using System.Collections.Frozen;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ModelLaw.Reading.Docx.Numbering;

/// <summary>What follows the number of a list item: a tab (Word's default), a space, or nothing.</summary>
internal enum NumberSuffix
{
    Tab,
    Space,
    Nothing,
}

/// <summary>One level of a list definition (<c>w:lvl</c>).</summary>
/// <param name="Index">0-based level (<c>w:ilvl</c>).</param>
/// <param name="Start">First value (<c>w:start</c>, default 0 as in the schema; Word writes 1).</param>
/// <param name="NumFmt">Number format (<c>w:numFmt</c>), "decimal" when absent.</param>
/// <param name="LevelText">Template (<c>w:lvlText</c>) with %1..%9 placeholders; null when absent.</param>
/// <param name="Restart">1-based level after which this level restarts (<c>w:lvlRestart</c>); 0 never; null after any higher level.</param>
/// <param name="IsLegal">Whether every number in the template is shown in decimal (<c>w:isLgl</c>).</param>
/// <param name="Suffix">What follows the number (<c>w:suff</c>).</param>
/// <param name="ParagraphStyleId">The paragraph style linked to this level (<c>w:pStyle</c>), if any.</param>
internal sealed record LevelDefinition(
    int Index, int Start, string NumFmt, string? LevelText, int? Restart, bool IsLegal, NumberSuffix Suffix, string? ParagraphStyleId)
{
    public static LevelDefinition Default(int index) =>
        new(index, 0, "decimal", null, null, false, NumberSuffix.Tab, null);

    public static LevelDefinition From(Level lvl, int index) => new(
        index,
        lvl.StartNumberingValue?.Val?.Value ?? 0,
        lvl.NumberingFormat?.Val?.InnerText ?? "decimal",
        lvl.LevelText?.Val?.Value,
        lvl.LevelRestart?.Val?.Value,
        lvl.IsLegalNumberingStyle is { } legal && (legal.Val is null || legal.Val.Value),
        lvl.LevelSuffix?.Val?.InnerText switch
        {
            "space" => NumberSuffix.Space,
            "nothing" => NumberSuffix.Nothing,
            _ => NumberSuffix.Tab,
        },
        lvl.ParagraphStyleIdInLevel?.Val?.Value);
}

/// <summary>An abstract list definition (<c>w:abstractNum</c>): up to nine levels.</summary>
internal sealed record AbstractNumDefinition(int Id, LevelDefinition[] Levels, string? NumStyleLink, string? StyleLink)
{
    public LevelDefinition Level(int ilvl) => ilvl >= 0 && ilvl < Levels.Length ? Levels[ilvl] : LevelDefinition.Default(ilvl);
}

/// <summary>A level override inside a list instance (<c>w:lvlOverride</c>).</summary>
internal sealed record LevelOverrideDefinition(int? StartOverride, LevelDefinition? Level);

/// <summary>A list instance (<c>w:num</c>): an abstract definition plus per-level overrides.</summary>
internal sealed record NumDefinition(int NumId, int AbstractNumId, FrozenDictionary<int, LevelOverrideDefinition> Overrides)
{
    public bool HasStartOverride => Overrides.Values.Any(o => o.StartOverride is not null || o.Level is not null);
}

/// <summary>Everything numbering.xml defines, read once per document. Immutable.</summary>
internal sealed class NumberingDefinitions
{
    public const int MaxLevels = 9;

    private readonly FrozenDictionary<int, AbstractNumDefinition> _abstracts;
    private readonly FrozenDictionary<int, NumDefinition> _nums;

    private NumberingDefinitions(FrozenDictionary<int, AbstractNumDefinition> abstracts, FrozenDictionary<int, NumDefinition> nums)
    {
        _abstracts = abstracts;
        _nums = nums;
    }

    /// <summary>A document without numbering.xml.</summary>
    public static NumberingDefinitions Empty { get; } = new(
        FrozenDictionary<int, AbstractNumDefinition>.Empty, FrozenDictionary<int, NumDefinition>.Empty);

    /// <summary>Builds the definitions from the lists of a numbering part; <paramref name="numberingStyleNumId"/> maps numbering styles to their numId.</summary>
    public static NumberingDefinitions From(DocumentFormat.OpenXml.Wordprocessing.Numbering? numbering, Func<string, int?> numberingStyleNumId)
    {
        if (numbering is null) return Empty;
        var abstracts = new Dictionary<int, AbstractNumDefinition>();
        foreach (var a in numbering.Elements<AbstractNum>())
        {
            if (a.AbstractNumberId?.Value is not { } id) continue;
            var levels = new LevelDefinition[MaxLevels];
            for (int i = 0; i < MaxLevels; i++) levels[i] = LevelDefinition.Default(i);
            foreach (var lvl in a.Elements<Level>())
            {
                var ilvl = lvl.LevelIndex?.Value ?? 0;
                if (ilvl is >= 0 and < MaxLevels) levels[ilvl] = LevelDefinition.From(lvl, ilvl);
            }
            abstracts.TryAdd(id, new AbstractNumDefinition(id, levels, a.NumberingStyleLink?.Val?.Value, a.StyleLink?.Val?.Value));
        }

        var nums = new Dictionary<int, NumDefinition>();
        foreach (var n in numbering.Elements<NumberingInstance>())
        {
            if (n.NumberID?.Value is not { } numId || n.AbstractNumId?.Val?.Value is not { } absId) continue;
            var overrides = new Dictionary<int, LevelOverrideDefinition>();
            foreach (var o in n.Elements<DocumentFormat.OpenXml.Wordprocessing.LevelOverride>())
            {
                var ilvl = o.LevelIndex?.Value ?? 0;
                if (ilvl is < 0 or >= MaxLevels) continue;
                var lvl = o.Level is { } l ? LevelDefinition.From(l, ilvl) : null;
                overrides[ilvl] = new LevelOverrideDefinition(o.StartOverrideNumberingValue?.Val?.Value, lvl);
            }
            nums.TryAdd(numId, new NumDefinition(numId, absId, overrides.ToFrozenDictionary()));
        }

        // numStyleLink: the abstractNum only points at a numbering style whose numPr names the list that holds the levels
        foreach (var (id, a) in abstracts.ToArray())
        {
            if (a.NumStyleLink is not { } link) continue;
            if (numberingStyleNumId(link) is { } linkedNumId && nums.TryGetValue(linkedNumId, out var linkedNum)
                && abstracts.TryGetValue(linkedNum.AbstractNumId, out var target) && target.Id != id)
                abstracts[id] = a with { Levels = target.Levels };
        }

        return new NumberingDefinitions(abstracts.ToFrozenDictionary(), nums.ToFrozenDictionary());
    }

    /// <summary>The list instance with this numId, or null.</summary>
    public NumDefinition? Num(int numId) => _nums.GetValueOrDefault(numId);

    /// <summary>The abstract definition with this id, or null.</summary>
    public AbstractNumDefinition? Abstract(int abstractNumId) => _abstracts.GetValueOrDefault(abstractNumId);

    /// <summary>The effective level definition of a list instance (override first, then the abstract level).</summary>
    public LevelDefinition? EffectiveLevel(int numId, int ilvl)
    {
        if (Num(numId) is not { } num || Abstract(num.AbstractNumId) is not { } abs) return null;
        var level = num.Overrides.TryGetValue(ilvl, out var o) && o.Level is { } ol ? ol : abs.Level(ilvl);
        return o?.StartOverride is { } start ? level with { Start = start } : level;
    }

    /// <summary>The level of a list whose <c>w:pStyle</c> is <paramref name="styleId"/>, or null.</summary>
    public int? LevelLinkedToStyle(int numId, string styleId)
    {
        if (Num(numId) is not { } num || Abstract(num.AbstractNumId) is not { } abs) return null;
        for (int i = 0; i < MaxLevels; i++)
            if (string.Equals(EffectiveLevel(numId, i)?.ParagraphStyleId ?? abs.Levels[i].ParagraphStyleId, styleId, StringComparison.Ordinal))
                return i;
        return null;
    }
}
