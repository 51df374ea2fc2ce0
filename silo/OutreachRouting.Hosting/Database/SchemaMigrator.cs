using Microsoft.Extensions.Logging;
using Npgsql;

namespace OutreachRouting.Hosting.Database;

/// <summary>
/// Brings a database to this build's schema: applies the scripts it lacks, in order, in one transaction,
/// and records each in outreach_schema_version. Running it again changes nothing. A database that is newer
/// than the build, or whose applied scripts differ from the build's, is refused.
/// </summary>
public sealed class SchemaMigrator(NpgsqlDataSource database, ILogger<SchemaMigrator> logger)
{
    // Any constant will do; it only has to be the same for every host that migrates this database.
    private const long MigrationLockKey = 0x4F_5554_5245_4143;

    public static int CodeVersion => SchemaScript.All.Count;

    public async Task<MigrationResult> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, $"SELECT pg_advisory_xact_lock({MigrationLockKey})", cancellationToken);
        await ExecuteAsync(connection, """
            CREATE TABLE IF NOT EXISTS outreach_schema_version
            (
                version    integer     NOT NULL PRIMARY KEY,
                name       text        NOT NULL,
                checksum   text        NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now()
            )
            """, cancellationToken);

        var applied = await ReadAppliedAsync(connection, cancellationToken);
        var from = CheckCompatible(applied);
        var names = new List<string>();
        foreach (var script in SchemaScript.All.Where(s => s.Version > from))
        {
            await ExecuteAsync(connection, script.Sql, cancellationToken);
            await using var record = new NpgsqlCommand(
                "INSERT INTO outreach_schema_version (version, name, checksum) VALUES (@version, @name, @checksum)", connection);
            record.Parameters.AddWithValue("version", script.Version);
            record.Parameters.AddWithValue("name", script.Name);
            record.Parameters.AddWithValue("checksum", script.Checksum);
            await record.ExecuteNonQueryAsync(cancellationToken);
            names.Add($"{script.Version:0000}_{script.Name}");
        }

        await transaction.CommitAsync(cancellationToken);
        if (names.Count > 0)
        {
            logger.LogInformation("Database schema migrated from version {From} to {To}: {Scripts}", from, CodeVersion, string.Join(", ", names));
        }
        else
        {
            logger.LogInformation("Database schema is current at version {Version}", from);
        }

        return new MigrationResult(from, CodeVersion, names);
    }

    /// <summary>Refuses, with the reason, a database that is not exactly at this build's schema.</summary>
    public async Task EnsureCurrentAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using (var exists = new NpgsqlCommand("SELECT to_regclass('outreach_schema_version') IS NOT NULL", connection))
        {
            if (!(bool)(await exists.ExecuteScalarAsync(cancellationToken))!)
            {
                throw new SchemaException($"The database has no OutreachRouting schema. Run the silo with the argument 'migrate' (or set {OutreachOptions.Section}__MigrateOnStart=true) to create it.");
            }
        }

        var version = CheckCompatible(await ReadAppliedAsync(connection, cancellationToken));
        if (version < CodeVersion)
        {
            throw new SchemaException($"The database schema is at version {version}; this build needs version {CodeVersion}. Run the silo with the argument 'migrate' to upgrade it.");
        }
    }

    private static int CheckCompatible(IReadOnlyList<(int Version, string Name, string Checksum)> applied)
    {
        var newest = applied.Count == 0 ? 0 : applied.Max(a => a.Version);
        if (newest > CodeVersion)
        {
            var name = applied.First(a => a.Version == newest).Name;
            throw new SchemaException(
                $"The database schema is at version {newest} ({name}), newer than this build, which knows versions up to {CodeVersion}. " +
                "Refusing to touch it: run a newer build of OutreachRouting, or point this one at another database.");
        }

        foreach (var (version, name, checksum) in applied)
        {
            var script = SchemaScript.All[version - 1];
            if (script.Checksum != checksum)
            {
                throw new SchemaException(
                    $"Schema script {version:0000}_{name} was applied to this database with other content than this build's {version:0000}_{script.Name}. " +
                    "Applied scripts must never change: add a new numbered script instead.");
            }
        }

        return newest;
    }

    private static async Task<List<(int, string, string)>> ReadAppliedAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT version, name, checksum FROM outreach_schema_version ORDER BY version", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var applied = new List<(int, string, string)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            applied.Add((reader.GetInt32(0), reader.GetString(1), reader.GetString(2)));
        }

        return applied;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
