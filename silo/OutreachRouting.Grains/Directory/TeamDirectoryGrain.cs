using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using Orleans.Concurrency;
using Orleans.Configuration;
using OutreachRouting.Contracts.Directory;
using OutreachRouting.Contracts.Scheduling;
using OutreachRouting.Contracts.Workers;
using OutreachRouting.Json;

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

    public Task<Page<VenueListItem>> ListVenuesAsync(VenueQuery query)
    {
        var now = time.GetUtcNow();
        return PageAsync(
            new DirectoryQuery(
                "directory_venues",
                "venue_id, name, kind, borough, status, sensitivity, priority, target_interval_days, last_visit_at, version",
                """
                (@kind IS NULL OR kind = @kind)
                AND (@borough IS NULL OR lower(borough) = lower(@borough))
                AND (@status IS NULL OR status = @status)
                AND (@overdue IS NULL OR @overdue = (status = 'active'
                     AND (last_visit_at IS NULL OR last_visit_at + make_interval(days => target_interval_days) < @now)))
                """,
                "name, venue_id"),
            query.Skip,
            query.Take,
            p =>
            {
                p.Add(Text("kind", query.Kind is { } kind ? WireNames.Of(kind) : null));
                p.Add(Text("borough", query.Borough));
                p.Add(Text("status", query.Status is { } status ? WireNames.Of(status) : null));
                p.Add(new NpgsqlParameter("overdue", NpgsqlDbType.Boolean) { Value = (object?)query.Overdue ?? DBNull.Value });
                p.AddWithValue("now", now);
            },
            reader =>
            {
                var status = WireNames.Parse<VenueStatus>(reader.GetString(4));
                var interval = reader.GetInt32(7);
                DateTimeOffset? lastVisit = reader.IsDBNull(8) ? null : reader.GetFieldValue<DateTimeOffset>(8);
                var dueAt = lastVisit?.AddDays(interval);
                return new VenueListItem(
                    reader.GetString(0), reader.GetString(1), WireNames.Parse<VenueKind>(reader.GetString(2)), reader.GetString(3),
                    status, WireNames.Parse<Sensitivity>(reader.GetString(5)), reader.GetInt32(6), interval, lastVisit, dueAt,
                    status == VenueStatus.Active && (dueAt is null || dueAt < now), reader.GetInt32(9));
            });
    }

    public Task<Page<WorkerListItem>> ListWorkersAsync(WorkerQuery query) =>
        PageAsync(
            new DirectoryQuery(
                "directory_workers",
                "worker_id, display_name, status, skills, languages, women_only_eligible, travel_mode, version",
                """
                (@status IS NULL OR status = @status)
                AND (@skill IS NULL OR @skill = ANY (skills))
                AND (@language IS NULL OR lower(@language) = ANY (languages))
                """,
                "display_name, worker_id"),
            query.Skip,
            query.Take,
            p =>
            {
                p.Add(Text("status", query.Status is { } status ? WireNames.Of(status) : null));
                p.Add(Text("skill", query.Skill is { } skill ? WireNames.Of(skill) : null));
                p.Add(Text("language", query.Language));
            },
            reader => new WorkerListItem(
                reader.GetString(0), reader.GetString(1), WireNames.Parse<WorkerStatus>(reader.GetString(2)),
                [.. reader.GetFieldValue<string[]>(3).Select(WireNames.Parse<WorkerSkill>)], reader.GetFieldValue<string[]>(4),
                reader.GetBoolean(5), WireNames.Parse<TravelMode>(reader.GetString(6)), reader.GetInt32(7)));

    public Task<Page<SessionListItem>> ListSessionsAsync(SessionQuery query) =>
        PageAsync(
            new DirectoryQuery(
                "directory_sessions",
                "session_id, name, kind, venue_id, slot_day, slot_start, slot_end, ends_next_day, workers_needed, women_only, status, version",
                "(@kind IS NULL OR kind = @kind) AND (@status IS NULL OR status = @status)",
                "name, session_id"),
            query.Skip,
            query.Take,
            p =>
            {
                p.Add(Text("kind", query.Kind is { } kind ? WireNames.Of(kind) : null));
                p.Add(Text("status", query.Status is { } status ? WireNames.Of(status) : null));
            },
            reader => new SessionListItem(
                reader.GetString(0), reader.GetString(1), WireNames.Parse<SessionKind>(reader.GetString(2)), reader.GetString(3),
                new WeeklyWindow(WireNames.Parse<DayOfWeek>(reader.GetString(4)), reader.GetFieldValue<TimeOnly>(5), reader.GetFieldValue<TimeOnly>(6), reader.GetBoolean(7)),
                reader.GetInt32(8), reader.GetBoolean(9), WireNames.Parse<SessionStatus>(reader.GetString(10)), reader.GetInt32(11)));

    /// <summary>
    /// Runs one page of a list query over a directory table, within the grain's service and team. The total is
    /// counted over the same filter: with the page, or on its own when the page is empty.
    /// </summary>
    private async Task<Page<T>> PageAsync<T>(
        DirectoryQuery query, int skip, int take, Action<NpgsqlParameterCollection> bind, Func<NpgsqlDataReader, T> read)
    {
        (skip, take) = (Math.Max(0, skip), Math.Clamp(take, 1, MaxPageSize));
        await using var command = Command(query.PageSql, bind);
        command.Parameters.AddWithValue("skip", skip);
        command.Parameters.AddWithValue("take", take);

        var items = new List<T>();
        long total = 0;
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                items.Add(read(reader));
                total = reader.GetInt64(reader.FieldCount - 1);
            }
        }

        if (items.Count == 0)
        {
            // Past the last page, or with nothing matching, the window count has no row to ride on.
            await using var count = Command(query.CountSql, bind);
            total = (long)(await count.ExecuteScalarAsync())!;
        }

        return new Page<T>(items, (int)total, skip, take);
    }

    private NpgsqlCommand Command(string sql, Action<NpgsqlParameterCollection> bind)
    {
        var command = database.CreateCommand(sql);
        command.Parameters.AddWithValue("service", cluster.Value.ServiceId);
        command.Parameters.AddWithValue("team", Team);
        bind(command.Parameters);
        return command;
    }

    private static NpgsqlParameter Text(string name, string? value) =>
        new(name, NpgsqlDbType.Text) { Value = (object?)value ?? DBNull.Value };
}
