using ModelLaw.Search.Contract;
using ModelLaw.Search.Lucene;
using ModelLaw.Search.Postgres;

namespace ModelLaw.Search.Tests;

/// <summary>Makes empty stores of one kind for the contract tests, and cleans them up.</summary>
public interface IStoreMaker : IDisposable
{
    /// <summary>A new empty store, and the string `--store` would take for it.</summary>
    (IProvisionStore Store, string Address) Create();

    /// <summary>Makes the store at <paramref name="address"/> look as if another version wrote it.</summary>
    void MarkOtherVersion(string address);
}

internal sealed class LuceneStores : IStoreMaker
{
    private readonly string _root = Directory.CreateTempSubdirectory("modellaw-lucene-").FullName;
    private int _n;

    public (IProvisionStore, string) Create()
    {
        var path = Path.Combine(_root, "store" + Interlocked.Increment(ref _n));
        return (LuceneProvisionStore.Open(path), path);
    }

    public void MarkOtherVersion(string address) =>
        File.WriteAllText(Path.Combine(address, LuceneProvisionStore.MarkerFile), "{\"Format\":\"modellaw-provision-store\",\"Version\":99,\"Engine\":\"lucene-4.8\"}");

    public void Dispose() => Directory.Delete(_root, recursive: true);
}

internal sealed class PostgresStores(string admin) : IStoreMaker
{
    private readonly List<string> _databases = [];
    private readonly string _prefix = "modellaw_t" + Guid.NewGuid().ToString("N")[..8];

    public (IProvisionStore, string) Create()
    {
        var name = $"{_prefix}_{_databases.Count}";
        var cs = SearchPaths.CreateDatabase(admin, name);
        _databases.Add(name);
        return (PostgresProvisionStore.Open(cs), cs);
    }

    public void MarkOtherVersion(string address)
    {
        using var c = new Npgsql.NpgsqlConnection(address);
        c.Open();
        using var cmd = new Npgsql.NpgsqlCommand("UPDATE modellaw_meta SET value = '99' WHERE key = 'version'", c);
        cmd.ExecuteNonQuery();
    }

    public void Dispose()
    {
        foreach (var d in _databases) SearchPaths.DropDatabase(admin, d);
    }
}
