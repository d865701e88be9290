using System.Text.RegularExpressions;

namespace ModelLaw.Drafting.CrossReferences;

/// <summary>An instrument named by a text: a key that is the same across spellings and languages, and a name to show.</summary>
/// <param name="Key">"Regulation 600/2014" for "Regulation (EU) No 600/2014" and "règlement (UE) no 600/2014"; "TFEU"; "criminal code".</param>
/// <param name="Display">The name as first written, from its type word ("Regulation (EU) No 600/2014", "Council Directive 85/611/EEC").</param>
internal sealed record InstrumentName(string Key, string Display);

/// <summary>Reads instrument names into <see cref="InstrumentName"/>s. Stateless.</summary>
internal static class InstrumentNames
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);
    private static readonly Regex Number = new(@"(?:No\.?\s*|n[°o]\.?\s*|№\s*)?(?<n>\d{1,4}/\d{1,4})(?:/[A-Z]{2,8})?", RegexOptions.CultureInvariant, Timeout);
    private static readonly Regex UsTitle = new(@"^title\s+(?<n>\d+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);
    private static readonly Regex LeadingArticle = new(@"^(?:(?:the|la|le|les|el|los|las)\s+|l['’]\s*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);
    private static readonly Regex Spaces = new(@"\s+", RegexOptions.CultureInvariant, Timeout);

    /// <summary>The instrument a name designates; null when it designates none by itself ("that Directive", "thereof").</summary>
    public static InstrumentName? Of(string written, CompiledVocabulary v)
    {
        var w = Spaces.Replace(written.Trim().TrimEnd(',', '.', ';', ':'), " ");
        if (w.Length == 0 || v.Anaphora.IsMatch(w)) return null;
        if (w.StartsWith('《')) return new InstrumentName(w.Trim('《', '》'), w);
        var bare = LeadingArticle.Replace(w, "");
        if (v.Source.InstrumentAliases.TryGetValue(bare.ToLowerInvariant(), out var alias)) return new InstrumentName(alias, alias);
        if (UsTitle.Match(bare) is { Success: true } t) return new InstrumentName($"title {t.Groups["n"].Value} USC", $"title {t.Groups["n"].Value}, United States Code");
        var display = FromTypeWord(bare, v);
        var number = Number.Match(display);
        if (number.Success)
        {
            var type = TypeOf(display, v);
            display = display[..(number.Index + number.Length)];
            return new InstrumentName($"{type} {number.Groups["n"].Value}", display);
        }
        return new InstrumentName(display.ToLowerInvariant(), display);
    }

    /// <summary>True when the name designates a particular instrument (a number, a known short name, a title of the Code, a 《name》), not just a kind of act.</summary>
    public static bool IsSpecific(InstrumentName name) =>
        Number.IsMatch(name.Display) || name.Key == name.Display && name.Key.All(c => char.IsUpper(c) || c == ' ') || name.Key.EndsWith(" USC", StringComparison.Ordinal)
        || name.Display.StartsWith('《');

    // "Chapter II of Regulation (EU) No 600/2014" → "Regulation (EU) No 600/2014"; "Council Directive 85/611/EEC" and
    // "Proceeds of Crime (Money Laundering) and Terrorist Financing Act" stay whole
    private static string FromTypeWord(string name, CompiledVocabulary v)
    {
        var types = TypeWords(v);
        var m = types.Match(name);
        if (!m.Success) return name;
        var words = name[..m.Index].TrimEnd().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int keep = 0, capitalised = 0;
        for (int i = words.Length - 1; i >= 0; i--)
        {
            var w = words[i];
            bool function = w is "of" or "and" or "the" or "on" or "for" or "to" or "in";
            bool named = w.Length > 0 && (char.IsUpper(w[0]) || w[0] == '(' || w.EndsWith(')')) && !Regex.IsMatch(w, "^[IVXLC]+$", RegexOptions.None, Timeout) && !types.IsMatch(w);
            if (!function && !named) break;
            keep = words.Length - i;
            if (named) capitalised = keep;
        }
        // leading function words ("of", "the") are not part of the name
        var kept = string.Join(' ', words[^capitalised..]);
        return capitalised == 0 ? name[m.Index..] : kept + " " + name[m.Index..];
    }

    private static string TypeOf(string display, CompiledVocabulary v)
    {
        var m = TypeWords(v).Match(display);
        if (!m.Success) return "Act";
        var word = Spaces.Replace(m.Value.ToLowerInvariant(), " ");
        return v.Source.InstrumentTypes.TryGetValue(word, out var t) ? t : char.ToUpperInvariant(word[0]) + word[1..];
    }

    private static Regex TypeWords(CompiledVocabulary v) => TypePatterns.GetValueOrDefault(v.Language) ?? TypePatterns["en"];

    private static readonly Dictionary<string, Regex> TypePatterns = new()
    {
        ["en"] = new(@"\b(?:Framework\s+Decisions?|Directives?|Regulations?|Decisions?|Treaty|Convention|Charter|Protocol|Law|Act|Code|Statute|Constitution|Agreement)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout),
        ["fr"] = new(@"\b(?:décision-cadre|directive|règlement|décision|traité|convention|charte|protocole|code|loi|constitution|accord|décret|ordonnance)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout),
        ["es"] = new(@"\b(?:Directiva|Reglamento|Decisión|Ley|Código|Constitución|Tratado|Convenio|Decreto)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout),
        ["ru"] = new(@"(?:директив|регламент|закон|кодекс|конвенци|договор|соглашени)\w*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout),
        ["ar"] = new(@"(?:نظام|قانون|لائحة|اتفاقية|معاهدة|مرسوم)", RegexOptions.CultureInvariant, Timeout),
        ["zh"] = new(@"《", RegexOptions.CultureInvariant, Timeout),
    };
}
