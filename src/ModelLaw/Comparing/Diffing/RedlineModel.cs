using System.Collections.Immutable;
using ModelLaw.Documents;

namespace ModelLaw.Comparing.Diffing;

/// <summary>Which end of a move a line shows: where the provision stood in the model, or where it stands now.</summary>
internal enum MoveEnd : byte { None, From, To }

/// <summary>
/// One line of a redline, format-neutral: a provision's number, title and own text as diffs (or its wrap-up), at a depth.
/// Writers render lines; they never diff.
/// </summary>
internal sealed record RedlineLine
{
    /// <summary>Kind of the provision the line shows.</summary>
    public required ProvisionKind Kind { get; init; }
    /// <summary>Divisions, articles and annexes: number and title on a heading line, the text below.</summary>
    public bool IsHeading { get; init; }
    /// <summary>Nesting below the enclosing heading-kind provision (a paragraph of an article is 0, its points 1).</summary>
    public int Depth { get; init; }
    public TextDiff Number { get; init; } = TextDiff.Empty;
    public TextDiff Title { get; init; } = TextDiff.Empty;
    public TextDiff Text { get; init; } = TextDiff.Empty;
    /// <summary>The closing words after a provision's children.</summary>
    public bool IsWrapUp { get; init; }
    /// <summary>The link that made the line.</summary>
    public required AlignmentLink Owner { get; init; }
    /// <summary>Set on the first line of a link (at each end of a move): where its note goes.</summary>
    public bool FirstOfLink { get; init; }
    /// <summary>The note on the link in a drafter's words, on the first line of a link; empty otherwise.</summary>
    public ImmutableArray<string> Note { get; init; } = ImmutableArray<string>.Empty;
    public MoveEnd Move { get; init; }
    /// <summary>Which move the line belongs to (1, 2, ...), 0 when none; lines of one move share it at both ends.</summary>
    public int MoveId { get; init; }
    /// <summary>First line of a row of a side-by-side view: a division, an article, an annex or a top-level provision.</summary>
    public bool StartsRow { get; init; }
    /// <summary>The model provision shown, when there is one.</summary>
    public Provision? Model { get; init; }
    /// <summary>The national provision shown, when there is one.</summary>
    public Provision? National { get; init; }

    /// <summary>True when the line shows nothing.</summary>
    public bool IsEmpty => Number.Runs.IsEmpty && Title.Runs.IsEmpty && Text.Runs.IsEmpty;
}

/// <summary>A row of a side-by-side view: a division heading, or an article with everything below it.</summary>
internal sealed record RedlineRow(RedlineLine Head, ImmutableArray<RedlineLine> Lines)
{
    public bool IsDivision => Head.IsHeading && Head.Kind.IsDivision();
}

/// <summary>
/// The redline of a comparison in one side's order, ready to render: every line of both texts, with moves at both ends
/// when asked. Made by <see cref="RedlineModelBuilder"/> from the comparison, once per output.
/// </summary>
internal sealed record RedlineModel(ImmutableArray<RedlineLine> Lines, bool NationalLayout, string Language)
{
    /// <summary>True for a language written right to left (Arabic, Hebrew, Persian, Urdu...).</summary>
    public bool RightToLeft => IsRightToLeft(Language);

    public static bool IsRightToLeft(string? language)
    {
        if (string.IsNullOrEmpty(language)) return false;
        var code = language.Split('-', '_')[0].ToLowerInvariant();
        return code is "ar" or "he" or "iw" or "fa" or "ur" or "ps" or "sd" or "yi" or "dv" or "ug" or "ckb";
    }

    /// <summary>The lines grouped in rows, each starting at a line with <see cref="RedlineLine.StartsRow"/>.</summary>
    public IEnumerable<RedlineRow> Rows()
    {
        var lines = new List<RedlineLine>();
        foreach (var line in Lines)
        {
            if (line.StartsRow && lines.Count > 0) { yield return new RedlineRow(lines[0], lines.ToImmutableArray()); lines.Clear(); }
            lines.Add(line);
        }
        if (lines.Count > 0) yield return new RedlineRow(lines[0], lines.ToImmutableArray());
    }
}
