using Microsoft.Extensions.Logging.Abstractions;
using OutreachRouting.Hosting.Database;

namespace OutreachRouting.Tests.Database;

public sealed class SchemaMigratorTests
{
    private const string Fingerprint = """
        SELECT string_agg(item, ',' ORDER BY item) FROM (
            SELECT 'table:' || tablename AS item FROM pg_tables WHERE schemaname = 'public'
            UNION ALL SELECT 'function:' || proname FROM pg_proc WHERE pronamespace = 'public'::regnamespace
            UNION ALL SELECT 'trigger:' || tgname FROM pg_trigger WHERE NOT tgisinternal
            UNION ALL SELECT 'query:' || QueryKey || ':' || md5(QueryText) FROM OrleansQuery
            UNION ALL SELECT 'version:' || version || ':' || checksum || ':' || applied_at FROM outreach_schema_version
        ) items
        """;

    [PostgresFact]
    public async Task Migrating_twice_changes_nothing_the_second_time()
    {
        await using var database = await TestDatabase.CreateAsync();
        var migrator = new SchemaMigrator(database.DataSource, NullLogger<SchemaMigrator>.Instance);

        var first = await migrator.MigrateAsync();
        var before = await database.ScalarAsync<string>(Fingerprint);
        var second = await migrator.MigrateAsync();

        Assert.Equal(0, first.FromVersion);
        Assert.Equal(SchemaMigrator.CodeVersion, first.ToVersion);
        Assert.Equal(SchemaScript.All.Count, first.Applied.Count);
        Assert.Empty(second.Applied);
        Assert.Equal(before, await database.ScalarAsync<string>(Fingerprint));
        Assert.Equal(SchemaMigrator.CodeVersion, await database.ScalarAsync<long>("SELECT count(*) FROM outreach_schema_version"));
        await migrator.EnsureCurrentAsync();
    }

    [PostgresFact]
    public async Task Two_hosts_migrating_at_once_apply_each_script_once()
    {
        await using var database = await TestDatabase.CreateAsync();
        var a = new SchemaMigrator(database.DataSource, NullLogger<SchemaMigrator>.Instance);
        var b = new SchemaMigrator(database.DataSource, NullLogger<SchemaMigrator>.Instance);

        var results = await Task.WhenAll(a.MigrateAsync(), b.MigrateAsync());

        Assert.Equal(SchemaMigrator.CodeVersion, results.Sum(r => r.Applied.Count));
    }

    [PostgresFact]
    public async Task A_database_newer_than_the_build_is_refused_with_a_clear_message_and_left_alone()
    {
        await using var database = await TestDatabase.CreateAsync();
        var migrator = new SchemaMigrator(database.DataSource, NullLogger<SchemaMigrator>.Instance);
        await migrator.MigrateAsync();
        await database.ExecuteAsync($"INSERT INTO outreach_schema_version (version, name, checksum) VALUES ({SchemaMigrator.CodeVersion + 1}, 'from_the_future', 'x')");
        var before = await database.ScalarAsync<string>(Fingerprint);

        var migrate = await Assert.ThrowsAsync<SchemaException>(() => migrator.MigrateAsync());
        var check = await Assert.ThrowsAsync<SchemaException>(() => migrator.EnsureCurrentAsync());

        Assert.Contains($"version {SchemaMigrator.CodeVersion + 1} (from_the_future), newer than this build", migrate.Message);
        Assert.Contains("newer than this build", check.Message);
        Assert.Equal(before, await database.ScalarAsync<string>(Fingerprint));
    }

    [PostgresFact]
    public async Task A_silo_does_not_start_on_a_newer_database()
    {
        await using var database = await TestDatabase.CreateAsync();
        await new SchemaMigrator(database.DataSource, NullLogger<SchemaMigrator>.Instance).MigrateAsync();
        await database.ExecuteAsync($"INSERT INTO outreach_schema_version (version, name, checksum) VALUES ({SchemaMigrator.CodeVersion + 1}, 'from_the_future', 'x')");
        using var host = PostgresSilo.Build(database.ConnectionString);

        var error = await Assert.ThrowsAsync<SchemaException>(() => host.StartAsync());

        Assert.Contains("newer than this build", error.Message);
        Assert.Equal(0, await database.ScalarAsync<long>("SELECT count(*) FROM OrleansMembershipTable"));
    }

    [PostgresFact]
    public async Task A_changed_script_and_a_missing_schema_are_refused()
    {
        await using var database = await TestDatabase.CreateAsync();
        var migrator = new SchemaMigrator(database.DataSource, NullLogger<SchemaMigrator>.Instance);

        var missing = await Assert.ThrowsAsync<SchemaException>(() => migrator.EnsureCurrentAsync());
        Assert.Contains("no OutreachRouting schema", missing.Message);

        await migrator.MigrateAsync();
        await database.ExecuteAsync("UPDATE outreach_schema_version SET checksum = 'edited' WHERE version = 3");
        var changed = await Assert.ThrowsAsync<SchemaException>(() => migrator.MigrateAsync());
        Assert.Contains("0003_orleans_persistence was applied to this database with other content", changed.Message);
    }

    [PostgresFact]
    public async Task An_older_database_is_refused_by_a_silo_that_does_not_migrate()
    {
        await using var database = await TestDatabase.CreateAsync();
        await new SchemaMigrator(database.DataSource, NullLogger<SchemaMigrator>.Instance).MigrateAsync();
        await database.ExecuteAsync($"DELETE FROM outreach_schema_version WHERE version = {SchemaMigrator.CodeVersion}");
        using var host = PostgresSilo.Build(database.ConnectionString, migrateOnStart: false);

        var error = await Assert.ThrowsAsync<SchemaException>(() => host.StartAsync());

        Assert.Contains($"this build needs version {SchemaMigrator.CodeVersion}", error.Message);
    }
}
