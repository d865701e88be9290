using System.Collections.Immutable;
using ModelLaw.Documents;

namespace ModelLaw.Reading.PlainText.Languages;

/// <summary>Small helpers for writing language profiles as data.</summary>
internal static class ProfileData
{
    /// <summary>A case-insensitive keyword table.</summary>
    public static ImmutableDictionary<string, ProvisionKind> Keywords(params (string Word, ProvisionKind Kind)[] entries) =>
        entries.ToImmutableDictionary(e => e.Word, e => e.Kind, StringComparer.OrdinalIgnoreCase);

    /// <summary>A case-insensitive word → number table.</summary>
    public static ImmutableDictionary<string, int> Numbers(params (string Word, int Value)[] entries) =>
        entries.ToImmutableDictionary(e => e.Word, e => e.Value, StringComparer.OrdinalIgnoreCase);

    /// <summary>A lower-case word set.</summary>
    public static ImmutableHashSet<string> Words(string spaceSeparated) =>
        spaceSeparated.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToImmutableHashSet(StringComparer.Ordinal);

    /// <summary>The Latin inserted-number words shared by English and French legislation.</summary>
    public static ImmutableDictionary<string, int> LatinInsertions { get; } =
        Text.LatinInsertions.All.ToImmutableDictionary(StringComparer.Ordinal);
}
