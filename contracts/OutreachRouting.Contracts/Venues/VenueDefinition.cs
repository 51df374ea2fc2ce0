using OutreachRouting.Contracts.Geography;
using OutreachRouting.Contracts.Scheduling;

namespace OutreachRouting.Contracts.Venues;

/// <summary>What a team manager keeps about a venue.</summary>
/// <param name="VisitMinutes">Time spent on a visit. Ignored for a street route, whose visit takes as long as walking it.</param>
/// <param name="TargetIntervalDays">The venue should be visited at least this often.</param>
/// <param name="Priority">1 (lowest) to 5 (highest).</param>
/// <param name="Location">Required; absent only in what the API shows a role not allowed to see a restricted venue's position.</param>
/// <param name="MovedTo">With status moved: the id of the venue where the people went.</param>
[GenerateSerializer, Immutable]
public sealed record VenueDefinition(
    string Name,
    VenueKind Kind,
    string Borough,
    Shape? Location,
    IReadOnlyList<WeeklyWindow> AccessWindows,
    int VisitMinutes,
    int TargetIntervalDays,
    int Priority,
    VenueNeeds Needs,
    Sensitivity Sensitivity,
    VenueStatus Status = VenueStatus.Active,
    string? MovedTo = null);
