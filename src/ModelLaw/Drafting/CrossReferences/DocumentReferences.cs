using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ModelLaw.Documents;

namespace ModelLaw.Drafting.CrossReferences;

/// <summary>
/// One extraction run over one document: walks the provisions in order, carries instrument scopes from an amending or
/// "with regard to" intro down to its sub-provisions, reads "that Directive" and "thereof" as the instrument last named,
/// and counts the instruments cited. Not shared: a new instance per run.
/// </summary>
internal sealed class DocumentReferences
{
    private static readonly Regex SelfPhrase = new(@"^(?:this|the\s+present|présente?|esta|este|la\s+presente|el\s+presente|настоящ|هذا|هذه|本)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private readonly LegalDocument _document;
    private readonly CompiledVocabulary _v;
    private readonly ProvisionIndex _index;
    private readonly bool _sectionStyle;
    private readonly HashSet<string> _selfKeys = new(StringComparer.Ordinal);
    private readonly ImmutableArray<CrossReference>.Builder _output = ImmutableArray.CreateBuilder<CrossReference>();
    private readonly Dictionary<string, (string Name, int References, int Mentions)> _cited = new(StringComparer.Ordinal);
    private readonly List<string> _citedOrder = new();
    private readonly Dictionary<Provision, Scope> _childScope = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Provision, Scope> _running = new(ReferenceEqualityComparer.Instance);
    private InstrumentName? _lastNamed;

    public DocumentReferences(LegalDocument document)
    {
        _document = document;
        _v = CompiledVocabulary.For(document.Language);
        _index = new ProvisionIndex(document);
        _sectionStyle = CrossReferenceExtractor.IsSectionStyle(_index);
        if (CrossReferenceExtractor.IdentityOf(document) is { } self) _selfKeys.Add(self.Key);
        // the text calls itself "this Constitution", so "the Constitution" is itself
        var thisPhrase = new Regex(_v.Source.ThisAct.TrimStart('^'), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        foreach (var p in _index.All)
            foreach (Match m in thisPhrase.Matches(p.Content))
                if (m.Value.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } words
                    && InstrumentNames.Of(words[^1], _v) is { } name) _selfKeys.Add(name.Key);
    }

    public ReferenceAnalysis Run(CancellationToken cancellationToken)
    {
        foreach (var p in _index.All)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var inherited = Inherited(p);
            var end = Scan(p, p.Content, inherited);
            _childScope[p] = end;
            // an unnumbered intro ("Directive X is amended as follows:") may stand as a subparagraph before its points
            if (_index.Parent(p) is { } parent && p.Kind == ProvisionKind.Subparagraph && end != inherited && p.Content.TrimEnd().EndsWith(':'))
                _running[parent] = end;
            if (p.WrapUp is { Length: > 0 } w) Scan(p, w, inherited);
        }
        var instruments = _citedOrder.Select(k => (Key: k, Entry: _cited[k]))
            .Where(e => e.Entry.References > 0 || e.Entry.Mentions > 0)
            .OrderByDescending(e => e.Entry.References + e.Entry.Mentions).ThenBy(e => e.Entry.Name, StringComparer.Ordinal)
            .Select(e => new CitedInstrument { Key = e.Key, Name = e.Entry.Name, References = e.Entry.References, Mentions = e.Entry.Mentions })
            .ToImmutableArray();
        return new ReferenceAnalysis(_output.ToImmutable(), instruments);
    }

    private Scope Inherited(Provision p)
    {
        var parent = _index.Parent(p);
        if (parent is null) return Scope.Self;
        var scope = _running.GetValueOrDefault(parent) ?? _childScope.GetValueOrDefault(parent) ?? Scope.Self;
        // "In Article 5 of Directive X, paragraph 4 shall be replaced by the following:" then a provision in quotes:
        // the quoted text is the other act's, named last in the words that introduce it
        if (scope.IsSelf && OpensWithQuote(p.Content) && IntroducedByColon(p, parent))
            return _lastNamed is { } named && !_selfKeys.Contains(named.Key) ? new Scope(named.Display, Name: named) : new Scope(null, Quoted: true);
        return scope;
    }

    private static bool OpensWithQuote(string text) => text.TrimStart() is { Length: > 0 } t && "‘“«„\"'".Contains(t[0]);

    private bool IntroducedByColon(Provision p, Provision parent)
    {
        var before = _index.ImmediatelyBefore(p) is { } prev ? LastText(prev) : parent.Content;
        return before.TrimEnd().EndsWith(':');
    }

    private static string LastText(Provision p)
    {
        var last = p;
        while (last.HasChildren) last = last.Children[^1];
        return string.IsNullOrWhiteSpace(last.WrapUp) ? last.Content : last.WrapUp!;
    }

    private Scope Scan(Provision source, string text, Scope inherited)
    {
        if (string.IsNullOrEmpty(text)) return inherited;
        var mentions = Mentions(text);
        var scopes = new InstrumentScopes(text, inherited, _v, act => ScopeOfAct(act, text.Length, mentions));
        foreach (var chain in ReferenceScanner.Scan(text, _v, _sectionStyle))
            Emit(source, text, chain, scopes, mentions);
        Relative(source, text, scopes);
        if (mentions.Count > 0) _lastNamed = mentions[^1].Name;
        return scopes.AtEnd;
    }

