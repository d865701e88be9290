using ModelLaw.Documents;

namespace ModelLaw.Drafting.CrossReferences;

/// <summary>
/// A text that is one division of a larger instrument ("CHAPTER 35" of title 44 of the United States Code): references to
/// its sibling divisions ("chapters 21, 29, 31, and 33") and, where section numbers carry the chapter's number (3501 …
/// 3583), to sections numbered for another chapter ("section 3603") point beyond the text, not nowhere.
/// </summary>
internal sealed record TextExtract(ProvisionKind? Kind, string? Value, string? SectionPrefix)
{
    private static readonly TextExtract None = new(null, null, null);

    public static TextExtract Of(ProvisionIndex index)
    {
        var top = index.Document.Root.Children.Where(c => c.Kind is not ProvisionKind.Preamble and not ProvisionKind.Recital).ToList();
        if (top is not [{ Kind: ProvisionKind.Chapter or ProvisionKind.Title or ProvisionKind.Part, Number: { } n } only]) return None;
        var value = ReferenceNumbers.Normalise(n.Value, only.Kind);
        var sections = index.All.Where(p => p.Kind.IsUnit() && p.Number is not null).Select(p => p.Number!.Value).ToList();
        bool prefixed = value.All(char.IsDigit) && sections.Count > 1 && sections.All(s => s.StartsWith(value, StringComparison.Ordinal) && s.Length > value.Length);
        return new TextExtract(only.Kind, value, prefixed ? value : null);
    }

    /// <summary>"chapter 21" or "section 3603" when the path points to another part of the larger instrument; null otherwise.</summary>
    public string? Beyond(IReadOnlyList<ReferenceStep> path)
    {
        if (Kind is null || path.Count == 0) return null;
        var first = path[0];
        if (first.Kind == Kind && first.Value != Value) return $"{first.Kind.ToLevelName()} {first.Value}";
        if (SectionPrefix is not null && first.Kind is ProvisionKind.ActSection or ProvisionKind.Section && !first.Value.StartsWith(SectionPrefix, StringComparison.Ordinal))
            return $"section {first.Value}";
        return null;
    }
}
