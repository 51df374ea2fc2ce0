using OutreachRouting.Contracts.Registers;

namespace OutreachRouting.Contracts.Workers;

[GenerateSerializer, Immutable]
public sealed record WorkerSnapshot(
    string Team,
    string Id,
    WorkerDefinition Definition,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<ShiftAssignment> Assignments,
    ShiftStatus Shift) : IRegisterSnapshot;
