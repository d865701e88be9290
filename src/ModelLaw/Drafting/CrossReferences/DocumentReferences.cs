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
    private readonly TextExtract _extract;
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
        _extract = TextExtract.Of(_index);
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
        var recent = new List<Recent>();
        foreach (var chain in ReferenceScanner.Scan(text, _v, _sectionStyle))
            Emit(source, text, chain, scopes, mentions, recent);
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
        var named = InstrumentNames.Of(act, _v);
        // a name read here is what "that Act" names next ("section 2 of the Oceans Act ... section 20 of that Act")
        if (named is not null) mentions.Add((position, named));
        var name = named ?? mentions.LastOrDefault(m => m.Index < position).Name ?? _lastNamed;
        if (name is null) return new Scope(act.Trim());
        return _selfKeys.Contains(name.Key) ? Scope.Self : new Scope(name.Display, Name: name);
    }

    /// <summary>What a chain refers into: the instrument, the provision "of this Article" names, or a level beyond the text.</summary>
    private readonly record struct Binding(Scope Scope, Provision? Anchor, ProvisionKind? Beyond);

    private Binding Bind(Provision source, Chain chain, InstrumentScopes scopes, List<(int Index, InstrumentName Name)> mentions, List<Recent> recent)
    {
        var q = chain.Qualifier;
        var scope = scopes.At(chain.Start);
        if (q is { Kind: QualifierKind.Act })
        {
            // "of that Schedule", "of that Annex": the provision of that level cited last in this text
            if (LevelAnaphora(q.Act!) is { } level && recent.LastOrDefault(r => r.Kind == level) is { Kind: not null } last)
                return last.Scope.IsSelf ? new Binding(Scope.Self, last.Target, null) : new Binding(last.Scope, null, null);
            return new Binding(ScopeOfAct(q.Act!, chain.Start, mentions), null, null);
        }
        // "of this Directive" inside text quoted into another act names that act; elsewhere, this document
        if (q is null || scopes.InQuote(chain.Start) && !scope.IsSelf) return new Binding(scope, null, null);
        if (q is not { Kind: QualifierKind.Anchor, AnchorKind: { } kind }) return new Binding(Scope.Self, null, null);
        var anchor = _index.Enclosing(source, kind);
        return new Binding(Scope.Self, anchor, anchor is null ? kind : null);
    }

    private ProvisionKind? LevelAnaphora(string act)
    {
        var words = act.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 1 && _v.Anaphora.IsMatch(act.Trim()) && _v.KindOf(words[^1]) is { } k ? CrossReferenceExtractor.InStyle(k, _sectionStyle) : null;
    }

    private void Emit(Provision source, string text, Chain chain, InstrumentScopes scopes, List<(int Index, InstrumentName Name)> mentions, List<Recent> recent)
    {
        var levels = chain.Segments.Where(s => s.Kind is not null && s.Items.Count > 0).OrderBy(s => ReferenceScanner.ChainRank(s.Kind)).ToList();
        if (levels.Count == 0) return;
        var binding = Bind(source, chain, scopes, mentions, recent);
        // "titles 17 and 35", "section 552a of title 5": a title of the United States Code, not a division of this text
        bool codeTitles = levels[0] is { Kind: ProvisionKind.Title, Word: [>= 'a' and <= 'z', ..] } && !_index.All.Any(p => p.Kind == ProvisionKind.Title);
        if (binding.Scope.Name is { } named && !codeTitles) Count(named, mention: false);
        var prefix = chain.Prefix.Concat(levels.Take(levels.Count - 1).SelectMany(s => s.Items[0])).ToList();
        var written = text[chain.Start..chain.End].TrimEnd();
        Provision? outermost = null;
        foreach (var item in levels[^1].Items)
        {
            var path = prefix.Concat(item).ToImmutableArray();
            var reference = new CrossReference
            {
                SourceEId = source.EId, SourceCitation = source.Citation, Text = written, Offset = chain.Start, Span = source.Span, Path = path,
                Status = ReferenceStatus.External,
            };
            var scope = codeTitles ? ScopeOfAct($"title {path[0].Value}", chain.Start, mentions) : binding.Scope;
            if (codeTitles && scope.Name is { } title) Count(title, mention: false);
            if (!scope.IsSelf)
            {
                var q = chain.Qualifier;
                _output.Add(reference with { ExternalAct = (q is { Kind: QualifierKind.Act } && !codeTitles ? q.Act : scope.Act) ?? "quoted amending text", Instrument = scope.Name?.Display });
                continue;
            }
            var r = ReferenceResolver.Resolve(path, source, binding.Anchor, _index, _sectionStyle);
            outermost ??= r.Target is null ? null : ReferenceResolver.Resolve([path[0]], source, binding.Anchor, _index, _sectionStyle).Target;
            var beyond = r.Target is null ? (binding.Beyond is { } level ? $"this {level.ToLevelName()}" : _extract.Beyond(path)) : null;
            _output.Add(beyond is not null
                ? reference with { ExternalAct = $"{beyond} (beyond this text)" }
                : reference with
                {
                    Status = r.Target is null ? ReferenceStatus.Unresolved : ReferenceStatus.Resolved,
                    Targets = r.Target is null ? ImmutableArray<string>.Empty : [r.Target.EId], Loose = r.Loose,
                });
        }
        recent.Add(new Recent(levels[0].Items[0][0].Kind, binding.Scope, outermost));
    }

    /// <summary>A reference cited earlier in the same text, for "of that Schedule".</summary>
    private readonly record struct Recent(ProvisionKind? Kind, Scope Scope, Provision? Target);

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
