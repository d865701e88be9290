using System.Text;
using ModelLaw.Documents;

namespace ModelLaw.Documents.AkomaNtoso;

/// <summary>
/// The Akoma Ntoso vocabulary shared by the AKN writer and reader: namespaces, the element chosen for each provision kind,
/// the kind a reader infers back from an element, language codes. Pure functions, no state.
/// </summary>
internal static class AknVocabulary
{
    /// <summary>Akoma Ntoso 3.0 namespace.</summary>
    public const string AknNamespace = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    /// <summary>ModelLaw's extension namespace: attributes (allowed by AKN's <c>core</c> attribute group: any attribute of
    /// another namespace) that make the round trip exact, and the <c>proprietary</c> block.</summary>
    public const string MlNamespace = "urn:modellaw:akn:1.0";

    /// <summary>Prefix used for <see cref="MlNamespace"/>.</summary>
    public const string MlPrefix = "ml";

    /// <summary>The element a provision kind is written as (context-free part; see the writer for preamble/recital).</summary>
    public static (string Element, string? HcontainerName) ElementFor(ProvisionKind kind) => kind switch
    {
        ProvisionKind.Part => ("part", null),
        ProvisionKind.Title => ("title", null),
        ProvisionKind.Chapter => ("chapter", null),
        ProvisionKind.Section => ("section", null),
        ProvisionKind.Subsection => ("subsection", null),
        ProvisionKind.Article => ("article", null),
        ProvisionKind.Paragraph => ("paragraph", null),
        ProvisionKind.Subparagraph => ("subparagraph", null),
        ProvisionKind.Point or ProvisionKind.Subpoint or ProvisionKind.Definition => ("point", null),
        ProvisionKind.Indent => ("indent", null),
        ProvisionKind.Subchapter => ("subchapter", null),
        ProvisionKind.Division => ("division", null),
        ProvisionKind.Subdivision => ("subdivision", null),
        ProvisionKind.ActSection => ("section", null),
        ProvisionKind.ActSubsection => ("subsection", null),
        ProvisionKind.ActParagraph => ("paragraph", null),
        ProvisionKind.ActSubparagraph => ("subparagraph", null),
        ProvisionKind.Clause => ("clause", null),
        ProvisionKind.Subclause => ("subclause", null),
        ProvisionKind.Item => ("point", null),
        _ => ("hcontainer", kind.ToLevelName()), // annex, preamble, recital, document, cross-heading
    };

    /// <summary>
    /// The kind a reader infers from an element in ModelLaw's own output, before any <c>ml:kind</c> override.
    /// The writer adds <c>ml:kind</c> exactly when the provision's kind differs from this.
    /// </summary>
    public static ProvisionKind DefaultKind(string element, string? hcontainerName, ProvisionKind parentKind) => element switch
    {
        "part" => ProvisionKind.Part,
        "title" => ProvisionKind.Title,
        "chapter" => ProvisionKind.Chapter,
        "section" => ProvisionKind.Section,
        "subsection" => ProvisionKind.Subsection,
        "article" => ProvisionKind.Article,
        "paragraph" => ProvisionKind.Paragraph,
        "subparagraph" => ProvisionKind.Subparagraph,
        "point" => parentKind is ProvisionKind.Point or ProvisionKind.Subpoint ? ProvisionKind.Subpoint : ProvisionKind.Point,
        "indent" => ProvisionKind.Indent,
        "recital" => ProvisionKind.Recital,
        "subchapter" => ProvisionKind.Subchapter,
        "division" => ProvisionKind.Division,
        "subdivision" => ProvisionKind.Subdivision,
        "clause" => ProvisionKind.Clause,
        "subclause" => ProvisionKind.Subclause,
        "hcontainer" => KindFromName(hcontainerName) ?? ProvisionKind.Subparagraph,
        _ => ProvisionKind.Subparagraph,
    };

    /// <summary>Parses a kind from its level name ("annex", "subpoint") or a common synonym ("schedule", "appendix").</summary>
    public static ProvisionKind? KindFromName(string? name)
    {
        if (string.IsNullOrEmpty(name)) return null;
        var lower = name.ToLowerInvariant();
        foreach (var k in Enum.GetValues<ProvisionKind>())
            if (k.ToLevelName() == lower) return k;
        return lower switch
        {
            "schedule" or "appendix" or "attachment" => ProvisionKind.Annex,
            "def" => ProvisionKind.Definition,
            _ => null,
        };
    }

