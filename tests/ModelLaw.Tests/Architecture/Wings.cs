namespace ModelLaw.Tests.Architecture;

/// <summary>
/// The library's wings from the bottom up (docs/architecture.md): a wing may use the wings below it and never one
/// above. Wings on one rung (Errors and Text; the engine and its registration) may use each other.
/// </summary>
internal static class Wings
{
    /// <summary>The rungs, lowest first; each rung lists the wings (second namespace segment) it holds.</summary>
    public static readonly IReadOnlyList<string[]> Rungs =
    [
        ["Errors", "Text"],
        ["Documents"],
        ["Reading"],
        ["Comparing"],
        ["Coverage"],
        ["Drafting"],
        ["Writing"],
        ["Workflows"],
        ["(root)", "DependencyInjection"],
    ];

    /// <summary>The wing of a namespace: "ModelLaw.Reading.PlainText" → "Reading"; "ModelLaw" → "(root)".</summary>
    public static string Of(string? ns)
    {
        if (ns is null || ns == "ModelLaw") return "(root)";
        var rest = ns.StartsWith("ModelLaw.", StringComparison.Ordinal) ? ns["ModelLaw.".Length..] : ns;
        var dot = rest.IndexOf('.');
        return dot < 0 ? rest : rest[..dot];
    }

    /// <summary>The rung of a wing, or -1 when the wing is not in the stack.</summary>
    public static int RungOf(string wing)
    {
        for (int i = 0; i < Rungs.Count; i++)
            if (Rungs[i].Contains(wing)) return i;
        return -1;
    }

    /// <summary>Every use of a higher wing by a lower one: (user type, used type), as full names.</summary>
    public static IReadOnlyList<(string User, string Used)> BackArrows(IEnumerable<(string UserNamespace, string User, string UsedNamespace, string Used)> uses)
    {
        var found = new List<(string, string)>();
        foreach (var (userNs, user, usedNs, used) in uses)
        {
            int from = RungOf(Of(userNs)), to = RungOf(Of(usedNs));
            if (from >= 0 && to > from) found.Add((user, used));
        }
        return found;
    }
}
