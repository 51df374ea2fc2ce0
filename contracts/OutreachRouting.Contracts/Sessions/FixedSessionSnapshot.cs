using OutreachRouting.Contracts.Registers;

namespace OutreachRouting.Contracts.Sessions;

[GenerateSerializer, Immutable, Alias("outreach.FixedSessionSnapshot")]
public sealed record FixedSessionSnapshot(
    [property: Id(0)] string Team, [property: Id(1)] string Id, [property: Id(2)] FixedSessionDefinition Definition,
    [property: Id(3)] int Version, [property: Id(4)] DateTimeOffset CreatedAt,
    [property: Id(5)] DateTimeOffset UpdatedAt) : IRegisterSnapshot;
