using System.Text;
using ModelLaw.Errors;
using ModelLaw.Search.Contract;
using Npgsql;

namespace ModelLaw.Search.Postgres;

/// <summary>
/// The shared store: PostgreSQL through Npgsql, for an office or a research group. Units are searched with PostgreSQL
/// full-text search (a text-search configuration per language: english, french, spanish, russian, arabic when the
/// server has it, simple otherwise; Chinese as character bigrams) over the query's most selective lexemes, and ordered by
/// ts_rank plus pg_trgm trigram similarity. One writer at a time (an advisory lock). Thread-safe (a pooled data source).
/// </summary>
public sealed class PostgresProvisionStore : IProvisionStore
{
    private readonly NpgsqlDataSource _db;
    private readonly Dictionary<string, uint> _configs;
    private readonly string _where;

    private PostgresProvisionStore(NpgsqlDataSource db, Dictionary<string, uint> configs, string where)
    {
        _db = db;
        _configs = configs;
        _where = where;
    }

    /// <inheritdoc />
    public string Description => $"PostgreSQL store {_where}";

    /// <summary>Connects, creates the tables when missing, and checks the store's version.</summary>
    /// <exception cref="StoreUnavailableException">The server cannot be reached or refuses the login.</exception>
    /// <exception cref="StoreVersionException">The database holds a store of another version.</exception>
    public static PostgresProvisionStore Open(string connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var builder = new NpgsqlConnectionStringBuilder(ToKeywords(connection));
        var where = $"{builder.Database ?? builder.Username} on {builder.Host}:{builder.Port}";
        var db = NpgsqlDataSource.Create(builder.ConnectionString);
        try
        {
            using var c = db.OpenConnection();
            using (var tx = c.BeginTransaction())
            {
                Exec(c, "SELECT pg_advisory_xact_lock(@k)", ("k", PostgresSchema.WriterLock - 1));
                Exec(c, PostgresSchema.Create);
                var version = Scalar(c, "SELECT value FROM modellaw_meta WHERE key = 'version'") as string;
                if (version is null) Exec(c, "INSERT INTO modellaw_meta VALUES ('format', 'modellaw-provision-store'), ('version', @v)", ("v", PostgresSchema.FormatVersion.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                else if (version != PostgresSchema.FormatVersion.ToString(System.Globalization.CultureInfo.InvariantCulture))
                    throw new StoreVersionException($"the database holds a store of format version {version}; this ModelLaw reads version {PostgresSchema.FormatVersion}: use another database", new SourceLocation(where));
                tx.Commit();
            }
            var configs = new Dictionary<string, uint>(StringComparer.Ordinal);
            using (var cmd = new NpgsqlCommand("SELECT cfgname, oid FROM pg_ts_config", c))
            using (var r = cmd.ExecuteReader())
                while (r.Read()) configs[r.GetString(0)] = r.GetFieldValue<uint>(1);
            return new PostgresProvisionStore(db, configs, where);
        }
        catch (Exception ex) when (ex is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
        {
            db.Dispose();
            throw new StoreUnavailableException($"cannot use PostgreSQL {where}: {ex.Message}", new SourceLocation(where), ex);
        }
        catch
        {
            db.Dispose();
            throw;
        }
    }

    /// <summary>"postgres://user:pass@host:5432/db" → "Host=host;Port=5432;Username=user;Password=pass;Database=db"; keyword strings pass through.</summary>
    internal static string ToKeywords(string connection)
    {
        if (!connection.Contains("://", StringComparison.Ordinal)) return connection;
        var uri = new Uri(connection);
        var b = new NpgsqlConnectionStringBuilder { Host = uri.Host, Port = uri.Port > 0 ? uri.Port : 5432, Database = uri.AbsolutePath.Trim('/') };
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            b.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length > 1) b.Password = Uri.UnescapeDataString(parts[1]);
        }
        return b.ConnectionString;
    }

    /// <summary>The text-search configuration of a language, and the text to analyse (Chinese: character bigrams).</summary>
    internal (string Config, string Language, string? Search) Analysis(string language, string text)
    {
        var key = (language ?? "").Split('-', '_')[0].Trim().ToLowerInvariant();
        var config = key switch { "en" => "english", "fr" => "french", "es" => "spanish", "ru" => "russian", "ar" => "arabic", _ => "simple" };
        if (!_configs.ContainsKey(config)) config = "simple";
        return (config, key, key == "zh" ? Bigrams(text) : null);
    }

    /// <summary>The OID of a text-search configuration (what a regconfig column holds).</summary>
    internal uint ConfigOid(string config) => _configs[config];

    /// <inheritdoc />
    public IReadOnlyDictionary<string, StoredDocument> Documents() => ReadDocuments("", null);

    /// <inheritdoc />
    public IReadOnlyDictionary<string, StoredDocument> Documents(IReadOnlyCollection<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return keys.Count == 0 ? new Dictionary<string, StoredDocument>() : ReadDocuments(" WHERE key = ANY(@keys)", keys.Distinct().ToArray());
    }

    private Dictionary<string, StoredDocument> ReadDocuments(string where, string[]? keys)
    {
        var result = new Dictionary<string, StoredDocument>(StringComparer.Ordinal);
        using var cmd = _db.CreateCommand("SELECT key, name, title, language, size, mtime, sha256, units, source_name FROM modellaw_documents" + where);
        if (keys is not null) cmd.Parameters.AddWithValue("keys", keys);
        using var r = cmd.ExecuteReader();
        while (r.Read())
            result[r.GetString(0)] = new StoredDocument
            {
                Key = r.GetString(0), Name = r.GetString(1), Title = r.GetString(2), Language = r.GetString(3),
                Fingerprint = new Fingerprint(r.GetInt64(4), r.GetInt64(5), r.GetString(6)), Units = r.GetInt32(7), SourceName = r.GetString(8),
            };
        return result;
    }

    /// <inheritdoc />
    public StoredDocument? Document(string key)
    {
        using var cmd = _db.CreateCommand("SELECT key, name, title, language, size, mtime, sha256, units, source_name, source FROM modellaw_documents WHERE key = @key");
        cmd.Parameters.AddWithValue("key", key);
        using var r = cmd.ExecuteReader();
        if (!r.Read()) return null;
        return new StoredDocument
        {
            Key = r.GetString(0), Name = r.GetString(1), Title = r.GetString(2), Language = r.GetString(3),
            Fingerprint = new Fingerprint(r.GetInt64(4), r.GetInt64(5), r.GetString(6)), Units = r.GetInt32(7), SourceName = r.GetString(8),
            Source = r.GetFieldValue<byte[]>(9),
        };
    }

    /// <inheritdoc />
    public long UnitCount()
    {
        using var cmd = _db.CreateCommand("SELECT count(*) FROM modellaw_units");
        return (long)cmd.ExecuteScalar()!;
    }

    /// <inheritdoc />
    public IReadOnlyList<UnitCandidate> Candidates(string text, string language, int count, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (count <= 0 || string.IsNullOrWhiteSpace(text)) return [];
        var (config, lang, search) = Analysis(language, text);
        using var cmd = _db.CreateCommand(PostgresSchema.Candidates);
        cmd.Parameters.AddWithValue("cfg", config);
        cmd.Parameters.AddWithValue("search", search ?? text);
        cmd.Parameters.AddWithValue("text", text);
        cmd.Parameters.AddWithValue("lang", lang);
        cmd.Parameters.AddWithValue("pool", Math.Max(100, count * 2));
        cmd.Parameters.AddWithValue("count", count);
        var result = new List<UnitCandidate>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            result.Add(new UnitCandidate(new ProvisionUnit(r.GetString(0), r.GetInt32(1), r.GetString(2), r.GetString(3), r.GetString(4),
                r.IsDBNull(5) ? null : r.GetString(5), r.GetString(6), r.GetString(7)), r.GetDouble(8)));
        }
        return result;
    }

