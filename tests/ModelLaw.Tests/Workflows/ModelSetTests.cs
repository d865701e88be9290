using ModelLaw.Documents;
using ModelLaw.Reading;
using ModelLaw.Workflows.Models;

namespace ModelLaw.Tests.Workflows;

/// <summary>One model in several languages: each national text gets the model in its own language, or a clear error.</summary>
[TestFixture]
public sealed class ModelSetTests
{
    private readonly ModelLawEngine _engine = ModelLawEngine.CreateDefault();
    private static string Models => Path.Combine(TestPaths.Corpus, "models");
    private static string National(string name) => Path.Combine(TestPaths.Corpus, "national", name);

    [Test]
    public async Task A_folder_of_the_corpus_model_holds_its_six_languages()
    {
        var set = await _engine.LoadModelSetAsync(Models);

        set.Languages.Should().Equal("ar", "en", "es", "fr", "ru", "zh");
        set.Models.Select(m => m.Name).Should().OnlyContain(n => n.StartsWith("ai-ct-model-law.", StringComparison.Ordinal));
    }

    [TestCase("aldara.es.txt", "ai-ct-model-law.es.txt")]
    [TestCase("alwaha.ar.txt", "ai-ct-model-law.ar.txt")]
    [TestCase("haicheng.zh.txt", "ai-ct-model-law.zh.txt")]
    [TestCase("valmont.fr.txt", "ai-ct-model-law.fr.txt")]
    public async Task Each_national_text_resolves_to_the_model_in_its_language(string national, string model)
    {
        var set = await _engine.LoadModelSetAsync(Models);
        var text = await _engine.ReadAsync(National(national));

        set.Resolve(text).Name.Should().Be(model);
        var comparison = _engine.Compare(set, text);
        comparison.Summary.ModelTextKept.Should().BeGreaterThan(0.5, "the adaptation keeps most of the model in its own language");
    }

    [Test]
    public async Task A_single_model_in_another_language_is_an_error_naming_the_text_and_the_way_out()
    {
        var set = ModelSet.Of([new ModelSetEntry(await _engine.ReadAsync(Path.Combine(Models, "ai-ct-model-law.en.txt")), Path.Combine(Models, "ai-ct-model-law.en.txt"))]);
        var french = await _engine.ReadAsync(National("valmont.fr.txt"), ReadOptions.Default with { SourceName = "valmont.fr.txt" });

        var act = () => set.Resolve(french);

        act.Should().Throw<LanguageMismatchException>().WithMessage("valmont.fr.txt: *'fr'*ai-ct-model-law.en.txt*'en'*folder*");
    }

    [Test]
    public async Task A_set_without_the_text_language_lists_the_languages_it_has()
    {
        var en = await _engine.ReadAsync(Path.Combine(Models, "ai-ct-model-law.en.txt"));
        var ru = await _engine.ReadAsync(Path.Combine(Models, "ai-ct-model-law.ru.txt"));
        var set = ModelSet.Of(en, ru);
        var spanish = await _engine.ReadAsync(National("aldara.es.txt"), ReadOptions.Default with { SourceName = "aldara.es.txt" });

        var act = () => set.Resolve(spanish);

        act.Should().Throw<LanguageMismatchException>().WithMessage("aldara.es.txt: no model in 'es'*en, ru*");
    }

    [Test]
    public async Task Two_models_in_one_language_are_refused()
    {
        var dir = Directory.CreateTempSubdirectory("modellaw-set-").FullName;
        try
        {
            File.Copy(Path.Combine(Models, "ai-ct-model-law.en.txt"), Path.Combine(dir, "a.txt"));
            File.Copy(Path.Combine(Models, "ai-ct-model-law.en.txt"), Path.Combine(dir, "b.txt"));

            var act = () => _engine.LoadModelSetAsync(dir);

            await act.Should().ThrowAsync<InvalidConfigurationException>().WithMessage("*two models in 'en': a.txt and b.txt*");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public void A_missing_model_path_is_an_error_naming_it()
    {
        var act = () => _engine.LoadModelSetAsync(Path.Combine(Models, "nowhere"));

        act.Should().ThrowAsync<ModelLawException>().WithMessage("*nowhere*").GetAwaiter().GetResult();
    }

    [Test]
    public void A_language_with_a_region_finds_the_model_of_its_primary_language()
    {
        var doc = new LegalDocument(new ProvisionBuilder(ProvisionKind.Document).Build(), "Model", "fr");
        var set = ModelSet.Of(doc);

        set.For("fr-CA")!.Document.Should().BeSameAs(doc);
        set.For("de").Should().BeNull();
    }
}

/// <summary>A forced language that contradicts the text is an error naming the file, never a silent result.</summary>
[TestFixture]
public sealed class LanguageGuardTests
{
    private readonly ModelLawEngine _engine = ModelLawEngine.CreateDefault();
    private static string National(string name) => Path.Combine(TestPaths.Corpus, "national", name);

    [TestCase("valmont.fr.txt", "en")]
    [TestCase("severia.ru.txt", "fr")]
    [TestCase("haicheng.zh.txt", "ar")]
    [TestCase("arcadia.en.txt", "es")]
    public void A_wrong_forced_language_names_the_file_and_both_languages(string file, string forced)
    {
        var act = () => _engine.ReadCheckedAsync(National(file), ReadOptions.Default with { Language = forced });

        act.Should().ThrowAsync<LanguageMismatchException>()
            .WithMessage($"{file}: the language was forced to '{forced}' but the text reads as '*'*").GetAwaiter().GetResult();
    }

    [Test]
    public async Task The_right_forced_language_reads_the_text()
    {
        var doc = await _engine.ReadCheckedAsync(National("valmont.fr.txt"), ReadOptions.Default with { Language = "fr" });

        doc.Language.Should().Be("fr");
        doc.Root.Descendants().Count(p => p.Kind == ProvisionKind.Article).Should().BeGreaterThan(30);
    }

    [Test]
    public async Task A_language_without_a_profile_is_read_as_before()
    {
        var doc = await _engine.ReadCheckedAsync(National("arcadia.en.txt"), ReadOptions.Default with { Language = "sw" });

        doc.Language.Should().NotBeNullOrEmpty();
    }
}
