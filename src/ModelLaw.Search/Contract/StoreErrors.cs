using ModelLaw.Errors;

namespace ModelLaw.Search.Contract;

/// <summary>Another writer holds the store (an indexing run in progress, here or on another machine).</summary>
/// <param name="message">Which store, and what holds it.</param>
/// <param name="location">The store.</param>
/// <param name="inner">The engine's own error.</param>
public sealed class StoreLockedException(string message, SourceLocation? location = null, Exception? inner = null)
    : ModelLawException(message, location, inner);

/// <summary>The store was made by another version of ModelLaw.Search (or is not a ModelLaw store at all).</summary>
/// <param name="message">What was found and what was expected.</param>
/// <param name="location">The store.</param>
/// <param name="inner">The underlying error.</param>
public sealed class StoreVersionException(string message, SourceLocation? location = null, Exception? inner = null)
    : ModelLawException(message, location, inner);

/// <summary>The store cannot be reached or used (a connection string that does not connect, a folder that cannot be written).</summary>
/// <param name="message">What failed.</param>
/// <param name="location">The store.</param>
/// <param name="inner">The underlying error.</param>
public sealed class StoreUnavailableException(string message, SourceLocation? location = null, Exception? inner = null)
    : ModelLawException(message, location, inner);
