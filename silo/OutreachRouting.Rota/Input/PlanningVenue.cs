using OutreachRouting.Rota.Travel;

namespace OutreachRouting.Rota;

/// <summary>A venue as the planner sees it: only active venues are planned.</summary>
/// <param name="Arrival">Where a visit starts: the premises, or a street route's first point.</param>
/// <param name="Departure">Where a visit ends: the premises again, or a street route's last point.</param>
/// <param name="VisitMinutes">How long a visit takes (a street route: walking it end to end).</param>
/// <param name="TargetIntervalDays">Visit at least this often.</param>
/// <param name="Priority">1 (lowest) to 5 (highest).</param>
/// <param name="LastVisitedOn">The last visit's date; null when never visited, which makes it due at once.</param>
/// <param name="Visitors">Workers who have visited before: continuity, since trust is personal.</param>
public sealed record PlanningVenue(
    string Id,
    string Name,
    VenueRole Role,
    bool Restricted,
    GeoPoint Arrival,
    GeoPoint Departure,
    IReadOnlyList<WeeklySlot> AccessWindows,
    int VisitMinutes,
    int TargetIntervalDays,
    int Priority,
    VisitNeeds Needs,
    DateOnly? LastVisitedOn,
    IReadOnlyList<KnownWorker> Visitors,
    bool Active = true);
