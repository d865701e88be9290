using Markdig;
using ModelLaw.Documents;
using ModelLaw.Reading.Lines;
using ModelLaw.Reading.PlainText;

namespace ModelLaw.Reading.Markdown;

/// <summary>
/// Reads Markdown (CommonMark with YAML front matter and pipe tables, parsed by Markdig). Markup never reaches a
/// provision: front matter, HTML comments and scripts, thematic breaks and link definitions are dropped; emphasis,
/// links (their text), inline code and entities become plain text; a table row becomes one line. Headings keep their
/// "#" marks, list items their markers ("1.", "-"), so the plain-text parser sees the Markdown-aware layout it already
/// reads, line for line as in the file; spans are lines of the file. Stateless and thread-safe.
/// </summary>
public sealed class MarkdownReader : IDocumentReader
{
    // immutable once built: Markdig pipelines are thread-safe
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().UsePipeTables().Build();

    private readonly ITextParser _parser;

    /// <summary>Creates the reader over the plain-text parser that builds the tree.</summary>
    public MarkdownReader(ITextParser parser) => _parser = parser ?? throw new ArgumentNullException(nameof(parser));

    /// <inheritdoc />
    public SourceFormat Format => SourceFormat.Markdown;

    /// <inheritdoc />
    public LegalDocument Read(Stream input, ReadOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        var bytes = TextDecoding.ReadAllBytes(input, options.Limits.MaxInputBytes, options.SourceName);
        var decoded = TextDecoding.Decode(bytes, options.TextEncoding, options.SourceName);
        return Parse(decoded.Text, options, decoded.Diagnostics(), cancellationToken);
    }

    /// <summary>Reads Markdown that is already decoded.</summary>
    public LegalDocument Parse(string markdown, ReadOptions options, CancellationToken cancellationToken = default) =>
        Parse(markdown, options, [], cancellationToken);

    private LegalDocument Parse(string markdown, ReadOptions options, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(options);
        var text = markdown.Replace("\r\n", "\n");
        var where = new SourceLocation(options.SourceName);
        CheckNesting(text, options.Limits.MaxNestingDepth, where);
        Markdig.Syntax.MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(text, Pipeline);
        }
        catch (ArgumentException e) when (e is not ArgumentNullException)
        {
            throw new InputLimitExceededException("Markdown nested too deeply for its parser: " + e.Message, where, e);
        }
        cancellationToken.ThrowIfCancellationRequested();
        var lines = new LineTextBuilder(paragraphsAreBlocks: false); // Markdown says where its blank lines are
        new MarkdownLineWriter(text, lines, options.Limits.MaxNestingDepth, cancellationToken).Write(document);
        // spans: the builder records 0-based Markdown lines; the parser's spans are 1-based lines of the file
        return lines.Parse(_parser, options, SourceFormat.Markdown, SourceUnit.Line, diagnostics, cancellationToken);
    }

    /// <summary>
    /// Refuses, before Markdig sees them, lines nested deeper than the limit: more block-quote or list markers in front
    /// of the text than <paramref name="maxDepth"/>, or more than four columns of indentation per level. Markdig's time
    /// grows faster than the input on deep nesting (800 nested list levels took 5 s, 3,000 more than two minutes).
    /// </summary>
    private static void CheckNesting(string text, int maxDepth, SourceLocation where)
    {
        int line = 1, column = 0, markers = 0;
        bool leading = true;
        for (int i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                column = markers = 0;
                leading = true;
                continue;
            }
            if (!leading) continue;
            if (c == ' ') column++;
            else if (c == '\t') column += 4 - column % 4;
            else if (c == '>' || (c is '-' or '*' or '+' && i + 1 < text.Length && text[i + 1] is ' ' or '\t')) { markers++; column++; }
            else leading = false;
            if (markers > maxDepth || column > 4 * maxDepth)
                throw new InputLimitExceededException($"Markdown nested deeper than {maxDepth} levels (block quotes, lists or indentation)", where with { Line = line });
        }
    }
}
