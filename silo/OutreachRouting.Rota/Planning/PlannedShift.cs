using OutreachRouting.Rota.Travel;
using OutreachRouting.Routing.Model;

namespace OutreachRouting.Rota.Planning;

/// <summary>
/// A shift decided before routing: who (one worker or a pair), on which day, within which hours, for at most how
/// long, and which fixed sessions it staffs. The engine decides the visits and their order.
/// </summary>
internal sealed record PlannedShift(
    string Id,
    IReadOnlyList<PlanningWorker> Workers,
    int Day,
    TimeWindow Hours,
    double MaxMinutes,
    IReadOnlyList<PlanningSession> Sessions,
    TravelMode Mode,
    PlanningVenue Base);
