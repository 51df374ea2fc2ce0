namespace OutreachRouting.Rota;

/// <summary>
/// Everything the planner needs for one team and one ISO week, in one document: the API exports it, the
/// benchmark plans from it, and the validator checks a rota against it. Times are local (Europe/London) wall-clock.
/// </summary>
/// <param name="Week">ISO week, e.g. "2026-W49"; the rota runs from its Monday 00:00.</param>
/// <param name="Venues">Every venue the team may visit, bases included; a clinic is a base and never gets visits of its own.</param>
/// <param name="Pins">Manager's decisions the planner must keep.</param>
/// <param name="Published">The rota published before a re-plan: what stays put unless moving it is needed.</param>
/// <param name="KeepBefore">In a re-plan, the published shifts that start before this date are kept exactly as they are.</param>
public sealed record PlanningInput(
    string Team,
    string Week,
    IReadOnlyList<PlanningVenue> Venues,
    IReadOnlyList<PlanningWorker> Workers,
    IReadOnlyList<PlanningSession> Sessions,
    IReadOnlyList<VisitPin> Pins,
    PlanningSettings Settings,
    WeeklyRota? Published = null,
    DateOnly? KeepBefore = null);
