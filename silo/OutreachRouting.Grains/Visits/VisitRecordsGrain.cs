using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Concurrency;
using Orleans.Configuration;
using OutreachRouting.Contracts.Directory;
using OutreachRouting.Contracts.Visits;
using OutreachRouting.Contracts.Workers;
using OutreachRouting.Json;

namespace OutreachRouting.Grains.Visits;

/// <summary>
/// Writes and reads a team's visit records. Stateless: the rows and their unique indexes decide what is stored, so
/// calls may interleave (a stateless worker alone would take one call per core at a time, each waiting on the
/// database); the venue's live figures follow each record through its grain.
/// </summary>
[StatelessWorker, Reentrant]
public sealed class VisitRecordsGrain(NpgsqlDataSource database, IOptions<ClusterOptions> cluster, TimeProvider time)
    : Grain, IVisitRecordsGrain
{
    public const int MaxPageSize = 500;

    private string Team => this.GetPrimaryKeyString();

    private VisitRecordTable Table => new(database, cluster.Value.ServiceId, Team);

    public async Task<RecordedVisit> RecordAsync(string workerId, VisitReport report, string idempotencyKey)
    {
        var errors = new ErrorList();
        errors.Text(idempotencyKey, "Idempotency-Key", VisitRules.MaxIdempotencyKeyLength);
        errors.ThrowIfAny();
        VisitRules.Validate(report);
        report = VisitRules.Normalised(report);

        var (shift, stop) = await FindStopAsync(workerId, report.StopId);
        var now = time.GetUtcNow();
        var visitedAt = stop.Start ?? stop.Arrival;
        var (from, until) = VisitRules.RecordingWindow(visitedAt);
        if (now < from || now >= until)
        {
            throw new ValidationException([new FieldError("stopId", now < from
                ? $"can be recorded once the stop has begun, from {London.Show(from)}"
                : $"could be recorded until the end of the next day, {London.Show(until)}; a manager can add it now")]);
        }

        var record = new VisitRecord(
            Guid.NewGuid().ToString(), 1, Team, stop.VenueId!, visitedAt,
            shift.PartnerWorkerId is { } partner ? [workerId, partner] : [workerId],
            report, workerId, now, Late: now > shift.End);
        var hash = Hash(report);
        var table = Table;
        var replayed = false;
        if (!await table.TryInsertAsync(record, idempotencyKey, hash))
        {
            if (await table.FindByKeyAsync(workerId, idempotencyKey) is { } earlier)
            {
                if (!earlier.Hash.AsSpan().SequenceEqual(hash))
                    throw new ConflictException($"Idempotency-Key '{idempotencyKey}' was used for another report; send a new report with a new key.");
                (record, replayed) = ((await table.CurrentAsync(Guid.Parse(earlier.RecordId)))!, true);
            }
            else
            {
                var other = (await table.FindByStopAsync(report.StopId))!;
                throw new ConflictException(
                    $"Stop {report.StopId} was recorded by {other.RecordedBy} at {London.Show(other.RecordedAt)}; a manager can correct that record.");
            }
        }

        // Again on a replay: the try before may have stored the row and failed before the venue heard of it.
        await FollowAsync(record);
        return new RecordedVisit(record, replayed);
    }

    public async Task<VisitRecord> CorrectAsync(string recordId, int expectedVersion, VisitReport report, string manager)
    {
        VisitRules.Validate(report);
        report = VisitRules.Normalised(report);
        var table = Table;
        var current = await CurrentAsync(table, recordId);
        if (current.Version != expectedVersion)
            throw new VersionConflictException(expectedVersion, current.Version);
        if (report.StopId != current.Report.StopId)
            throw new ValidationException([new FieldError("stopId", $"must stay {current.Report.StopId}: a correction changes what was recorded, not where")]);

        var corrected = current with { Version = current.Version + 1, Report = report, RecordedBy = manager, RecordedAt = time.GetUtcNow() };
        if (!await table.TryInsertAsync(corrected, null, null))
            throw new VersionConflictException(expectedVersion, (await table.CurrentAsync(Guid.Parse(recordId)))!.Version);
        await FollowAsync(corrected);
        return corrected;
    }

    public async Task<IReadOnlyList<VisitRecord>> GetHistoryAsync(string recordId)
    {
        var history = Guid.TryParse(recordId, out var id) ? await Table.HistoryAsync(id) : [];
        return history.Count > 0 ? history : throw new NotFoundException($"There is no visit record {recordId} in team {Team}.");
    }

    public Task<Page<VisitRecord>> ListAsync(VisitQuery query)
    {
        var errors = new ErrorList();
        errors.Require(query.VenueId is null || OutreachKeys.IsValidLocalId(query.VenueId), "venue", "must be a venue id");
        errors.Require(query.From is null || query.To is null || query.From < query.To, "to", "must be after from");
        errors.ThrowIfAny();
        return Table.ListAsync(query, Math.Max(0, query.Skip), Math.Clamp(query.Take, 1, MaxPageSize));
    }

    /// <summary>The stop of the worker's published shifts (their own, or their pair's) that the report names.</summary>
    private async Task<(ShiftAssignment Shift, AssignedStop Stop)> FindStopAsync(string workerId, string stopId)
    {
        var worker = await GrainFactory.GetGrain<IWorkerGrain>(OutreachKeys.For(Team, workerId)).GetAsync();
        if (worker is null || worker.Definition.Status == WorkerStatus.Left)
            throw new NotFoundException($"There is no current worker {workerId} in team {Team}.");
        foreach (var shift in worker.Assignments)
        {
            if (shift.Stops.FirstOrDefault(s => s.StopId == stopId && s.VenueId is not null) is { } stop)
                return (shift, stop);
        }

        throw new ValidationException([new FieldError("stopId", $"{stopId} is not a visit on your published shifts")]);
    }

    private async Task<VisitRecord> CurrentAsync(VisitRecordTable table, string recordId) =>
        (Guid.TryParse(recordId, out var id) ? await table.CurrentAsync(id) : null)
        ?? throw new NotFoundException($"There is no visit record {recordId} in team {Team}.");

    /// <summary>The venue's figures take the record in; a venue reported closed or moved joins the managers' queue.</summary>
    private async Task FollowAsync(VisitRecord record)
    {
        var report = record.Report;
        await GrainFactory.GetGrain<IVenueGrain>(OutreachKeys.For(Team, record.VenueId))
            .RecordVisitAsync(new VenueVisit(record.VisitedAt, record.WorkerIds, report.Counts!.Contacts, report.Outcome, record.Id));
        if (report.VenueLooks != VenueLooks.AsExpected)
        {
            await GrainFactory.GetGrain<IVenueReportsGrain>(Team).FileAsync(new VenueReport(
                $"{record.Id}.{record.Version}", record.VenueId, report.VenueLooks, report.NewPosition, record.RecordedBy, record.RecordedAt, record.Id));
        }
    }

    private static byte[] Hash(VisitReport report) => SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(report, OutreachJson.Options));
}
