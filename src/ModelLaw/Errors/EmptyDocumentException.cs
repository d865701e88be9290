namespace ModelLaw.Errors;

/// <summary>
/// The input holds no text to read: an empty file, only whitespace, or only markup (a Word document, an HTML page or a
/// Markdown file whose every paragraph is empty). Reading it would compare nothing and report "0% kept".
/// </summary>
public sealed class EmptyDocumentException(string message, SourceLocation? location = null, Exception? inner = null)
    : ModelLawException(message, location, inner);
