using Npgsql;
using NpgsqlTypes;
using OutreachRouting.Contracts.Directory;
using OutreachRouting.Contracts.Geography;
using OutreachRouting.Contracts.Visits;
using OutreachRouting.Json;

namespace OutreachRouting.Grains.Visits;

/// <summary>The rows of deploy/sql/0008_visit_records.sql for one service and team: inserts and reads, never an update.</summary>
internal sealed class VisitRecordTable(NpgsqlDataSource database, string serviceId, string team)
{
    private const string Columns = """
        record_id, version, stop_id, venue_id, visited_at, worker_ids, outcome, contacts, new_contacts, condom_packs,
        lubricant_packs, testing_kits, tests_offered, tests_done, pep_prep_conversations, referrals_housing,
        referrals_drug_alcohol, referrals_psychology, referrals_find_and_treat, referrals_clinic, safeguarding_concern,
        venue_looks, new_longitude, new_latitude, recorded_by, recorded_at, late
        """;

    /// <summary>The newest version of every record, as a table to filter.</summary>
    private const string Current = """
        (SELECT DISTINCT ON (record_id) * FROM visit_records
         WHERE service_id = @service AND team = @team ORDER BY record_id, version DESC) AS current_records
        """;

    /// <summary>Inserts the row unless its stop or its retry key is taken; false when it was.</summary>
    public async Task<bool> TryInsertAsync(VisitRecord record, string? idempotencyKey, byte[]? reportHash)
    {
        await using var command = Command($"""
            INSERT INTO visit_records (service_id, team, {Columns}, idempotency_key, report_hash)
            VALUES (@service, @team, @record_id, @version, @stop_id, @venue_id, @visited_at, @worker_ids, @outcome, @contacts,
                    @new_contacts, @condom_packs, @lubricant_packs, @testing_kits, @tests_offered, @tests_done,
                    @pep_prep_conversations, @referrals_housing, @referrals_drug_alcohol, @referrals_psychology,
                    @referrals_find_and_treat, @referrals_clinic, @safeguarding_concern, @venue_looks, @new_longitude,
                    @new_latitude, @recorded_by, @recorded_at, @late, @idempotency_key, @report_hash)
            ON CONFLICT DO NOTHING
            """);
        Bind(command.Parameters, record);
        command.Parameters.Add(new NpgsqlParameter("idempotency_key", NpgsqlDbType.Varchar) { Value = (object?)idempotencyKey ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("report_hash", NpgsqlDbType.Bytea) { Value = (object?)reportHash ?? DBNull.Value });
        return await command.ExecuteNonQueryAsync() == 1;
    }

    /// <summary>The first version stored under a worker's retry key, with the hash of the report it came with.</summary>
    public async Task<(string RecordId, byte[] Hash)?> FindByKeyAsync(string recordedBy, string idempotencyKey)
    {
        await using var command = Command("""
            SELECT record_id, report_hash FROM visit_records
            WHERE service_id = @service AND team = @team AND version = 1 AND recorded_by = @by AND idempotency_key = @key
            """);
        command.Parameters.AddWithValue("by", recordedBy);
        command.Parameters.AddWithValue("key", idempotencyKey);
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync() ? (reader.GetGuid(0).ToString(), reader.GetFieldValue<byte[]>(1)) : null;
    }

    public async Task<VisitRecord?> FindByStopAsync(string stopId)
    {
        var found = await ReadAsync($"SELECT {Columns} FROM {Current} WHERE stop_id = @stop", p => p.AddWithValue("stop", stopId));
        return found.FirstOrDefault();
    }

    public async Task<VisitRecord?> CurrentAsync(Guid recordId) =>
        (await ReadAsync($"SELECT {Columns} FROM {Current} WHERE record_id = @id", p => p.AddWithValue("id", recordId))).FirstOrDefault();

    public Task<List<VisitRecord>> HistoryAsync(Guid recordId) => ReadAsync(
        $"SELECT {Columns} FROM visit_records WHERE service_id = @service AND team = @team AND record_id = @id ORDER BY version",
        p => p.AddWithValue("id", recordId));

    public async Task<Page<VisitRecord>> ListAsync(VisitQuery query, int skip, int take)
    {
        const string filter = """
            (@venue IS NULL OR venue_id = @venue) AND (@from IS NULL OR visited_at >= @from) AND (@to IS NULL OR visited_at < @to)
            """;
        void Bind(NpgsqlParameterCollection p)
        {
            p.Add(new NpgsqlParameter("venue", NpgsqlDbType.Varchar) { Value = (object?)query.VenueId ?? DBNull.Value });
            p.Add(new NpgsqlParameter("from", NpgsqlDbType.TimestampTz) { Value = (object?)query.From ?? DBNull.Value });
            p.Add(new NpgsqlParameter("to", NpgsqlDbType.TimestampTz) { Value = (object?)query.To ?? DBNull.Value });
        }

        var items = await ReadAsync(
            $"SELECT {Columns} FROM {Current} WHERE {filter} ORDER BY visited_at DESC, record_id OFFSET @skip LIMIT @take",
            p =>
            {
                Bind(p);
                p.AddWithValue("skip", skip);
                p.AddWithValue("take", take);
            });
        await using var count = Command($"SELECT count(*) FROM {Current} WHERE {filter}");
        Bind(count.Parameters);
        return new Page<VisitRecord>(items, (int)(long)(await count.ExecuteScalarAsync())!, skip, take);
    }

    private async Task<List<VisitRecord>> ReadAsync(string sql, Action<NpgsqlParameterCollection> bind)
    {
        await using var command = Command(sql);
        bind(command.Parameters);
        var records = new List<VisitRecord>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            records.Add(Read(reader));
        }

        return records;
    }

