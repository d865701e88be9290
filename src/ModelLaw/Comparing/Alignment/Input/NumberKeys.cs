namespace ModelLaw.Comparing.Alignment.Input;

/// <summary>The comparable form of a provision number.</summary>
internal static class NumberKeys
{
    /// <summary>Lower case, letters and digits only, "1er"/"premier"/"first" → "1": "10 bis" → "10bis", "67.1" → "671".</summary>
    public static string Of(string? value) => string.IsNullOrEmpty(value) ? "" : Of(value.AsSpan());

    /// <inheritdoc cref="Of(string?)"/>
    public static string Of(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty) return "";
        Span<char> buffer = value.Length <= 64 ? stackalloc char[value.Length] : new char[value.Length];
        int n = 0;
        foreach (var c in value) if (char.IsLetterOrDigit(c)) buffer[n++] = char.ToLowerInvariant(c);
        var s = buffer[..n];
        if (s is "premier" or "first") return "1";
        if (s.Length > 2 && s.EndsWith("er") && char.IsDigit(s[^3])) s = s[..^2];
        return s.ToString();
    }
}
