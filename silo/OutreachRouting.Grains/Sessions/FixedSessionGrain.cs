namespace OutreachRouting.Grains.Sessions;

public sealed class FixedSessionGrain(
    [PersistentState(FixedSessionState.StateName, OutreachStorage.Name)] IPersistentState<FixedSessionState> state,
    TimeProvider time) : RegisterGrain<FixedSessionState, FixedSessionDefinition, FixedSessionSnapshot>(state, time), IFixedSessionGrain
{
    protected override string Noun => "Session";

    protected override void Validate(FixedSessionDefinition definition) => FixedSessionRules.Validate(definition);

    protected override FixedSessionDefinition Closed(FixedSessionDefinition definition) => definition with { Status = SessionStatus.Closed };

    protected override FixedSessionSnapshot Snapshot() =>
        new(Key.Team, Key.Id, State.Definition!, State.Version, State.CreatedAt, State.UpdatedAt);
}
