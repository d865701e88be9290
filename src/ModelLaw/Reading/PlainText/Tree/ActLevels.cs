using ModelLaw.Documents;

namespace ModelLaw.Reading.PlainText.Tree;

/// <summary>
/// Names the numbered levels inside common-law sections once the whole text is read, because the name goes with the
/// label's scheme and the scheme's meaning with the tradition: a Commonwealth act numbers subsections "(1)", paragraphs
/// "(a)", subparagraphs "(i)", clauses "(A)"; the United States Code numbers subsections "(a)", paragraphs "(1)",
/// subparagraphs "(A)", clauses "(i)", subclauses "(I)", items "(aa)". The tradition is the one most sections follow.
/// </summary>
internal static class ActLevels
{
    public static void Name(ProvisionBuilder root, IReadOnlyDictionary<ProvisionBuilder, string> schemeOf, LanguageProfile profile)
    {
        foreach (var section in Sections(root))
            if (IsDefinitions(section.Heading, profile)) MarkDefinitions(section, profile);
        int decimalFirst = 0, letterFirst = 0;
        foreach (var section in Sections(root))
            foreach (var c in section.Children)
                if (schemeOf.TryGetValue(c, out var s))
                {
                    if (s == "decimal") decimalFirst++;
                    else if (s == "latin-lower") letterFirst++;
                    break;
                }
        bool unitedStates = letterFirst > decimalFirst;
        foreach (var section in Sections(root))
            foreach (var c in section.Children) Rename(c, schemeOf, unitedStates);
    }

    private static void Rename(ProvisionBuilder p, IReadOnlyDictionary<ProvisionBuilder, string> schemeOf, bool unitedStates)
    {
        if (p.Kind is ProvisionKind.Paragraph or ProvisionKind.Point or ProvisionKind.Subpoint && schemeOf.TryGetValue(p, out var scheme))
            p.Kind = KindOf(scheme, unitedStates);
        foreach (var c in p.Children) Rename(c, schemeOf, unitedStates);
    }

    private static bool IsDefinitions(string? heading, LanguageProfile profile) =>
        heading is not null && profile.DefinitionHeadingCues.Any(c => heading.StartsWith(c, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The unnumbered entries of a definitions section ("personal information means information about …", 2(1) of PIPEDA) are
    /// definitions: the term opens the line and a defining verb follows it.
    /// </summary>
    private static void MarkDefinitions(ProvisionBuilder section, LanguageProfile profile)
    {
        foreach (var holder in section.Children.Where(c => c.Kind == ProvisionKind.Paragraph).Prepend(section))
            foreach (var c in holder.Children)
            {
                if (c.Kind != ProvisionKind.Subparagraph || c.Content.Length == 0 || !char.IsLetter(c.Content[0])) continue;
                var head = c.Content.AsSpan(0, Math.Min(c.Content.Length, 160));
                foreach (var cue in profile.DefinitionTextCues)
                    if (head.IndexOf(" " + cue + " ", StringComparison.Ordinal) > 0 || head.EndsWith(" " + cue, StringComparison.Ordinal)
                        || head.IndexOf(" has the same meaning", StringComparison.Ordinal) > 0)
                    {
                        c.Kind = ProvisionKind.Definition;
                        break;
                    }
            }
    }

    private static ProvisionKind KindOf(string scheme, bool unitedStates) => (scheme, unitedStates) switch
    {
        ("decimal", false) or ("latin-lower", true) => ProvisionKind.ActSubsection,
        ("latin-lower", false) or ("decimal", true) => ProvisionKind.ActParagraph,
        ("roman-lower", false) or ("latin-upper", true) => ProvisionKind.ActSubparagraph,
        ("latin-upper", false) or ("roman-lower", true) => ProvisionKind.Clause,
        ("roman-upper", _) => ProvisionKind.Subclause,
        _ => ProvisionKind.Item,
    };

    private static IEnumerable<ProvisionBuilder> Sections(ProvisionBuilder b)
    {
        foreach (var c in b.Children)
        {
            if (c.Kind == ProvisionKind.ActSection) yield return c;
            else if (c.Kind.IsDivision()) foreach (var s in Sections(c)) yield return s;
        }
    }
}
