using Microsoft.Extensions.Options;
using ModelLaw.AddIn.Corpus;
using System.Collections.Immutable;
using System.Text;
using ModelLaw.AddIn.Hosting;
using ModelLaw.Coverage;
using ModelLaw.Documents;
using ModelLaw.Reading;

namespace ModelLaw.AddIn.Api;

/// <summary>
/// Reads the documents of a request: the multipart form under the configured size limits, each upload sniffed by content
/// (never by its name or declared type) and parsed through <see cref="IDocumentLoader"/>, or a shipped model named by id.
/// Stateless; one instance serves all requests.
/// </summary>
public sealed class DocumentInputs(IServiceProvider services, ShippedCorpus corpus, IOptions<AddInOptions> options)
{
    private const int SniffBytes = 4096;

    private readonly AddInOptions _options = options.Value;

    /// <summary>The comparison options of the host: the defaults with the configured diff budget.</summary>
    public Comparing.CompareOptions CompareOptions => Comparing.CompareOptions.Default with { MaxWordDiffCells = _options.MaxWordDiffCells };

    /// <summary>
    /// The comparison options of a request: <see cref="CompareOptions"/> with the compare settings of Word and LibreOffice
    /// the form asks for (<c>ignoreCase</c>, <c>ignorePunctuation</c>, <c>ignoreLabelStyle</c>,
    /// <c>ignorePlaceholderBrackets</c>: <c>true</c> or <c>false</c>, absent = false; <c>crossLanguage</c>, absent = true).
    /// Another value → 400.
    /// </summary>
    public Comparing.CompareOptions CompareOptionsFor(IFormCollection form) => CompareOptions with
    {
        CrossLanguage = form["crossLanguage"].ToString() is "" || Switch(form, "crossLanguage"),
        Diff = new Comparing.Diffing.DiffOptions
        {
            IgnoreCase = Switch(form, "ignoreCase"),
            IgnorePunctuation = Switch(form, "ignorePunctuation"),
            IgnoreLabelStyle = Switch(form, "ignoreLabelStyle"),
            IgnorePlaceholderBrackets = Switch(form, "ignorePlaceholderBrackets"),
        },
    };

    private static bool Switch(IFormCollection form, string field) => form[field].ToString() switch
    {
        "" or "false" => false,
        "true" => true,
        var other => throw new ApiProblemException(StatusCodes.Status400BadRequest, "Invalid option",
            $"{field} must be true or false, not '{other}'.", "invalid-option"),
    };

