using System.Collections.Frozen;
using System.Text.RegularExpressions;
using ModelLaw.Documents;

namespace ModelLaw.Drafting.CrossReferences;

/// <summary>A <see cref="ReferenceVocabulary"/> turned into regular expressions once. Immutable and thread-safe.</summary>
internal sealed class CompiledVocabulary
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);
    private const RegexOptions Ci = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // A number as cited: 5, 10a, 5A, 10 bis, 4.01, 5(2)(a), (a), a), 35), II, C.
    private const string BaseNumber =
        @"\b1er\b|\bIer\b|\d+(?:\.\d+)*(?:[a-zA-Z](?![\p{L}]))?(?:\s?(?:bis|ter|quater|quinquies|sexies|septies|octies|novies|decies)\b)?(?:\(\s*[0-9a-zA-Zа-я.]{1,6}\s*\))*\)?" +
        @"|(?:\(\s*[0-9a-zA-Zа-яё.]{1,6}\s*\))+|(?<![\p{L}])[a-zа-яё]{1,5}\)(?:\s?[ivx]{1,5}\))?|\b[IVXLC]{1,7}\b(?![\p{L}])|\b[A-Z]\b(?![\p{L}])";

    private static readonly FrozenDictionary<string, CompiledVocabulary> Cache =
        ReferenceVocabulary.All.ToFrozenDictionary(v => v.Language, v => new CompiledVocabulary(v));

    private readonly (Regex Pattern, ProvisionKind Kind)[] _levels;

    /// <summary>The compiled vocabulary of a language (English for languages without one).</summary>
    public static CompiledVocabulary For(string language) => Cache.GetValueOrDefault(language) ?? Cache["en"];

    private CompiledVocabulary(ReferenceVocabulary v)
    {
        Source = v;
        _levels = v.Levels.Select(l => (new Regex($"^(?:{l.Pattern})$", Ci, Timeout), l.Kind)).ToArray();
        var levelAlt = string.Join("|", v.Levels.Select(l => l.Pattern));
        var extra = v.ExtraNumber is null ? "" : v.ExtraNumber + "|";
        var number = v.NumberFirst ? (v.ExtraNumber ?? "") + @"|\d+" : extra + BaseNumber;
        var words = v.NumberWords.Count == 0 ? "" : $@"(?:{string.Join("|", v.NumberWords)})(?![\p{{L}}])|";
        Number = new Regex(number, RegexOptions.CultureInvariant, Timeout);
        Segment = v.NumberFirst
            ? new Regex($@"第(?<nums>{number})(?<lvl>{levelAlt})", RegexOptions.CultureInvariant, Timeout)
            : new Regex($@"(?<![\p{{L}}])(?<lvl>(?i:{levelAlt}))(?:[ \t\u00A0]+|(?<=§)[ \t\u00A0]*)(?<nums>(?:{words}{number})(?:[ \t\u00A0]*(?:(?i:{v.ListWords}))[ \t\u00A0]*(?:{number}))*)",
                RegexOptions.CultureInvariant, Timeout);
        OrdinalSegment = v.OrdinalLevel is null ? null : new Regex(v.OrdinalLevel, Ci, Timeout);
        OfConnector = new Regex($"^(?:{v.OfConnector})$", Ci, Timeout);
        InnerConnector = new Regex($"^(?:{v.InnerConnector})$", Ci, Timeout);
        CoordinatingGap = new Regex($"^(?:{v.ListFiller}|{v.ListWords})*$", Ci, Timeout);
        ListWord = new Regex($@"(?:^|(?<![\p{{L}}]))(?:{v.ListWords})(?:$|(?![\p{{L}}]))", Ci, Timeout);
        ThisAnchor = new Regex(v.ThisAnchor, Ci, Timeout);
        ThisAct = new Regex(v.ThisAct, Ci, Timeout);
        // "Parts I to XX and XXIV/1, to, Regulation ...": a sub-number may stand before the link
        ActAfter = new Regex($"^(?:/\\d+)?(?:{v.ActLink})(?:{v.Instrument})" + (v.BareAct is null ? "" : $"|{v.BareAct}"), Ci, Timeout);
        Before = v.Before is null ? null : new Regex(v.Before, Ci, Timeout);
        Instrument = new Regex(v.Instrument, Ci, Timeout);
        Anaphora = new Regex(v.Anaphora, Ci, Timeout);
        WithRegardTo = new Regex(v.WithRegardTo, Ci, Timeout);
        AmendedAsFollows = new Regex(v.AmendedAsFollows, Ci, Timeout);
        Relative = new Regex(v.Relative, Ci, Timeout);
        Preceding = new Regex($"^(?:{v.PrecedingWords})", Ci, Timeout);
        IntroducesText = new Regex($"^(?:{v.IntroducesText})", Ci, Timeout);
        ListSplit = new Regex($@"^\s*(?<w>{v.ListWords})\s*$", Ci, Timeout);
    }

    public ReferenceVocabulary Source { get; }
    public string Language => Source.Language;

    /// <summary>One cited number (in a segment's number list).</summary>
    public Regex Number { get; }

    /// <summary>A level word with its numbers ("Articles 5 and 6", "第三十条"); groups "lvl" and "nums".</summary>
    public Regex Segment { get; }

    /// <summary>An unnumbered level cited by ordinal ("the first subparagraph"); groups "ord" and "lvl".</summary>
    public Regex? OrdinalSegment { get; }

    public Regex OfConnector { get; }
    public Regex InnerConnector { get; }

    /// <summary>The whole gap between two members of one coordinated list.</summary>
    public Regex CoordinatingGap { get; }

    /// <summary>A list word somewhere in a gap (a coordinated list needs one).</summary>
    public Regex ListWord { get; }

    public Regex ThisAnchor { get; }
    public Regex ThisAct { get; }

    /// <summary>Another instrument named right after a reference; group "act".</summary>
    public Regex ActAfter { get; }

    /// <summary>A qualifier written before the reference (Chinese); groups "act", "this", "anchor"/"lvl".</summary>
    public Regex? Before { get; }

    /// <summary>An instrument named anywhere (for the list of instruments cited and for "that Directive").</summary>
    public Regex Instrument { get; }

    public Regex Anaphora { get; }
    public Regex WithRegardTo { get; }
    public Regex AmendedAsFollows { get; }
    public Regex Relative { get; }
    public Regex Preceding { get; }
    public Regex IntroducesText { get; }
    public Regex ListSplit { get; }

    /// <summary>The level a level word names; null for words that name no provision level ("sentence", "phrase").</summary>
    public ProvisionKind? KindOf(string levelWord)
    {
        var w = levelWord.Trim();
        foreach (var (pattern, kind) in _levels)
            if (pattern.IsMatch(w)) return kind;
        // relative patterns capture stems ("стать", "част")
        var lower = w.ToLowerInvariant();
        if (lower.Length >= 3)
            foreach (var (pattern, kind) in _levels)
                if (pattern.ToString().Contains(lower, StringComparison.Ordinal)) return kind;
        return null;
    }

    /// <summary>An ordinal word as a number ("first" → 1, "втором" → 2, "last" → -1); null when it is none.</summary>
    public int? OrdinalOf(string word)
    {
        var w = word.Trim().ToLowerInvariant();
        if (Source.OrdinalWords.TryGetValue(w, out var n)) return n;
        // inflected languages list stems ("втор" for второй, втором, второго)
        foreach (var (key, value) in Source.OrdinalWords.OrderByDescending(kv => kv.Key.Length).ThenBy(kv => kv.Key, StringComparer.Ordinal))
            if (key.Length >= 3 && w.StartsWith(key, StringComparison.Ordinal)) return value;
        return null;
    }
}
