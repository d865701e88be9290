using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace ModelLaw.AddIn.Hosting;

/// <summary>
/// Turns every failure of a request into an RFC 7807 problem response: typed ModelLaw errors by kind (size → 413, format → 415,
/// broken or unsafe document → 422), refusals of the host by their own status, and anything else into a 500 that shows no
/// internals. A client that went away gets no body at all.
/// </summary>
public sealed class ProblemMapping(IProblemDetailsService problems, ILogger<ProblemMapping> logger) : IExceptionHandler
{
    /// <summary>The status, title and code for an exception.</summary>
    public static (int Status, string Title, string Code) Classify(Exception exception) => exception switch
    {
        ApiProblemException p => (p.StatusCode, p.Title, p.Code),
        InputLimitExceededException => (StatusCodes.Status413PayloadTooLarge, "Input too large", "input-limit-exceeded"),
        UnsupportedFormatException => (StatusCodes.Status415UnsupportedMediaType, "Unsupported document format", "unsupported-format"),
        TextEncodingException => (StatusCodes.Status415UnsupportedMediaType, "Text cannot be decoded", "text-encoding"),
        CorruptDocumentException => (StatusCodes.Status422UnprocessableEntity, "Corrupt document", "corrupt-document"),
        EncryptedDocumentException => (StatusCodes.Status422UnprocessableEntity, "Encrypted document", "encrypted-document"),
        UnsafeXmlException => (StatusCodes.Status422UnprocessableEntity, "Unsafe XML refused", "unsafe-xml"),
        InvalidConfigurationException => (StatusCodes.Status422UnprocessableEntity, "Invalid principle catalogue or configuration", "invalid-configuration"),
        UnsupportedOperationException => (StatusCodes.Status422UnprocessableEntity, "Operation not supported for these documents", "unsupported-operation"),
        ModelLawException => (StatusCodes.Status422UnprocessableEntity, "Document cannot be processed", "unprocessable-document"),
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } =>
            (StatusCodes.Status413PayloadTooLarge, "Request too large", "request-too-large"),
        BadHttpRequestException b => (b.StatusCode, "Bad request", "bad-request"),
        // the library's patterns are linear or anchored: a timeout means the server was too busy to finish in time
        System.Text.RegularExpressions.RegexMatchTimeoutException =>
            (StatusCodes.Status503ServiceUnavailable, "Server busy", "server-busy"),
        _ => (StatusCodes.Status500InternalServerError, "Internal error", "internal-error"),
    };

    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested)
        {
            // the client disconnected: nobody is left to read a problem
            httpContext.Response.StatusCode = 499;
            return true;
        }

        var (status, title, code) = Classify(exception);
        if (status == StatusCodes.Status500InternalServerError) logger.LogError(exception, "Unhandled error on {Path}", httpContext.Request.Path);
        else logger.LogInformation("Refused {Path} with {Status}: {Message}", httpContext.Request.Path, status, exception.Message);

        var problem = new ProblemDetails
        {
            Status = status,
            Title = title,
            // a 500 never shows internals; every deliberate refusal says what is wrong, with the upload's name when known
            Detail = status switch
            {
                StatusCodes.Status500InternalServerError => "The server failed to process the request.",
                StatusCodes.Status503ServiceUnavailable => "The server is too busy to finish the request in time; retry later.",
                _ => exception.Message,
            },
            Instance = httpContext.Request.Path,
        };
        problem.Extensions["code"] = code;
        if (exception is ModelLawException { Location: { } where })
        {
            if (where.SourceName is { } source) problem.Extensions["source"] = source;
            if (where.Line is { } line) problem.Extensions["line"] = line;
            if (where.WordParagraph is { } paragraph) problem.Extensions["paragraph"] = paragraph;
        }

        httpContext.Response.StatusCode = status;
        if (status == StatusCodes.Status503ServiceUnavailable) httpContext.Response.Headers.RetryAfter = "5";
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }
}
