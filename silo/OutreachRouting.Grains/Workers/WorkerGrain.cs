using OutreachRouting.Contracts.Workers;
using OutreachRouting.Grains.Persistence;
using OutreachRouting.Grains.Registers;

namespace OutreachRouting.Grains.Workers;

public sealed class WorkerGrain(
    [PersistentState(WorkerState.StateName, OutreachStorage.Name)] IPersistentState<WorkerState> state,
    TimeProvider time) : RegisterGrain<WorkerState, WorkerDefinition>(state, time), IWorkerGrain
{
    protected override string Noun => "Worker";

    public Task<WorkerSnapshot?> GetAsync() => Task.FromResult(State.Definition is null ? null : Snapshot());

    public async Task<WorkerSnapshot> CreateAsync(WorkerDefinition definition)
    {
        await CreateDefinitionAsync(definition);
        return Snapshot();
    }

    public async Task<WorkerSnapshot> UpdateAsync(WorkerDefinition definition, int? expectedVersion)
    {
        await UpdateDefinitionAsync(definition, expectedVersion);
        return Snapshot();
    }

    public async Task<WorkerSnapshot> CloseAsync(int? expectedVersion)
    {
        EnsureExists();
        await UpdateDefinitionAsync(State.Definition! with { Status = WorkerStatus.Left }, expectedVersion);
        return Snapshot();
    }

    protected override void Validate(WorkerDefinition definition) => WorkerRules.Validate(definition);

    private WorkerSnapshot Snapshot() =>
        new(Key.Team, Key.Id, State.Definition!, State.Version, State.CreatedAt, State.UpdatedAt, [.. State.Assignments], State.Shift);
}
