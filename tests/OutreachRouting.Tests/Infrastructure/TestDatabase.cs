using Npgsql;

namespace OutreachRouting.Tests.Infrastructure;

/// <summary>A fresh, empty database of its own for one test, dropped when the test ends.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string ServerVariable = "OUTREACH_TEST_POSTGRES";

    /// <summary>A database nobody reaches, for hosts that are built, or refused, before they connect.</summary>
    public const string Unreachable = "Host=127.0.0.1;Port=1;Database=never";

    private TestDatabase(string name, string connectionString)
    {
        Name = name;
        ConnectionString = connectionString;
        DataSource = NpgsqlDataSource.Create(connectionString);
    }

    public static string? ServerConnectionString => Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } value ? value : null;

    public string Name { get; }

    public string ConnectionString { get; }

    public NpgsqlDataSource DataSource { get; }

    public static async Task<TestDatabase> CreateAsync()
    {
        var server = ServerConnectionString
            ?? throw new InvalidOperationException($"{ServerVariable} is not set: tests that need PostgreSQL run through deploy/test.sh.");
        var name = $"outreach_test_{Guid.NewGuid():N}";
        await using (var admin = NpgsqlDataSource.Create(server))
        {
            await using var create = admin.CreateCommand($"CREATE DATABASE {name}");
            await create.ExecuteNonQueryAsync();
        }

        return new TestDatabase(name, new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString);
    }

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var command = DataSource.CreateCommand(sql);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var command = DataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var admin = NpgsqlDataSource.Create(ServerConnectionString!);
        await using var drop = admin.CreateCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
        await drop.ExecuteNonQueryAsync();
    }
}
