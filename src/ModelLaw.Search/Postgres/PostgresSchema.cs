namespace ModelLaw.Search.Postgres;

/// <summary>The tables of a PostgreSQL provision store (all prefixed <c>modellaw_</c>, so a shared database keeps its own).</summary>
internal static class PostgresSchema
{
    public const int FormatVersion = 1;

    /// <summary>Advisory lock key held by the one writer (a session lock: it dies with the connection).</summary>
    public const long WriterLock = 0x4D4C_5354_4F52_4501;

    public const string Create = """
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
        CREATE TABLE IF NOT EXISTS modellaw_meta (key text PRIMARY KEY, value text NOT NULL);
        CREATE TABLE IF NOT EXISTS modellaw_documents (
            key text PRIMARY KEY, name text NOT NULL, title text NOT NULL, language text NOT NULL,
            size bigint NOT NULL, mtime bigint NOT NULL, sha256 text NOT NULL, units integer NOT NULL,
            source_name text NOT NULL, source bytea NOT NULL);
        CREATE TABLE IF NOT EXISTS modellaw_units (
            doc_key text NOT NULL REFERENCES modellaw_documents(key) ON DELETE CASCADE,
            ord integer NOT NULL, eid text NOT NULL, citation text NOT NULL, article text NOT NULL, heading text,
            language text NOT NULL, cfg regconfig NOT NULL, body text NOT NULL, search text,
            tsv tsvector GENERATED ALWAYS AS (to_tsvector(cfg, coalesce(heading, '') || ' ' || coalesce(search, body))) STORED,
            PRIMARY KEY (doc_key, ord));
        CREATE INDEX IF NOT EXISTS modellaw_units_tsv ON modellaw_units USING gin (tsv);
        CREATE TABLE IF NOT EXISTS modellaw_terms (language text NOT NULL, lexeme text NOT NULL, df integer NOT NULL,
            PRIMARY KEY (language, lexeme));
        """;

    /// <summary>Document frequencies of a document's lexemes: added on insert, subtracted on delete (@sign = 1 or -1).</summary>
    public const string AdjustTerms = """
        INSERT INTO modellaw_terms (language, lexeme, df)
        SELECT u.language, t.lexeme, @sign * count(*) FROM modellaw_units u, unnest(u.tsv) AS t
        WHERE u.doc_key = @key GROUP BY u.language, t.lexeme
        ON CONFLICT (language, lexeme) DO UPDATE SET df = modellaw_terms.df + EXCLUDED.df
        """;

    /// <summary>
    /// Candidates: the query's most selective lexemes (lowest document frequency) ORed into a tsquery, the best matches
    /// by ts_rank, then re-ordered by ts_rank plus pg_trgm similarity to the query text.
    /// </summary>
    public const string Candidates = """
        WITH picked AS (
            SELECT t.lexeme FROM unnest(tsvector_to_array(to_tsvector(@cfg::regconfig, @search))) AS l(lexeme)
            JOIN modellaw_terms t ON t.language = @lang AND t.lexeme = l.lexeme AND t.df > 0
            ORDER BY t.df, t.lexeme LIMIT 24),
        query AS (SELECT string_agg(quote_literal(lexeme), ' | ')::tsquery AS q FROM picked),
        pool AS (
            SELECT u.doc_key, u.ord, u.eid, u.citation, u.article, u.heading, u.language, u.body, ts_rank(u.tsv, query.q) AS rank
            FROM modellaw_units u, query WHERE u.language = @lang AND u.tsv @@ query.q
            ORDER BY rank DESC, u.doc_key, u.ord LIMIT @pool)
        SELECT doc_key, ord, eid, citation, article, heading, language, body, rank + similarity(body, @text) AS score
        FROM pool ORDER BY score DESC, doc_key, ord LIMIT @count
        """;
}
