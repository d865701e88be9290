using System.Text;

namespace ModelLaw.Reading.Docx.Numbering;

/// <summary>The number Word shows in front of a list paragraph.</summary>
/// <param name="Text">The composed label ("Article 5", "1.2", "(a)", "а)", "•"); empty for numFmt none with no literal text.</param>
/// <param name="Suffix">What Word puts between the label and the text.</param>
/// <param name="NumId">The list instance.</param>
/// <param name="Level">0-based level.</param>
/// <param name="NumFmt">The level's number format.</param>
internal sealed record NumberLabel(string Text, NumberSuffix Suffix, int NumId, int Level, string NumFmt);

/// <summary>
/// Replays Word's list counters over a document's numbered paragraphs, in document order, and composes each label.
/// Counters live per list: list instances (<c>w:num</c>) that share an abstract definition continue each other's
/// numbering, as in Word, unless an instance overrides a level (<c>w:lvlOverride</c>), which makes it a list of its own.
/// One resolver serves one reading of one document (it is stateful; it is never shared).
/// </summary>
internal sealed class NumberingResolver
{
    private readonly NumberingDefinitions _definitions;
    private readonly string? _language;
    private readonly Dictionary<string, int[]> _counters = new(StringComparer.Ordinal);
    private readonly HashSet<string> _unsupportedFormats = new(StringComparer.Ordinal);

    public NumberingResolver(NumberingDefinitions definitions, string? language)
    {
        _definitions = definitions;
        _language = language;
    }

    /// <summary>numFmt values met that have no exact formatter (rendered as decimal).</summary>
    public IReadOnlyCollection<string> UnsupportedFormats => _unsupportedFormats;

    /// <summary>
    /// Advances the counter of level <paramref name="ilvl"/> of list <paramref name="numId"/> and returns the label Word shows.
    /// Returns null when the list does not exist (numId 0 turns numbering off; an unknown numId shows nothing in Word).
    /// </summary>
    public NumberLabel? Next(int numId, int ilvl)
    {
        if (numId == 0 || _definitions.Num(numId) is not { } num) return null;
        if (_definitions.Abstract(num.AbstractNumId) is null) return null;
        ilvl = Math.Clamp(ilvl, 0, NumberingDefinitions.MaxLevels - 1);

        var levels = new LevelDefinition[NumberingDefinitions.MaxLevels];
        for (int i = 0; i < levels.Length; i++) levels[i] = _definitions.EffectiveLevel(numId, i)!;

        var key = num.HasStartOverride ? "num:" + numId : "abs:" + num.AbstractNumId;
        if (!_counters.TryGetValue(key, out var counters))
        {
            // an unused level shows start - 1: Word's "0.1" when a level-2 heading comes before any level-1 heading
            counters = levels.Select(l => l.Start - 1).ToArray();
            _counters[key] = counters;
        }

        counters[ilvl]++;
        for (int m = ilvl + 1; m < counters.Length; m++)
            if (RestartsAfter(levels[m], ilvl)) counters[m] = levels[m].Start - 1;

        var level = levels[ilvl];
        return new NumberLabel(Compose(level, levels, counters), level.Suffix, numId, ilvl, level.NumFmt);
    }

    /// <summary>Whether a deeper level restarts when a paragraph at level <paramref name="usedLevel"/> appears.</summary>
    private static bool RestartsAfter(LevelDefinition deeper, int usedLevel) => deeper.Restart switch
    {
        null => true,
        0 => false,
        // lvlRestart is 1-based: "restart after level n" means after any of levels 1..n
        int n => usedLevel < n,
    };

    private string Compose(LevelDefinition level, LevelDefinition[] levels, int[] counters)
    {
        if (level.NumFmt == "bullet") return Bullet(level.LevelText);
        var template = level.LevelText;
        if (template is null) return "";
        var sb = new StringBuilder(template.Length + 8);
        for (int i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if (c == '%' && i + 1 < template.Length && template[i + 1] is >= '1' and <= '9')
            {
                var referenced = template[i + 1] - '1';
                var fmt = levels[referenced].NumFmt;
                if (level.IsLegal && fmt is not "none" and not "bullet") fmt = "decimal";
                if (!NumberFormatter.IsSupported(fmt)) _unsupportedFormats.Add(fmt);
                sb.Append(fmt == "bullet" ? "" : NumberFormatter.Format(fmt, counters[referenced], _language));
                i++;
            }
            else
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    /// <summary>Bullets in Symbol/Wingdings fonts use private-use code points (U+F0B7); show their usual Unicode form.</summary>
    internal static string Bullet(string? levelText)
    {
        if (string.IsNullOrEmpty(levelText)) return "•";
        var sb = new StringBuilder(levelText.Length);
        foreach (var c in levelText)
        {
            sb.Append(c switch
            {
                '\uF0B7' or '\uF09F' or '\uF06C' => '•',
                '\uF0A7' or '\uF06E' => '▪',
                '\uF0D8' => '➢',
                '\uF076' => '❖',
                '\uF0FC' => '✓',
                '\uF02D' => '-',
                >= '\uF020' and <= '\uF0FF' => '•',
                _ => c,
            });
        }
        return sb.ToString();
    }
}
