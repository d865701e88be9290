using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using ModelLaw.Documents;

namespace ModelLaw.Comparing.Diffing;

/// <summary>
/// What happened to a provision, in a drafter's words: "Moved from Chapter III, after Article 16, to Chapter IV",
/// "Model Article 5 split into Articles 13, 14 and 25", "Definition renamed: 'competent authority' → 'High Authority'".
/// No similarity scores or evidence: those are in the JSON, and in the notes only in details mode.
/// </summary>
internal sealed class ChangeNotes
{
    private static readonly Regex QuotedTerm = new(@"^\s*(?:\(?\w{1,4}[.)]\s*)?[«“‘'""„]\s*(?<t>[^«»“”‘’'""„]{2,90}?)\s*[»”’'""“]",
        RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private readonly Comparison _c;
    private readonly TreeIndex _model, _national;

    public ChangeNotes(Comparison comparison, TreeIndex model, TreeIndex national)
    {
        _c = comparison;
        _model = model;
        _national = national;
    }

    /// <summary>The note on a link (empty when there is nothing to say), with the scores in details mode.</summary>
    public ImmutableArray<string> For(AlignmentLink link, bool details, bool movesWithParent = false)
    {
        var lines = ImmutableArray.CreateBuilder<string>();
        // a provision that moves with the provision above it says nothing of the move: the note above says it
        var sentence = movesWithParent && link.Relation == AlignmentRelation.Moved ? null : Describe(link);
        if (sentence is not null) lines.Add(sentence);
        if (Renamed(link) is { } renamed) lines.Add(renamed);
        if (details && lines.Count > 0 && link.Relation is not (AlignmentRelation.Omitted or AlignmentRelation.Added))
        {
            var evidence = string.Join(", ", link.Evidence.Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Kind} {e.Score:0.00}")));
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"Similarity {link.Similarity:0.00}") + (evidence.Length > 0 ? $"; evidence: {evidence}." : "."));
        }
        return lines.ToImmutable();
    }

    /// <summary>The sentence for a link, or null for one that kept its text and place.</summary>
    public string? Describe(AlignmentLink link)
    {
        var m = Cite(link.Model);
        var n = Cite(link.National);
        return link.Relation switch
        {
            AlignmentRelation.Modified when Major(link) => SameNumber(link) ? "Modified: reworded." : $"Modified: model {m} is reworded as {n}.",
            AlignmentRelation.Renumbered when Major(link) => $"Renumbered: model {m} is now {n}.",
            AlignmentRelation.Moved => MovedFrom(link),
            AlignmentRelation.Split => $"Split: model {m} split into {n}.",
            AlignmentRelation.Merged => $"Merged: model {m} merged into {n}.",
            AlignmentRelation.Omitted when Major(link) => $"Omitted: model {m} is not taken over in the national text.",
            AlignmentRelation.Added when Major(link) => $"Added: {n} has no counterpart in the model.",
            _ => null,
        };
    }

    /// <summary>The note at the new place of a move: where it came from.</summary>
    private string MovedFrom(AlignmentLink link)
    {
        var m = link.Model[0];
        var n = link.National[0];
        var (fromDivision, fromAfter) = Place(m, _model, _c.Model.Root);
        var (toDivision, toAfter) = Place(n, _national, _c.National.Root);
        var renumbered = Number(m) == Number(n) ? "" : $" (model {Cite(link.Model)}, now {Cite(link.National)})";
        if (fromDivision.Length > 0 && fromDivision == toDivision)
            return $"Moved within {fromDivision}: it stood {Where(fromAfter)} and now stands {Where(toAfter)}{renumbered}.";
        var from = Join(fromDivision, fromAfter);
        return $"Moved from {from}{(fromAfter.Length > 0 && fromDivision.Length > 0 ? "," : "")} to {Join(toDivision, toAfter)}{renumbered}.";
    }

    /// <summary>The note at the old place of a move: where it went.</summary>
    public ImmutableArray<string> MovedTo(AlignmentLink link)
    {
        var (division, after) = Place(link.National[0], _national, _c.National.Root);
        return [$"Moved to {Join(division, after)}, as {Cite(link.National)}."];
    }

    /// <summary>The division a provision stands in (its citation, or empty) and the provision of its kind before it there (or empty).</summary>
    private static (string Division, string After) Place(Provision p, TreeIndex index, Provision root)
    {
        var division = index.Division(p);
        var previous = index.Previous(p, division ?? root);
        var where = division is null ? "" : division.Citation is { Length: > 0 } c ? c : division.Label;
        return (where, previous is null ? "" : Cite(previous));
    }

    private static string Where(string after) => after.Length == 0 ? "at its start" : $"after {after}";

    /// <summary>"Chapter III, after Article 16", "the start of Chapter IV", "after Article 2", "the start of the text".</summary>
    private static string Join(string division, string after) => (division.Length, after.Length) switch
    {
        (0, 0) => "the start of the text",
        (0, _) => $"after {after}",
        (_, 0) => $"the start of {division}",
        _ => $"{division}, after {after}",
    };

    /// <summary>"Definition renamed: 'competent authority' → 'High Authority'" when a reworded definition changed its term.</summary>
    private static string? Renamed(AlignmentLink link)
    {
        if (link.Model.Length != 1 || link.National.Length != 1 || link.Relation is AlignmentRelation.Identical or AlignmentRelation.Equivalent) return null;
        var a = Term(link.Model[0].Content);
        var b = Term(link.National[0].Content);
        return a is null || b is null || string.Equals(a, b, StringComparison.OrdinalIgnoreCase) ? null : $"Definition renamed: '{a}' → '{b}'.";
    }

    private static string? Term(string content)
    {
        var match = QuotedTerm.Match(content);
        return match.Success ? match.Groups["t"].Value.Trim() : null;
    }

    private static bool Major(AlignmentLink link) => TreeIndex.IsHeadingKind(link.Level) || link.Level is ProvisionKind.Preamble;

    private static bool SameNumber(AlignmentLink link) =>
        link.Model.Length == 1 && link.National.Length == 1 && Number(link.Model[0]) == Number(link.National[0]);

    private static string Number(Provision p) => p.Number?.Value ?? "";

    private static string Cite(Provision p) => string.IsNullOrEmpty(p.Citation) ? p.Label : p.Citation;

    /// <summary>"Article 5", "Articles 13, 14 and 25", "Article 3(f) and Article 4".</summary>
    internal static string Cite(ImmutableArray<Provision> side)
    {
        var cites = side.Select(Cite).ToList();
        if (cites.Count <= 1) return cites.FirstOrDefault() ?? "";
        var words = cites.Select(c => c.Split(' ', 2)).ToList();
        if (words.All(w => w.Length == 2 && w[0] == words[0][0]) && words[0][0].All(char.IsAsciiLetter))
            return $"{words[0][0]}s {List(words.Select(w => w[1]).ToList())}";
        return List(cites);
    }

    private static string List(List<string> items) =>
        items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];
}
