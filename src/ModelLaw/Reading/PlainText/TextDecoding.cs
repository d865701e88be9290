using System.Text;

namespace ModelLaw.Reading.PlainText;

/// <summary>Reads bytes under a size limit and decodes text: UTF-8 with or without BOM, UTF-16 LE/BE with BOM.</summary>
internal static class TextDecoding
{
    /// <summary>Reads a whole stream, refusing more than <paramref name="maxBytes"/>.</summary>
    public static byte[] ReadAllBytes(Stream input, long maxBytes, string? sourceName)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.CanSeek && input.Length - input.Position > maxBytes) throw TooBig(maxBytes, sourceName);
        using var ms = new MemoryStream();
        var buffer = new byte[81920];
        int n;
        while ((n = input.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (ms.Length + n > maxBytes) throw TooBig(maxBytes, sourceName);
            ms.Write(buffer, 0, n);
        }
        return ms.ToArray();
    }

    private static InputLimitExceededException TooBig(long maxBytes, string? sourceName) =>
        new($"input is larger than the limit of {maxBytes} bytes", new SourceLocation(sourceName));

    /// <summary>Decodes text; throws <see cref="TextEncodingException"/> for invalid UTF-8 or binary data.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string? sourceName)
    {
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) return Strict(new UnicodeEncoding(false, false, true), bytes[2..], sourceName, "UTF-16 LE");
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) return Strict(new UnicodeEncoding(true, false, true), bytes[2..], sourceName, "UTF-16 BE");
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) bytes = bytes[3..];
        var text = Strict(new UTF8Encoding(false, true), bytes, sourceName, "UTF-8");
        if (text.Contains('\0'))
            throw new TextEncodingException("the input holds NUL characters: it is binary data, not text", new SourceLocation(sourceName));
        return text;
    }

    private static string Strict(Encoding encoding, ReadOnlySpan<byte> bytes, string? sourceName, string name)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            var at = ex.Index >= 0 ? $" at byte {ex.Index}" : "";
            throw new TextEncodingException($"the input is not valid {name}{at}", new SourceLocation(sourceName), ex);
        }
    }
}
