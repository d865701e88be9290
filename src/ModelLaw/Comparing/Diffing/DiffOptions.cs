namespace ModelLaw.Comparing.Diffing;

/// <summary>
/// What counts as a change in a word diff, as in Word's and LibreOffice's compare settings. Immutable; use <c>with</c>
/// to vary. Ignored differences are not shown as changes: the text reads as the national wording, and the model's
/// wording of such a stretch is kept in <see cref="DiffRun.ModelText"/>, so both texts can still be rebuilt.
/// </summary>
public sealed record DiffOptions
{
    /// <summary>The defaults: every difference is a change.</summary>
    public static DiffOptions Default { get; } = new();

    /// <summary>A change of case only ("General Provisions" → "GENERAL PROVISIONS") is not a change (default false).</summary>
    public bool IgnoreCase { get; init; }

    /// <summary>Punctuation marks added, dropped or changed are not changes (default false).</summary>
    public bool IgnorePunctuation { get; init; }

    /// <summary>
    /// The style of a paragraph or point label is not a change when its number stays: "1." → "(1)", "a)" → "(a)"
    /// (default false).
    /// </summary>
    public bool IgnoreLabelStyle { get; init; }

    /// <summary>
    /// Square brackets around a placeholder that the national text filled are not a change: "[five]" → "five"
    /// (default false). Only the brackets are ignored; a different word inside them is still a change.
    /// </summary>
    public bool IgnorePlaceholderBrackets { get; init; }

    /// <summary>True when some difference is ignored.</summary>
    public bool IgnoresAnything => IgnoreCase || IgnorePunctuation || IgnoreLabelStyle || IgnorePlaceholderBrackets;
}
