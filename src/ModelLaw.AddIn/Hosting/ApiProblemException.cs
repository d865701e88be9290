namespace ModelLaw.AddIn.Hosting;

/// <summary>
/// A request the host refuses for a reason of HTTP, not of legal text: a missing field, a body that is not a form, an unknown id.
/// Turned into an RFC 7807 problem response with <see cref="StatusCode"/>.
/// </summary>
public sealed class ApiProblemException(int statusCode, string title, string detail, string code) : Exception(detail)
{
    /// <summary>HTTP status of the response.</summary>
    public int StatusCode { get; } = statusCode;

    /// <summary>Short, stable summary of the problem type.</summary>
    public string Title { get; } = title;

    /// <summary>Machine-readable code, also in the problem's <c>code</c> member.</summary>
    public string Code { get; } = code;
}