    private NpgsqlCommand Command(string sql)
    {
        var command = database.CreateCommand(sql);
        command.Parameters.AddWithValue("service", serviceId);
        command.Parameters.AddWithValue("team", team);
        return command;
    }

    private static void Bind(NpgsqlParameterCollection p, VisitRecord record)
    {
        var (report, counts, referrals) = (record.Report, record.Report.Counts!, record.Report.Referrals!);
        p.AddWithValue("record_id", Guid.Parse(record.Id));
        p.AddWithValue("version", record.Version);
        p.AddWithValue("stop_id", report.StopId);
        p.AddWithValue("venue_id", record.VenueId);
        p.AddWithValue("visited_at", record.VisitedAt);
        p.AddWithValue("worker_ids", record.WorkerIds.ToArray());
        p.AddWithValue("outcome", WireNames.Of(report.Outcome));
        p.AddWithValue("contacts", counts.Contacts);
        p.AddWithValue("new_contacts", counts.NewContacts);
        p.AddWithValue("condom_packs", counts.CondomPacks);
        p.AddWithValue("lubricant_packs", counts.LubricantPacks);
        p.AddWithValue("testing_kits", counts.TestingKits);
        p.AddWithValue("tests_offered", counts.TestsOffered);
        p.AddWithValue("tests_done", counts.TestsDone);
        p.AddWithValue("pep_prep_conversations", counts.PepPrepConversations);
        p.AddWithValue("referrals_housing", referrals.Housing);
        p.AddWithValue("referrals_drug_alcohol", referrals.DrugAndAlcohol);
        p.AddWithValue("referrals_psychology", referrals.PsychologyCounselling);
        p.AddWithValue("referrals_find_and_treat", referrals.FindAndTreat);
        p.AddWithValue("referrals_clinic", referrals.Clinic);
        p.AddWithValue("safeguarding_concern", report.SafeguardingConcern);
        p.AddWithValue("venue_looks", WireNames.Of(report.VenueLooks));
        p.Add(new NpgsqlParameter("new_longitude", NpgsqlDbType.Double) { Value = (object?)report.NewPosition?.Longitude ?? DBNull.Value });
        p.Add(new NpgsqlParameter("new_latitude", NpgsqlDbType.Double) { Value = (object?)report.NewPosition?.Latitude ?? DBNull.Value });
        p.AddWithValue("recorded_by", record.RecordedBy);
        p.AddWithValue("recorded_at", record.RecordedAt);
        p.AddWithValue("late", record.Late);
    }

    private VisitRecord Read(NpgsqlDataReader r)
    {
        var report = new VisitReport(
            r.GetString(2),
            WireNames.Parse<VisitOutcome>(r.GetString(6)),
            new VisitCounts(r.GetInt32(7), r.GetInt32(8), r.GetInt32(9), r.GetInt32(10), r.GetInt32(11), r.GetInt32(12), r.GetInt32(13), r.GetInt32(14)),
            new Referrals(r.GetInt32(15), r.GetInt32(16), r.GetInt32(17), r.GetInt32(18), r.GetInt32(19)),
            r.GetBoolean(20),
            WireNames.Parse<VenueLooks>(r.GetString(21)),
            r.IsDBNull(22) ? null : new Position(r.GetDouble(22), r.GetDouble(23)));
        return new VisitRecord(
            r.GetGuid(0).ToString(), r.GetInt32(1), team, r.GetString(3), r.GetFieldValue<DateTimeOffset>(4), r.GetFieldValue<string[]>(5),
            report, r.GetString(24), r.GetFieldValue<DateTimeOffset>(25), r.GetBoolean(26));
    }
}
