using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using OutreachRouting.Contracts.Directory;
using OutreachRouting.Contracts.Venues;
using OutreachRouting.Contracts.Workers;
using Orleans.Concurrency;
using Orleans.Configuration;

namespace OutreachRouting.Grains.Directory;

/// <summary>
/// Answers list queries from the directory tables (deploy/sql/0005_team_directory.sql). Stateless: any silo
/// may run several at once, and none holds anything between calls.
/// </summary>
[StatelessWorker]
public sealed class TeamDirectoryGrain(NpgsqlDataSource database, IOptions<ClusterOptions> cluster, TimeProvider time)
    : Grain, ITeamDirectoryGrain
{
    public const int MaxPageSize = 500;

    private string Team => this.GetPrimaryKeyString();

    public async Task<Page<VenueListItem>> ListVenuesAsync(VenueQuery query)
    {
        var (skip, take) = Paging(query.Skip, query.Take);
        var now = time.GetUtcNow();
        await using var command = database.CreateCommand("""
            SELECT venue_id, name, kind, borough, status, sensitivity, priority, target_interval_days,
                   last_visit_at, version, count(*) OVER () AS total
              FROM directory_venues
             WHERE service_id = @service AND team = @team
               AND (@kind IS NULL OR kind = @kind)
               AND (@borough IS NULL OR lower(borough) = lower(@borough))
               AND (@status IS NULL OR status = @status)
               AND (@overdue IS NULL OR @overdue = (status = 'active'
                    AND (last_visit_at IS NULL OR last_visit_at + make_interval(days => target_interval_days) < @now)))
             ORDER BY name, venue_id
             OFFSET @skip LIMIT @take
            """);
        command.Parameters.AddWithValue("service", cluster.Value.ServiceId);
        command.Parameters.AddWithValue("team", Team);
        command.Parameters.Add(Text("kind", query.Kind is { } kind ? StoredName(kind) : null));
        command.Parameters.Add(Text("borough", query.Borough));
        command.Parameters.Add(Text("status", query.Status is { } status ? StoredName(status) : null));
        command.Parameters.Add(new NpgsqlParameter("overdue", NpgsqlDbType.Boolean) { Value = (object?)query.Overdue ?? DBNull.Value });
        command.Parameters.AddWithValue("now", now);
        command.Parameters.AddWithValue("skip", skip);
        command.Parameters.AddWithValue("take", take);

        var items = new List<VenueListItem>();
        var total = 0;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var statusValue = Parse<VenueStatus>(reader.GetString(4));
            var interval = reader.GetInt32(7);
            DateTimeOffset? lastVisit = reader.IsDBNull(8) ? null : reader.GetFieldValue<DateTimeOffset>(8);
            var dueAt = lastVisit?.AddDays(interval);
            items.Add(new VenueListItem(
                reader.GetString(0), reader.GetString(1), Parse<VenueKind>(reader.GetString(2)), reader.GetString(3),
                statusValue, Parse<Sensitivity>(reader.GetString(5)), reader.GetInt32(6), interval, lastVisit, dueAt,
                statusValue == VenueStatus.Active && (dueAt is null || dueAt < now), reader.GetInt32(9)));
            total = (int)reader.GetInt64(10);
        }

        return new Page<VenueListItem>(items, items.Count == 0 ? await CountAsync("directory_venues") : total, skip, take);
    }

    public async Task<Page<WorkerListItem>> ListWorkersAsync(WorkerQuery query)
    {
        var (skip, take) = Paging(query.Skip, query.Take);
        await using var command = database.CreateCommand("""
            SELECT worker_id, display_name, status, skills, languages, women_only_eligible, travel_mode, version,
                   count(*) OVER () AS total
              FROM directory_workers
             WHERE service_id = @service AND team = @team
               AND (@status IS NULL OR status = @status)
               AND (@skill IS NULL OR @skill = ANY (skills))
               AND (@language IS NULL OR lower(@language) = ANY (languages))
             ORDER BY display_name, worker_id
             OFFSET @skip LIMIT @take
            """);
        command.Parameters.AddWithValue("service", cluster.Value.ServiceId);
        command.Parameters.AddWithValue("team", Team);
        command.Parameters.Add(Text("status", query.Status is { } status ? StoredName(status) : null));
        command.Parameters.Add(Text("skill", query.Skill is { } skill ? StoredName(skill) : null));
        command.Parameters.Add(Text("language", query.Language));
        command.Parameters.AddWithValue("skip", skip);
        command.Parameters.AddWithValue("take", take);

        var items = new List<WorkerListItem>();
        var total = 0;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            items.Add(new WorkerListItem(
                reader.GetString(0), reader.GetString(1), Parse<WorkerStatus>(reader.GetString(2)),
                [.. reader.GetFieldValue<string[]>(3).Select(Parse<WorkerSkill>)], reader.GetFieldValue<string[]>(4),
                reader.GetBoolean(5), Parse<TravelMode>(reader.GetString(6)), reader.GetInt32(7)));
            total = (int)reader.GetInt64(8);
        }

        return new Page<WorkerListItem>(items, items.Count == 0 ? await CountAsync("directory_workers") : total, skip, take);
    }

    /// <summary>The total when the page itself is empty (past the end), where the window count is not available.</summary>
    private async Task<int> CountAsync(string table)
    {
        await using var command = database.CreateCommand($"SELECT count(*) FROM {table} WHERE service_id = @service AND team = @team");
        command.Parameters.AddWithValue("service", cluster.Value.ServiceId);
        command.Parameters.AddWithValue("team", Team);
        return (int)(long)(await command.ExecuteScalarAsync())!;
    }

    private static (int Skip, int Take) Paging(int skip, int take) =>
        (Math.Max(0, skip), Math.Clamp(take, 1, MaxPageSize));

    private static NpgsqlParameter Text(string name, string? value) =>
        new(name, NpgsqlDbType.Text) { Value = (object?)value ?? DBNull.Value };

    /// <summary>Enum values as the grain state JSON stores them (kebab-case).</summary>
    private static string StoredName<TEnum>(TEnum value)
        where TEnum : struct, Enum => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    private static TEnum Parse<TEnum>(string stored)
        where TEnum : struct, Enum => Enum.Parse<TEnum>(stored.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true);
}
