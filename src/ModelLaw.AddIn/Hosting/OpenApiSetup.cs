using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ModelLaw.AddIn.Hosting;

/// <summary>One field of a multipart form an endpoint reads.</summary>
/// <param name="Name">The form field's name.</param>
/// <param name="IsFile">Whether the field is an uploaded file rather than a text value.</param>
/// <param name="Description">What the field holds, for the OpenAPI document.</param>
/// <param name="Required">Whether the endpoint refuses the form without it.</param>
public sealed record FormField(string Name, bool IsFile, string Description, bool Required = false);

/// <summary>
/// The multipart form an endpoint reads by hand (the handlers read the form themselves to enforce the upload limits),
/// attached as endpoint metadata so the OpenAPI document can describe it.
/// </summary>
/// <param name="Fields">The form's fields.</param>
public sealed record FormFields(params FormField[] Fields);

/// <summary>The media types an endpoint answers with on success (the handlers write their bodies themselves).</summary>
/// <param name="Types">The media types, the default first.</param>
public sealed record AnswerMediaTypes(params string[] Types);

/// <summary>The host's OpenAPI document, served at <c>/openapi/v1.json</c>.</summary>
public static class OpenApiSetup
{
    /// <summary>Registers the document generator with the form descriptions of <see cref="FormFields"/>.</summary>
    public static IServiceCollection AddModelLawOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "ModelLaw add-in host";
                document.Info.Description = "Parse, compare, coverage and redline over the ModelLaw library; the Word task pane's API.";
                document.Info.Version = Api.ApiEndpoints.Version;
                return Task.CompletedTask;
            });
            options.AddOperationTransformer((operation, context, _) =>
            {
                var form = context.Description.ActionDescriptor.EndpointMetadata.OfType<FormFields>().FirstOrDefault();
                if (form is not null) operation.RequestBody = RequestBody(form);
                var answers = context.Description.ActionDescriptor.EndpointMetadata.OfType<AnswerMediaTypes>().FirstOrDefault();
                if (answers is not null && operation.Responses?.GetValueOrDefault("200") is OpenApiResponse ok)
                    ok.Content = answers.Types.ToDictionary(t => t, t => new OpenApiMediaType { Schema = AnswerSchema(t) });
                return Task.CompletedTask;
            });
        });

    private static OpenApiSchema AnswerSchema(string mediaType) =>
        mediaType.StartsWith("application/json", StringComparison.Ordinal)
            ? new OpenApiSchema { Type = JsonSchemaType.Object }
            : new OpenApiSchema { Type = JsonSchemaType.String, Format = mediaType.StartsWith("text/", StringComparison.Ordinal) ? null : "binary" };

    private static OpenApiRequestBody RequestBody(FormFields form)
    {
        var schema = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Properties = form.Fields.ToDictionary(f => f.Name, f => (IOpenApiSchema)new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Format = f.IsFile ? "binary" : null,
                Description = f.Description,
            }),
            Required = form.Fields.Where(f => f.Required).Select(f => f.Name).ToHashSet(),
        };
        return new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType> { ["multipart/form-data"] = new() { Schema = schema } },
        };
    }
}