    /// <inheritdoc />
    public IStoreWriter OpenWriter()
    {
        var c = _db.OpenConnection();
        if (Scalar(c, "SELECT pg_try_advisory_lock(@k)", ("k", PostgresSchema.WriterLock)) is not true)
        {
            c.Dispose();
            throw new StoreLockedException($"another indexing run holds the store ({_where}); wait for it to finish", new SourceLocation(_where));
        }
        return new PostgresStoreWriter(c, this);
    }

    internal static void Exec(NpgsqlConnection c, string sql, params (string Name, object Value)[] args)
    {
        using var cmd = new NpgsqlCommand(sql, c);
        foreach (var (n, v) in args) cmd.Parameters.AddWithValue(n, v);
        cmd.ExecuteNonQuery();
    }

    internal static object? Scalar(NpgsqlConnection c, string sql, params (string Name, object Value)[] args)
    {
        using var cmd = new NpgsqlCommand(sql, c);
        foreach (var (n, v) in args) cmd.Parameters.AddWithValue(n, v);
        return cmd.ExecuteScalar();
    }

    private static string Bigrams(string text)
    {
        var sb = new StringBuilder(text.Length * 3);
        char prev = '\0';
        foreach (var c in text)
        {
            bool han = c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';
            if (han && prev != '\0') sb.Append(prev).Append(c).Append(' ');
            else if (!han) sb.Append(c);
            prev = han ? c : '\0';
        }
        return sb.ToString();
    }

    /// <inheritdoc />
    public void Dispose() => _db.Dispose();
}
