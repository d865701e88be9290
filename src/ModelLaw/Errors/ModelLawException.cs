namespace ModelLaw.Errors;

/// <summary>Where in a source an error was found.</summary>
/// <param name="SourceName">File or upload name, when known.</param>
/// <param name="Line">1-based line (text), when known.</param>
/// <param name="WordParagraph">0-based Word paragraph index, when known.</param>
public sealed record SourceLocation(string? SourceName, int? Line = null, int? WordParagraph = null)
{
    /// <inheritdoc />
    public override string ToString()
    {
        var where = SourceName ?? "input";
        if (Line is { } l) where += $", line {l}";
        if (WordParagraph is { } p) where += $", paragraph {p}";
        return where;
    }
}

/// <summary>Base of every error ModelLaw raises on purpose. Carries the source location when known.</summary>
public class ModelLawException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ModelLawException(string message, SourceLocation? location = null, Exception? inner = null)
        : base(location is null ? message : $"{location}: {message}", inner) => Location = location;

    /// <summary>Where the problem is, when known.</summary>
    public SourceLocation? Location { get; }
}

/// <summary>The input is not in a format ModelLaw reads (binary data, a PDF, an unknown XML vocabulary).</summary>
public sealed class UnsupportedFormatException(string message, SourceLocation? location = null, Exception? inner = null)
    : ModelLawException(message, location, inner);

/// <summary>The input claims a format but is broken (truncated zip, missing word/document.xml, malformed XML).</summary>
public sealed class CorruptDocumentException(string message, SourceLocation? location = null, Exception? inner = null)
    : ModelLawException(message, location, inner);

/// <summary>The document is password-protected or encrypted.</summary>
public sealed class EncryptedDocumentException(string message, SourceLocation? location = null, Exception? inner = null)
    : ModelLawException(message, location, inner);

/// <summary>The input breaks a configured limit (size, zip entries, expansion ratio, nesting depth, provisions).</summary>
public sealed class InputLimitExceededException(string message, SourceLocation? location = null, Exception? inner = null)
    : ModelLawException(message, location, inner);

/// <summary>The XML uses a feature refused for safety (DTD, external entity).</summary>
public sealed class UnsafeXmlException(string message, SourceLocation? location = null, Exception? inner = null)
    : ModelLawException(message, location, inner);

/// <summary>The text cannot be decoded (invalid encoding, binary data).</summary>
public sealed class TextEncodingException(string message, SourceLocation? location = null, Exception? inner = null)
    : ModelLawException(message, location, inner);

/// <summary>The requested operation is not supported for these inputs (e.g. comparing texts in different languages).</summary>
public sealed class UnsupportedOperationException(string message, SourceLocation? location = null, Exception? inner = null)
    : ModelLawException(message, location, inner);

/// <summary>A principle catalogue, mapping file or option file is invalid.</summary>
public sealed class InvalidConfigurationException(string message, SourceLocation? location = null, Exception? inner = null)
    : ModelLawException(message, location, inner);
