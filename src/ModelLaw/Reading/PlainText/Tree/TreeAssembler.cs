using System.Globalization;
using ModelLaw.Documents;
using ModelLaw.Reading.PlainText.Lines;

namespace ModelLaw.Reading.PlainText.Tree;

/// <summary>
/// Builds a provision tree from classified blocks in one pass. One instance per parse (it holds the parse state); not
/// shared. This file holds the pass and its plumbing; the concerns have their own files: headings and their text
/// (<c>.Headings.cs</c>), numbered lists and indents (<c>.Lists.cs</c>), common-law sections (<c>.Sections.cs</c>); the
/// passes over the finished tree are in <see cref="TreePasses"/> and <see cref="ActLevels"/>.
/// </summary>
internal sealed partial class TreeAssembler
{
    private readonly LanguageProfile _profile;
    private readonly ReadLimits _limits;
    private readonly string? _source;
    private readonly CancellationToken _ct;
    private readonly List<Diagnostic> _diagnostics = new();
    private readonly Dictionary<ProvisionBuilder, ProvisionBuilder> _parents = new(ReferenceEqualityComparer.Instance);
    private readonly List<ProvisionBuilder> _structure = new();
    private readonly ProvisionBuilder _root = new(ProvisionKind.Document);
    private ProvisionBuilder _current;
    private ProvisionBuilder? _preamble;
    private bool _bodyStarted;
    private int _count;

    public TreeAssembler(ReadOptions options, CancellationToken ct, LineClassifier classifier)
    {
        _classifier = classifier;
        _sections = classifier.Sections;
        _profile = classifier.Profile;
        _limits = options.Limits;
        _source = options.SourceName;
        _ct = ct;
        _structure.Add(_root);
        _current = _root;
    }

    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    public string Title { get; private set; } = "";

    /// <summary>The State the opening line names, when the title follows it ("REPUBLIC OF ARCADIA"), or null.</summary>
    public string? Jurisdiction { get; private set; }

    public ProvisionBuilder Assemble(IReadOnlyList<Block> blocks)
    {
        bool hasHeadings = false, hasItems = false;
        foreach (var b in blocks)
        {
            hasHeadings |= b.Type == BlockType.Heading;
            hasItems |= b.Type == BlockType.Item;
        }
        int start = 0;
        if (blocks.Count > 0 && blocks[0].Type == BlockType.Text
            && (hasHeadings || blocks.Count > 1 && blocks[0].MarkdownLevel == 1))
        {
            var opening = TitleBlocks.Take(blocks);
            (Title, Jurisdiction, start) = (opening.Title, opening.Jurisdiction, opening.Consumed);
        }

        if (!hasHeadings && !hasItems)
        {
            OneProvisionPerParagraph(blocks, start);
            return Finish();
        }
        if (!hasHeadings)
        {
            _bodyStarted = true;
            Report(DiagnosticSeverity.Info, "MLT008", "No article or division headings found: numbered paragraphs are read at the top level.",
                SourceSpan.Lines(blocks[start].StartLine, blocks[^1].EndLine));
        }

        for (int i = start; i < blocks.Count; i++)
        {
            if ((i & 255) == 0) _ct.ThrowIfCancellationRequested();
            Dispatch(blocks, i, blocks[i]);
        }
        return Finish();
    }

    /// <summary>No headings and no numbered items: every paragraph is one provision, with warning MLT001.</summary>
    private void OneProvisionPerParagraph(IReadOnlyList<Block> blocks, int start)
    {
        if (blocks.Count > start)
            Report(DiagnosticSeverity.Warning, "MLT001",
                "No headings or numbered provisions found: the text is read as one provision per paragraph.",
                SourceSpan.Lines(blocks[start].StartLine, blocks[^1].EndLine));
        for (int i = start; i < blocks.Count; i++)
        {
            var b = blocks[i];
            if (b.Type == BlockType.Deleted) continue;
            var sp = New(ProvisionKind.Subparagraph, b);
            sp.Content = b.Type == BlockType.Indent ? $"{b.IndentMark} {b.Text}" : b.Text;
            Attach(_root, sp);
        }
    }

    private void Dispatch(IReadOnlyList<Block> blocks, int i, Block b)
    {
        switch (b.Type)
        {
            case BlockType.Heading:
                if (b.Section is not null && !AcceptSection(b, out var demoted)) { Dispatch(blocks, i, demoted); break; }
                OnHeading(b.Section is not null ? LeadInNotHeading(blocks, i, b) : b);
                break;
            case BlockType.Deleted:
                Report(DiagnosticSeverity.Info, "MLT005", "Deleted-passage marker skipped.", SourceSpan.Lines(b.StartLine, b.EndLine));
                break;
            case BlockType.Text:
                if (_awaitingHeading is { } owner && TryTakeHeading(owner, b)) break;
                _awaitingHeading = null;
                if (_sections && TryMarginalNote(blocks, i, b)) break;
                if (b.NearMiss is { } why) NearMiss(b, why);
                OnText(b, b.Text);
                break;
            case BlockType.Item:
                _awaitingHeading = null;
                OnItem(b);
                if (b.ItemHeading is { } runIn && _current.Heading is null) _current.Heading = runIn;
                if (b.Continuation is { } more) Dispatch(blocks, i, _classifier.Classify(more, b.StartLine, afterBlank: false));
                break;
            case BlockType.Indent:
                _awaitingHeading = null;
                OnIndent(b);
                break;
        }
    }

    private ProvisionBuilder Finish()
    {
        if (_sections) ActLevels.Name(_root, _schemeOf, _profile);
        ReportStructure();
        if (_profile.CountsUnnumberedParagraphs) TreePasses.NumberUnnumberedParagraphs(_root);
        TreePasses.FixSpans(_root);
        return _root;
    }

    // ---- plumbing ----

    private ProvisionBuilder New(ProvisionKind kind, Block b)
    {
        if (++_count > _limits.MaxProvisions)
            throw new InputLimitExceededException(
                $"more than {_limits.MaxProvisions.ToString(CultureInfo.InvariantCulture)} provisions", new SourceLocation(_source, b.StartLine));
        return new ProvisionBuilder(kind) { Span = SourceSpan.Lines(b.StartLine, b.EndLine) };
    }

    private ProvisionBuilder AttachNew(ProvisionBuilder parent, ProvisionKind kind, Block b)
    {
        var n = New(kind, b);
        Attach(parent, n);
        return n;
    }

    private void Attach(ProvisionBuilder parent, ProvisionBuilder child)
    {
        parent.Children.Add(child);
        _parents[child] = parent;
    }

    private void CheckDepth()
    {
        int depth = _structure.Count + _frames.Count;
        if (depth > _limits.MaxNestingDepth)
            throw new InputLimitExceededException(
                $"provisions nested deeper than {_limits.MaxNestingDepth.ToString(CultureInfo.InvariantCulture)} levels", new SourceLocation(_source));
    }

    private void Report(DiagnosticSeverity severity, string code, string message, SourceSpan? span) =>
        _diagnostics.Add(new Diagnostic(severity, code, message, span));
}
