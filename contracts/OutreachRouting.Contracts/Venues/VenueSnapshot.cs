using OutreachRouting.Contracts.Registers;

namespace OutreachRouting.Contracts.Venues;

/// <summary>A venue as stored, with its live state.</summary>
/// <param name="ServiceMinutes">Minutes a visit takes: the definition's, or a street route's walking time.</param>
/// <param name="Version">Changes with every write; an update naming an older version is refused.</param>
[GenerateSerializer, Immutable, Alias("outreach.VenueSnapshot")]
public sealed record VenueSnapshot(
    [property: Id(0)] string Team, [property: Id(1)] string Id, [property: Id(2)] VenueDefinition Definition,
    [property: Id(3)] int ServiceMinutes, [property: Id(4)] int Version, [property: Id(5)] DateTimeOffset CreatedAt,
    [property: Id(6)] DateTimeOffset UpdatedAt, [property: Id(7)] VisitSummary Visits) : IRegisterSnapshot;
