using OutreachRouting.Contracts.Registers;

namespace OutreachRouting.Contracts.Workers;

/// <summary>One outreach worker, keyed "team/worker-id"; closing marks them as having left.</summary>
public interface IWorkerGrain : IRegisterGrain<WorkerDefinition, WorkerSnapshot>
{
    /// <summary>Replaces the worker's shifts of ISO week <paramref name="week"/> with those of a newly published rota version.</summary>
    Task AssignAsync(string week, IReadOnlyList<ShiftAssignment> shifts);
}
