using ModelLaw.Search.Contract;
using ModelLaw.Search.Lucene;
using ModelLaw.Search.Postgres;

namespace ModelLaw.Search;

/// <summary>Opens the store a <c>--store</c> value names: a PostgreSQL connection string, or a folder for an embedded index.</summary>
public static class StoreFactory
{
    /// <summary>
    /// True when <paramref name="store"/> reads as a PostgreSQL connection: a <c>postgres://</c> or <c>postgresql://</c>
    /// URI, or a keyword string holding <c>Host=</c>.
    /// </summary>
    public static bool IsPostgres(string store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || store.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            || store.Split(';').Any(p => p.Trim().StartsWith("Host=", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Opens (creating when new) the store named by <paramref name="store"/>.</summary>
    /// <exception cref="StoreVersionException">The store is of another version, or not a store.</exception>
    /// <exception cref="StoreUnavailableException">The database cannot be reached.</exception>
    public static IProvisionStore Open(string store) =>
        IsPostgres(store) ? PostgresProvisionStore.Open(store) : LuceneProvisionStore.Open(store);
}
