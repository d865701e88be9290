namespace ModelLaw.Workflows.Models;

/// <summary>
/// A text and the language it was to be read or compared in do not agree: a forced language that contradicts the text,
/// or a national text for which the model set has no model in its language. The location names the file.
/// </summary>
/// <param name="message">What disagrees, and what to do about it.</param>
/// <param name="location">The file concerned.</param>
/// <param name="inner">The underlying error, if any.</param>
public sealed class LanguageMismatchException(string message, SourceLocation? location = null, Exception? inner = null)
    : ModelLawException(message, location, inner);
