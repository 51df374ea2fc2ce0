using OutreachRouting.Contracts.Registers;

namespace OutreachRouting.Contracts.Sessions;

[GenerateSerializer, Immutable]
public sealed record FixedSessionSnapshot(
    string Team,
    string Id,
    FixedSessionDefinition Definition,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt) : IRegisterSnapshot;
