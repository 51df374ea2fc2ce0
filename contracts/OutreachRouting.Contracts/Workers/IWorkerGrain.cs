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
}
