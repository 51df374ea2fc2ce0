using OutreachRouting.Contracts.Workers;

namespace OutreachRouting.Grains.Workers;

public sealed class WorkerGrain(
    [PersistentState(WorkerState.StateName, OutreachStorage.Name)] IPersistentState<WorkerState> state,
    TimeProvider time) : RegisterGrain<WorkerState, WorkerDefinition, WorkerSnapshot>(state, time), IWorkerGrain
{
    protected override string Noun => "Worker";

    protected override void Validate(WorkerDefinition definition) => WorkerRules.Validate(definition);

    protected override WorkerDefinition Closed(WorkerDefinition definition) => definition with { Status = WorkerStatus.Left };

    public Task AssignAsync(string week, int version, IReadOnlyList<ShiftAssignment> shifts)
    {
        EnsureExists();
        if (State.RotaVersions.GetValueOrDefault(week) >= version)
            return Task.CompletedTask;
        return PersistAsync(s =>
        {
            s.RotaVersions[week] = version;
            s.Assignments.RemoveAll(a => a.RotaVersion.StartsWith(week + ".", StringComparison.Ordinal));
            s.Assignments.AddRange(shifts);
            s.Assignments.Sort((a, b) => a.Start.CompareTo(b.Start));
        });
    }

    protected override WorkerSnapshot Snapshot() =>
        new(Key.Team, Key.Id, State.Definition!, State.Version, State.CreatedAt, State.UpdatedAt, [.. State.Assignments], State.Shift);
}