    private List<(int Index, InstrumentName Name)> Mentions(string text)
    {
        var found = new List<(int, InstrumentName)>();
        foreach (Match m in _v.Instrument.Matches(text))
        {
            if (InstrumentNames.Of(m.Groups["act"].Value, _v) is not { } name || !InstrumentNames.IsSpecific(name) || _selfKeys.Contains(name.Key)) continue;
            found.Add((m.Index, name));
            Count(name, mention: true);
        }
        return found;
    }

    private void Count(InstrumentName name, bool mention)
    {
        if (!_cited.TryGetValue(name.Key, out var e)) { e = (name.Display, 0, 0); _citedOrder.Add(name.Key); }
        _cited[name.Key] = mention ? e with { Mentions = e.Mentions + 1 } : e with { References = e.References + 1 };
    }

    private Scope ScopeOfAct(string act, int position, List<(int Index, InstrumentName Name)> mentions)
    {
        if (SelfPhrase.IsMatch(act.Trim())) return Scope.Self;
        // "that Annex", "dudit article": a provision named before, perhaps of another act; not checked
        var words = act.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 1 && _v.Anaphora.IsMatch(act.Trim()) && _v.KindOf(words[^1]) is not null) return new Scope(act.Trim());
        // "that Directive", "thereof", "dudit règlement": the instrument named last
        var name = InstrumentNames.Of(act, _v) ?? mentions.LastOrDefault(m => m.Index < position).Name ?? _lastNamed;
        if (name is null) return new Scope(act.Trim());
        return _selfKeys.Contains(name.Key) ? Scope.Self : new Scope(name.Display, Name: name);
    }

    private void Emit(Provision source, string text, Chain chain, InstrumentScopes scopes, List<(int Index, InstrumentName Name)> mentions)
    {
        var q = chain.Qualifier;
        bool quoted = scopes.InQuote(chain.Start);
        Scope scope = scopes.At(chain.Start);
        Provision? anchor = null;
        ProvisionKind? beyond = null;
        if (q is { Kind: QualifierKind.Act }) scope = ScopeOfAct(q.Act!, chain.Start, mentions);
        else if (q is not null && !(quoted && !scope.IsSelf))
        {
            // "of this Directive" inside text quoted into another act names that act; elsewhere, this document
            scope = Scope.Self;
            if (q is { Kind: QualifierKind.Anchor, AnchorKind: { } kind })
            {
                anchor = _index.Enclosing(source, kind);
                if (anchor is null) beyond = kind;
            }
        }
        if (scope.Name is { } named) Count(named, mention: false);

        var levels = chain.Segments.Where(s => s.Kind is not null && s.Items.Count > 0).OrderBy(s => ReferenceScanner.ChainRank(s.Kind)).ToList();
        if (levels.Count == 0) return;
        var prefix = chain.Prefix.Concat(levels.Take(levels.Count - 1).SelectMany(s => s.Items[0])).ToList();
        var written = text[chain.Start..chain.End].TrimEnd();
        foreach (var item in levels[^1].Items)
        {
            var path = prefix.Concat(item).ToImmutableArray();
            var reference = new CrossReference
            {
                SourceEId = source.EId, SourceCitation = source.Citation, Text = written, Offset = chain.Start, Span = source.Span, Path = path,
                Status = ReferenceStatus.External,
            };
            if (!scope.IsSelf)
            {
                _output.Add(reference with { ExternalAct = (q is { Kind: QualifierKind.Act } ? q.Act : scope.Act) ?? "quoted amending text", Instrument = scope.Name?.Display });
                continue;
            }
            var r = ReferenceResolver.Resolve(path, source, anchor, _index, _sectionStyle);
            if (r.Target is null && beyond is { } level)
                _output.Add(reference with { ExternalAct = $"this {level.ToLevelName()} (beyond this text)" });
            else
                _output.Add(reference with
                {
                    Status = r.Target is null ? ReferenceStatus.Unresolved : ReferenceStatus.Resolved,
                    Targets = r.Target is null ? ImmutableArray<string>.Empty : [r.Target.EId], Loose = r.Loose,
                });
        }
    }

    private void Relative(Provision source, string text, InstrumentScopes scopes)
    {
        foreach (Match m in _v.Relative.Matches(text))
        {
            if (!scopes.At(m.Index).IsSelf) continue;
            // "the following point is added:" introduces new text, it does not refer to a provision
            if (_v.IntroducesText.IsMatch(text[(m.Index + m.Length)..])) continue;
            if (_v.KindOf(m.Groups["lvl"].Value) is not { } named) continue;
            var kind = CrossReferenceExtractor.InStyle(named, _sectionStyle);
            var preceding = _v.Preceding.IsMatch(m.Groups["dir"].Value);
            var anchor = _index.Enclosing(source, kind);
            var target = anchor is null ? null : preceding ? _index.PreviousSibling(anchor) : _index.NextSibling(anchor);
            // "the previous subparagraph" from the first unnumbered subparagraph is the introductory text of its parent
            if (target is null && preceding && anchor is { Kind: ProvisionKind.Subparagraph } && _index.Parent(anchor) is { Content.Length: > 0 } intro)
                target = intro;
            _output.Add(new CrossReference
            {
                SourceEId = source.EId, SourceCitation = source.Citation, Text = m.Value, Offset = m.Index, Span = source.Span,
                Status = target is null ? ReferenceStatus.Unresolved : ReferenceStatus.Resolved,
                Targets = target is null ? ImmutableArray<string>.Empty : [target.EId],
            });
        }
    }
}
