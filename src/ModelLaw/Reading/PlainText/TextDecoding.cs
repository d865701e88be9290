using System.Text;
using ModelLaw.Documents;

namespace ModelLaw.Reading.PlainText;

/// <summary>How the encoding of a text was settled.</summary>
internal enum EncodingBasis { Utf8, ByteOrderMark, Requested, Detected }

/// <summary>A decoded text and the encoding it was decoded with.</summary>
internal sealed record DecodedText(string Text, string EncodingName, EncodingBasis Basis, float Confidence = 1f)
{
    /// <summary>
    /// The diagnostic naming the encoding (ML0401), or null for UTF-8, the default. A requested encoding that leaves
    /// control characters in the text also gets warning ML0402: it is probably the wrong one.
    /// </summary>
    public IEnumerable<Diagnostic> Diagnostics()
    {
        var how = Basis switch
        {
            EncodingBasis.ByteOrderMark => "from its byte-order mark",
            EncodingBasis.Requested => "as requested",
            _ => $"detected from its bytes (confidence {Confidence:0.00}); name another with --encoding or ReadOptions.TextEncoding if this is wrong",
        };
        if (Basis != EncodingBasis.Utf8 && !(Basis == EncodingBasis.ByteOrderMark && EncodingName == "utf-8"))
            yield return new Diagnostic(DiagnosticSeverity.Info, "ML0401", $"Text decoded as {EncodingName}, {how}.");
        if (Basis == EncodingBasis.Requested && Text.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f')))
            yield return new Diagnostic(DiagnosticSeverity.Warning, "ML0402",
                $"Decoded as {EncodingName}, the text holds control characters: the file is probably in another encoding.");
    }
}

/// <summary>
/// Reads bytes under a size limit and decodes text: a byte-order mark (UTF-8, UTF-16, UTF-32) settles the encoding,
/// then a requested encoding, then strict UTF-8, then UTF-16 without a mark, then a detected legacy encoding
/// (<see cref="EncodingDetector"/>). Binary data is refused, never guessed at.
/// </summary>
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

    /// <summary>Decodes text as UTF-8 (or by its byte-order mark, or detected); throws <see cref="TextEncodingException"/> when it cannot.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string? sourceName) => Decode(bytes, null, sourceName).Text;

    /// <summary>Decodes text, with the encoding the caller requested when there is one.</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, Encoding? requested, string? sourceName)
    {
        var where = new SourceLocation(sourceName);
        var decoded = DecodeAny(bytes, requested, where);
        if (decoded.Text.Contains('\0'))
            throw new TextEncodingException("the input holds NUL characters: it is binary data, not text", where);
        return decoded;
    }

    private static DecodedText DecodeAny(ReadOnlySpan<byte> bytes, Encoding? requested, SourceLocation where)
    {
        if (Bom(bytes) is { } bom && (requested is null || requested.CodePage == bom.Encoding.CodePage))
            return new DecodedText(Strict(bom.Encoding, bytes[bom.Length..], where), bom.Encoding.WebName, EncodingBasis.ByteOrderMark);
        if (requested is not null)
        {
            var strict = TextEncodings.Strict(requested.CodePage) ?? requested;
            return new DecodedText(Strict(strict, bytes, where), requested.WebName, EncodingBasis.Requested);
        }

        var utf8 = new UTF8Encoding(false, true);
        DecoderFallbackException? notUtf8;
        try
        {
            return new DecodedText(utf8.GetString(bytes), "utf-8", EncodingBasis.Utf8);
        }
        catch (DecoderFallbackException e)
        {
            notUtf8 = e;
        }
        if (bytes.IndexOf((byte)0) >= 0)
        {
            if (EncodingDetector.LooksLikeUtf16(bytes, out var bigEndian) && (bytes.Length & 1) == 0)
            {
                var utf16 = new UnicodeEncoding(bigEndian, false, true);
                var text = TryDecode(utf16, bytes);
                if (text is not null && EncodingDetector.ReadsAsText(text, cjkEncoding: false))
                    return new DecodedText(text, utf16.WebName, EncodingBasis.Detected);
            }
            throw new TextEncodingException("the input holds NUL bytes and is not UTF-16 text: it is binary data, not text", where);
        }
        var at = notUtf8.Index >= 0 ? $" at byte {notUtf8.Index}" : "";
        // mostly well-formed UTF-8 with a few bad bytes is damaged UTF-8: a legacy guess would garble its other letters
        var (sequences, strays) = Utf8Shape(bytes);
        if (sequences > 0 && sequences >= strays)
            throw new TextEncodingException($"the input is not valid UTF-8{at}", where, notUtf8);
        if (EncodingDetector.Detect(bytes) is { } guess)
            return new DecodedText(guess.Text, guess.Encoding.WebName, EncodingBasis.Detected, guess.Confidence);
        throw new TextEncodingException(
            $"the input is not valid UTF-8{at}, and no other encoding reads it as text; if it is text, name its encoding (--encoding, ReadOptions.TextEncoding)",
            where, notUtf8);
    }

    /// <summary>Well-formed multi-byte UTF-8 sequences, and bytes above 0x7F that belong to none.</summary>
    internal static (int Sequences, int Strays) Utf8Shape(ReadOnlySpan<byte> bytes)
    {
        int sequences = 0, strays = 0;
        for (int i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            if (b < 0x80) continue;
            int need = b is >= 0xC2 and <= 0xDF ? 1 : b is >= 0xE0 and <= 0xEF ? 2 : b is >= 0xF0 and <= 0xF4 ? 3 : 0;
            int k = 1;
            while (need > 0 && k <= need && i + k < bytes.Length && bytes[i + k] is >= 0x80 and <= 0xBF) k++;
            if (need > 0 && k == need + 1)
            {
                sequences++;
                i += need;
            }
            else
            {
                strays++;
            }
        }
        return (sequences, strays);
    }

    private static (Encoding Encoding, int Length)? Bom(ReadOnlySpan<byte> b)
    {
        if (b.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return (new UTF8Encoding(false, true), 3);
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00])) return (new UTF32Encoding(false, false, true), 4);
        if (b.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF])) return (new UTF32Encoding(true, false, true), 4);
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return (new UnicodeEncoding(false, false, true), 2);
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return (new UnicodeEncoding(true, false, true), 2);
        return null;
    }

    private static string? TryDecode(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static string Strict(Encoding encoding, ReadOnlySpan<byte> bytes, SourceLocation where)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            var at = ex.Index >= 0 ? $" at byte {ex.Index}" : "";
            throw new TextEncodingException($"the input is not valid {Display(encoding)}{at}", where, ex);
        }
    }

    private static string Display(Encoding e) => e.CodePage switch
    {
        65001 => "UTF-8",
        1200 => "UTF-16 LE",
        1201 => "UTF-16 BE",
        12000 => "UTF-32 LE",
        12001 => "UTF-32 BE",
        _ => e.WebName,
    };
}
