using System.Text.Json;
using ModelLaw.Search.Contract;
using ModelLaw.Search.Indexing;
using ModelLaw.Search.Searching;

namespace ModelLaw.Search.Tests;

/// <summary>
/// The results contract every provision store keeps. The same tests run on the embedded Lucene store and on PostgreSQL
/// (a real server started by test.sh; ignored with the reason when there is none).
/// </summary>
public abstract partial class StoreContractTests
{
    private readonly ModelLawEngine _engine = ModelLawEngine.CreateDefault();
    private IStoreMaker _maker = null!;
    private IProvisionStore _corpus = null!;
    private string _work = "";

    protected abstract IStoreMaker CreateMaker();

    protected ModelLawEngine Engine => _engine;
    protected IProvisionStore CorpusStore => _corpus;

    [OneTimeSetUp]
    public async Task IndexTheCorpus()
    {
        _maker = CreateMaker();
        _corpus = _maker.Create().Store;
        var paths = new List<string> { Path.Combine(SearchPaths.Corpus, "models"), Path.Combine(SearchPaths.Corpus, "national") };
        if (Directory.Exists(SearchPaths.RealTexts)) paths.Add(SearchPaths.RealTexts);
        var result = await new ProvisionIndexer(_engine).IndexAsync(_corpus, paths, new IndexOptions { BaseDirectory = SearchPaths.RepoRoot });
        result.Failures.Should().BeEmpty();
    }

    [OneTimeTearDown]
    public void DropTheStores()
    {
        _corpus?.Dispose();
        _maker?.Dispose();
    }

    [SetUp]
    public void CreateWorkFolder() => _work = Directory.CreateTempSubdirectory("modellaw-search-").FullName;

    [TearDown]
    public void DeleteWorkFolder() => Directory.Delete(_work, recursive: true);

    private string CopyOf(params string[] corpusFiles)
    {
        var dir = Directory.CreateDirectory(Path.Combine(_work, "texts")).FullName;
        foreach (var f in corpusFiles) File.Copy(Path.Combine(SearchPaths.Corpus, f), Path.Combine(dir, Path.GetFileName(f)));
        return dir;
    }

    [Test]
    public void A_reworded_model_paragraph_finds_its_model_article_first()
    {
        // Article 10(1) of the English model, reworded: words dropped, others changed, order moved
        const string query = "Every year the competent authorities publish a public register listing the categories of AI systems used by them for counter-terrorism, with the purposes and legal basis of that use.";

        var hits = new ProvisionSearcher(_engine).Search(_corpus, query, new SearchOptions { Top = 5 });

        hits.Should().NotBeEmpty();
        hits[0].Document.Should().Be("corpus/models/ai-ct-model-law.en.txt");
        hits[0].Article.Should().Be("Article 10");
        hits[0].Heading.Should().Be("Transparency");
        hits[0].Score.Should().BeInRange(0.3, 1.0);
        hits[0].Snippet.Should().Contain("register");
        hits.Select(h => h.Score).Should().BeInDescendingOrder();
    }

    [Test]
    public void A_query_in_french_only_meets_french_provisions()
    {
        var hits = new ProvisionSearcher(_engine).Search(_corpus,
            "Les autorités compétentes publient chaque année un registre des catégories de systèmes d'intelligence artificielle.", new SearchOptions { Top = 10 });

        hits.Should().NotBeEmpty().And.OnlyContain(h => h.Language == "fr");
    }

    [TestCase("aldara.es.txt", "es")]
    [TestCase("alwaha.ar.txt", "ar")]
    [TestCase("arcadia.en.txt", "en")]
    [TestCase("haicheng.zh.txt", "zh")]
    [TestCase("kestrel.en.txt", "en")]
    [TestCase("severia.ru.txt", "ru")]
    [TestCase("valmont.fr.txt", "fr")]
    public async Task A_whole_national_text_has_its_model_law_as_best_source(string national, string language)
    {
        var sources = await new SourceFinder(_engine).FindSourcesAsync(_corpus, Path.Combine(SearchPaths.Corpus, "national", national));

        sources.Should().NotBeEmpty();
        sources[0].Document.Should().Be($"corpus/models/ai-ct-model-law.{language}.txt");
        sources[0].Share.Should().BeGreaterThan(0.6);
        sources[0].Pairs.Should().HaveCount(sources[0].Explained);
        sources.Should().NotContain(s => s.Document == $"corpus/national/{national}", "the text itself (same bytes) is not its own source");
        sources.Skip(1).All(s => s.Match < sources[0].Match).Should().BeTrue("the model matches better than any other adaptation");
    }

