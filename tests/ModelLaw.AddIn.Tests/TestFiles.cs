using System.Net.Http.Headers;

namespace ModelLaw.AddIn.Tests;

/// <summary>Paths of the repository and its corpus, and helpers that build multipart uploads.</summary>
internal static class TestFiles
{
    private static readonly Lazy<string> Root = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ModelLaw.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("ModelLaw.sln not found above " + AppContext.BaseDirectory);
    });

    /// <summary>The repository root.</summary>
    public static string RepoRoot => Root.Value;

    /// <summary>The shipped corpus in the repository.</summary>
    public static string Corpus => Path.Combine(RepoRoot, "corpus");

    /// <summary>The id of the English model law shipped in the corpus.</summary>
    public const string ModelId = "ai-ct-model-law.en";

    /// <summary>The shipped English model law.</summary>
    public static string ModelPath => Path.Combine(Corpus, "models", ModelId + ".txt");

    /// <summary>A national adaptation of it from the corpus (the fictional Republic of Arcadia).</summary>
    public static string NationalPath => Path.Combine(Corpus, "national", "arcadia.en.txt");

    /// <summary>A multipart form with the given files (field → (file name, bytes)) and values.</summary>
    public static MultipartFormDataContent Form(IEnumerable<(string Field, string FileName, byte[] Bytes)> files, params (string Field, string Value)[] values)
    {
        var form = new MultipartFormDataContent();
        foreach (var (field, fileName, bytes) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, field, fileName);
        }
        foreach (var (field, value) in values) form.Add(new StringContent(value), field);
        return form;
    }

    /// <summary>A multipart form with one file.</summary>
    public static MultipartFormDataContent Form(string field, string fileName, byte[] bytes, params (string Field, string Value)[] values) =>
        Form([(field, fileName, bytes)], values);

    /// <summary>A form with the corpus model uploaded as <c>model</c> and the corpus national text as <c>national</c>.</summary>
    public static MultipartFormDataContent CorpusPair(params (string Field, string Value)[] values) =>
        Form([("model", Path.GetFileName(ModelPath), File.ReadAllBytes(ModelPath)), ("national", Path.GetFileName(NationalPath), File.ReadAllBytes(NationalPath))], values);
}
