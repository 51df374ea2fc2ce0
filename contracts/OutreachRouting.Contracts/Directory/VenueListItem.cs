using OutreachRouting.Contracts.Venues;

namespace OutreachRouting.Contracts.Directory;

/// <summary>A venue as the team directory lists it: enough to filter and choose, no position.</summary>
/// <param name="DueAt">When the venue falls due: last visit plus its target interval; null when never visited.</param>
[GenerateSerializer, Immutable]
public sealed record VenueListItem(
    string Id,
    string Name,
    VenueKind Kind,
    string Borough,
    VenueStatus Status,
    Sensitivity Sensitivity,
    int Priority,
    int TargetIntervalDays,
    DateTimeOffset? LastVisitAt,
    DateTimeOffset? DueAt,
    bool Overdue,
    int Version);
