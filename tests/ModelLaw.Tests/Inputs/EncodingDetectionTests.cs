using System.Text;
using ModelLaw.Reading;
using static ModelLaw.Tests.Inputs.InputsSupport;

namespace ModelLaw.Tests.Inputs;

/// <summary>
/// Texts in the legacy encodings drafters still receive read exactly as their UTF-8 original, with a diagnostic naming
/// the encoding; binary data is never guessed at. Ground truth by construction: each corpus text is encoded here.
/// </summary>
public class EncodingDetectionTests
{
    private static IEnumerable<TestCaseData> Encoded()
    {
        var cases = new (string File, string[] Encodings)[]
        {
            ("national/severia.ru.txt", ["windows-1251", "koi8-r", "iso-8859-5", "ibm866", "x-mac-cyrillic"]),
            ("models/ai-ct-model-law.ru.txt", ["windows-1251", "koi8-r", "iso-8859-5", "ibm866"]),
            ("national/valmont.fr.txt", ["windows-1252", "iso-8859-1", "iso-8859-15"]),
            ("models/ai-ct-model-law.fr.txt", ["windows-1252", "iso-8859-15"]),
            ("national/aldara.es.txt", ["windows-1252", "iso-8859-1"]),
            ("models/ai-ct-model-law.es.txt", ["windows-1252"]),
            ("national/alwaha.ar.txt", ["windows-1256", "iso-8859-6"]),
            ("models/ai-ct-model-law.ar.txt", ["windows-1256"]),
            ("models/ai-ct-model-law.zh.txt", ["gb18030"]),
            ("national/arcadia.en.txt", ["windows-1252"]),
        };
        foreach (var (file, encodings) in cases)
            foreach (var e in encodings)
                yield return new TestCaseData(file, e).SetName($"{file} in {e}");
    }

    [TestCaseSource(nameof(Encoded))]
    public void A_text_in_a_legacy_encoding_reads_as_its_utf8_original_without_options(string file, string encodingName)
    {
        var encoding = TextEncodings.Resolve(encodingName);
        var text = Representable(CorpusText(file), encoding);
        var name = Path.GetFileName(file);
        var clean = ReadText(text, name);
        var bytes = encoding.GetBytes(text);

        var read = Read(bytes, name);

        read.ShouldReadAs(clean, $"{file} encoded as {encodingName}");
        var said = read.Diagnostics.Single(d => d.Code == "ML0401").Message;
        said.Should().Contain("detected");
        // the encoding named decodes the bytes to the very text (ISO-8859-1 is named as its superset windows-1252)
        var named = said.Split(' ')[3].TrimEnd(',');
        TextEncodings.Resolve(named).GetString(bytes).Should().Be(text, $"{file}: {said}");
    }

    [TestCase("utf-16le", false)]
    [TestCase("utf-16be", false)]
    [TestCase("utf-16le", true)]
    [TestCase("utf-32le", true)]
    public void Unicode_encodings_read_with_or_without_a_byte_order_mark(string encodingName, bool bom)
    {
        var text = CorpusText("national/valmont.fr.txt");
        var encoding = TextEncodings.Resolve(encodingName);
        byte[] bytes = [.. bom ? encoding.GetPreamble() : [], .. encoding.GetBytes(text)];
        if (bom && bytes.AsSpan(0, 2).SequenceEqual(encoding.GetBytes(text).AsSpan(0, 2))) Assert.Inconclusive("no preamble");

        var read = Read(bytes, "valmont.txt");

        read.ShouldReadAs(ReadText(text, "valmont.txt"), $"{encodingName}, byte-order mark {bom}");
        read.Diagnostics.Should().Contain(d => d.Code == "ML0401" && d.Message.Contains(encoding.WebName));
    }

