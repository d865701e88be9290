using System.Collections.Immutable;
using System.Text;
using ModelLaw.Documents;

namespace ModelLaw.Reading.PlainText;

/// <summary>
/// Parses plain text and Markdown legislation into a provision tree, in any language it has a
/// <see cref="LanguageProfile"/> for. Immutable and thread-safe; made by <see cref="TextParserBuilder"/>
/// or by the service container from the registered profiles.
/// </summary>
public sealed class TextParser : ITextParser, IDocumentReader
{
    private readonly ImmutableArray<LanguageProfile> _profiles;
    private readonly LanguageDetector _detector;

    /// <summary>Creates a parser over the given profiles (at least one); later profiles with the same code replace earlier ones.</summary>
    public TextParser(IEnumerable<LanguageProfile> profiles)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        var byCode = new Dictionary<string, LanguageProfile>(StringComparer.OrdinalIgnoreCase);
        var order = new List<string>();
        foreach (var p in profiles)
        {
            if (!byCode.ContainsKey(p.Code)) order.Add(p.Code);
            byCode[p.Code] = p;
        }
        if (order.Count == 0) throw new ArgumentException("at least one language profile is required", nameof(profiles));
        _profiles = order.Select(c => byCode[c]).ToImmutableArray();
        _detector = new LanguageDetector(_profiles);
    }

    /// <summary>A parser with the built-in profiles (English, French, Russian).</summary>
    public static TextParser CreateDefault() => new TextParserBuilder().UseBuiltInLanguages().Build();

    /// <summary>The profiles this parser knows, in registration order.</summary>
    public ImmutableArray<LanguageProfile> Profiles => _profiles;

    /// <inheritdoc />
    public SourceFormat Format => SourceFormat.Text;

    /// <summary>The profile for a language code, or null.</summary>
    public LanguageProfile? FindProfile(string code) =>
        _profiles.FirstOrDefault(p => string.Equals(p.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <inheritdoc />
    public LegalDocument Read(Stream input, ReadOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        var bytes = TextDecoding.ReadAllBytes(input, options.Limits.MaxInputBytes, options.SourceName);
        var decoded = TextDecoding.Decode(bytes, options.TextEncoding, options.SourceName);
        var document = Parse(decoded.Text, options, cancellationToken);
        return document with { Diagnostics = [.. decoded.Diagnostics(), .. document.Diagnostics] };
    }

    /// <inheritdoc />
    public LegalDocument Parse(string text, ReadOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        var diagnostics = new List<Diagnostic>();
        LanguageProfile profile;
        if (options.Language is { Length: > 0 } lang)
        {
            profile = FindProfile(lang) ?? FindProfile(lang.Split('-', '_')[0]) ?? Fallback(lang, diagnostics);
        }
        else
        {
            profile = _detector.Detect(text);
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Info, "MLT006", $"Language detected as {profile.Code} ({profile.Name})."));
        }

        // bidi marks and zero-width characters would hide "Article 1" from the classifier (untrusted-input hardening)
        text = InvisibleCharacters.Strip(text, out int invisible);
        if (invisible > 0)
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Info, "MLT011",
                $"{invisible} invisible formatting character(s) removed (bidirectional marks, zero-width spaces, byte-order marks)."));

        var classifier = new LineClassifier(profile);
        var blocks = SplitBlocks(text, classifier, cancellationToken);
        if (ReadsInSections(profile, blocks))
        {
            // no article headings: read again in sections, and keep that reading when it finds a common-law layout
            var sectionClassifier = new LineClassifier(profile, sections: true);
            var sectionBlocks = SplitBlocks(text, sectionClassifier, cancellationToken);
            if (CommonLawLines(sectionBlocks) >= 2)
            {
                classifier = sectionClassifier;
                blocks = sectionBlocks;
            }
        }
        var assembler = new TreeAssembler(profile, options, cancellationToken, classifier);
        var rootBuilder = assembler.Assemble(blocks);
        diagnostics.AddRange(assembler.Diagnostics);
        var root = rootBuilder.Build();
        var title = assembler.Title.Length > 0 ? assembler.Title : (options.SourceName ?? "");
        return new LegalDocument(root, title, profile.Code)
        {
            SourceName = options.SourceName,
            Format = SourceFormat.Text,
            Diagnostics = diagnostics.ToImmutableArray(),
        };
    }

    /// <summary>Section lines of a form only common-law texts have, or any section line under a marginal note ("Short title." / "1. …").</summary>
    private static int CommonLawLines(List<Block> blocks)
    {
        int n = 0;
        for (int i = 0; i < blocks.Count; i++)
            if (blocks[i].Section is { } s && (s.Strong || i > 0 && blocks[i - 1].Type == BlockType.Text
                    && Headings.SectionHeadings.IsHeadingText(blocks[i - 1].Text.AsSpan().TrimEnd('.'))))
                n++;
        return n;
    }

    private static bool ReadsInSections(LanguageProfile profile, List<Block> blocks)
    {
        if (profile.SectionKeywords.IsEmpty) return false;
        foreach (var b in blocks) if (b.Heading?.Kind == ProvisionKind.Article) return false;
        return true;
    }

    private LanguageProfile Fallback(string lang, List<Diagnostic> diagnostics)
    {
        var p = _profiles[0];
        diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "MLT009",
            $"No language profile for \"{lang}\": headings are read with the {p.Name} profile."));
        return p;
    }

    /// <summary>
    /// Splits the text into blocks. When the text separates its paragraphs with blank lines, consecutive plain lines are
    /// one paragraph (hard-wrapped text); otherwise every line is its own block.
    /// </summary>
    private static List<Block> SplitBlocks(string text, LineClassifier classifier, CancellationToken ct)
    {
        var lines = text.Split('\n');
        int blank = 0, nonBlank = 0;
        foreach (var l in lines)
        {
            if (string.IsNullOrWhiteSpace(l)) blank++; else nonBlank++;
        }
        bool blankSeparated = nonBlank > 0 && blank * 5 >= nonBlank;

        var blocks = new List<Block>();
        bool afterBlank = true;
        for (int i = 0; i < lines.Length; i++)
        {
            if ((i & 1023) == 0) ct.ThrowIfCancellationRequested();
            var raw = lines[i].TrimEnd('\r');
            if (string.IsNullOrWhiteSpace(raw))
            {
                afterBlank = true;
                continue;
            }
            if (i == 0 && raw.Length > 0 && raw[0] == '\uFEFF') raw = raw[1..];
            var block = classifier.Classify(raw, i + 1, afterBlank);
            var prev = blocks.Count > 0 ? blocks[^1] : null;
            if (blankSeparated && !afterBlank && prev is not null && block.Type == BlockType.Text && block.MarkdownLevel == 0
                && prev.Type is BlockType.Text or BlockType.Item or BlockType.Indent && prev.MarkdownLevel == 0)
            {
                prev.Text = prev.Text.Length == 0 ? block.Text : prev.Text + "\n" + block.Text;
                prev.EndLine = i + 1;
            }
            else
            {
                blocks.Add(block);
            }
            afterBlank = false;
        }
        return blocks;
    }
}

