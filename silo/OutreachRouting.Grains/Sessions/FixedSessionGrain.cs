using OutreachRouting.Contracts.Sessions;
using OutreachRouting.Grains.Persistence;
using OutreachRouting.Grains.Registers;

namespace OutreachRouting.Grains.Sessions;

public sealed class FixedSessionGrain(
    [PersistentState(FixedSessionState.StateName, OutreachStorage.Name)] IPersistentState<FixedSessionState> state,
    TimeProvider time) : RegisterGrain<FixedSessionState, FixedSessionDefinition>(state, time), IFixedSessionGrain
{
    protected override string Noun => "Session";

    public Task<FixedSessionSnapshot?> GetAsync() => Task.FromResult(State.Definition is null ? null : Snapshot());

    public async Task<FixedSessionSnapshot> CreateAsync(FixedSessionDefinition definition)
    {
        await CreateDefinitionAsync(definition);
        return Snapshot();
    }

    public async Task<FixedSessionSnapshot> UpdateAsync(FixedSessionDefinition definition, int? expectedVersion)
    {
        await UpdateDefinitionAsync(definition, expectedVersion);
        return Snapshot();
    }

    public async Task<FixedSessionSnapshot> CloseAsync(int? expectedVersion)
    {
        EnsureExists();
        await UpdateDefinitionAsync(State.Definition! with { Status = SessionStatus.Closed }, expectedVersion);
        return Snapshot();
    }

    protected override void Validate(FixedSessionDefinition definition) => FixedSessionRules.Validate(definition);

    private FixedSessionSnapshot Snapshot() =>
        new(Key.Team, Key.Id, State.Definition!, State.Version, State.CreatedAt, State.UpdatedAt);
}
