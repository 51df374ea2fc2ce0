using OutreachRouting.Contracts.Venues;

namespace OutreachRouting.Contracts.Directory;

/// <summary>A venue as the team directory lists it: enough to filter and choose, no position.</summary>
/// <param name="DueAt">When the venue falls due: last visit plus its target interval; null when never visited.</param>
[GenerateSerializer, Immutable, Alias("outreach.VenueListItem")]
public sealed record VenueListItem(
    [property: Id(0)] string Id, [property: Id(1)] string Name, [property: Id(2)] VenueKind Kind,
    [property: Id(3)] string Borough, [property: Id(4)] VenueStatus Status, [property: Id(5)] Sensitivity Sensitivity,
    [property: Id(6)] int Priority, [property: Id(7)] int TargetIntervalDays, [property: Id(8)] DateTimeOffset? LastVisitAt,
    [property: Id(9)] DateTimeOffset? DueAt, [property: Id(10)] bool Overdue, [property: Id(11)] int Version);
