using OutreachRouting.Rota.Travel;

namespace OutreachRouting.Rota;

/// <summary>An outreach worker as the planner sees it: only active workers are planned.</summary>
/// <param name="BaseVenueId">The base clinic (a venue of role Base) the worker starts from and returns to.</param>
/// <param name="Availability">When the worker can work in a usual week.</param>
/// <param name="DaysOff">Dates of this week the worker is away (leave, sickness), whatever the availability says.</param>
public sealed record PlanningWorker(
    string Id,
    string Name,
    string BaseVenueId,
    IReadOnlyList<WorkerSkill> Skills,
    IReadOnlyList<string> Languages,
    bool WomenOnlyEligible,
    double ContractedHours,
    IReadOnlyList<WeeklySlot> Availability,
    IReadOnlyList<DateOnly> DaysOff,
    TravelMode TravelMode);
