using OutreachRouting.Contracts.Registers;

namespace OutreachRouting.Contracts.Workers;

/// <summary>One outreach worker, keyed "team/worker-id"; closing marks them as having left.</summary>
public interface IWorkerGrain : IRegisterGrain<WorkerDefinition, WorkerSnapshot>;
