using OutreachRouting.Contracts.Registers;

namespace OutreachRouting.Contracts.Venues;

/// <summary>A venue as stored, with its live state.</summary>
/// <param name="ServiceMinutes">Minutes a visit takes: the definition's, or a street route's walking time.</param>
/// <param name="Version">Changes with every write; an update naming an older version is refused.</param>
[GenerateSerializer, Immutable]
public sealed record VenueSnapshot(
    string Team,
    string Id,
    VenueDefinition Definition,
    int ServiceMinutes,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    VisitSummary Visits) : IRegisterSnapshot;