    [Test]
    public void Utf8_with_or_without_a_byte_order_mark_is_read_silently()
    {
        var text = CorpusText("national/severia.ru.txt");
        foreach (var bytes in new[] { Encoding.UTF8.GetBytes(text), [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)] })
            Read(bytes, "severia.txt").Diagnostics.Should().NotContain(d => d.Code == "ML0401");
    }

    [Test]
    public void A_requested_encoding_is_used_even_where_detection_would_choose_another()
    {
        // four words are too few for the detector to tell KOI8-R from Windows-1251; the caller knows
        var koi8 = TextEncodings.Resolve("koi8-r");
        var text = "Статья 1\nОбщие положения\n";
        var options = ReadOptions.Default with { TextEncoding = koi8 };

        var read = Read(koi8.GetBytes(text), "short.txt", options);

        read.Articles.Single().Heading.Should().Be("Общие положения");
        read.Diagnostics.Should().Contain(d => d.Code == "ML0401" && d.Message.Contains("koi8-r") && d.Message.Contains("as requested"));
    }

    [Test]
    public void A_requested_encoding_that_cannot_decode_the_bytes_is_an_error_naming_the_byte()
    {
        var options = ReadOptions.Default with { TextEncoding = TextEncodings.Resolve("utf-8") };
        var bytes = TextEncodings.Resolve("windows-1251").GetBytes("Статья 1\nОбщие положения\n");

        var act = () => Read(bytes, "law.txt", options);

        act.Should().Throw<TextEncodingException>().WithMessage("*not valid UTF-8 at byte 0*");
    }

    [Test]
    public void A_requested_encoding_that_leaves_control_characters_gets_a_warning()
    {
        var options = ReadOptions.Default with { TextEncoding = TextEncodings.Resolve("windows-1252") };
        byte[] bytes = [.. "Article 1\nScope "u8, 0x81, .. "of this Law.\n"u8]; // 0x81 has no letter in Windows-1252

        Read(bytes, "law.txt", options).Diagnostics.Should().Contain(d => d.Code == "ML0402" && d.Severity == global::ModelLaw.Documents.DiagnosticSeverity.Warning);
    }

    [TestCase("cp1251", 1251)]
    [TestCase("Windows-1252", 1252)]
    [TestCase("KOI8-R", 20866)]
    [TestCase("1256", 1256)]
    [TestCase("latin1", 28591)]
    [TestCase("utf_16le", 1200)]
    public void Encoding_names_resolve_without_registering_a_provider(string name, int codePage)
    {
        TextEncodings.Resolve(name).CodePage.Should().Be(codePage);
    }

    [Test]
    public void Unknown_encoding_names_are_a_typed_error()
    {
        var act = () => TextEncodings.Resolve("klingon-1");
        act.Should().Throw<UnsupportedFormatException>().WithMessage("*klingon-1*");
    }

    [Test]
    public void The_library_registers_no_encoding_provider_process_wide()
    {
        // decoding takes code pages from CodePagesEncodingProvider.Instance, so it reads the same whether or not anything
        // registered the provider (AngleSharp does, on its first use, for its own charset handling)
        var sources = Directory.EnumerateFiles(Path.Combine(TestPaths.RepoRoot, "src", "ModelLaw"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        sources.Where(f => File.ReadAllText(f).Contains("RegisterProvider(", StringComparison.Ordinal)).Should().BeEmpty();
        Read(TextEncodings.Resolve("windows-1251").GetBytes(CorpusText("national/severia.ru.txt")), "severia.txt")
            .Diagnostics.Should().Contain(d => d.Code == "ML0401" && d.Message.Contains("windows-1251"));
    }

    [Test]
    public void Random_bytes_are_never_read_as_text()
    {
        var random = new Random(20);
        for (int i = 0; i < 200; i++)
        {
            var bytes = new byte[random.Next(64, 8192)];
            random.NextBytes(bytes);
            if (i % 2 == 1) for (int k = 0; k < bytes.Length; k++) bytes[k] |= 0x80; // only high bytes: the detector's hardest case
            var act = () => Read(bytes, $"random-{i}.bin");
            var error = act.Should().Throw<ModelLawException>($"random input {i} ({bytes.Length} bytes) must not be guessed at").Which;
            (error is TextEncodingException or UnsupportedFormatException).Should().BeTrue(error.GetType().Name);
        }
    }
}