    [Test]
    public async Task Indexing_again_reads_only_what_changed_and_removes_what_left_the_folder()
    {
        var (store, _) = _maker.Create();
        using var _1 = store;
        var dir = CopyOf("models/ai-ct-model-law.en.txt", "national/arcadia.en.txt", "national/valmont.fr.txt");
        var indexer = new ProvisionIndexer(_engine);
        var first = await indexer.IndexAsync(store, [dir]);
        first.Indexed.Should().Be(3);
        var units = store.UnitCount();

        var again = await indexer.IndexAsync(store, [dir]);
        again.Indexed.Should().Be(0);
        again.Unchanged.Should().Be(3);

        File.SetLastWriteTimeUtc(Path.Combine(dir, "arcadia.en.txt"), DateTime.UtcNow.AddMinutes(1));        // touched, same bytes
        File.AppendAllText(Path.Combine(dir, "valmont.fr.txt"), "\n\nArticle 99 — Disposition finale\n\nLa présente loi entre en vigueur le jour de sa publication au journal officiel.\n");
        File.Delete(Path.Combine(dir, "ai-ct-model-law.en.txt"));
        var third = await indexer.IndexAsync(store, [dir]);

        third.Indexed.Should().Be(1, "only the changed file is read again");
        third.Unchanged.Should().Be(1);
        third.Removed.Should().Be(1);
        store.Documents().Keys.Select(Path.GetFileName).Should().BeEquivalentTo(["arcadia.en.txt", "valmont.fr.txt"]);
        store.UnitCount().Should().BeLessThan(units);
        var fourth = await indexer.IndexAsync(store, [dir]);
        fourth.Indexed.Should().Be(0);
        fourth.Unchanged.Should().Be(2, "a touched file whose bytes did not change is recorded with its new time");
    }

    [Test]
    public async Task An_interrupted_run_keeps_what_it_committed_and_the_next_run_finishes_the_rest()
    {
        var (store, _) = _maker.Create();
        using var _1 = store;
        var dir = CopyOf("models/ai-ct-model-law.en.txt", "models/ai-ct-model-law.fr.txt", "models/ai-ct-model-law.es.txt", "national/arcadia.en.txt");
        using var cts = new CancellationTokenSource();
        var progress = new Stop(cts, after: 2);

        var act = () => new ProvisionIndexer(_engine).IndexAsync(store, [dir], new IndexOptions { CommitEvery = 1 }, progress, cts.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        store.Documents().Should().HaveCount(2);
        var rest = await new ProvisionIndexer(_engine).IndexAsync(store, [dir]);
        rest.Unchanged.Should().Be(2);
        rest.Indexed.Should().Be(2);
    }

    [Test]
    public void A_second_writer_is_refused_with_a_clear_error()
    {
        var (store, _) = _maker.Create();
        using var _1 = store;
        using var first = store.OpenWriter();

        var act = () => store.OpenWriter();

        act.Should().Throw<StoreLockedException>().WithMessage("*another indexing run holds the store*");
    }

    [Test]
    public void A_store_of_another_version_is_refused_with_a_clear_error()
    {
        var (store, address) = _maker.Create();
        store.Dispose();
        _maker.MarkOtherVersion(address);

        var act = () => StoreFactory.Open(address);

        act.Should().Throw<StoreVersionException>().WithMessage("*version 99*");
    }

    [Test]
    public void Search_results_write_as_json_hits_with_every_field()
    {
        var hits = new ProvisionSearcher(_engine).Search(_corpus, "independent oversight body shall supervise the use of new technologies", new SearchOptions { Top = 3 });
        using var s = new MemoryStream();

        SearchOutput.WriteJson(hits, s);

        using var json = JsonDocument.Parse(s.ToArray());
        var first = json.RootElement.GetProperty("hits")[0];
        foreach (var p in new[] { "document", "title", "language", "citation", "article", "heading", "eId", "score", "snippet" })
            first.TryGetProperty(p, out _).Should().BeTrue(p);
        json.RootElement.GetProperty("hits").GetArrayLength().Should().Be(3);
    }

    private sealed class Stop(CancellationTokenSource cts, int after) : IProgress<IndexProgress>
    {
        public void Report(IndexProgress value)
        {
            if (value.Done >= after) cts.Cancel();
        }
    }
}

/// <summary>The contract on the embedded Lucene.NET store.</summary>
[TestFixture, Category("Search")]
public sealed class LuceneStoreContractTests : StoreContractTests
{
    protected override IStoreMaker CreateMaker() => new LuceneStores();
}

/// <summary>The contract on PostgreSQL (needs the server test.sh starts).</summary>
[TestFixture, Category("Search"), NonParallelizable]
public sealed class PostgresStoreContractTests : StoreContractTests
{
    protected override IStoreMaker CreateMaker() => new PostgresStores(SearchPaths.RequirePostgres());
}
