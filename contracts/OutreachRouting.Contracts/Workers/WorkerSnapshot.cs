using OutreachRouting.Contracts.Registers;

namespace OutreachRouting.Contracts.Workers;

[GenerateSerializer, Immutable, Alias("outreach.WorkerSnapshot")]
public sealed record WorkerSnapshot(
    [property: Id(0)] string Team, [property: Id(1)] string Id, [property: Id(2)] WorkerDefinition Definition,
    [property: Id(3)] int Version, [property: Id(4)] DateTimeOffset CreatedAt, [property: Id(5)] DateTimeOffset UpdatedAt,
    [property: Id(6)] IReadOnlyList<ShiftAssignment> Assignments) : IRegisterSnapshot;
