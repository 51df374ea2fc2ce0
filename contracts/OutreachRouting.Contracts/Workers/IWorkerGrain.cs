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

    /// <summary>The worker's published shifts overlapping [<paramref name="from"/>, <paramref name="to"/>), marked against what they acknowledged.</summary>
    [Alias("GetScheduleAsync")]
    Task<WorkerSchedule> GetScheduleAsync(DateTimeOffset from, DateTimeOffset to);

    /// <summary>
    /// The worker has seen version <paramref name="version"/> of <paramref name="week"/>'s rota: its shifts stop being
    /// marked as changed. Naming a version older than the one published is a conflict (they have not seen the newest).
    /// </summary>
    [Alias("AcknowledgeAsync")]
    Task<RotaWeekStatus> AcknowledgeAsync(string week, int version);
}
