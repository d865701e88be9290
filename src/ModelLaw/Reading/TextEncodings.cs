using System.Globalization;
using System.Text;

namespace ModelLaw.Reading;

/// <summary>
/// Finds text encodings by name ("windows-1251", "cp1252", "koi8-r", "iso-8859-5", "utf-16le", "1251") for
/// <see cref="ReadOptions.TextEncoding"/>. Legacy code pages come from <see cref="CodePagesEncodingProvider"/> directly,
/// so nothing is registered process-wide (<c>Encoding.RegisterProvider</c> is never called). Every encoding returned is
/// strict: a byte it cannot decode is an error, never a replacement character.
/// </summary>
public static class TextEncodings
{
    /// <summary>The encoding with this name or code page; throws <see cref="UnsupportedFormatException"/> for an unknown name.</summary>
    public static Encoding Resolve(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return TryResolve(name) ?? throw new UnsupportedFormatException(
            $"unknown text encoding '{name}': give a name such as utf-8, utf-16le, windows-1251, windows-1252, koi8-r, iso-8859-5 or a code page number");
    }

    /// <summary>The strict encoding with this name or code page, or null when none is known.</summary>
    internal static Encoding? TryResolve(string name)
    {
        var n = name.Trim().ToLowerInvariant().Replace('_', '-');
        if (n.Length == 0) return null;
        if (n.StartsWith("cp", StringComparison.Ordinal)) n = n[2..].TrimStart('-');
        else if (n.StartsWith("win-", StringComparison.Ordinal) || n.StartsWith("win1", StringComparison.Ordinal)) n = "windows-" + n[3..].TrimStart('-');
        if (int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var codePage)) return Strict(codePage);
        int? found = null;
        try
        {
            found = Encoding.GetEncoding(n).CodePage; // the encodings built into .NET: UTF-8, UTF-16, UTF-32, ASCII, Latin-1
        }
        catch (ArgumentException)
        {
            found = CodePagesEncodingProvider.Instance.GetEncoding(n)?.CodePage;
        }
        return found is { } cp ? Strict(cp) : null;
    }

    /// <summary>A strict instance of a code page (exception fallbacks), or null when the code page is unknown.</summary>
    internal static Encoding? Strict(int codePage)
    {
        if (codePage <= 0 || codePage > 65535) return null;
        if (codePage == 65001) return new UTF8Encoding(false, true);
        try
        {
            return Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
    }
}
