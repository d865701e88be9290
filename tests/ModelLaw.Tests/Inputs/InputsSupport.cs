using System.Text;
using System.Text.RegularExpressions;
using ModelLaw.Documents;
using ModelLaw.Reading;
using ModelLaw.Tests.Docx;

namespace ModelLaw.Tests.Inputs;

/// <summary>Reading inputs as the CLI and the host do (format sniffed by the loader) and comparing them with the clean text.</summary>
internal static partial class InputsSupport
{
    public static readonly ModelLawEngine Engine = ModelLawEngine.CreateDefault();

    public static string CorpusText(string relative) => File.ReadAllText(Path.Combine(TestPaths.Corpus, relative));

    public static string Fixture(string name) => Path.Combine(TestPaths.RepoRoot, "tests", "ModelLaw.Tests", "Inputs", "Fixtures", name);

    public static LegalDocument Read(byte[] bytes, string name, ReadOptions? options = null) =>
        Engine.ReadAsync(new MemoryStream(bytes, writable: false), (options ?? ReadOptions.Default) with { SourceName = name })
            .GetAwaiter().GetResult();

    public static LegalDocument ReadText(string text, string name = "law.txt") => Read(Encoding.UTF8.GetBytes(text), name);

    /// <summary>Asserts that a document read from another format has the tree and title of the clean text, and no markup.</summary>
    public static void ShouldReadAs(this LegalDocument actual, LegalDocument clean, string because, bool sameTitle = true)
    {
        TreeEquality.FirstDifference(clean.Root, actual.Root).Should().BeNull(because);
        if (sameTitle) actual.Title.Should().Be(clean.Title, because);
        NoMarkup(actual, because);
    }

    /// <summary>No provision holds markup: tags, comments, entities, emphasis marks, link targets or front matter keys.</summary>
    public static void NoMarkup(LegalDocument document, string because)
    {
        foreach (var p in document.Provisions.Prepend(document.Root))
            foreach (var text in new[] { p.Content, p.Heading, p.WrapUp, p.Number?.Written })
                if (text is not null && MarkupLeak().Match(text) is { Success: true } m)
                    Assert.Fail($"{because}: markup '{m.Value}' in {p.Citation}: {text[..Math.Min(text.Length, 120)]}");
    }

    [GeneratedRegex(@"<!--|-->|</?[a-zA-Z][a-zA-Z0-9]*[ />]|&[a-z]{2,8};|&#\d+;|\*\*|\]\(|^---$|^\s*(title|source|status): ", RegexOptions.Multiline)]
    private static partial Regex MarkupLeak();

    /// <summary>
    /// A Markdown file a drafter might make from a text: YAML front matter, an HTML comment after the opening and after
    /// every fifth blank-line-separated block, quoted terms in bold and "Article 5(2)"-style references as links. Every
    /// addition is markup, so the file must read exactly as the text.
    /// </summary>
    public static string MarkdownFromText(string text, string title)
    {
        var sb = new StringBuilder();
        sb.Append("---\ntitle: \"").Append(title).Append("\"\nsource: corpus\nstatus: draft\n---\n\n<!-- converted for review; comments are not law -->\n\n");
        int blocks = 0;
        foreach (var line in text.Replace("\r\n", "\n").Split('\n'))
        {
            var l = QuotedTerm().Replace(line, m => "**" + m.Value + "**", 1);
            l = Reference().Replace(l, m => $"[{m.Value}](#ref-{m.Groups[1].Value})");
            sb.Append(l).Append('\n');
            if (line.Length == 0 && ++blocks % 5 == 0) sb.Append("<!-- block ").Append(blocks).Append(" -->\n\n");
        }
        return sb.ToString();
    }

    [GeneratedRegex(@"(?<=\s)('[^'\n]{2,60}'|«[^»\n]{2,60}»)")]
    private static partial Regex QuotedTerm();

    [GeneratedRegex(@"(?<=\s)(?:Article|article) (\d+)\(\d+\)")]
    private static partial Regex Reference();

    /// <summary>
    /// The text with the typographic marks a legacy code page lacks folded to ASCII (« » “ ” → ", ’ → ', — – → -,
    /// … → ..., № → No, no-break spaces → space, œ → oe, Arabic-Indic digits → 0–9), so that the text round-trips
    /// through that code page.
    /// </summary>
    public static string Representable(string text, Encoding encoding)
    {
        var strict = TextEncodings.Resolve(encoding.WebName); // strict both ways, and registers nothing
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c < 0x80 || Encodes(strict, c)) { sb.Append(c); continue; }
            sb.Append(c switch
            {
                '«' or '»' or '“' or '”' or '„' => "\"",
                '‘' or '’' => "'",
                '—' or '–' or '‑' => "-",
                '…' => "...",
                '№' => "No",
                '\u00A0' or '\u202F' or '\u2009' => " ",
                'œ' => "oe",
                'Œ' => "OE",
                >= '\u0660' and <= '\u0669' => ((char)('0' + (c - '\u0660'))).ToString(), // Arabic-Indic digits
                _ => throw new InconclusiveException($"'{c}' (U+{(int)c:X4}) has no place in {encoding.WebName}"),
            });
        }
        return sb.ToString();
    }

    private static bool Encodes(Encoding strict, char c)
    {
        try
        {
            strict.GetBytes([c]);
            return true;
        }
        catch (EncoderFallbackException)
        {
            return false;
        }
    }
}