    /// <summary>Reads the request body as a multipart form. Not a form → 415; too large → 413.</summary>
    public async Task<IFormCollection> ReadFormAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength is { } length && length > _options.MaxRequestBytes)
            throw TooLarge($"The request body has {length:N0} bytes; the limit is {_options.MaxRequestBytes:N0}.");
        if (!request.HasFormContentType)
            throw new ApiProblemException(StatusCodes.Status415UnsupportedMediaType, "Multipart form expected",
                "Send the documents as multipart/form-data.", "form-expected");
        try
        {
            return await request.ReadFormAsync(cancellationToken);
        }
        catch (InvalidDataException ex) when (ex.Message.Contains("limit", StringComparison.OrdinalIgnoreCase))
        {
            throw TooLarge(ex.Message);
        }
        catch (InvalidDataException ex)
        {
            throw new ApiProblemException(StatusCodes.Status400BadRequest, "Malformed multipart form", ex.Message, "malformed-form");
        }
    }

    /// <summary>Reads the required upload <paramref name="field"/> as a legal document.</summary>
    public Task<LegalDocument> ReadUploadAsync(IFormCollection form, string field, CancellationToken cancellationToken)
    {
        var file = form.Files.GetFile(field)
            ?? throw new ApiProblemException(StatusCodes.Status400BadRequest, "Missing upload",
                $"The form field '{field}' must hold a document (.docx, .txt or Akoma Ntoso XML).", "missing-upload");
        return ReadFileAsync(file, field, cancellationToken);
    }

    /// <summary>
    /// Reads the model: the upload <c>model</c>, or else the shipped model named by the field <c>modelId</c>
    /// (only ids that <c>GET /api/models</c> lists are accepted).
    /// </summary>
    public async Task<LegalDocument> ReadModelAsync(IFormCollection form, CancellationToken cancellationToken)
    {
        if (form.Files.GetFile("model") is { } upload) return await ReadFileAsync(upload, "model", cancellationToken);
        var id = form["modelId"].ToString();
        if (string.IsNullOrEmpty(id))
            throw new ApiProblemException(StatusCodes.Status400BadRequest, "Missing model",
                "Upload the model law in the form field 'model', or name a shipped model in 'modelId' (see GET /api/models).", "missing-model");
        var model = FindShippedModel(id);
        await using var stream = corpus.OpenModel(model);
        return await LoadAsync(stream, model.FileName, cancellationToken);
    }

    /// <summary>
    /// The shipped model's own version in the national text's language, when the form names a shipped model
    /// (<c>ai-ct-model-law.en</c>) and the corpus ships the same model in that language (<c>ai-ct-model-law.fr</c>);
    /// empty otherwise. The cross-language comparison reads the model through it.
    /// </summary>
    public async Task<ImmutableArray<LegalDocument>> ReadShippedVersionAsync(IFormCollection form, LegalDocument model, LegalDocument national,
        CancellationToken cancellationToken)
    {
        var id = form["modelId"].ToString();
        if (form.Files.GetFile("model") is not null || string.IsNullOrEmpty(id) || string.IsNullOrEmpty(national.Language)
            || string.Equals(model.Language, national.Language, StringComparison.OrdinalIgnoreCase)) return [];
        int dot = id.LastIndexOf('.');
        if (dot <= 0 || corpus.FindModel(id[..dot] + "." + national.Language) is not { } shipped) return [];
        await using var stream = corpus.OpenModel(shipped);
        return [await LoadAsync(stream, shipped.FileName, cancellationToken)];
    }

    /// <summary>True when the form names a model (upload or id).</summary>
    public static bool HasModel(IFormCollection form) =>
        form.Files.GetFile("model") is not null || !string.IsNullOrEmpty(form["modelId"].ToString());

    /// <summary>
    /// The principle catalogue of a request: the upload <c>catalog</c> (JSON), else the shipped catalogue named by
    /// <c>catalogId</c>, else the first shipped catalogue when <paramref name="required"/>; null when none is asked for.
    /// </summary>
    public async Task<PrincipleCatalog?> ReadCatalogAsync(IFormCollection form, bool required, CancellationToken cancellationToken)
    {
        if (form.Files.GetFile("catalog") is { } upload)
        {
            var name = SafeName(upload.FileName, "catalog");
            if (upload.Length > _options.MaxUploadBytes)
                throw TooLarge($"{name}: the upload has {upload.Length:N0} bytes; the limit is {_options.MaxUploadBytes:N0}.");
            using var reader = new StreamReader(upload.OpenReadStream(), Encoding.UTF8);
            return PrincipleCatalog.Parse(await reader.ReadToEndAsync(cancellationToken), name);
        }

        var id = form["catalogId"].ToString();
        ShippedCatalog? shipped;
        if (!string.IsNullOrEmpty(id))
        {
            if (!ShippedCorpus.IsWellFormedId(id))
                throw new ApiProblemException(StatusCodes.Status400BadRequest, "Invalid catalogue id",
                    "A catalogue id is a name from GET /api/models (letters, digits, '.', '_', '-'), never a path.", "invalid-id");
            shipped = corpus.FindCatalog(id)
                ?? throw new ApiProblemException(StatusCodes.Status404NotFound, "Unknown catalogue",
                    $"No shipped principle catalogue has the id '{id}'. GET /api/models lists them.", "unknown-catalog");
        }
        else if (required)
        {
            shipped = corpus.List().Catalogs.FirstOrDefault()
                ?? throw new ApiProblemException(StatusCodes.Status400BadRequest, "Missing catalogue",
                    "No principle catalogue is shipped: upload one in the form field 'catalog'.", "missing-catalog");
        }
        else
        {
            return null;
        }
        return PrincipleCatalog.Load(corpus.CatalogPath(shipped));
    }

    /// <summary>Finds a shipped model by exact id; a malformed id → 400, an unknown one → 404.</summary>
    public ShippedModel FindShippedModel(string id)
    {
        if (!ShippedCorpus.IsWellFormedId(id))
            throw new ApiProblemException(StatusCodes.Status400BadRequest, "Invalid model id",
                "A model id is a name from GET /api/models (letters, digits, '.', '_', '-'), never a path.", "invalid-id");
        return corpus.FindModel(id)
            ?? throw new ApiProblemException(StatusCodes.Status404NotFound, "Unknown model",
                $"No shipped model has the id '{id}'. GET /api/models lists them.", "unknown-model");
    }

    /// <summary>A service of the library, or a 501 problem when this build has no implementation of it.</summary>
    public T Require<T>(string what) where T : class =>
        services.GetService<T>()
        ?? throw new ApiProblemException(StatusCodes.Status501NotImplemented, "Not available",
            $"This build of the host cannot {what} yet.", "not-implemented");

    private async Task<LegalDocument> ReadFileAsync(IFormFile file, string field, CancellationToken cancellationToken)
    {
        var name = SafeName(file.FileName, field);
        if (file.Length > _options.MaxUploadBytes)
            throw TooLarge($"{name}: the upload has {file.Length:N0} bytes; the limit is {_options.MaxUploadBytes:N0}.");
        if (file.Length == 0)
            throw new ApiProblemException(StatusCodes.Status422UnprocessableEntity, "Empty upload", $"{name}: the upload is empty.", "empty-upload");

        var buffer = new MemoryStream(checked((int)file.Length));
        await using (var upload = file.OpenReadStream()) await upload.CopyToAsync(buffer, cancellationToken);
        buffer.Position = 0;
        return await LoadAsync(buffer, name, cancellationToken);
    }

    private async Task<LegalDocument> LoadAsync(Stream content, string name, CancellationToken cancellationToken)
    {
        var loader = Require<IDocumentLoader>("read documents");
        var seekable = content;
        if (!content.CanSeek)
        {
            seekable = new MemoryStream();
            await content.CopyToAsync(seekable, cancellationToken);
            seekable.Position = 0;
        }

        // sniff by content: a PDF named .docx, or a picture named .txt, is refused here with 415 before any parsing
        var head = new byte[(int)Math.Min(SniffBytes, seekable.Length - seekable.Position)];
        var start = seekable.Position;
        await seekable.ReadExactlyAsync(head, cancellationToken);
        seekable.Position = start;
        loader.Sniff(head, name);

        // the format is left to the loader, which sniffs again and also confirms that a zip is a Word package
        var readOptions = ReadOptions.Default with
        {
            SourceName = name,
            Limits = _options.Limits with { MaxInputBytes = Math.Min(_options.Limits.MaxInputBytes, _options.MaxUploadBytes) },
        };
        return await loader.ReadAsync(seekable, readOptions, cancellationToken);
    }

    /// <summary>The upload's file name without any folder, control characters or excess length; used only in messages.</summary>
    internal static string SafeName(string? fileName, string field)
    {
        var name = Path.GetFileName((fileName ?? "").Replace('\\', '/'));
        name = new string(name.Where(c => !char.IsControl(c)).Take(120).ToArray()).Trim();
        return name.Length == 0 ? field : name;
    }

    private static ApiProblemException TooLarge(string detail) =>
        new(StatusCodes.Status413PayloadTooLarge, "Upload too large", detail, "upload-too-large");
}