    /// <summary>Point-like kinds, written inside an AKN <c>list</c> when they are all of a provision's children.</summary>
    public static bool IsListItem(ProvisionKind kind) =>
        kind is ProvisionKind.Point or ProvisionKind.Subpoint or ProvisionKind.Indent or ProvisionKind.Definition;

    private static readonly (string Two, string Three)[] Languages =
    {
        ("ar", "ara"), ("de", "deu"), ("en", "eng"), ("es", "spa"), ("fr", "fra"), ("it", "ita"), ("nl", "nld"),
        ("pt", "por"), ("ru", "rus"), ("sw", "swa"), ("zh", "zho"), ("uk", "ukr"), ("kk", "kaz"), ("ky", "kir"),
        ("uz", "uzb"), ("tg", "tgk"), ("hy", "hye"), ("az", "aze"), ("be", "bel"), ("ka", "kat"), ("tr", "tur"),
        ("fa", "fas"), ("ur", "urd"), ("hi", "hin"), ("id", "ind"), ("ms", "msa"), ("pl", "pol"), ("ro", "ron"),
    };

    /// <summary>ISO 639-1 → ISO 639-2/T ("en" → "eng") for AKN's FRBRlanguage; unknown codes are kept as they are.</summary>
    public static string ToAknLanguage(string language)
    {
        foreach (var (two, three) in Languages)
            if (string.Equals(two, language, StringComparison.OrdinalIgnoreCase)) return three;
        return language;
    }

    /// <summary>ISO 639-2 → ISO 639-1 ("fra"/"fre" → "fr"); unknown codes are kept as they are.</summary>
    public static string FromAknLanguage(string language)
    {
        var l = language.ToLowerInvariant() switch { "fre" => "fra", "ger" => "deu", "chi" => "zho", "dut" => "nld", "per" => "fas", "rum" => "ron", "arm" => "hye", "geo" => "kat", "may" => "msa", var x => x };
        foreach (var (two, three) in Languages)
            if (three == l) return two;
        return language;
    }

    /// <summary>A deterministic ASCII slug for URIs: lower-case words joined by '-', at most 48 characters;
    /// text without ASCII letters gets "doc-" and a stable hash.</summary>
    public static string Slug(string text)
    {
        var sb = new StringBuilder();
        bool dash = false;
        foreach (var ch in text)
        {
            if (ch is >= 'a' and <= 'z' or >= '0' and <= '9' || ch is >= 'A' and <= 'Z')
            {
                if (dash && sb.Length > 0) sb.Append('-');
                dash = false;
                sb.Append(char.ToLowerInvariant(ch));
                if (sb.Length >= 48) break;
            }
            else dash = true;
        }
        if (sb.Length >= 3) return sb.ToString().TrimEnd('-');
        var h = new Fnv64();
        h.Add(text);
        return "doc-" + h.Value.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>True for characters XML 1.0 can carry.</summary>
    public static bool IsXmlChar(char c) =>
        c is '\t' or '\n' or '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);

    /// <summary>Replaces characters XML 1.0 cannot carry (control characters, lone surrogates, U+FFFE/U+FFFF) with U+FFFD.</summary>
    public static string XmlSafe(string s)
    {
        int i = 0;
        for (; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { i++; continue; }
            if (!IsXmlChar(c) || char.IsSurrogate(c)) break;
        }
        if (i == s.Length) return s;
        var sb = new StringBuilder(s.Length);
        for (int j = 0; j < s.Length; j++)
        {
            var c = s[j];
            if (char.IsHighSurrogate(c) && j + 1 < s.Length && char.IsLowSurrogate(s[j + 1])) { sb.Append(c).Append(s[j + 1]); j++; }
            else if (!IsXmlChar(c) || char.IsSurrogate(c)) sb.Append('\uFFFD');
            else sb.Append(c);
        }
        return sb.ToString();
    }
}
