using System.Text.RegularExpressions;

namespace ModelLaw.Drafting.CrossReferences;

/// <summary>The instrument unqualified references belong to: this document (<see cref="Act"/> null) or another one.</summary>
/// <param name="Act">The other instrument as written; null for the document itself.</param>
/// <param name="Quoted">True inside text quoted by an amending provision whose instrument is not named.</param>
/// <param name="Name">The instrument's key and name when the text names one (not for "thereof" with nothing named before).</param>
internal sealed record Scope(string? Act, bool Quoted = false, InstrumentName? Name = null)
{
    public static Scope Self { get; } = new((string?)null);
    public bool IsSelf => Act is null && !Quoted;
}

/// <summary>
/// Where a text changes instrument: "with regard to Regulation (EU) No 600/2014:" and "Directive 2011/61/EU is amended as
/// follows:" open a scope that runs to the end of the provision (and, for its sub-provisions, through them); a line of
/// text quoted by an amending provision belongs to the act it is inserted into.
/// </summary>
internal sealed class InstrumentScopes
{
    // quoted text after "replaced by the following:" (on the same line or the next); a definition line that opens with its
    // quoted term ("'operator' means") is not amending text
    private static readonly Regex QuotedAmendment = new(@":[ \t]*\n?[ \t]*[‘“«„""'].*$",
        RegexOptions.Multiline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    private static readonly Regex QuotedLine = new(@"^[ \t]*[‘“«„""'].*$", RegexOptions.Multiline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private readonly List<(int Start, Scope Scope)> _openers = new();
    private readonly List<(int Start, int End)> _quoted = new();
    private readonly Scope _inherited;

    public InstrumentScopes(string text, Scope inherited, CompiledVocabulary v, Func<string, Scope> scopeOf)
    {
        _inherited = inherited;
        foreach (var m in v.WithRegardTo.Matches(text).Concat(v.AmendedAsFollows.Matches(text)).OrderBy(m => m.Index))
            if (m.Groups["act"].Success) _openers.Add((m.Index + m.Length, scopeOf(m.Groups["act"].Value)));
        foreach (Match m in QuotedAmendment.Matches(text))
            _quoted.Add((m.Index, m.Index + m.Length));
        // inside an amending provision, a line of its own in quotes is the text inserted
        if (!inherited.IsSelf)
            foreach (Match m in QuotedLine.Matches(text))
                _quoted.Add((m.Index, m.Index + m.Length));
    }

    /// <summary>The scope in force at the end of the text: what its sub-provisions inherit.</summary>
    public Scope AtEnd => _openers.Count > 0 ? _openers[^1].Scope : _inherited;

    /// <summary>True when the position lies in quoted amending text.</summary>
    public bool InQuote(int position) => _quoted.Any(q => position >= q.Start && position < q.End);

    /// <summary>The scope at a position of the text.</summary>
    public Scope At(int position)
    {
        var scope = _inherited;
        foreach (var (start, s) in _openers)
            if (start <= position) scope = s;
        if (InQuote(position) && scope.IsSelf) return new Scope(null, Quoted: true);
        return scope;
    }
}
