using OutreachRouting.Contracts.Geography;
using OutreachRouting.Contracts.Scheduling;

namespace OutreachRouting.Contracts.Venues;

/// <summary>What a team manager keeps about a venue.</summary>
/// <param name="VisitMinutes">Time spent on a visit. Ignored for a street route, whose visit takes as long as walking it.</param>
/// <param name="TargetIntervalDays">The venue should be visited at least this often.</param>
/// <param name="Priority">1 (lowest) to 5 (highest).</param>
/// <param name="Location">Required; absent only in what the API shows a role not allowed to see a restricted venue's position.</param>
/// <param name="MovedTo">With status moved: the id of the venue where the people went.</param>
[GenerateSerializer, Immutable, Alias("outreach.VenueDefinition")]
public sealed record VenueDefinition(
    [property: Id(0)] string Name, [property: Id(1)] VenueKind Kind, [property: Id(2)] string Borough,
    [property: Id(3)] Shape? Location, [property: Id(4)] IReadOnlyList<WeeklyWindow> AccessWindows,
    [property: Id(5)] int VisitMinutes, [property: Id(6)] int TargetIntervalDays, [property: Id(7)] int Priority,
    [property: Id(8)] VenueNeeds Needs, [property: Id(9)] Sensitivity Sensitivity,
    [property: Id(10)] VenueStatus Status = VenueStatus.Active, [property: Id(11)] string? MovedTo = null);
