using System.Collections.Immutable;

namespace ModelLaw.Comparing;

/// <summary>One operation of an edit script.</summary>
public enum DiffOperation
{
    /// <summary>Text present in both.</summary>
    Equal,
    /// <summary>Text only in the national (new) text.</summary>
    Insert,
    /// <summary>Text only in the model (old) text.</summary>
    Delete,
}

/// <summary>
/// A run of text under one operation. Runs keep the original spacing, so concatenating Equal+Delete gives the old text
/// and Equal+Insert the new (an Equal run contributes <see cref="ModelText"/> to the old text when it has one).
/// </summary>
/// <param name="Operation">The operation.</param>
/// <param name="Text">The text of the run (for an Equal run, the national wording).</param>
public sealed record DiffRun(DiffOperation Operation, string Text)
{
    /// <summary>
    /// For an Equal run whose model wording differs only in what the <see cref="Diffing.DiffOptions"/> ignore (case,
    /// punctuation, placeholder brackets, label style): the model's wording. Null when both wordings are the same.
    /// </summary>
    public string? ModelText { get; init; }

    /// <summary>
    /// True for a Delete or Insert run that only follows the renumbering of the provisions it cites (the model's
    /// "Article 36" became the national "Article 37" where model Article 36 is national Article 37): a consequential
    /// change, not a change of substance.
    /// </summary>
    public bool Consequential { get; init; }
}

/// <summary>The unit a diff was computed on.</summary>
public enum DiffGranularity
{
    /// <summary>Words and marks (the normal case).</summary>
    Word,
    /// <summary>Sentences: the pair was too long to diff word by word within <see cref="CompareOptions.MaxWordDiffCells"/>.</summary>
    Sentence,
    /// <summary>The whole text as one replacement: even the sentences exceeded the budget.</summary>
    Whole,
}

/// <summary>A word-level edit script turning the model text of a link into the national text.</summary>
public sealed record TextDiff(ImmutableArray<DiffRun> Runs)
{
    /// <summary>The unit the diff was computed on: <see cref="DiffGranularity.Word"/> unless the pair exceeded the diff budget.</summary>
    public DiffGranularity Granularity { get; init; } = DiffGranularity.Word;

    /// <summary>An empty diff.</summary>
    public static TextDiff Empty { get; } = new(ImmutableArray<DiffRun>.Empty);

    /// <summary>The old (model) text.</summary>
    public string OldText => string.Concat(Runs.Where(r => r.Operation != DiffOperation.Insert).Select(r => r.ModelText ?? r.Text));

    /// <summary>The new (national) text.</summary>
    public string NewText => string.Concat(Runs.Where(r => r.Operation != DiffOperation.Delete).Select(r => r.Text));

    /// <summary>True when nothing was inserted or deleted.</summary>
    public bool IsUnchanged => Runs.All(r => r.Operation == DiffOperation.Equal);

    /// <summary>True when every insertion and deletion is consequential renumbering (see <see cref="DiffRun.Consequential"/>).</summary>
    public bool OnlyConsequentialChanges => Runs.All(r => r.Operation == DiffOperation.Equal || r.Consequential);
}
