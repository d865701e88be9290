using ModelLaw.Search.Contract;
using Npgsql;
using NpgsqlTypes;

namespace ModelLaw.Search.Postgres;

/// <summary>The one writer of a PostgreSQL store: holds the advisory lock on its connection; changes commit in batches.</summary>
internal sealed class PostgresStoreWriter : IStoreWriter
{
    private readonly NpgsqlConnection _c;
    private readonly PostgresProvisionStore _store;
    private NpgsqlTransaction _tx;

    public PostgresStoreWriter(NpgsqlConnection connection, PostgresProvisionStore store)
    {
        _c = connection;
        _store = store;
        _tx = _c.BeginTransaction();
    }

    public void Upsert(StoredDocument document, IReadOnlyList<ProvisionUnit> units)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(units);
        Remove(document.Key);
        using (var cmd = new NpgsqlCommand("""
            INSERT INTO modellaw_documents (key, name, title, language, size, mtime, sha256, units, source_name, source)
            VALUES (@key, @name, @title, @lang, @size, @mtime, @sha, @units, @sourceName, @source)
            """, _c, _tx))
        {
            cmd.Parameters.AddWithValue("key", document.Key);
            cmd.Parameters.AddWithValue("name", document.Name);
            cmd.Parameters.AddWithValue("title", document.Title);
            cmd.Parameters.AddWithValue("lang", document.Language);
            cmd.Parameters.AddWithValue("size", document.Fingerprint.Size);
            cmd.Parameters.AddWithValue("mtime", document.Fingerprint.LastWriteUtcTicks);
            cmd.Parameters.AddWithValue("sha", document.Fingerprint.Sha256);
            cmd.Parameters.AddWithValue("units", units.Count);
            cmd.Parameters.AddWithValue("sourceName", document.SourceName);
            cmd.Parameters.AddWithValue("source", document.Source.ToArray());
            cmd.ExecuteNonQuery();
        }
        // binary COPY: one round trip for all the units of a document
        using (var copy = _c.BeginBinaryImport("COPY modellaw_units (doc_key, ord, eid, citation, article, heading, language, cfg, body, search) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var u in units)
            {
                var (config, lang, search) = _store.Analysis(u.Language, u.Text);
                copy.StartRow();
                copy.Write(u.DocumentKey, NpgsqlDbType.Text);
                copy.Write(u.Ordinal, NpgsqlDbType.Integer);
                copy.Write(u.EId, NpgsqlDbType.Text);
                copy.Write(u.Citation, NpgsqlDbType.Text);
                copy.Write(u.Article, NpgsqlDbType.Text);
                if (u.Heading is null) copy.WriteNull(); else copy.Write(u.Heading, NpgsqlDbType.Text);
                copy.Write(lang, NpgsqlDbType.Text);
                copy.Write(_store.ConfigOid(config), NpgsqlDbType.Regconfig);
                copy.Write(u.Text, NpgsqlDbType.Text);
                if (search is null) copy.WriteNull(); else copy.Write(search, NpgsqlDbType.Text);
            }
            copy.Complete();
        }
        Terms(document.Key, +1);
    }

    public void Touch(string key, Fingerprint fingerprint)
    {
        using var cmd = new NpgsqlCommand("UPDATE modellaw_documents SET size = @size, mtime = @mtime WHERE key = @key", _c, _tx);
        cmd.Parameters.AddWithValue("key", key);
        cmd.Parameters.AddWithValue("size", fingerprint.Size);
        cmd.Parameters.AddWithValue("mtime", fingerprint.LastWriteUtcTicks);
        cmd.ExecuteNonQuery();
    }

    public void Remove(string key)
    {
        Terms(key, -1);
        using var cmd = new NpgsqlCommand("DELETE FROM modellaw_documents WHERE key = @key", _c, _tx);
        cmd.Parameters.AddWithValue("key", key);
        cmd.ExecuteNonQuery();
    }

    public void Commit()
    {
        _tx.Commit();
        _tx.Dispose();
        _tx = _c.BeginTransaction();
    }

    private void Terms(string key, int sign)
    {
        using var cmd = new NpgsqlCommand(PostgresSchema.AdjustTerms, _c, _tx);
        cmd.Parameters.AddWithValue("key", key);
        cmd.Parameters.AddWithValue("sign", sign);
        cmd.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _tx.Dispose();   // an uncommitted batch is rolled back
        try
        {
            // a pooled connection keeps its session (and a session lock) alive: release it by hand
            PostgresProvisionStore.Exec(_c, "SELECT pg_advisory_unlock(@k)", ("k", PostgresSchema.WriterLock));
        }
        catch (NpgsqlException)
        {
            // a broken connection has no session left, nor its lock
        }
        _c.Dispose();
    }
}
