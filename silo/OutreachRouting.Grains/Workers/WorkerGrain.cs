using OutreachRouting.Contracts;
using OutreachRouting.Contracts.Errors;
using OutreachRouting.Contracts.Workers;
using OutreachRouting.Grains.Persistence;

namespace OutreachRouting.Grains.Workers;

public sealed class WorkerGrain(
    [PersistentState(WorkerState.StateName, GrainStateJson.StorageName)] IPersistentState<WorkerState> state,
    TimeProvider time) : Grain, IWorkerGrain
{
    private (string Team, string Id) Key => OutreachKeys.Parse(this.GetPrimaryKeyString());

    public Task<WorkerSnapshot?> GetAsync() => Task.FromResult(state.State.Definition is null ? null : Snapshot());

    public async Task<WorkerSnapshot> CreateAsync(WorkerDefinition definition)
    {
        if (state.State.Definition is not null)
        {
            throw new ConflictException($"Worker '{Key.Id}' exists already in team '{Key.Team}'.");
        }

        WorkerRules.Validate(definition);
        var now = time.GetUtcNow();
        await state.PersistAsync(s =>
        {
            s.Definition = definition;
            s.Version = 1;
            s.CreatedAt = now;
            s.UpdatedAt = now;
        });
        return Snapshot();
    }

    public async Task<WorkerSnapshot> UpdateAsync(WorkerDefinition definition, int? expectedVersion)
    {
        if (state.State.Definition is null)
        {
            throw new NotFoundException($"Worker '{Key.Id}' does not exist in team '{Key.Team}'.");
        }

        if (expectedVersion is { } expected && expected != state.State.Version)
        {
            throw new VersionConflictException(expected, state.State.Version);
        }

        WorkerRules.Validate(definition);
        await state.PersistAsync(s =>
        {
            s.Definition = definition;
            s.Version++;
            s.UpdatedAt = time.GetUtcNow();
        });
        return Snapshot();
    }

    private WorkerSnapshot Snapshot()
    {
        var s = state.State;
        return new WorkerSnapshot(Key.Team, Key.Id, s.Definition!, s.Version, s.CreatedAt, s.UpdatedAt, [.. s.Assignments], s.Shift);
    }
}
