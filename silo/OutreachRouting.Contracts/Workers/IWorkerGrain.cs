namespace OutreachRouting.Contracts.Workers;

/// <summary>One outreach worker, keyed "team/worker-id" (<see cref="OutreachKeys.For"/>).</summary>
public interface IWorkerGrain : IGrainWithStringKey
{
    Task<WorkerSnapshot?> GetAsync();

    /// <exception cref="Errors.ValidationException">The definition breaks a rule.</exception>
    /// <exception cref="Errors.ConflictException">The worker exists already.</exception>
    Task<WorkerSnapshot> CreateAsync(WorkerDefinition definition);

    /// <exception cref="Errors.NotFoundException">The worker was never created.</exception>
    /// <exception cref="Errors.VersionConflictException">The worker changed since <paramref name="expectedVersion"/>.</exception>
    Task<WorkerSnapshot> UpdateAsync(WorkerDefinition definition, int? expectedVersion);

    /// <summary>Marks the worker as having left; their history of who visited where is kept.</summary>
    Task<WorkerSnapshot> CloseAsync(int? expectedVersion);
}
