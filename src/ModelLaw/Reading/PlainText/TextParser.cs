using System.Collections.Immutable;
using System.Text;
using ModelLaw.Documents;
using ModelLaw.Reading.PlainText.Lines;
using ModelLaw.Reading.PlainText.Tree;

namespace ModelLaw.Reading.PlainText;

/// <summary>
/// Parses plain text and Markdown legislation into a provision tree, in any language it has a
/// <see cref="LanguageProfile"/> for. Immutable and thread-safe; made by <see cref="TextParserBuilder"/>
/// or by the service container from the registered profiles.
/// </summary>
public sealed class TextParser : ITextParser, IDocumentReader
{
    private readonly ImmutableArray<LanguageProfile> _profiles;
    private readonly ImmutableArray<Lazy<ProfileIndex>> _indexes;
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
        _indexes = _profiles.Select(p => new Lazy<ProfileIndex>(() => new ProfileIndex(p))).ToImmutableArray();
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

        var index = IndexOf(profile);
        var classifier = new LineClassifier(index);
        var blocks = BlockSplitter.Split(text, classifier, cancellationToken);
        if (ReadsInSections(profile, blocks))
        {
            // no article headings: read again in sections, and keep that reading when it finds a common-law layout
            var sectionClassifier = new LineClassifier(index, sections: true);
            var sectionBlocks = BlockSplitter.Split(text, sectionClassifier, cancellationToken);
            if (CommonLawLines(sectionBlocks) >= 2)
            {
                classifier = sectionClassifier;
                blocks = sectionBlocks;
            }
        }
        var assembler = new TreeAssembler(options, cancellationToken, classifier);
        var rootBuilder = assembler.Assemble(blocks);
        diagnostics.AddRange(assembler.Diagnostics);
        var root = rootBuilder.Build();
        var title = assembler.Title.Length > 0 ? assembler.Title : (options.SourceName ?? "");
        return new LegalDocument(root, title, profile.Code)
        {
            SourceName = options.SourceName,
            Jurisdiction = assembler.Jurisdiction,
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

    /// <summary>The span-ready tables of one of this parser's profiles (or of any other profile, made for the call).</summary>
    private ProfileIndex IndexOf(LanguageProfile profile)
    {
        for (int i = 0; i < _profiles.Length; i++)
            if (ReferenceEquals(_profiles[i], profile)) return _indexes[i].Value;
        return new ProfileIndex(profile);
    }

    private LanguageProfile Fallback(string lang, List<Diagnostic> diagnostics)
    {
        var p = _profiles[0];
        diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "MLT009",
            $"No language profile for \"{lang}\": headings are read with the {p.Name} profile."));
        return p;
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
