using Npgsql;

namespace ModelLaw.Search.Tests;

/// <summary>The corpus, the shared real texts, and the test PostgreSQL server (started by test.sh).</summary>
internal static class SearchPaths
{
    /// <summary>Connection string of a PostgreSQL superuser for tests, set by test.sh; absent when no server could be started.</summary>
    public const string PostgresVariable = "MODELLAW_TEST_POSTGRES";

    private static readonly Lazy<string> Root = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ModelLaw.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("ModelLaw.sln not found above " + AppContext.BaseDirectory);
    });

    public static string RepoRoot => Root.Value;

    public static string Corpus => Path.Combine(RepoRoot, "corpus");

    public static string RealTexts => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "real-texts"));

    public static string RequireRealTexts()
    {
        if (!Directory.Exists(RealTexts))
            Assert.Ignore($"../shared/real-texts not found at {RealTexts}: real-text tests run only where the shared data sits beside the clone (CI has it).");
        return RealTexts;
    }

    /// <summary>The test server's superuser connection string, or the test is ignored with the reason.</summary>
    public static string RequirePostgres()
    {
        var cs = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(cs))
            Assert.Ignore($"PostgreSQL store tests need a server: {PostgresVariable} is not set (./test.sh installs and starts one when run as root; " +
                "without root, or without Debian's postgresql package, these tests are skipped).");
        return cs;
    }

    /// <summary>A new empty database on the test server; dropped by <see cref="DropDatabase"/>.</summary>
    public static string CreateDatabase(string admin, string name)
    {
        using (var c = new NpgsqlConnection(admin))
        {
            c.Open();
            using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE); CREATE DATABASE {name}", c);
            cmd.ExecuteNonQuery();
        }
        return new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = true }.ConnectionString;
    }

    public static void DropDatabase(string admin, string name)
    {
        NpgsqlConnection.ClearAllPools();
        using var c = new NpgsqlConnection(admin);
        c.Open();
        using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", c);
        cmd.ExecuteNonQuery();
    }
}