/// <summary>
/// Collects language profiles and freezes them into a <see cref="TextParser"/> (as Markdig's pipeline builder does).
/// </summary>
public sealed class TextParserBuilder
{
    private readonly List<LanguageProfile> _profiles = new();

    /// <summary>Adds (or, with the same code, replaces) a language profile.</summary>
    public TextParserBuilder AddProfile(LanguageProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        _profiles.Add(profile);
        return this;
    }

    /// <summary>Adds the built-in English, French and Russian profiles.</summary>
    public TextParserBuilder UseBuiltInLanguages()
    {
        foreach (var p in BuiltInLanguages.All) AddProfile(p);
        return this;
    }

    /// <summary>Freezes the builder into an immutable parser.</summary>
    public TextParser Build() => new(_profiles.Count == 0 ? BuiltInLanguages.All : _profiles);
}

/// <summary>The language profiles shipped in this assembly.</summary>
public static class BuiltInLanguages
{
    /// <summary>The six official languages of the United Nations: English, French, Russian, Spanish, Arabic and Chinese.</summary>
    public static ImmutableArray<LanguageProfile> All { get; } =
    [
        Languages.English.EnglishProfile.Instance,
        Languages.French.FrenchProfile.Instance,
        Languages.Russian.RussianProfile.Instance,
        Languages.Spanish.SpanishProfile.Instance,
        Languages.Arabic.ArabicProfile.Instance,
        Languages.Chinese.ChineseProfile.Instance,
    ];
}

/// <summary>Detects the language of a text from its script and frequent words. Immutable.</summary>
internal sealed class LanguageDetector(ImmutableArray<LanguageProfile> profiles)
{
    public LanguageProfile Detect(string text)
    {
        var sample = text.Length > 40_000 ? text[..40_000] : text;
        // counts per script in an array (a dictionary lookup per character cost more than the rest of detection);
        // ties go to the script seen first, as before
        var counts = new int[Enum.GetValues<Script>().Max(v => (int)v) + 1];
        var seen = new List<Script>(4);
        foreach (var c in sample)
        {
            Script? s = c switch
            {
                >= '\u0400' and <= '\u04FF' => Script.Cyrillic,
                >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' => Script.Arabic,
                >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' => Script.Han,
                _ when char.IsLetter(c) && c < '\u0250' => Script.Latin,
                _ => null,
            };
            if (s is { } x && counts[(int)x]++ == 0) seen.Add(x);
        }
        var script = seen.Count == 0 ? Script.Latin : seen.MaxBy(x => counts[(int)x]);
        var candidates = profiles.Where(p => p.Script == script).ToList();
        if (candidates.Count == 0) return profiles[0];
        if (candidates.Count == 1) return candidates[0];

        var scores = new int[candidates.Count];
        var word = new StringBuilder();
        int words = 0;
        foreach (var c in sample)
        {
            if (char.IsLetter(c) || c == '\'') { word.Append(char.ToLowerInvariant(c)); continue; }
            if (word.Length == 0) continue;
            var w = word.ToString();
            word.Clear();
            for (int i = 0; i < candidates.Count; i++) if (candidates[i].Stopwords.Contains(w)) scores[i]++;
            if (++words > 5_000) break;
        }
        int best = 0;
        for (int i = 1; i < scores.Length; i++) if (scores[i] > scores[best]) best = i;
        return candidates[best];
    }
}
