using OutreachRouting.Contracts.Registers;

namespace OutreachRouting.Contracts.Workers;

/// <summary>One outreach worker, keyed "team/worker-id"; closing marks them as having left.</summary>
[Alias("outreach.IWorkerGrain")]
public interface IWorkerGrain : IRegisterGrain<WorkerDefinition, WorkerSnapshot>
{
    /// <summary>
    /// Replaces the worker's shifts of ISO week <paramref name="week"/> with those of published rota version
    /// <paramref name="version"/>. Deliveries are retried, so one may come again or late: a version no newer than the
    /// one held for the week changes nothing.
    /// </summary>
    [Alias("AssignAsync")]
    Task AssignAsync(string week, int version, IReadOnlyList<ShiftAssignment> shifts);

    /// <summary>
    /// The worker's published shifts overlapping [<paramref name="from"/>, <paramref name="to"/>), marked against what
    /// they acknowledged, with the venues of <see cref="GetAssignedVenuesAsync"/> for <paramref name="assignedSince"/>.
    /// </summary>
    [Alias("GetScheduleAsync")]
    Task<WorkerSchedule> GetScheduleAsync(DateTimeOffset from, DateTimeOffset to, DateTimeOffset assignedSince);

    /// <summary>The venues on the worker's published shifts that end at or after <paramref name="since"/>; none for a worker never created.</summary>
    [Alias("GetAssignedVenuesAsync")]
    Task<IReadOnlyList<string>> GetAssignedVenuesAsync(DateTimeOffset since);

    /// <summary>
    /// The worker has seen version <paramref name="version"/> of <paramref name="week"/>'s rota: its shifts stop being
    /// marked as changed. Naming a version older than the one published is a conflict (they have not seen the newest).
    /// </summary>
    [Alias("AcknowledgeAsync")]
    Task<RotaWeekStatus> AcknowledgeAsync(string week, int version);

    [Alias("GetCalendarAsync")]
    Task<CalendarSubscription> GetCalendarAsync();

    /// <summary>
    /// Makes link <paramref name="generation"/>, whose secret hashes to <paramref name="secretHash"/>, the worker's one
    /// working link. Idempotent for the current generation; an older one changes nothing.
    /// </summary>
    [Alias("OpenCalendarAsync")]
    Task<CalendarSubscription> OpenCalendarAsync(int generation, string secretHash);

    /// <summary>The link stops working; no new one exists until the next is opened.</summary>
    [Alias("RevokeCalendarAsync")]
    Task<CalendarSubscription> RevokeCalendarAsync();

    /// <summary>
    /// The feed's content when <paramref name="secretHash"/> is the working link's and the worker has not left; else null.
    /// Shifts ended before <paramref name="since"/> are left out.
    /// </summary>
    [Alias("ReadCalendarAsync")]
    Task<CalendarFeed?> ReadCalendarAsync(string secretHash, DateTimeOffset since);
}
